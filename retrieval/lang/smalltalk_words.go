package lang

// smallTalkTable lists, per kind of small talk and the language its
// phrases tell (Arabizi greetings that Detect, on two words, would read
// as French), the phrases of small talk ("|"-separated; "" as language:
// Detect decides, as for شكرا which is Arabic and Darija alike).
var smallTalkTable = []struct {
	kind, tag, terms string
}{
	{SmallGreeting, "fr", "bonjour|bonsoir|salut|coucou|bonjour à vous|salut à vous|ça va|comment ça va|comment allez-vous|bonne journée à vous"},
	{SmallGreeting, "en", "hi|hello|hey|hiya|good morning|good afternoon|good evening|how are you|greetings"},
	{SmallGreeting, "ary-Latn", "salam|slm|salamo alaykom|salamo 3alaykom|salam alaykom|salam 3alikom|salam 3alaykom|assalamu alaikum|" +
		"labas|labas 3lik|labas 3likom|ahlan|ahla|mar7ba|marhba|kidayr|kidayra|kidayrin|cv|sbah lkhir|msa lkhir|wa fin|wa3alaykom salam"},
	{SmallGreeting, "ary", "لاباس|لاباس عليك|كيداير|كيدايرة|كيف داير|مسا الخير|واش راك"},
	{SmallGreeting, "", "السلام عليكم|السلام|سلام|مرحبا|أهلا|اهلا|أهلا وسهلا|مرحبا بك|صباح الخير|مساء الخير|تحية طيبة|وعليكم السلام"},

	{SmallThanks, "fr", "merci|merci beaucoup|merci bien|je vous remercie|je te remercie|c'est gentil|parfait merci|super merci"},
	{SmallThanks, "en", "thanks|thank you|thank you so much|thanks a lot|many thanks|thx|cheers|great thanks"},
	{SmallThanks, "ary-Latn", "chokran|choukran|shukran|chkran|chokrane|chokran bzaf|choukran bzaf|barak allah fik|barakallah fik|lah ykhalik|" +
		"allah ykhalik|tbarkallah 3lik|merci bzaf"},
	{SmallThanks, "ary", "شكرا بزاف|الله يخليك|تبارك الله عليك|بارك الله فيك"},
	{SmallThanks, "", "شكرا|شكرا جزيلا|شكرا لك|أشكرك|اشكرك|جزاك الله خيرا"},

	{SmallIdentity, "fr", "qui es-tu|qui es tu|tu es qui|t'es qui|qui êtes-vous|qui êtes vous|vous êtes qui|c'est quoi marsad|qu'est-ce que marsad|" +
		"tu es un robot|tu es une ia|présente-toi|présentez-vous"},
	{SmallIdentity, "en", "who are you|what are you|what is marsad|what's marsad|are you a bot|are you a robot|introduce yourself"},
	{SmallIdentity, "ary-Latn", "chkon nta|chkoun nta|chkon enta|chkoun enta|chkon nti|chkoun nti|achno nta|chno nta|chnou nta|nta chkon|nta chkoun|" +
		"chkon ntouma|chno howa marsad|achno howa marsad"},
	{SmallIdentity, "ary", "شكون نتا|شكون انت|شكون نتي|نتا شكون|انت شكون|شنو نتا|اشنو نتا|شنو هو مرصد|اشنو هو مرصد"},
	{SmallIdentity, "ar", "من أنت|من انت|ما أنت|ما انت|من تكون|عرف بنفسك|ما هو مرصد|ما هو المرصد"},

	{SmallHelp, "fr", "aide|aide-moi|aidez-moi|à l'aide|que peux-tu faire|que pouvez-vous faire|que sais-tu faire|tu sers à quoi|" +
		"à quoi tu sers|à quoi sers-tu|comment tu peux m'aider|comment pouvez-vous m'aider|qu'est-ce que tu peux faire|tu peux faire quoi|" +
		"que peux-tu me dire|sur quoi tu peux répondre|quelles questions|tu peux m'aider|peux-tu m'aider|pouvez-vous m'aider|vous pouvez m'aider|" +
		"tu peux m'aider s'il te plaît|j'ai besoin d'aide"},
	{SmallHelp, "en", "help|help me|what can you do|what do you do|how can you help|how can you help me|what can i ask|what can i ask you|" +
		"what do you know|what questions can i ask|can you help|can you help me|could you help me|i need help"},
	{SmallHelp, "ary-Latn", "3awni|3awnni|3awenni|chno t9der dir|chno t9dar dir|achno t9der dir|chno kat3ref dir|chno kaddir|chno katdir nta|" +
		"fach t9der t3awni|kifach t9der t3awni|chno n9der nsowlek|wach t9der t3awni|wach t9der t3awenni|t9der t3awni"},
	{SmallHelp, "ary", "عاوني|عاونني|شنو تقدر دير|اشنو تقدر دير|شنو كتعرف دير|شنو كدير نتا|فاش تقدر تعاوني|كيفاش تقدر تعاوني|شنو نقدر نسولك|" +
		"واش تقدر تعاوني|تقدر تعاوني"},
	{SmallHelp, "ar", "مساعدة|ساعدني|ماذا يمكنك أن تفعل|ماذا يمكنك ان تفعل|ماذا تستطيع أن تفعل|ماذا تستطيع ان تفعل|كيف يمكنك مساعدتي|" +
		"بماذا يمكنك مساعدتي|ماذا يمكنني أن أسأل|ماذا يمكنني ان اسال|ما الذي يمكنك فعله|هل يمكنك مساعدتي|هل يمكنك أن تساعدني|هل يمكنك ان تساعدني|" +
		"أحتاج مساعدة|احتاج مساعدة"},

	{SmallGoodbye, "fr", "au revoir|à bientôt|a bientot|à plus|bonne journée|bonne soirée|bonne nuit|adieu|à la prochaine"},
	{SmallGoodbye, "en", "bye|goodbye|good bye|bye bye|see you|see you later|take care|have a nice day|good night"},
	{SmallGoodbye, "ary-Latn", "bslama|beslama|b slama|bsslama|tba9a 3la khir|tb9a 3la khir|nchofek|ncharfo|lah y3awn|allah y3awn|thalla"},
	{SmallGoodbye, "ary", "بسلامة|تبقى على خير|تهلا|الله يعاون|نشوفك"},
	{SmallGoodbye, "ar", "مع السلامة|الى اللقاء|إلى اللقاء|وداعا|في أمان الله|تصبح على خير"},
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
