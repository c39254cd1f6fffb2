package lang

// The tables FindUnresolved reads: where a text names a place, an
// occupation or an indicator, and the words that name nothing by
// themselves. Forms are written as people write them; they are compared
// in folded form, like the lexicon's.

// foreignPlaceNames are places outside Morocco that people ask about
// (countries, regions of the world, cities of emigration and of the
// news), in every script: Marsad's figures and ads are Moroccan, so these
// are named back as unknown instead of answered with Morocco's figure.
// Names that are also common words (Nice, Tours, قطر "diameter") are
// left out.
var foreignPlaceNames = "France|Espagne|Spain|España|Italie|Italy|Allemagne|Germany|Belgique|Belgium|Pays-Bas|Hollande|Netherlands|" +
	"Portugal|Suisse|Switzerland|Royaume-Uni|Angleterre|England|United Kingdom|UK|États-Unis|Etats-Unis|USA|United States|Amérique|America|" +
	"Canada|Québec|Quebec|Égypte|Egypte|Egypt|Algérie|Algeria|Tunisie|Tunisia|Libye|Libya|Mauritanie|Mauritania|Sénégal|Senegal|" +
	"Arabie saoudite|Saudi Arabia|Émirats|Emirats|UAE|Qatar|Turquie|Turkey|Chine|China|Japon|Japan|Inde|India|Russie|Russia|" +
	"Europe|Afrique du Sud|South Africa|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Montpellier|Strasbourg|Madrid|Barcelone|" +
	"Barcelona|Séville|Sevilla|Seville|Valence|Valencia|Malaga|Málaga|Almería|Almeria|Murcie|Murcia|Huelva|Lisbonne|Lisbon|Lisboa|Londres|London|Bruxelles|Brussels|" +
	"Amsterdam|Rotterdam|Berlin|Munich|Francfort|Frankfurt|Rome|Roma|Milan|Milano|Turin|Genève|Geneva|Montréal|Montreal|Toronto|New York|" +
	"Washington|Dubaï|Dubai|Abu Dhabi|Doha|Riyadh|Djeddah|Jeddah|Le Caire|Cairo|Caire|Alger|Algiers|Oran|Tunis|Tripoli|Nouakchott|" +
	"Dakar|Istanbul|Pékin|Beijing|Tokyo|Moscou|Moscow|" +
	"فرنسا|إسبانيا|اسبانيا|سبانيا|إيطاليا|ايطاليا|ألمانيا|المانيا|بلجيكا|هولندا|البرتغال|سويسرا|بريطانيا|إنجلترا|انجلترا|الولايات المتحدة|أمريكا|امريكا|" +
	"أميركا|كندا|مصر|الجزائر|تونس|ليبيا|موريتانيا|السنغال|السعودية|الإمارات|الامارات|تركيا|الصين|اليابان|الهند|روسيا|أوروبا|اوروبا|أوربا|" +
	"باريس|ليون|مرسيليا|تولوز|بوردو|مدريد|برشلونة|إشبيلية|اشبيلية|فالنسيا|مالقة|ملقة|لشبونة|لندن|بروكسل|أمستردام|امستردام|برلين|روما|ميلانو|جنيف|" +
	"مونتريال|تورونتو|نيويورك|واشنطن|دبي|أبوظبي|ابوظبي|الدوحة|الرياض|جدة|القاهرة|وهران|طرابلس|نواكشوط|داكار|إسطنبول|اسطنبول|" +
	"بكين|طوكيو|موسكو|" +
	"fransa|frança|sbanya|sbania|spanya|spania|italia|talyan|almanya|holanda|bljika|lmirikan|mirikan|amrika|kanada|masr|dzayer|" +
	"tounes|libya|mouritanya|ssa3odiya|sa3odiya|limarat|torkya|tourkia|sin|lhind|roussia|orouba|lorouba|l9ahira|ddar lbayda dyal masr"

// placeNouns are the words that announce a place's name: after them, an
// unknown word is a place Marsad does not know ("région du Nord", "جهة
// الوسط", "mdinat zwina").
var placeNouns = setOf("region", "regions", "ville", "province", "prefecture", "commune", "city", "town", "village", "douar",
	"jiha", "jihat", "mdina", "mdinat", "l9arya", "9arya", "جهه", "الجهه", "بجهه", "لجهه", "مدينه", "المدينه", "بمدينه", "لمدينه",
	"اقليم", "باقليم", "عماله", "بعماله", "ولايه", "بولايه", "قريه", "بقريه", "القريه", "دوار", "بدوار", "جماعه", "بجماعه")

// placeNounLinks may stand between a place noun and the name ("région de
// X", "jiha dyal X", "ville d'X").
var placeNounLinks = setOf("de", "d", "du", "des", "of", "the", "dyal", "d", "ديال", "د")

// toponymHeads start many Moroccan place names (Sidi Slimane, Oulad
// Teima, Beni Mellal, Aït Melloul, Aïn Harrouda, Ksar El Kébir, Tizi
// Ouzou): followed by a word the gazetteer does not hold, they name a
// place it does not know, whatever stands before them. Heads that are
// also common words (had "this", dar "house", ras "head", سوق "market",
// حد "limit") are left out.
var toponymHeads = setOf("sidi", "si", "moulay", "oulad", "ouled", "awlad", "ulad", "beni", "bni", "ait", "aït", "ain", "aïn", "ksar",
	"tizi", "douar", "dwar", "oued", "wad", "wadi", "sebt", "tnine", "khemis", "jemaa", "larbaa", "tleta",
	"سيدي", "مولاي", "اولاد", "ولاد", "بني", "ايت", "عين", "قصر", "تيزي", "دوار", "واد", "وادي")

// toponymLinks join the words of a place name ("Sidi Bou Othmane", "Aït
// Ben Haddou", "Oulad el Haj").
var toponymLinks = setOf("bou", "ben", "bel", "el", "al", "ould", "ou", "بو", "بن", "ولد")

// latinLocatives put a capitalised unknown word in place: "à Lyon", "in
// Cairo", "vers Zagora", "f Madrid". Arabic prepositions are not among
// them: without capitals, في before an unknown word is as often "في
// الواقع" as a place.
var latinLocatives = setOf("a", "au", "aux", "dans", "vers", "pres", "in", "at", "near", "around", "f", "fi", "fel", "fl")

// occupationFrames are the phrases after which people name an
// occupation: "métier de X", "que fait un X", "khdma dyal X", "what does
// a X do", "شنو كيدير X", "ما هي مهنة X". The occupation is the words
// that follow, up to a stop word (stopWords), a place, a period or the
// end of the phrase.
var occupationFrames = "métier de|métier d|le métier de|du métier de|profession de|fiche métier|fiche métier de|fiche du métier de|que fait un|que fait une|" +
	"que fait le|que fait la|que font les|c'est quoi un|c'est quoi une|qu'est-ce qu'un|qu'est-ce qu'une|comment devenir|devenir|je veux devenir|" +
	"travailler comme|compétences d'un|compétences d'une|compétences pour un|compétences pour une|compétences pour être|compétences du|" +
	"compétences de|salaire d'un|salaire d'une|salaire du|salaire de|combien gagne un|combien gagne une|combien gagnent les|combien touche un|combien touche une|formation de|formations de|formation pour devenir|formations pour devenir|" +
	"what does a|what does an|job of a|job of an|job of|the job of|the occupation of|occupation of|the profession of|how to become a|how to become an|how do i become a|how do i become an|how can i become a|" +
	"how can i become an|become a|become an|skills for a|skills for an|skills does a|skills does an|skills of a|skills of an|salary of a|" +
	"salary of an|how much does a|how much does an|how much do|work as a|work as an|working as a|working as an|training for a|training to become a|" +
	"khdma dyal|khedma dyal|lkhdma dyal|lkhedma dyal|métier dyal|lmétier dyal|lmihna dyal|mihnat|chno kaydir|chno katdir|achno kaydir|" +
	"achno katdir|chno kaydiro|chnou kaydir|chnou katdir|kifach nwelli|kifach nweli|kifach nwalli|bghit nwelli|salaire dyal|compétences dyal|" +
	"chno khass l|chno khassni bach nwelli|" +
	"مهنة|المهنة ديال|مهنة ديال|وظيفة|الخدمة ديال|الحرفة ديال|ماذا يعمل|ماذا يفعل|ما هي مهام|ما هو عمل|كيف اصبح|كيف أصبح|كيف يمكنني ان اصبح|" +
	"لكي اصبح|المهارات المطلوبة|المهارات المطلوبة ل|مهارات|راتب|شنو كيدير|شنو كتدير|شنو كيديرو|اشنو كيدير|اشنو كتدير|كيفاش نولي|كيفاش نوالي|" +
	"باش نولي|شحال كيخلص|شحال كتخلص|شحال كيشد|شحال كتشد|بشحال كيخلص|كم يتقاضى|كم يربح|كم اجر|كم راتب|" +
	"ch7al kaykhles|ch7al katkhles|chhal kaykhles|chhal katkhles|ch7al kaychedd|ch7al katchedd|ch7al kayrba7|" +
	"ch7al kaychad|ch7al katchad|chhal kaychad|chhal kaychedd|ch7al kaykhalso|ch7al kayakhod|ch7al katakhod|ch7al kaydakhal|ch7al kaydkhel"

// indicatorFrames are the phrases after which people name an indicator:
// "taux de X", "nombre de X", "number of X", "معدل X", "taux dyal X".
// rateWords come after it in English ("the X rate").
var indicatorFrames = "taux de|taux d|taux dyal|nombre de|nombre d|pourcentage de|pourcentage d|indice de|indice d|" +
	"number of|the number of|percentage of|share of|rate of|index of|how many|" +
	"معدل|نسبة|عدد|كم عدد|مؤشر|شحال من|شحال د|nisbat|nisba dyal|3adad|3adad dyal|chhal mn|ch7al mn|chhal men|ch7al men"

var rateWords = setOf("rate", "rates", "index", "ratio")

// workplaces are where people work, in the five languages: after a domain
// link they say where an occupation works, not a name Marsad lacks
// ("infirmier f sbitar", "a nurse in a hospital", "ممرض في المستشفى").
var workplaces = setOf("sbitar", "sbitarat", "lsbitar", "سبيطار", "السبيطار", "المستشفى", "مستشفى", "المستشفيات", "hopital", "hopitaux", "hospital",
	"hospitals", "clinique", "cliniques", "clinic", "clinics", "klinik", "lklinik", "المصحة", "مصحة", "كلينيك", "ecole", "ecoles", "school", "schools",
	"lycee", "college", "universite", "university", "fac", "المدرسة", "مدرسة", "mdrasa", "lmdrasa", "الجامعة", "hotel", "hotels", "otel", "lotel",
	"الفندق", "فندق", "الاوطيل", "usine", "usines", "factory", "factories", "plant", "lmo3mal", "lm3mal", "mo3mal", "المعمل", "معمل", "المصنع",
	"مصنع", "chantier", "chantiers", "site", "الشانطي", "bureau", "bureaux", "office", "offices", "lbiro", "البيرو", "restaurant", "restaurants",
	"ristora", "risto", "الريسطو", "ريسطو", "المطعم", "مطعم", "cafe", "cafes", "9hwa", "l9hwa", "المقهى", "القهوة", "magasin", "magasins", "shop",
	"shops", "store", "stores", "hanout", "lhanout", "الحانوت", "حانوت", "ferme", "fermes", "farm", "farms", "الضيعة", "ضيعة", "domicile", "home",
	"maison", "الدار", "entreprise", "entreprises", "company", "companies", "charika", "charikat", "الشركة", "شركة", "administration", "الإدارة",
	"الادارة", "lidara", "banque", "banques", "bank", "banks", "lbanka", "البنك", "aeroport", "airport", "port", "ports", "المرسى", "الميناء",
	"mine", "mines", "المنجم", "supermarche", "supermarket", "marche", "souk", "السوق", "rue", "street", "zone", "prive", "public", "secteur",
	"pharmacie", "pharmacy", "الصيدلية", "garage", "lgaraj", "الكراج", "atelier", "workshop", "lmatelier", "salon", "boutique", "agence",
	"agency", "centre", "center", "call", "maroc", "morocco", "lmghrib", "المغرب", "etranger", "abroad", "lkharij", "الخارج", "ville", "city",
	"campagne", "countryside", "l3roubiya", "البادية")

// workFrames are the phrases after which a count question names where
// people work ("combien de gens travaillent dans X", "how many people
// work in X", "شحال ديال الناس خدامين ف X"): an X the package does not
// know is a figure Marsad lacks.
var workFrames = "travaillent dans|travaillent en|travaillent au|travaillent à|bossent dans|work in|working in|employed in|work at|" +
	"khdamin f|khddamin f|kaykhdmo f|khdamin fi|خدامين ف|خدامين في|كيخدمو ف|كيخدمو في|يعملون في|يشتغلون في|العاملين في|المشتغلين في"

// stopWords end the words of a frame's head: prepositions, conjunctions,
// verbs and question words that cannot be part of a name ("que fait un
// plombier à Rabat", "what does a nurse do").
var stopWords = setOf("a", "au", "aux", "en", "dans", "pour", "sur", "avec", "chez", "par", "et", "ou", "qui", "que", "est", "sont", "fait",
	"font", "exactement", "concretement", "quotidien", "aujourd", "maintenant", "actuellement", "svp", "stp", "merci", "combien", "gagne",
	"au", "maroc", "in", "at", "for", "with", "and", "or", "do", "does", "need", "needs", "earn", "earns", "make", "is", "are", "exactly",
	"today", "now", "please", "thanks", "morocco", "f", "fi", "fl", "fel", "w", "wla", "ola", "3la", "m3a", "mea", "bach", "kaydir",
	"katdir", "ghir", "daba", "bdabt", "dabt", "b", "lmghrib", "afak", "3afak", "actually", "really", "exactement", "vraiment", "quand",
	"lorsque", "when", "where", "why", "how", "comment", "pourquoi", "il", "elle", "ils", "elles", "he", "she", "they", "it", "qu", "dont",
	"who", "that", "which", "li", "lli", "elli", "kayn", "kayna", "kaynin", "there", "exist", "exists", "existe", "existent", "plus", "most",
	"more", "ktar", "kter", "bzaf", "like", "look", "looks", "mean", "means", "involve", "involves", "entail", "entails", "get", "gets",
	"paid", "comme", "ressemble", "consiste", "b7al", "bhal", "kif", "mital",
	"في", "ف", "فال", "ب", "و", "او", "على", "من", "مع", "الى", "عن", "بالضبط", "بالظبط", "اليوم", "الان", "دابا", "فالمغرب", "بالمغرب", "المغرب",
	"عافاك", "شكرا", "كيدير", "كتدير", "باش", "غير", "التي", "الذي", "الذين", "اللي", "لي", "كاين", "كاينه", "كاينين", "يوجد", "توجد",
	"الاكثر", "اكثر", "كتر", "بزاف", "عند", "بالنسبه", "مثل", "بحال", "كيف",
	// prepositions and adverbials of place and time: "ممرضة داخل
	// المستشفى", "a truck driver day to day", "plombier pendant l'été"
	// name the occupation before them, not a longer one
	"داخل", "خارج", "بين", "خلال", "اثناء", "لدى", "قرب", "حول", "تحت", "فوق", "عبر", "قبل", "بعد", "مللي", "يوميا", "كل",
	"pendant", "durant", "lors", "entre", "sous", "apres", "avant", "depuis", "hors", "sein", "chaque", "jour", "quotidiennement",
	"on", "inside", "during", "day", "daily", "every", "per", "within", "between", "after", "before", "from", "into", "under", "over",
	"9bel", "9bl", "mn", "men", "koll", "kol", "nhar", "kolla", "نهار", "النهار", "طول", "الليل", "فالليل", "بالليل", "lil", "fllil",
	// question words: a second question after the occupation ("ما هي مهنة
	// مربية الأطفال وما المؤهلات", "plombier, quelles formations ?")
	"quel", "quels", "quelle", "quelles", "quoi", "what", "whats", "chno", "chnou", "achno", "ach", "wach", "ch7al", "chhal",
	"kifach", "kifech", "3lach", "fin", "فين", "ما", "ماذا", "هل", "كم", "لماذا", "متى", "اين", "شنو", "اشنو", "اش", "واش", "شحال",
	"كيفاش", "علاش", "اشمن", "شمن", "اي")

// fillers are the small words that a head may start with or hold without
// naming anything: articles, "dyal", "some".
var fillers = setOf("un", "une", "le", "la", "les", "l", "d", "de", "du", "des", "a", "an", "the", "some", "dyal", "d", "chi", "wahed",
	"واحد", "شي", "ديال", "د", "ال", "ل")

// genericJobWords name work in general, not an occupation: "métier de
// poste" is no question about an occupation called poste; "poste de X"
// names X.
var genericJobWords = setOf("metier", "metiers", "poste", "postes", "emploi", "emplois", "job", "jobs", "travail", "boulot", "profession",
	"position", "role", "work", "career", "carriere", "khdma", "khedma", "lkhdma", "khdmat", "mihna", "lmihna",
	"خدمه", "الخدمه", "خدمات", "مهنه", "المهنه", "وظيفه", "الوظيفه", "عمل", "العمل", "شغل", "الشغل", "حرفه", "الحرفه")

// occupationQualifiers are words that qualify an occupation without
// changing which it is (seniority, status, shift, polyvalence):
// "soudeur qualifié", "développeur senior", "ممرض متعدد الاختصاصات" name
// a known occupation.
var occupationQualifiers = setOf("qualifie", "qualifiee", "qualifies", "qualifiees", "confirme", "confirmee", "experimente", "experimentee",
	"debutant", "debutante", "junior", "senior", "polyvalent", "polyvalente", "specialise", "specialisee", "diplome", "diplomee", "principal",
	"principale", "adjoint", "adjointe", "assistant", "assistante", "stagiaire", "independant", "independante", "chef", "qualified", "skilled",
	"experienced", "trainee", "head", "chief", "lead", "certified", "certifie", "terrain", "sedentaire", "itinerant", "nuit", "jour",
	"مؤهل", "متمرس", "مبتدئ", "متدرب", "رئيس", "رئيسي", "مساعد", "مستقل", "معتمد", "متعدد", "متعدده", "الاختصاصات", "التخصصات",
	"متخصص", "متخصصه", "مختص", "مختصه")

// pastAuxiliaries put a question in the past ("كانو مصرحين", "kano
// khddamin", "étaient déclarés"): no unknown word of an indicator.
var pastAuxiliaries = setOf("kan", "kano", "kanou", "kanu", "kanoo", "kanow", "kant", "kanet", "kanat", "kona", "kouna",
	"كان", "كانو", "كانوا", "كانت", "كنا", "was", "were", "did", "had", "etait", "etaient", "avait", "avaient")
