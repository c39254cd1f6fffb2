package lang

// Weighted marker words for Detect, keyed by their normal form with the
// standalone hamza kept (so MSA شيء stays apart from Darija شي).

func weights(groups map[float64]string) map[string]float64 {
	m := map[string]float64{}
	for w, list := range groups {
		for _, f := range splitList(list) {
			k, _ := analyze(f, false, true)
			if m[k] < w {
				m[k] = w
			}
		}
	}
	return m
}

func splitList(list string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(list); i++ {
		if i == len(list) || list[i] == '|' {
			if i > start {
				out = append(out, list[start:i])
			}
			start = i + 1
		}
	}
	return out
}

var darijaWords = weights(map[float64]string{
	2:   "ديال|ديالي|ديالك|ديالو|ديالها|ديالنا|ديالكم|ديالهم|ديل|واش|شنو|شنوا|شنوة|شنية|اشنو|أشنو|آشنو|علاش|كيفاش|كفاش|فين|فاين|شحال|بشحال|بزاف|دابا|غادي|غادية|غاديين|باغي|باغية|باغيين|بغيت|بغينا|بغيتي|كاين|كاينة|كاينين|كاينا|كاينش|كاينه|هادشي|هاد|هادي|هادو|هادا|هادوك|داك|ديك|هاديك|ديما|مزيان|مزيانة|مزيانين|عافاك|عفاك|واخا|وخا|والو|بحال|حيت|راه|راني|راك|راها|راهم|كاع|شوية|مازال|مزال|زعما|ياك|خاصني|خصني|خاصك|خاصهم|دغيا|فاش|منين|شكون|اشمن|شمن|علاه|فوقاش|امتى|إمتى|ملي|حنا|نتا|نتي|نتوما|هوما|ليا|معايا|معاك|الشوماج|شوماج|الديبلوم|ديبلوم|الديبلومي|ديبلومي|الديبلوميين|المديبلومين|الطوموبيل|ستاج|الستاج|سطاج|السطاج|لاباس|كيداير|كيدايرة|البلاصة|بلاصة|خدام|خدامة|خدامين|نخدم|تخدم|كنخدم|كتخدم|كيخدم|الدراري|دراري|العيالات|الرجالة|التريسيان|تريسيان|فرملي|فرملية|الفرملي|لانابيك|الكونطرا|كونطرا|الصالير|صالير|السيفي|البيرمي|بيرمي|نلقى|نلقا|لقيت|كنقلب|قلبت|نقلب|كيقلبو|عندو|ماشي|مشي|اللي|لبلاد|ليكم|بلاش|عطيني|قوليا|قولي|بغا|بغات|كيخلصو|كيعطيو|كيقولو|نديرو|ندير|كندير|دير|ديري|تاع|كنبغي|مابغيتش|ولاد|البراهش|حتال|تال|بلادنا|هنايا|تما|تماك|فالمغرب|دبا|لهيه|لهنا|شحالش|شحل|بزااف|كيفاش|وشنو|فهاد|فهادي|هادشي|دالخدمة|دالشباب|المعقول|شغلة|بالزربة|عطيوني|عطيني|عطيه|عطيها|عطاوني|عاونوني|وريني|وريوني|فهموني|نصحوني|قوليوني|ختي|خويا|صاحبي|بنادم|الناس كاملين|كاملين|مكاينش|ماكاينش|ماكايناش|مكايناش|ماعنديش|معنديش|ماخدامش|ماخدامينش|ماشي مشكل|تخلقات|تخلقو|تزادت|تزادو|ضيعات|تقادات|مشات|مشاو|اللول|التاني|التالت|جداد|كتر|طلعات|خدايم|العروبية|عندهومش|ماعندهومش|ماعندوش|عندوش",
	1.5: "ف|شي|كاينين|لاش",
	1:   "صافي|الخدمة|خدمة|و|د|بلا|عندك|بيها|ليها|ليه|فلوس|نقدر|كنقدر|خاص|تا|الباك|باك|واحد|ولا|المدرسة|بغيت|القراية|قريت|الفلوس|شهرية|الشهرية|مشا|جا|جات|عطاو|دارو|حيدو",
	0.5: "غير|سير|جيب|عليك|عاد|الخدمات|لي|عندي|بخير|عندهم|منو|منها",
})

var msaWords = weights(map[float64]string{
	2:   "الذي|التي|الذين|اللذين|اللتين|هل|ماذا|لماذا|ليس|ليست|سوف|لقد|هذه|ذلك|تلك|هؤلاء|يمكن|يمكنني|يمكنك|أريد|أود|أرغب|أبحث|أين|متى|كم|لدي|لدينا|لديهم|عندما|أيضا|إذا|خلال|وفقا|وفق|بلغ|بلغت|ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|سجل|سجلت|بالمائة|بالمئة|المائة|المئة|أعلن|أعلنت|أفادت|أفاد|أوضح|أوضحت|أشار|أشارت|حوالي|وذلك|الحالي|الحالية|الوظائف|وظائف|وظيفة|الحصول|جدا|منذ|ضمن|لدى|إلا|المندوبية|السامية|للتخطيط|حيث|ينبغي|يجب|كيف|نحو|مقابل|بنسبة|نسبة|معدل|مقارنة|فرص|فرصة|العاطلين|المتوسط|إحصائيات|الإحصائيات|أعلى|أدنى|الماضية|الماضي|الأخير|الأخيرة|حاليا|هي|هو|هم|نحن|أنا|أنت",
	1.5: "هذا|أكثر|أقل|ثم|سنة|السنة|العمل|البحث|الشغل|لكن|ولكن|مثل|أو|كما|عن|إلى|التي",
	0.5: "بين|التكوين",
	1:   "قارن|قد|حسب|الفصل|الربع|الثلاثي|الوطني|البطالة|شيء|الأكثر|الجهات|جهة|المهن|مهنة|على|الشباب|النساء|الرجال|المدن|القرى|تطور|أحدث|آخر",
})

var arabiziWords = weights(map[float64]string{
	2:   "wach|wash|ouach|chno|chnou|chnu|chnowa|shno|shnou|achno|ashno|achnou|chnahoma|chkoun|chkon|chkun|chhal|shhal|chal|kayn|kayna|kaynin|kayen|kaina|kain|dyal|diyal|dial|dyali|dyalk|dyalo|dyalha|dyalna|dyalhom|dyel|bghit|bghina|bghiti|bgheet|baghi|baghya|3afak|afak|daba|deba|db|bzaf|bezaf|bzzaf|ghadi|ghadya|ghan|kifach|kifash|kfach|3lach|alach|3lah|mzyan|mzyana|mzian|mziana|mezyan|walakin|wlakin|mazal|mazel|wakha|waxa|wkha|sahbi|khoya|khouya|3lik|liya|3liya|lik|fiha|fih|fiya|menha|bhal|b7al|kima|fach|fash|mnin|imta|fo9ach|foqach|achmen|chmen|rah|raha|rani|raki|rak|rahom|hadchi|hadshi|hado|hadik|dak|dik|hadak|l3am|lbitala|bitala|lblad|lbled|drari|bnat|l3yalat|3yalat|rjal|3ndi|3andi|3ndek|3ndk|3ndo|3ndha|3ndhom|ndir|ndirou|ndiro|kandir|kan9leb|kanqleb|kan9alb|kan9lb|kankhdm|kankhdem|katkhdm|kaykhdem|khdma|khedma|lkhedma|lkhdma|l5edma|l5dma|5edma|5dma|khdamch|makhdamch|khddam|khdam|khdama|khdamin|3ndhom|nkhdm|nkhdem|nkhdmo|tkhdm|ykhdm|chwiya|chwia|chouia|chwya|bach|bash|ghir|ghi|hta|7ta|hetta|7it|wla|wlla|wela|chi|shi|lbare7|lbareh|lyouma|lyoum|ghdda|ghedda|dghya|safi|ntoma|ntouma|nta|nti|ntia|howa|hiya|homa|huma|kifma|dyawl|3la|3al|ana|mn|flous|flouss|lflous|chhr|mo9awil|tkhdem|kayqelbo|kay9elbo|kaykhdmo|kaynach|makaynch|makaynach|mafhmtch|wahed|wa7ed|wa7d|wahd|ch7al|sh7al|chhal|ch7al|kolchi|kulchi|ga3|gaa|gae|bgha|bghat|khass|khassni|khasni|khesni|khassek|3tini|3tina|jib|diri|dert|derti|ila|mola|moul|lmdina|lmdon|lmghrib|lmaghrib|nqra|n9ra|9rit|qrit|9raya|qraya|l9raya|lqraya|mo3allim|lmo3alim|ostad|ostada|tbib|fermli|trisian|trissian|plombi|soudour|kontabl|garson|tbbakh|bennay|3ssas|khiyata|chifour|choumage|lchomage|jihat|jiha|ach|wesh|chkoune|kter|ktar|kther|akbar|aktar|ekbar|sghar|sghir|kbar|kbir|kbira|nachat|nnachat|khdamat|khdmat|khdayem|jdad|tzadou|tzadet|tzado|tzadat|mchaw|mchat|tani|tanya|talet|talit|lowel|louwel|ina|fina|khdamch|khdaminch|ma3ndhomch|ma3ndouch|lactivite",
	1.5: "fi|m3a|m3ak|m3aya|li|lli|elli|hadi|hada|bla|kan|kat|kay",
	1:   "o|w|ola|awla|ki|kif|kayen|bnt|weld|wld|lwelid|drahem|lflouss|fin|tanja|titwan|mrakech|hit|sir|ash",
	0.5: "had|ma|ta|men|tan|dir",
})

var frenchWords = weights(map[float64]string{
	1:   "le|la|les|de|des|du|un|une|et|est|en|dans|pour|par|sur|avec|que|qui|quel|quelle|quels|quelles|quoi|comment|combien|pourquoi|où|je|tu|il|elle|nous|vous|ils|elles|mon|ma|mes|ton|ta|tes|son|sa|ses|ce|cette|ces|au|aux|pas|ne|plus|moins|mais|ou|donc|suis|sont|ai|avez|avons|cherche|chercher|travail|emploi|taux|chômage|année|trimestre|entre|depuis|selon|faire|faut|peux|peut|veux|voudrais|besoin|métiers|métier|salaire|aussi|très|bien|merci|bonjour|svp|stp|entreprise|ville|jeunes|femmes|hommes|ans|être|avoir|leur|leurs|sans|sous|chez|vers|tous|toutes|tout|y|l|d|qu|j|n|s|c|c'est|offres|offre|formation|formations|diplômés|diplôme|quelle|région|régions|compétences|secteur|évolution|dernier|dernière|actuel|recherche|postuler|demande|chômeurs|était|été|fait|été|peu|beaucoup|autre|autres|même|comme|alors|ici|là|aujourd|hui|demain|hier|maintenant|toujours|jamais|rien|quelque|chose|fois|encore|déjà|après|avant|pendant|contre|deux|trois|premier|deuxième|troisième|niveau|milieu|urbain|rural|ouvrier|trouver|donne|donner|montre|montrer|liste|meilleur|meilleurs|marché|nombre|chiffres|chiffre|pourcentage|hausse|baisse|augmenté|baissé|diminué|combien|au|quoi",
	0.5: "a|obligatoire|exigé|exigée|souhaité|souhaitée|requis|recrute|profil|mission|missions|candidat|candidats|candidate|terrain|indispensable|rémunération|avantages|expérience|débutant|confirmé|école|ecole|coût|cout|prix|frais|université|faculté|fac|carrière|embauche|embaucher|embauchent|recrute|recrutent|recrutement|salaires|revenu|employeur|employeurs|employé|employés|ingénieur|infirmier|infirmière|enseignant|chauffeur|statistiques|femme|homme|croissance|malgré|conseil|conseils|aide|hiver|temps|partiel|plein|expérience|qualifié|compétence|exigences|opportunités|domaine|santé|éducation|banque|vente|tourisme|boulot|travailler|bosser|urgent|poste|postes|candidature|lettre|motivation|entretien|concours|fonction|publique|privé|métier|salut|oui|non|personnes|gens|part|parmi|dépasse|augmente|baisse|baissé|payé|paye|combien|conseillez|trouve|trouver|où|ya|il|qualifiés",
	2:   "est-ce|qu'est|suis-je|puis-je|quels|quelles|pourriez|voudrais|aimerais|cherche|actuellement|chômage|où",
})

var englishWords = weights(map[float64]string{
	1: "the|of|and|to|in|is|are|was|were|what|which|who|how|many|much|where|when|why|for|with|on|at|by|from|this|that|these|those|i|you|he|she|we|they|my|your|do|does|did|can|could|would|should|will|have|has|been|there|it|its|an|about|rate|unemployment|jobs|job|work|working|looking|find|year|quarter|salary|training|compare|between|latest|please|thanks|thank|hi|hello|any|some|more|most|than|since|over|time|women|men|youth|young|people|best|need|want|get|skills|company|city|show|tell|me|give|list|number|unemployed|graduates|trend|region|regions|highest|lowest|rural|urban|area|areas|last|current|now|jobless|hiring|demand|sector|workers|worker|nurse|engineer|developer|apply|offer|offers|courses|course|become|get|got|much|pay|paid|earn|earns|average|figures|data|per|cent|percent|increase|decrease|rose|fell|growth|level|employment|participation|which|whose|or|not|no|yes|as|if|be|am|being|had|our|their|them|us|him|her|his|into|out|up|down|just|also|only|other|such|very|well|still|then|so|all|each|every|both|few|new|old|next|first|second|third|fourth|morocco",
	2: "the|what's|where's|how's|i'm|isn't|aren't|don't|doesn't|can't|won't|which|whats|hows|unemployment|jobless",
	// "a" is also French (il a, à unaccented): even, so that an English
	// noun phrase ("a maintenance technician") is told by its noun.
	0.5: "a",
})

// latinNotVerbs are Latin words starting with kan-/kat-/kay- that are not
// Darija verbs.
var latinNotVerbs = setOf("kanban", "katana", "kayak", "kangourou", "kangaroo", "kansas", "kanye", "katia", "kayla", "kayser", "kantara", "katalog", "kanji", "kansai", "kantor", "kates", "katherine", "katie", "katrina")

// frenchWords2 are Latin words shaped like an Arabizi ma…ch negation that are not.
var frenchWords2 = setOf("match", "march", "mach", "mahch", "mainch", "marsch", "mensch", "mash", "mcintosh", "macintosh", "marrakech", "marrakch", "mrakech", "mrrakech", "marakech", "mameh", "mariach")

// msaKPrefix are MSA words that look like Darija verbs with an aspect prefix.
var msaKPrefix = setOf("كيفية", "كيفما", "كتابة", "كتابات", "كتيبة", "كتاب", "كتب", "كانوا", "كانون", "كينونة", "كيميائي", "كيمياء", "كتلة", "كنائس", "كندية", "كتاني", "كيلومتر", "كيلومترات", "كيانات", "كتابه", "كنوز", "كيفيات", "كتابي", "كتابية", "كاتب", "كاتبة", "كانتا")

// msaShWords are Arabic words ending in ش that are not a Darija negation.
var msaShWords = setOf("معاش", "مشوش", "منعش", "مدهش", "مفتش", "مناقش", "مرتعش", "معيش", "مشمش", "ملمش", "مخدش", "معاشات", "مهمش", "مراكش", "مراكيش", "نقاش", "جيش", "عيش", "ريش", "فتش", "رش", "عرش", "فراش", "قماش", "الجيش", "انكماش", "انتعاش", "ارتعاش", "منكمش", "مداهش", "موحش")
