package lang

import "strings"

// The qualifiers of the narrowing rules (narrow_rules.go), as people write
// them in French, MSA, Darija (both scripts) and English. Each is a list
// of phrases, "|"-separated, compared folded like the lexicon's.

const (
	// money and its sending home, for remittances
	moneyWords = "flous|lflous|الفلوس|فلوس|لفلوس|argent|l'argent|money|fonds|أموال|الأموال|transferts|transfert|تحويلات|التحويلات|" +
		"virements|envois d'argent|envois de fonds|7awalat|tahwilat|devises|العملة الصعبة|la3mla s3iba"
	sendVerbs = "صيفطو|كيصيفطو|صيفط|يصيفطو|كيصيفط|صيفطات|تصيفطات|sifto|kaysifto|sayfto|kaysayfto|siftou|kaysiftou|sifet|" +
		"envoyé|envoyés|envoient|envoie|envoyer|envoi|envois|transféré|transférés|transfèrent|rapatrié|send|sent|sends|sending|" +
		"transfer|transferred|transfers|remit|remitted|حولت|حولو|يحولون|يحول|تحويل|أرسل|أرسلت|أرسلها|يرسلون|يرسل|دخلو|دخلات|dkhlo|dkhlat|" +
		"vient|viennent|venu|provient|proviennent|comes|venant|venus|provenant|come from|came from|comes from|coming from|القادمة|الواردة|جات|jat|send home|sent home"
	sendingWords  = sendVerbs + "|" + diasporaWords + "|برا|الخارج|بالخارج|فالخارج|lkharij|f lkharij|abroad|étranger|l'étranger"
	diasporaWords = "MREs|mres|jalia|jaliya|جالية|الجالية|diaspora|MRE|zmagria|الزماكرية|مهاجرين|المهاجرين|المهاجرون|migrants|immigrés|émigrés|" +
		"expatriés|Marocains du monde|مغاربة العالم|mgharba l3alam|Marocains résidant à l'étranger|Moroccans abroad|Moroccans living abroad|" +
		"المغاربة المقيمين بالخارج|مغاربة الخارج|ولاد الخارج|wlad lkharij"
	// Moroccans abroad
	moroccanWords = "MREs|mres|المغاربة|مغاربة|مغربي|مغاربه|mgharba|lmgharba|mghariba|mghribi|marocains|marocain|moroccans|moroccan|MRE|الجالية|الجالية المغربية|" +
		"jalia|diaspora|ressortissants|ressortissants marocains|nationals"
	abroadWords = "برا|الخارج|بالخارج|فالخارج|في الخارج|ف الخارج|خارج المغرب|lkharij|f lkharij|bra|abroad|à l'étranger|a l'etranger|étranger|" +
		"overseas|outside morocco|hors du maroc|consulat|consulats|القنصليات|قنصليات|l9onsoliyat|9onsoliyat|expatriés|عايشين|عايش|kaycouniw|3aychin|3aych"
	// ANAPEC's programmes and what they count
	idmajWords  = "idmaj|إدماج|ادماج|contrat d'insertion|contrats d'insertion"
	tahfizWords = "tahfiz|ta7fiz|تحفيز"
	taehilWords = "taehil|ta2hil|tahil|تأهيل|تاهيل"
	firmWords   = "entreprises|entreprise|sociétés|société|companies|company|firms|firm|employers|employer|employeurs|employeur|businesses|business|" +
		"patrons|établissements|charikat|charika|chariket|charikate|cherka|cherkat|" +
		"شركة|الشركات|شركات|مقاولة|مقاولات|المقاولات|lmo9awalat|mo9awala|lcharikat|المشغلين|مشغلين|المشغل|مشغل|باطرون|الباطرون|الباطرونات|" +
		"lpatron|patron|batron|lbatron|lbatronat"
	placedWords = "insertions|insertion|insérés|insérées|inséré|insérée|placés|placées|placement|placements|recrutés|recrutées|recrutements|" +
		"contrat|contrats|contracts|عقد|عقود|عقدة|tsna|tsnaw|signés|signed|موقعة|embauchés|embauches|bénéficiaires|emplois|emplois créés|postes|jobs|personnes|chercheurs|jeunes|chômeurs|diplômés|placed|hired|hires|hiring|people|persons|job seekers|" +
		"beneficiaries|benefited|young people|graduates|dmjo|tdmjo|dmjathom|tdmej|tdmjat|dmjat|tkhdem|tkhdmo|khdmo|dkhlo|wa7ed|nas|stafdo|stafd|" +
		"إدماج|الإدماج|الإدماجات|إدماجات|المدمجين|مدمجين|إدماجهم|تدمجو|دمجاتو|تدمج|تخدم|تخدمو|خدمو|دخلو|المستفيدين|المستفيدون|مستفيد|" +
		"استافدو|استافد|شخص|شخصا|أشخاص|الأشخاص|واحد|ناس|الباحثين|الشباب|تشغيل|تشغيلهم|أدمجتهم|لقات|lgat|lgatlo"
	adWords = "offre|offres|annonce|annonces|ads|offers|vacancies|vacancy|postings|إعلانات|إعلان|عروض|عرض|lanonce|les annonces|les offres|" +
		"inscrits|inscrit|registered|مسجلين|المسجلين|msejlin"
	anapecWords = "anapec|ANAPEC|الأنابيك|الانابيك|لانابيك|lanapec|l'anapec|الوكالة الوطنية لإنعاش التشغيل والكفاءات|الوكالة الوطنية لإنعاش التشغيل|الوكالة"
	// working, and the jobs of a sector
	workVerbs   = "kaykhdem|katkhdem|ykhdem|yekhdem|khdem|kaykhdm|kaykhdmo|katkhdm|كيخدم|كتخدم|كانو كيخدمو|كان كيخدم|travaillent|travaille|travaillait|travaillaient|work|works|working|employed|يشتغلون|يعملون|يشتغل|خدامين|خدام|كيخدمو|khdamin|khddamin|kaykhdmo|khdam|emploie|emploient|employs"
	jobNouns    = "emplois|emploi|l'emploi|jobs|employment|الشغل|التشغيل|مناصب الشغل|lkhdma|khdma|الخدمة|المشتغلين|khdama|lkhdama|الخدامة|workers|travailleurs|actifs occupés"
	workerNouns = "travailleurs|travailleuses|workers|lkhdama|khdama|l5dama|الخدامة|خدامة|العاملين|العمال|الشغيلة|les gens qui travaillent|" +
		"gens qui travaillent|people who work|people working|working people|employees|salariés|salariées|employés|les actifs"
	outOfSchoolWords = "hors du système scolaire|hors système scolaire|hors de l'école|non scolarisés|déscolarisés|ni scolarisés|out of school|" +
		"not in school|not studying|not in education|ni études|n'étudient pas|ne font pas d'études|ما قاريينش|ماشي قاريين|ما كيقراوش|لا يدرسون|" +
		"غير متمدرسين|خارج المدرسة|ma 9arinch|machi 9arin|ma kay9raw|" +
		// one young person ("شاب ما خدام ما قاري", "chab ma khdam ma 9ari")
		"ما قاري|ما قاريش|ماشي قاري|لا قاري|ما كيقراش|ma 9ari|ma 9arich|machi 9ari|la 9ari|ma kay9rach|n'étudie pas|not in education or training"
	// not working, said of the young people of the NEET figures with
	// outOfSchoolWords ("ما خدام ما قاري"): the indicator named by its parts
	notWorkingWords = "ما خدام|ما خدامش|ماخدامش|ما خدامين|ما خدامينش|ماشي خدام|ماشي خدامين|لا خدام|لا خدامين|ma khdam|ma khdamch|makhdamch|" +
		"ma khdamin|ma khdaminch|machi khdam|machi khdamin|la khdam|la khdamin|ne travaille pas|ne travaillent pas|sans emploi|sans travail|" +
		"not working|not in work|not employed|without a job|without work|لا يعمل|لا يعملون|لا يشتغل|لا يشتغلون|بدون عمل|بدون شغل|بلا خدمة|bla khdma"
	employedWords = "employed|employée|employés|a un emploi|ont un emploi|has a job|have a job|is employed|are employed|ont un travail|" +
		"travaillent|khdamin|خدامين|يشتغلون|occupée|occupés|en emploi|in work|3ndhom khdma|عندهم خدمة"
	populationWords = "population|la population|الساكنة|السكان|الناس|nas|people|gens|the population|sokan|lmgharba|المغاربة|moroccans|marocains"
	jobChangeWords  = "perdus|perdu|supprimés|supprimé|détruits|créés|créé|lost|created|destroyed|cut|ضاعت|مشات|ضاعو|مشاو|تزادو|تخلقو|" +
		"tzadou|tzadet|mchat|mchaw|da3t|da3o|tkhl9at|tkhel9o|فقدت|أحدثت|المفقودة"
	findJobWords = "pour trouver un emploi|pour trouver du travail|pour trouver un travail|trouver un emploi|to find a job|to find work|find a job|" +
		"get a job|باش يلقى خدمة|ما يلقى خدمة|باش تلقى خدمة|ما يلقاش خدمة|يلقى خدمة|bach yl9a khdma|bach tl9a khdma|ma yl9a khdma|yl9a khdma|" +
		"للحصول على عمل|لإيجاد عمل|للعثور على عمل|إيجاد شغل"
	earnWords = payVerbs + "|wa7ed|واحد"
	payVerbs  = "kaychd|kaychdo|kaychdou|كيشد|كيشدو|kay9bdo|kay9bdou|kay9bad|kay9bd|كيقبضو|كيقبض|gagne|gagnent|earn|earns|earning|touche|touchent|يتقاضى|يتقاضون|kaytkhlso|كيتخلصو|" +
		"paid|payés|payé|rémunérés|kaytkhlles|كيتخلص|يربح|يربحون|kayrba7"
	// a count asked in so many words, whatever rate word stands beside it
	// ("بغيت العدد ماشي النسبة")
	countAsked = "العدد|عدد|le nombre|nombre|the number|number|combien de|how many|3adad|l3adad|ch7al mn|chhal mn|شحال من|شحال ديال|ch7al dyal|" +
		"ماشي النسبة|machi nisba|pas le taux|pas le pourcentage|not the rate|not the percentage|en nombre|in numbers"
	// underemployment's two kinds
	incomeWords = "revenu|revenus|income|incomes|الدخل|دخل|بالدخل|مدخول|المدخول|المداخيل|dakhl|ddakhl|lkhlsa|الخلصة|خلصة|salaire|salaires|" +
		"pay|wage|wages|الأجر|الأجور|rémunération|low pay|earnings|gains"
	hoursWords = "durée|heures|heure|hours|hour|time-related|time related|temps de travail|horaires|ساعات|الساعات|ساعة|مدة العمل|بمدة|السوايع|" +
		"سوايع|swaye3|sa3at|sa3a|lw9t|lwe9t|الوقت"
	underShareWords = "part du sous-emploi|part du sous emploi|part de sous-emploi|proportion du sous-emploi|share of underemployment|" +
		"what share of underemployment|حصة الشغل الناقص|من الشغل الناقص|7essat choghl na9is|f choghl na9is"
	// unemployment's duration, long-term unemployment, first-job seekers
	durationWords = "durée|duration|how long|average time|time spent|كيطول|يطول|شحال كيطول|kaytoul|ch7al kaytoul|temps moyen|temps passé|المدة التي يقضيها|الوقت الذي يقضيه|" +
		"الوقت اللي كيدوز|الوقت اللي كيقضي|lwe9t li kaydouz|lw9t li kaydouz|combien de temps|how many months|combien de mois|en mois|in months|stay unemployed|stays unemployed|" +
		"stay without work|stays without work|stay out of work|remain unemployed|restent au chômage|reste au chômage|reste sans emploi|" +
		"restent sans emploi|demeurent au chômage|مدة|المدة|تدوم|كتدوم|كيبقى|كيبقاو|يبقى|يظل|يقضي|يقضيها|يقضون|تستمر|كم شهرا|كم شهر|" +
		"كم من شهر|شحال من شهر|شحال د الشهور|katdoum|kaydoum|katdom|kaybqa|kayb9a|kayb9aw|kaydoz|kaydouz|ch7al mn chhar|ch7al d chhor|moddat|modda"
	longTermNamed = "longue durée|long terme|long-term|long term|12 mois|12 months|طويلة الأمد|طويلة المدة|" +
		"فاتو عام|فاتو عامين|داز عليهم عام|عام بلا خدمة|fato 3am|daz 3lihom 3am|3am bla khdma|twila|الطويلة|طويلة|" +
		"تجاوزت مدة بطالتهم سنة|تتجاوز مدة بطالتهم سنة|تفوق مدة بطالتهم سنة|مدة بطالتهم سنة|dépasse un an|dépassant un an|" +
		"depuis longtemps|for a long time|a long time|منذ مدة طويلة|لمدة طويلة|مدة طويلة|bzaf dyal lwe9t|modda twila"
	// looking for work, named without an indicator ("jobseekers", "sans
	// emploi", "بلا خدمة"): with a duration of a year or more, the
	// long-term unemployed
	jobSearchWords = "jobseekers|job seekers|job-seekers|looking for work|looking for a job|searching for work|searching for a job|" +
		"without a job|without work|out of work|jobless|sans emploi|sans travail|cherchent un emploi|cherchent du travail|" +
		"demandeurs d'emploi|chercheurs d'emploi|à la recherche d'un emploi|بدون عمل|بلا عمل|بدون شغل|يبحثون عن عمل|يبحثون عن شغل|" +
		"الباحثين عن عمل|الباحثين عن شغل|الباحثون عن عمل|بلا خدمة|كيقلبو على خدمة|bla khdma|kay9lbo 3la khdma|kay9leb 3la khdma"
	firstJobWords = "عملهم الأول|عملهم الاول|العمل الأول|الشغل الأول|شغلهم الأول|عمل أول|أول خدمة ديالهم|الخدمة اللولة|lkhdma lawla|" +
		"awal khdma dyalhom|leur premier emploi|leur premier travail|their first job|a first job|jamais occupé|n'a jamais occupé|n'ont jamais occupé|jamais eu d'emploi|jamais eu de travail|jamais eu un emploi|" +
		"never held a job|never been employed|never employed|never had work|لم يشتغلوا من قبل|لم يعملوا من قبل|لم يسبق لهم أن اشتغلوا|لم يسبق لهم أن عملوا|" +
		"لم يشتغل من قبل|لم يعمل من قبل|ما عمرهم خدمو|ما عمرو خدم|ma 3omrhom khdmo|ma 3omro khdem|" +
		"premier emploi|premier travail|premier job|primo|jamais travaillé|never worked|never had a job|first job|first-time|" +
		"first time|أول شغل|أول عمل|أول منصب|أول خدمة|اول خدمة|لأول مرة|لم يسبق لهم|لم يسبق له|عمرهم ما خدمو|عمرو ما خدم|عمرهم ماخدمو|" +
		"3omrhom ma khdmo|3omro ma khdem|3omrhom makhdmo|awal khdma|awel khdma|لم يشتغلوا قط|لم يعملوا قط"
	// the employed, by kind of job
	healthWords = "couverture médicale|couverture maladie|couverture sanitaire|couverture santé|couverture sociale|assurance maladie|" +
		"assurance santé|AMO|mutuelle|health insurance|health coverage|medical coverage|medical insurance|health cover|social security coverage|" +
		"التغطية الصحية|تغطية صحية|التأمين الصحي|تأمين صحي|التغطية الطبية|التغطية الاجتماعية|لاسيرونس|لاصيرونس|الأمو|لامو|التعاضدية|" +
		"taghtiya s7iya|taghtia s7ia|taghtiya sa7iya|t2min s7i|assurance|l'assurance|lassurance|la mutuelle|lmutuelle|ramed|amo"
	unpaidWords = "non payés|non payé|non payées|non rémunéré|non rémunérés|non rémunérée|non rémunérées|sans salaire|sans rémunération|" +
		"gratuitement|bénévoles|aides familiales|aide familiale|unpaid|not paid|without pay|without a salary|for free|family workers|" +
		"بدون أجر|بلا أجر|دون أجر|غير المؤدى عنه|غير مؤدى عنه|بلا خلصة|بدون خلصة|بلا فلوس|بلا ما يخلصوهم|bla khlsa|bla flous|fabor|فابور|" +
		"ma kaytkhlsoch|ما كيتخلصوش"
	wageEarnerWords = "salariés|salarié|salariées|salariée|wage earners|wage-earners|salaried|employees|الأجراء|أجراء|بالأجرة|بالأجر|مأجور|المأجور|" +
		"b salaire|b lkhlsa|bel ajr|salariat|m3a patron|عند الباطرون|مع الباطرون"
	informalWords = "informel|informelle|informels|informelles|au noir|travail au noir|en noir|non déclaré|non déclarés|sans contrat|" +
		"informal|undeclared|off the books|غير المهيكل|غير مهيكل|غير المنظم|غير الرسمي|غير رسمي|النوار|فالنوار|بالنوار|f noir|fnoir|" +
		"bla cnss|بلا ضمان|bla daman|bla contrat|بلا كونطرا|بلا عقدة|ghir mohaykal|lghir mohaykal|ghir lmohaykal|ghir mhaykal|ghir mnaddam|ghir rasmi"
	longHoursWords = "plus de 48|more than 48|over 48|48 heures|48 hours|48h|أكثر من 48|48 ساعة|ktar mn 48|kter mn 48|trop d'heures|" +
		"too many hours|horaires trop longs|long hours|très longues heures|ساعات طويلة|بزاف ديال السوايع|bzaf dyal swaye3|bzaf d swaye3"
	notEnoughWorkWords = "ماشي بما يكفي|ما يكفيش|ماشي بزاف|ماشي كافي|ما كافياش|مش كافي|غير كافي|خدمة ناقصة|ناقصة|ناقص|pas assez|pas suffisamment|" +
		"pas assez d'heures|not enough|too few hours|want more work|want to work more|would like to work more|voudraient travailler plus|" +
		"ما كافيش|ماشي كافية|ما كافيينش|insuffisant|insuffisants|insuffisante|insufficient|too low|too little|قليل|قليلة|ضعيف|ضعف|9lil|9lila|bghaw ykhdmo ktar|machi bzaf|machi kafi|machi kafya|na9sa|na9es|khdma na9sa|يرغبون في العمل أكثر|أقل من اللازم"
	// the CNSS
	cnssWords = "cnss|CNSS|الضمان الاجتماعي|الصندوق الوطني للضمان الاجتماعي|لاسنس|la cnss|lcnss|daman ijtima3i|ddaman|الضمان|sécurité sociale|social security"
	smigWords = "smig|SMIG|سميك|السميك|الحد الأدنى للأجور|الحد الأدنى للأجر|الحد الادنى للاجور|minimum wage|salaire minimum|smic|الأجر الأدنى|" +
		"salaire minimal|minimum legal wage|smig dyal|ssmig"
	above6000Words = "6000|6 000|6.000|ستة آلاف|ستة الاف|sitta alaf|6000dh|6000 dh|6000 dirhams"
	medianWords    = "médian|médiane|median|الوسيط|الوسيطة|mediane|lmediane|lmédiane"
	averageWords   = "moyen|moyenne|average|mean|متوسط|المتوسط|المتوسطة|المعدل|moyenne|lmoyenne|lmoyen|mo3adal|f lmoyenne"
	wageWords      = "salaire|salaires|wage|wages|pay|الأجر|أجر|الأجور|الخلصة|خلصة|lkhlsa|khlsa|salary|rémunération|" +
		"الصالير|صالير|الصاليرات|صاليرات|salir|ssalir|lsalir|salire|الخلاص|lkhlas|khlas"
	wageBillWords = "masse salariale|wage bill|total wages|total des salaires|مجموع الأجور|كتلة الأجور|مجموع الخلصات|majmou3 lkhlsat|total payroll"
	workerWords   = "salariés|salarié|employés|workers|employees|staff|khdama|lkhdama|الخدامة|الأجراء|أجراء|العمال|عمال|خدام|khddam|khdam|" +
		"mdeclarin|mdeclari|déclarés|declared|مصرح|المصرح|مصرح بيهم|المصرح بهم|مصرحين|مصرحين بيهم|المصرحين بيهم|مصرح بيه|مسجلين|المسجلين|msajlin|msjlin|msejlin|msarr7in|msar7in|mdeclariyin|travailleurs|personnes|people"
	declaringWords = "صرحت|تصرح|صرح|يصرحون|يصرح|صرحوا|déclarent|déclarant|déclarantes|déclare|déclaré|ont déclaré|declare|declared|declaring|declares|" +
		"reported|report|reports|reporting|filed|file|files|كتصرح|كيصرح|كيصرحو|صرحات|صرحو|المصرحة|مصرحة|المصرحين|kaysarr7o|kaysar7o|kaysarr7|kaysar7|" +
		"kaytsarr7|sar7at|sarr7at|sar7o|sarr7o|qui déclarent|kat declari|katdeclari|kaydeclari|kaydeclariw|kat declarer|declarat|declaraw|" +
		"كتديكلاري|كيديكلاريو|ديكلارات"
	// a count of firms, or of the people they employ: the noun counted
	// says which the CNSS's figure is ("how many businesses declared
	// staff", "how many staff did businesses declare")
	countFrames    = "combien de|combien d'|nombre de|nombre d'|le nombre de|nombre des|how many|number of|the number of|عدد|كم عدد|كم من|شحال من|شحال د|شحال ديال|ch7al mn|ch7al men|chhal mn|ch7al d|ch7al dyal|3adad|3adad dyal"
	countedWorkers = "salariés|salarié|employés|employé|travailleurs|personnes|gens|personnel|employees|employee|workers|worker|staff|people|persons|" +
		"الأجراء|أجراء|أجير|العمال|عمال|عامل|المستخدمين|مستخدمين|مستخدم|الخدامة|خدام|واحد|الناس|شخص|الأشخاص|khddam|khdam|khdama|lkhdama|wa7ed|wa7d|nas|mdeclari|mdeclarin"
	commerceWords = "commerce|trade|التجارة|tijara|تجارة|ttijara"
	// who the share is of, for the women's share of the NEETs
	femaleShareWords = "share of girls|girls' share|part des jeunes filles|among neet|among neets|parmi les neet|part des femmes|part des filles|part des jeunes femmes|share of women|women's share|female share|proportion de femmes|" +
		"proportion des femmes|حصة الإناث|حصة النساء|حصة البنات|نسبة الإناث بين|نسبة الإناث ضمن|نسبة النساء بين|نسبة النساء ضمن|نسبة البنات ف|" +
		"nisbat lbnat f|are women|sont des femmes|sont des filles|of them women|how many are women|parmi les NEET|among NEETs|among the NEETs|" +
		"بين الشباب|ضمن الشباب|ف المية من البنات|f lmya mn lbnat"
	// women as a part of a population, not women's own rate
	womenAmongWords = "part des femmes dans|part des femmes parmi|proportion de femmes dans|proportion des femmes parmi|share of women in|" +
		"share of women among|women's share of|women as a share of|نسبة النساء في|نسبة النساء ضمن|نسبة النساء من|حصة النساء في|حصة النساء من|" +
		"نسبة العيالات ف|نسبة العيالات من|نسبة العيالات في|nisbat l3yalat f|nisbat l3yalat mn|7essat l3yalat f"
	// weekly hours, with no indicator word
	hourWords  = "horaire|horaires|volume horaire|heures|heure|hours|ساعات|ساعة|السوايع|سوايع|swaye3|sa3a|sa3at"
	weekWords  = "semaine|week|weekly|hebdomadaire|أسبوع|الأسبوع|الأسبوعية|السيمانة|سيمانة|simana|ssimana|simaine|l2osbo3|losbo3|osbo3|l2usbu3|lousbou3|الاسبوع|لسيمانة"
	totalWords = "total|volume|مجموع|المجموع|الإجمالي|الاجمالي|majmou3|lmajmou3|l'ensemble|overall|altogether|combined"
	// a count of people, which turns a rate into its persons
	peopleCountWords = "combien de personnes|combien de gens|nombre de personnes|how many people|how many persons|number of people|" +
		"number of persons|عدد الأشخاص|عدد الاشخاص|كم شخصا|كم من شخص|عدد الناس|شحال من واحد|شحال ديال الناس|شحال من شخص|ch7al mn wa7ed|" +
		"ch7al men wa7ed|chhal mn wa7ed|ch7al dyal nas|3adad nas|3adad li|combien de jeunes|how many young people|عدد الشباب|شحال من شاب|" +
		"ch7al mn chab|combien sont|how many are|number of young people|nombre de jeunes|how many youth|how many young"
)

// longTermWords say that unemployment has lasted a year or more: the
// phrases named as such ("longue durée", "طويلة الأمد") and a year or
// twelve months after or before a word of more ("plus d'un an", "a year
// or more", "سنة فأكثر", "3am wla ktar").
var longTermWords = longTermNamed + "|" + durations(
	"un an|une année|1 an|12 mois|douze mois|a year|one year|1 year|a full year|12 months|twelve months|"+
		"سنة|عام|سنة كاملة|عام كامل|12 شهرا|اثني عشر شهرا|12 شهر|3am|l3am|sana|3am kaml|12 chhar|12 chhor",
	"plus d'|plus de|au moins|depuis|depuis plus d'|depuis au moins|au-delà d'|dépasse|dépassant|over|for over|more than|for more than|at least|"+
		"for at least|exceeding|exceeds|exceeded|تجاوزت|تتجاوز|تفوق|فاتت|"+
		"longer than|beyond|أكثر من|اكثر من|لأكثر من|منذ أكثر من|أزيد من|ما يزيد عن|كثر من|كتر من|فوق|ktar mn|kter mn|fo9|fou9|daz 3lihom|fato",
	"ou plus|et plus|ou davantage|ou même plus|or more|or longer|and more|and longer|plus|أو أكثر|او اكثر|فأكثر|فما فوق|على الأقل|وأكثر|"+
		"ولا كثر|ولا كتر|وكثر|ولفوق|wla ktar|w ktar|ola ktar|wla kter|w lfou9|wla ktar mn dak")

// durations returns the phrases of a unit of time after one of before
// or before one of after.
func durations(units, before, after string) string {
	var out []string
	for _, u := range splitList(units) {
		for _, b := range splitList(before) {
			if strings.HasSuffix(b, "'") {
				out = append(out, b+u)
			} else {
				out = append(out, b+" "+u)
			}
		}
		for _, a := range splitList(after) {
			out = append(out, u+" "+a)
		}
	}
	return strings.Join(out, "|")
}
