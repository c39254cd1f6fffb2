package lang

import (
	"strings"
	"unicode/utf8"
)

// smallTalkTable lists, per kind of small talk and the language its
// phrases tell (Arabizi greetings that Detect, on two words, would read
// as French), the phrases of small talk ("|"-separated; "" as language:
// Detect decides, as for شكرا which is Arabic and Darija alike).
var smallTalkTable = []struct {
	kind, tag, terms string
}{
	{SmallGreeting, "fr", "bonjour|bonsoir|salut|coucou|bonjour à vous|salut à vous|ça va|comment ça va|comment allez-vous|bonne journée à vous|slt|bjr|bsr|cc|coucou toi|salut salut|rebonjour|re-bonjour|re bonjour|salut toi|bonjour toi"},
	{SmallGreeting, "en", "hi|hello|hey|hiya|good morning|good afternoon|good evening|how are you|greetings|hello there|hey there|hi there|howdy|good day|how are you doing|how is it going|how's it going|what's up|whats up"},
	{SmallGreeting, "ary-Latn", "salam|slm|salamo alaykom|salamo 3alaykom|salam alaykom|salam 3alikom|salam 3alaykom|assalamu alaikum|" +
		"labas|labas 3lik|labas 3likom|ahlan|ahla|mar7ba|marhba|kidayr|kidayra|kidayrin|cv|sbah lkhir|msa lkhir|wa fin|wa3alaykom salam|sba7 lkhir|msa2 lkhir|salam alikom|salam 3likom|salamo 3likom|slm 3likom|ahlane|kidayr labas|kolchi mzyan|wach labas|hello a khoya|salam a sahbi"},
	{SmallGreeting, "ary", "لاباس|لاباس عليك|كيداير|كيدايرة|كيف داير|مسا الخير|واش راك|واش لاباس|كلشي مزيان|السلام عليكم خويا|سلام خويا|أهلا خويا"},
	{SmallGreeting, "", "السلام عليكم|السلام|سلام|مرحبا|أهلا|اهلا|أهلا وسهلا|مرحبا بك|صباح الخير|مساء الخير|تحية طيبة|وعليكم السلام|السلام عليكم ورحمة الله|السلام عليكم ورحمة الله وبركاته|صباح النور|مساء النور|أهلا بك|اهلا بك|مرحبا بكم|كيف حالك|كيف الحال"},

	{SmallThanks, "fr", "pour votre aide|pour ton aide|pour l'aide|pour votre réponse|merci|merci beaucoup|merci bien|je vous remercie|je te remercie|c'est gentil|parfait merci|super merci|mrc|merci infiniment|merci mille fois|mille mercis|merci encore|merci pour tout|merci pour l'aide|merci pour votre aide|merci pour ton aide|merci pour les infos|merci pour les informations|merci pour ces informations|merci pour ta réponse|merci pour votre réponse|merci à toi|merci à vous|je vous remercie beaucoup|c'est très gentil|trop gentil|top merci|nickel merci|génial merci"},
	{SmallThanks, "en", "for your help|for the help|for helping|thanks|thank you|thank you so much|thanks a lot|many thanks|thx|cheers|great thanks|thank u|thanks u|thank you very much|thanks very much|ty|tysm|thx a lot|much appreciated|appreciated|i appreciate it|thanks for the help|thanks for your help|thank you for your help|thanks for the info|thanks for the information|thank you for the information|that helps|that helped|very helpful|perfect thanks|awesome thanks"},
	{SmallThanks, "ary-Latn", "chokran|choukran|shukran|chkran|chokrane|chokran bzaf|choukran bzaf|chokran 3la lmosa3ada dyalek|barak allah fik|barakallah fik|lah ykhalik|" +
		"allah ykhalik|tbarkallah 3lik|merci bzaf|lah ykhlik|lah ykhalik|allah ykhlik|lah yjazik bikhir|lah yjazik bkhir|allah yjazik bikhir|lah yr7am lwalidin|allah yr7am lwalidin|chokran 3la lmosa3ada|chokran 3la lma3lomat|mrc bzaf|merci bzzaf|choukran bzzaf|chokran bzzaf|tbarkellah 3lik|barak lah fik|lah yhfdk|allah yhfdek|merci a khoya|chokran a khoya|chokran a sahbi"},
	{SmallThanks, "ary", "شكرا بزاف|الله يخليك|تبارك الله عليك|بارك الله فيك|الله يجازيك بخير|الله يجازيك|الله يرحم الوالدين|الله يحفظك|شكرا خويا|شكرا صاحبي|مرسي|ميرسي|مرسي بزاف|شكرا على المعلومات ديالك"},
	{SmallThanks, "", "على المساعدة|على مساعدتك|شكرا|شكرا جزيلا|شكرا لك|أشكرك|اشكرك|جزاك الله خيرا|مشكور|مشكورة|شكرا على المساعدة|شكرا لك على المساعدة|شكرا على المعلومات|شكرا لك على المعلومات|شكرا جزيلا لك|أشكرك جزيل الشكر|ألف شكر|الف شكر"},

	{SmallIdentity, "fr", "c'est toi marsad|c'est toi|c'est vous|is this marsad|qui es-tu|qui es tu|tu es qui|t'es qui|qui êtes-vous|qui êtes vous|vous êtes qui|c'est quoi marsad|qu'est-ce que marsad|" +
		"tu es un robot|tu es une ia|présente-toi|présentez-vous|c quoi marsad|c koi marsad|ckoi marsad|marsad c'est quoi|marsad c quoi|c'est qui marsad|qui est marsad|c'est quoi ce site|c'est quoi ce chatbot|qu'est-ce que c'est marsad|qui êtes-vous exactement|t'es qui exactement|tu es qui exactement|tu es quoi|t'es quoi|vous êtes quoi|tu es un robot|tu es un bot|tu es une ia|tu es humain|tu es un humain|tu es une machine|tu es une vraie personne|t'es un robot|t'es un bot|t'es une ia|t'es humain|t'es un humain|t'es une machine|es-tu un robot|es-tu humain|es-tu une ia|vous êtes un robot|vous êtes une ia|vous êtes humain|êtes-vous un robot|êtes-vous humain|êtes-vous une ia|je parle à un robot|je parle à une machine|je parle à un humain|je parle à qui|je parle avec qui|robot|un robot|une machine|bot|un bot|chatbot|un chatbot|ia|une ia|une intelligence artificielle|humain|un humain|une personne|une vraie personne|un être humain|un vrai humain|tu t'appelles comment|comment tu t'appelles|comment vous appelez-vous|comment t'appelles-tu|c'est quoi ton nom|quel est ton nom|quel est votre nom|ton nom|qui t'a créé|qui t'a fait|qui t'a développé|qui t'a programmé|qui vous a créé|qui a créé marsad|qui a fait marsad"},
	{SmallIdentity, "en", "who are you|what are you|what is marsad|what's marsad|are you a bot|are you a robot|introduce yourself|who are you exactly|what are you exactly|are you a bot|are you a robot|are you human|are you a human|are you an ai|are you ai|are you real|are you a real person|are you a machine|you are a bot|you are a robot|am i talking to a bot|am i talking to a robot|am i talking to a human|am i talking to a real person|am i talking to a machine|am i speaking to a bot|am i speaking to a human|who am i talking to|a bot|bot|a robot|robot|chatbot|a chatbot|a human|human|an ai|ai|a machine|a real person|a person|what's your name|what is your name|your name|who made you|who built you|who created you|who programmed you|who made marsad|what is this site|what is this website"},
	{SmallIdentity, "ary-Latn", "chkon nta|chkoun nta|chkon enta|chkoun enta|chkon nti|chkoun nti|achno nta|chno nta|chnou nta|nta chkon|nta chkoun|" +
		"chkon ntouma|chno howa marsad|achno howa marsad|ntya chkon|ntiya chkon|ntaya chkon|nti chkon|chkon ntaya|chkon ntiya|chkoun ntaya|chkon m3aya|m3a mn kanhder|m3a chkon kanhder|achno hwa marsad|chno hwa marsad|chnou howa marsad|achnou howa marsad|marsad chno howa|wach nta robot|wach nta robo|wach nta bot|wach nta bnadem|wach nti robot|wach nti bnadem|wach nta ia|robot|robo|bot|bnadem|ia|smitek|chno smitek|achno smitek|chnou smitek|ach smitek|chkon li sawbek|chkoun li sawbek|chkon sawbek|chkon li dark"},
	{SmallIdentity, "ary", "شكون انتا|انتا شكون|شكون نتايا|واش انتا روبو|شكون نتا|شكون انت|شكون نتي|نتا شكون|انت شكون|شنو نتا|اشنو نتا|شنو هو مرصد|اشنو هو مرصد|شكون نتايا|شكون نتيا|نتايا شكون|شكون معايا|مع شكون كنهضر|شنو هوا مرصد|مرصد شنو هو|واش نتا روبو|واش نتا روبوت|واش نتا بنادم|واش نتي روبو|واش انت روبو|واش انت روبوت|روبو|روبوت|بنادم|شنو سميتك|اشنو سميتك|سميتك|شكون اللي صاوبك|شكون صاوبك"},
	{SmallIdentity, "ar", "من أنت|من انت|ما أنت|ما انت|من تكون|عرف بنفسك|ما هو مرصد|ما هو المرصد|من أنت بالضبط|من انت بالضبط|من تكون بالضبط|ما هذا الموقع|ما هو هذا الموقع|هل أنت روبوت|هل انت روبوت|هل أنت إنسان|هل انت انسان|هل أنت ذكاء اصطناعي|هل انت ذكاء اصطناعي|هل أنت آلة|هل أنت شخص حقيقي|روبوت|إنسان|انسان|آلة|ذكاء اصطناعي|برنامج ذكاء اصطناعي|شخص حقيقي|ما اسمك|ما هو اسمك|ما إسمك|من صنعك|من برمجك|من طورك|من أنشأك|من انشاك"},

	{SmallHelp, "fr", "aide|aide-moi|aidez-moi|à l'aide|que peux-tu faire|que pouvez-vous faire|que sais-tu faire|tu sers à quoi|" +
		"à quoi tu sers|à quoi sers-tu|comment tu peux m'aider|comment pouvez-vous m'aider|qu'est-ce que tu peux faire|tu peux faire quoi|" +
		"que peux-tu me dire|sur quoi tu peux répondre|quelles questions|tu peux m'aider|peux-tu m'aider|pouvez-vous m'aider|vous pouvez m'aider|" +
		"tu peux m'aider s'il te plaît|j'ai besoin d'aide|tu fais quoi|tu fais quoi exactement|qu'est-ce que tu fais|qu'est-ce que tu sais faire|qu'est-ce que tu peux faire pour moi|que peux-tu faire pour moi|tu peux faire quoi pour moi|comment ça marche|comment ca marche|comment tu marches|comment tu fonctionnes|comment ça fonctionne|comment t'utiliser|comment utiliser marsad|comment je peux t'utiliser|quelles questions je peux poser|quelles questions puis-je poser|qu'est-ce que je peux te demander|je peux te demander quoi|tu réponds à quoi|tu proposes quoi|à quoi ça sert|a quoi ca sert|ça sert à quoi"},
	{SmallHelp, "en", "what are you able to do|what are you capable of|what are you good for|help|help me|what can you do|what do you do|how can you help|how can you help me|what can i ask|what can i ask you|" +
		"what do you know|what questions can i ask|can you help|can you help me|could you help me|i need help|what can you help me with|what can you help with|how does this work|how does it work|how do you work|how do i use this|how do i use you|what kind of questions can i ask|what kind of questions|what questions can i ask you|what do you offer|what are you for|what are you good at|what can you tell me"},
	{SmallHelp, "ary-Latn", "3awni|3awnni|3awenni|chno t9der dir|chno t9dar dir|achno t9der dir|chno kat3ref dir|chno kaddir|chno katdir nta|" +
		"fach t9der t3awni|kifach t9der t3awni|chno n9der nsowlek|wach t9der t3awni|wach t9der t3awenni|t9der t3awni|chno kadir|achno kat3ref dir|kifach nkhdem bik|kifach nkhdm bik|kifach nsta3mlek|kifach nsta3ml marsad|chno n9der nsewlek 3lih|chno t9der t3awenni|chno lfayda dyalek|kifach katkhdem"},
	{SmallHelp, "ary", "عاوني|عاونني|شنو تقدر دير|اشنو تقدر دير|شنو كتعرف دير|شنو كدير نتا|فاش تقدر تعاوني|كيفاش تقدر تعاوني|شنو نقدر نسولك|" +
		"واش تقدر تعاوني|تقدر تعاوني|شنو كدير|اشنو كدير|كيفاش نخدم بيك|كيفاش نستعملك|كيفاش نستعمل مرصد|شنو نقدر نسولك عليه|كيفاش كتخدم|شنو الفايدة ديالك"},
	{SmallHelp, "ar", "مساعدة|ساعدني|ماذا يمكنك أن تفعل|ماذا يمكنك ان تفعل|ماذا تستطيع أن تفعل|ماذا تستطيع ان تفعل|كيف يمكنك مساعدتي|" +
		"بماذا يمكنك مساعدتي|ماذا يمكنني أن أسأل|ماذا يمكنني ان اسال|ما الذي يمكنك فعله|هل يمكنك مساعدتي|هل يمكنك أن تساعدني|هل يمكنك ان تساعدني|" +
		"أحتاج مساعدة|احتاج مساعدة|ماذا تفعل|ماذا تعمل|كيف تعمل|كيف تشتغل|ما الذي تستطيع فعله|ما الذي يمكنك فعله|بماذا تستطيع مساعدتي|بم يمكنك مساعدتي|فيم يمكنك مساعدتي|ما هي الأسئلة التي يمكنني طرحها|ما الأسئلة التي يمكنني طرحها|كيف أستعملك|كيف استعملك|كيف أستخدمك|كيف استخدمك|ما فائدتك|ما هي خدماتك"},

	{SmallGoodbye, "fr", "au revoir|à bientôt|a bientot|à plus|bonne journée|bonne soirée|bonne nuit|adieu|à la prochaine|à demain|a demain|à plus tard|a plus tard|ciao|tchao|bonne continuation|a la prochaine"},
	{SmallGoodbye, "en", "bye|goodbye|good bye|bye bye|see you|see you later|take care|have a nice day|good night|see ya|cya|see you soon|see you tomorrow|talk later|talk to you later|ttyl|bye for now|have a good day|have a good one"},
	{SmallGoodbye, "ary-Latn", "bslama|beslama|b slama|bsslama|tba9a 3la khir|tb9a 3la khir|nchofek|ncharfo|lah y3awn|allah y3awn|thalla|nchoufek|nchofek mn b3d|nchoufek mn b3d|nchofkom|ntla9aw|nchofo mn b3d|lah y3awnek|allah y3awnek|thalla f rasek"},
	{SmallGoodbye, "ary", "بسلامة|تبقى على خير|تهلا|الله يعاون|نشوفك|الله يعاونك|تهلا ف راسك|نشوفك من بعد|نتلاقاو|نشوفكم|تبقاو على خير"},
	{SmallGoodbye, "ar", "مع السلامة|الى اللقاء|إلى اللقاء|وداعا|في أمان الله|تصبح على خير|إلى لقاء قريب|الى لقاء قريب|أراك لاحقا|اراك لاحقا|طابت ليلتك|يوم سعيد"},
}

// outOfScopeTerms name subjects outside the labour market: football and
// other sports, the weather, cooking, jokes. A message naming one and no
// labour concept or job word is out of scope ("Qui va gagner la Coupe
// du monde 2030 ?"), while "l'emploi et la Coupe du monde 2030" is not.
var outOfScopeTerms = "football|foot|match|matchs|qui va gagner|qui gagnera|va gagner|le vainqueur|championnat|ligue des champions|coupe d'afrique|" +
	"équipe nationale|les lions de l'atlas|raja|wydad|real madrid|barça|barca|psg|ballon d'or|score|" +
	"who will win|who won|will win|winner|soccer|champions league|basketball|tennis|" +
	"من سيفوز|من فاز|سيفوز|المباراة|مباراة|كرة القدم|الكرة|المنتخب|الرجاء|الوداد|الدوري|البطولة|" +
	"شكون غادي يربح|شكون ربح|غادي يربح|الماتش|الكورة|الفرقة|لمنتخب|" +
	"chkon ghadi yrbe7|chkon ghadi yerbe7|chkoun ghadi yrbe7|chkon rbe7|ghadi yrbe7|lmatch|lkora|lmontakhab|lfari9|" +
	"météo|meteo|quel temps|le temps qu'il fait|il va pleuvoir|va-t-il pleuvoir|pleuvoir|pluie demain|température|temperature|" +
	"weather|forecast|rain|raining|sunny|" +
	"الطقس|حالة الطقس|الجو|درجة الحرارة|ستمطر|المطر|الشتا|تشتا|غادي تشتا|السخانة|" +
	"ljaw|ljow|tchta|ghadi tchta|chta|skhana|" +
	"recette|recettes de cuisine|cuisiner|comment préparer|comment faire un tajine|tajine|couscous|pastilla|harira|" +
	"recipe|recipes|how to cook|how do i cook|" +
	"وصفة|وصفات|طريقة تحضير|كيف أحضر|كيف احضر|طاجين|الطاجين|كسكس|الكسكس|بسطيلة|حريرة|الحريرة|" +
	"كيفاش نطيب|كيفاش نديرو|نطيب|" +
	"kifach ntayeb|kifach nteyyeb|kifach ntib|ntayeb|tajine|tagine|couscous|lharira|" +
	"blague|raconte une blague|joke|tell me a joke|نكتة|nokta"

// labourWords are words of work that keep a message in scope whatever
// else it names (the lexicon's indicators, occupations, skills, sectors
// and contracts do too).
var labourWords = setOf("emploi", "emplois", "travail", "travailler", "chomage", "job", "jobs", "work", "employment", "unemployment",
	"metier", "metiers", "salaire", "salaires", "recrutement", "embauche", "offre", "offres", "annonce", "annonces", "formation", "formations",
	"economie", "economique", "economy", "secteur", "hiring", "recruit", "recruitment", "career", "skills", "competences", "tourisme",
	"tourism", "btp", "construction", "investissement", "investment",
	"khdma", "khedma", "lkhdma", "khdmat", "khdam", "khdamin", "tkhdem", "nkhdem",
	"الشغل", "شغل", "التشغيل", "العمل", "عمل", "البطاله", "خدمه", "الخدمه", "خدمات", "الخدمات", "الوظائف", "وظائف", "وظيفه", "مناصب",
	"المهن", "مهن", "الاقتصاد", "الاستثمار", "التكوين", "السياحه", "البناء", "الاشغال")

// smallTalkWords are, per kind, the words that may make up a message of
// that kind besides its phrases and the courtesy words; the anchors among
// them (prefixed "*") make it that kind. They are compared in normal and
// folded form, with or without an Arabic و or Arabizi w before them.
var smallTalkWords = map[string]string{
	SmallIdentity: "*robot|*robo|*robots|*bot|*chatbot|*ia|*ai|*machine|*humain|*humaine|*human|*insan|*bnadem|*programme|*program|*logiciel|" +
		"*software|*chatgpt|*gpt|*روبو|*روبوت|*بنادم|*إنسان|*انسان|*برنامج|*آلة|*الة|*ذكاء|*اصطناعي|*artificielle|*artificial|*intelligence|" +
		"*personne|*person|*real|*vraie|*vrai|*reel|*reelle|*حقيقي|*ماشين|*machina|" +
		"tu|t|es|etes|vous|toi|you|are|is|this|it|ce|c|est|nta|nti|ntaya|ntiya|nty|ntya|انت|أنت|انتا|نتا|نتي|نتايا|هل|wach|who|qui|chkon|" +
		"chkoun|شكون|من|what|quoi|chno|chnou|achno|شنو|اشنو|ما|هو|howa|hwa|un|une|a|an|the|le|la|parle|parler|talking|speaking|talk|je|i|am|" +
		"avec|with|kanhder|كنهضر|m3a|مع|hada|هادا|هذا|name|nom|appelles|smitek|سميتك|اسمك|ton|your|votre|ta|dyal|ديال|ولا|wla|ou|or|أم|" +
		"simple|juste|just|only|seulement|غير|ghir",
	SmallHelp: "*help|*aide|*aider|*t3awni|*3awni|*t3awenni|*تعاوني|*عاوني|*مساعدة|*تساعدني|*ساعدني|*tdir|*dir|*faire|*fais|*do|*t9der|*t9dr|" +
		"*تقدر|*تستطيع|*able|*capable|*تقدم|*offer|*offre|*propose|*proposes|*kat3ref|*kat3rf|*كتعرف|*sais|*تفعل|*تعمل|*دير|*تدير|" +
		"what|que|quoi|qu|est|ce|tu|peux|peut|pouvez|can|could|you|me|moi|for|pour|with|avec|chno|chnou|achno|شنو|اشنو|ماذا|ما|الذي|فيه|fih|" +
		"ليا|lia|يمكنك|أن|ان|لي|services|kind|of|questions|ask|poser|demander|تعرف|أسئلة|to|are|do|i|je|fi|f|b|بيه|بيك|bik|fach|فاش|" +
		"kifach|كيفاش|how|comment|nsowlek|نسولك|3lach|علاش",
	SmallThanks: "*merci|*thanks|*thank|*chokran|*choukran|*shukran|*chkran|*شكرا|*mersi|*mrc|*thx|*ty|*مرسي|*ميرسي|*مشكور|*مشكورة|*barak|" +
		"*يخليك|*ykhlik|*ykhalik|*tbarkallah|*remercie|*remercier|*appreciate|*appreciated|" +
		"beaucoup|bcp|bzaf|bzzaf|بزاف|lot|ton|tons|much|so|very|pour|for|votre|ton|your|aide|help|l|المساعدة|على|3la|جزيلا|sidi|khoya|sahbi|a|" +
		"ya|lik|ليك|لك|infiniment|encore|again|bien|lah|allah|الله|ma3lomat|المعلومات|info|infos|information|informations|reponse|answer|" +
		"tout|all|everything|kolchi|كلشي|je|vous|te|i|you",
	SmallGoodbye: "*bye|*bslama|*beslama|*revoir|*السلامة|*بسلامة|*تهلا|*later|*ciao|*tchao|*prochaine|*bientot|*nchofek|*nchoufek|*ntla9aw|" +
		"*goodbye|*salut|a|au|la|see|you|soon|mn|b3d|من|بعد|w|و|lah|y3awnek|y3awnk|الله|يعاونك|يعاونك|مع|m3a",
	SmallGreeting: "*salam|*bonjour|*hello|*hi|*hey|*marhba|*mar7ba|*مرحبا|*السلام|*سلام|*bonsoir|*slm|*salut|*ahlan|*أهلا|*اهلا|*coucou|" +
		"*labas|*لاباس|*sba7|*صباح|*مساء|*good|morning|evening|afternoon|lkhir|الخير|عليكم|alaykom|3likom|ورحمة|وبركاته|khoya|sahbi",
}

// smallTalkIndexWords indexes smallTalkWords: word → kind and anchor.
var smallTalkIndexWords = func() map[string]struct {
	kind   string
	anchor bool
} {
	m := map[string]struct {
		kind   string
		anchor bool
	}{}
	for _, kind := range smallTalkPriority {
		for _, w := range splitList(smallTalkWords[kind]) {
			anchor := w[0] == '*'
			w = strings.TrimPrefix(w, "*")
			keys := []string{Normalize(w)}
			if utf8.RuneCountInString(w) >= 4 { // short words fold into others ("ai", "are")
				keys = append(keys, foldNormal(Normalize(w)))
			}
			for _, k := range keys {
				if old, ok := m[k]; !ok || anchor && !old.anchor {
					m[k] = struct {
						kind   string
						anchor bool
					}{kind, anchor}
				}
			}
		}
	}
	return m
}()

// smallTalkWord reports whether the normal word n is a word of small
// talk, of which kind, and whether it is an anchor.
func smallTalkWord(n string) (string, bool, bool) {
	for _, w := range []string{n, foldNormal(n), strings.TrimPrefix(n, "و"), strings.TrimPrefix(n, "w")} {
		if w == "" || w != n && utf8.RuneCountInString(w) < 3 {
			continue
		}
		if e, ok := smallTalkIndexWords[w]; ok {
			return e.kind, e.anchor, true
		}
	}
	return "", false, false
}
