package lang

// statConcepts are the dimensions of the indicator tables: indicators,
// sectors, sex, area, age and diploma, in French, MSA, Darija (both scripts)
// and English. Arabizi spellings differing only by what Fold forgets
// (3/a, 7/h, 9/q, ch/sh, ou/u/o, doubled letters) are listed once.
var statConcepts = []conceptDef{
	{KindIndicator, "unemployment_rate", "chômage|taux de chômage|taux du chômage|taux de chomage|chaumage|chomage|choumage|chommage|chomaj|lchomage|bitala|lbitala|el bitala|nisbat lbitala|mo3adal lbitala|ma kaynach lkhedma|بطالة|البطالة|معدل البطالة|نسبة البطالة|معدلات البطالة|الشوماج|شوماج|تشوماج|unemployment|unemployment rate|jobless rate|jobless|joblessness|rate of unemployment"},
	{KindIndicator, "activity_rate", "taux d'activité|taux d activite|taux d'activite|taux de participation|participation|participation au marché du travail|taux de population active|taux de la population active|معدل النشاط|نسبة النشاط|معدل المشاركة|المشاركة في سوق الشغل|النشاط الاقتصادي|activity rate|participation rate|labour force participation|labor force participation|labour force participation rate|nisbat nachat|mo3adal nachat|taux dyal l'activité"},
	{KindIndicator, "employment_rate", "taux d'emploi|taux d emploi|taux d'occupation|ratio emploi population|معدل الشغل|معدل التشغيل|نسبة التشغيل|نسبة الشغل|employment rate|employment to population ratio|employment-to-population|mo3adal choghl|nisbat tchghil|taux dyal l'emploi"},
	{KindIndicator, "underemployment_rate", "sous-emploi|sous emploi|taux de sous-emploi|taux du sous-emploi|الشغل الناقص|معدل الشغل الناقص|نقص التشغيل|التشغيل الناقص|underemployment|underemployment rate|choghl na9is|lkhdma na9sa"},
	{KindIndicator, "unemployed_persons", "nombre de chômeurs|combien de chômeurs|chômeurs|chômeuses|personnes au chômage|population au chômage|population en chômage|sans emploi|demandeurs d'emploi|عدد العاطلين|العاطلين|العاطلون|العاطلين عن العمل|عدد العاطلين عن العمل|المعطلين|عدد المعطلين|المعطلون|عاطل|عاطلين|شحال من واحد ما خدامش|شحال من واحد بلا خدمة|ch7al men wa7d ma khdamch|ch7al men wa7ed makhdamch|ch7al men wahed bla khdma|ch7al men chomeur|ch7al dyal chomeurs|chomeurs|chomeur|li ma khdamch|li makhdaminch|makhdaminch|ma khdaminch|how many unemployed|number of unemployed|unemployed people|unemployed persons|the unemployed|unemployed|jobless people"},
	{KindIndicator, "net_jobs_created", "création d'emplois|création d emplois|créations d'emplois|création nette d'emplois|créations nettes d'emplois|emplois créés|postes créés|postes d'emploi créés|création de postes|création de postes d'emploi|emplois nets|solde d'emplois|emplois crees|مناصب الشغل|مناصب شغل|مناصب الشغل المحدثة|إحداث مناصب الشغل|إحداث|إحداث فرص الشغل|خلق فرص الشغل|خلق مناصب الشغل|فرص الشغل المحدثة|الخدمات اللي تزادت|منصب شغل تزاد|مناصب شغل تزادت|مناصب الشغل اللي تزادت|الخدمات الجديدة اللي تزادت|l5edma li tzadet|postes li tzadou f|lkhdmat li tzadou|l5edmat li tzadet|ch7al men khdma tzadet|postes li tzadou|jobs created|job creation|net job creation|new jobs|jobs added|net jobs|jobs were created"},
	{KindIndicator, "neet_rate", neetForms},
	{KindIndicator, "underemployed_persons", "nombre de sous-employés|sous-employés|sous employés|population en sous-emploi|population en situation de sous-emploi|actifs en sous-emploi|عدد الأشخاص في وضعية الشغل الناقص|الأشخاص في وضعية الشغل الناقص|السكان في وضعية الشغل الناقص|ناقصي التشغيل|underemployed|underemployed people|underemployed persons|number of underemployed"},

	{KindSector, "services", "services|secteur des services|tertiaire|secteur tertiaire|قطاع الخدمات|ar:الخدمات|lkhadamat|9ita3 lkhadamat|services sector|service sector|service industry|service workers|service jobs"},
	{KindSector, "industry", "industrie|industriel|industrielle|secteur industriel|industrie manufacturière|industries|الصناعة|قطاع الصناعة|الصناعات|صناعة|الصناعة التحويلية|sina3a|ssina3a|lmo3amil|industry|manufacturing|industrial sector|industrial"},
	{KindSector, "construction", "BTP|bâtiment|batiment|bâtiment et travaux publics|secteur du bâtiment|construction|secteur de la construction|travaux publics|البناء|البناء والأشغال العمومية|قطاع البناء|الأشغال العمومية|البني|lbni|lbeni|lbini|chantier|lchantier|الشانطي|construction sector|building sector|buildings and public works"},
	{KindSector, "agriculture", "agriculture|agricole|secteur agricole|agriculture forêt et pêche|agriculture, forêt et pêche|الفلاحة|فلاحة|القطاع الفلاحي|الزراعة|الفلاحة والغابات والصيد|lfla7a|fla7a|lfilaha|farming|agricultural|farm|farms|agriculture sector|agricultural sector"},

	{KindSex, "female", "femmes|femme|filles|féminin|féminine|population féminine|الإناث|النساء|نساء|المرأة|امرأة|العيالات|عيالات|الشابات|البنات|l3yalat|3yalat|lyalat|nsa|nssa|l3yal|lbnat|bnat|women|woman|female|females|girls"},
	{KindSex, "male", "hommes|homme|masculin|masculine|garçons|population masculine|الرجال|الذكور|رجال|الرجالة|rjal|rjel|rijal|rrjal|erjal|en:men|en:man|male|males|boys"},

	{KindArea, "urban", "urbain|urbaine|urbains|milieu urbain|zones urbaines|zone urbaine|villes|en ville|الحضري|الوسط الحضري|المجال الحضري|الحضر|المدن|lmdina|lmdon|lmudun|lmoudoun|urban|urban areas|cities|towns"},
	{KindArea, "rural", "rural|rurale|ruraux|milieu rural|monde rural|zones rurales|zone rurale|campagne|القروي|الوسط القروي|العالم القروي|المجال القروي|البادية|القرى|الأرياف|العروبية|l3roubiya|l3robiya|l3aroubia|lbadiya|lbadia|rural areas|countryside|villages"},

	{KindAge, "15-24", "jeunes|jeunesse|jeunes de 15 à 24 ans|الشباب|شباب|الشبان|فئة الشباب|chabab|chbab|lchabab|drari|ddrari|youth|young people|youngsters|young|الدراري|دراري"},

	{KindDiploma, "graduate", "diplômés|diplômé|diplômée|diplômées|lauréats|lauréat|lauréate|diplômés du supérieur|حاملي الشهادات|حاملو الشهادات|حاملي الشواهد|حاملي الديبلومات|الخريجين|الخريجون|خريجي|خريجين|المجازين|الحاصلين على شهادة|الحاصلين على الشهادات|الديبلوم|ديبلوم|الديبلومي|الديبلوميين|المديبلومين|مديبلومين|الديبلومات|اللي عندهم ديبلوم|لي عندهم ديبلوم|اللي عندهم شهادة|لي عندهم شهادة|اللي عندهم الشهادة|li 3ndhom diplome|li 3andhom diplome|li 3ndhom chahada|li 3ndhom chahadat|mdiplomin|diplome|diplomé|graduates|graduate|degree holders|holders of a degree|with a degree|with a diploma|those with a degree|people with a degree"},
	{KindDiploma, "none", "sans diplôme|sans diplome|sans aucun diplôme|non diplômés|non-diplômés|sans qualification|aucun diplôme|بدون شهادة|بدون دبلوم|بلا شهادة|بدون مؤهل|غير الحاصلين على شهادة|بدون شواهد|بلا ديبلوم|بلا ديبلوم|bla diplome|bla diplom|bla chahada|bla chahadat|ma 3ndhom diplome|ma 3ndhomch diplome|ma3ndhomch diplome|ma 3ndich diplome|ma3ndich diplome|ma 3ndich chahada|ما عندهمش ديبلوم|ماعندهومش الديبلوم|ماعندهمش ديبلوم|ما عنديش ديبلوم|ماعنديش ديبلوم|ماعنديش الديبلوم|ما عندهومش الشهادة|ما عندهومش ديبلوم|اللي ما عندهومش ديبلوم|without a degree|without diploma|have no diploma|have no degree|without any degree|n'ont pas de diplôme|n'ont aucun diplôme|لا يتوفرون على أي شهادة|لا يتوفرون على شهادة|لا يملكون شهادة|لا يحملون أي شهادة|ليست لديهم شهادة|ليس لديهم أي شهادة|ليست لديهم أي شهادة|ليست لديهم شهادة|ليس لديهم شهادة|ليس لديه شهادة|ليست لديه شهادة|لا يملكون أي شهادة|لا يحملون شهادة|غير الحاصلين على أي شهادة|لا يتوفرون على شهادة|ما عندهومش شهادة|ما عندهمش شهادة|ماعندهومش ديبلوم|ما عندو حتى ديبلوم|ma 3ndhom hta chahada|ma3ndhomch chahada|بدون أي شهادة|ma 3ndhom hta diplome|ما عندهم حتى ديبلوم|without a diploma|without any diploma|ma3ndhom hta diplome|ma3ndhom hta diplom|ma3ndhom hta chahada|ma 3ndhom hta chahada|ma3ndhomch hta diplome|ma 3ndhomch hta diplome|ma3ndhomch diplom|ma3andhomch diplome|ma3ndhach diplome|ma3ndouch diplome|ماعندهم حتى ديبلوم|ماعندهم حتى دبلوم|ما عندهم حتى دبلوم|ما عندهم حتى شهادة|ماعندهم حتى شهادة|ما عندهمش حتى ديبلوم|ما عندهومش حتى ديبلوم|ما عندهم حتى شي ديبلوم|don't have a diploma|do not have a diploma|don't have any diploma|do not have any diploma|don't have a degree|do not have a degree|don't have any degree|no diploma|no degree|no qualification|without qualifications|unqualified"},
	{KindDiploma, "higher", "niveau supérieur|diplôme supérieur|diplômes supérieurs|enseignement supérieur|études supérieures|supérieur|bac+2|bac+3|bac+5|bac 2|bac 3|bac 5|licence|master|doctorat|baccalauréat|المستوى العالي|التعليم العالي|الشهادات العليا|شهادة عليا|الدراسات العليا|الإجازة|الماستر|الدكتوراه|الباكالوريا|dirasat 3olya|la fac|lfac|higher education|higher level|university degree|tertiary education|bachelor|bachelor's|master's|phd|doctorate"},
	{KindDiploma, "medium", "niveau moyen|diplôme moyen|diplômes de niveau moyen|diplôme de niveau moyen|niveau secondaire|qualification professionnelle|certificat de qualification|المستوى المتوسط|الشهادات المتوسطة|مستوى متوسط|شهادة متوسطة|التأهيل المهني|medium level|intermediate level|mid-level diploma|secondary level"},
}

// intentConcepts say what the user wants done with figures.
var intentConcepts = []conceptDef{
	{KindIntent, "compare", "comparer|compare|comparez|comparaison|comparé|comparée|classement|classer|quelle région|quelles régions|quelle est la région|par région|par régions|selon les régions|entre les régions|région par région|le plus élevé|la plus élevée|le plus haut|la plus forte|le plus fort|le plus|par rapport à|قارن|قارني|مقارنة|قارنوا|ترتيب|أي جهة|أي الجهات|حسب الجهات|حسب الجهة|بين الجهات|أعلى|الأعلى|اشمن جهة|شمن جهة|انا جهة|فين كاين كثر|ach men jiha|achmen jiha|chmen jiha|ina jiha|fina jiha|ach mn jiha|f ina jiha|9arn|9aren|9arn bin|qaren|ranking|rank|compare|comparison|which region|which regions|by region|highest|versus|vs"},
	{KindIntent, "trend", "évolution|évolue|évolué|a évolué|tendance|tendances|depuis|au fil des années|au fil du temps|historique|sur les dernières années|ces dernières années|progression|تطور|تطورات|كيف تطور|منذ|على مر السنوات|خلال السنوات الأخيرة|تغير|تغيرات|كيفاش تبدل|كيفاش تطور|kifach tbeddel|kifach tbdel|kifach tbedlat|kifach tbedel|tbeddel|tbedlat|kifach tla3|kifach t9ad|trend|trends|over time|since|evolution|history|historical|changed|over the years|in recent years|how has"},
	{KindIntent, "latest", "dernier|dernière|derniers chiffres|dernières données|actuel|actuelle|actuellement|maintenant|aujourd'hui|récent|récents|récente|plus récent|en ce moment|+آخر|آخر الأرقام|آخر الإحصائيات|آخر المعطيات|آخر البيانات|آخر المعلومات|آخر فصل|آخر تحديث|آخر إحصاء|آخر الأخبار|حاليا|الحالي|الحالية|الآن|حالي|الأخير|الأخيرة|دابا|daba|dba|deba|lyoum|lyouma|had lwe9t|f had lw9t|had l2iyam|had liyam|had layam|had l2ayam|had liyamat|f had l2iyam|f had liyam|akhir|latest|now|current|currently|today|most recent|recent|right now|these days|nowadays|at the moment|at present|presently|ces jours-ci|ces jours ci|ces temps-ci|ces derniers jours|du moment|à l'heure actuelle|a l'heure actuelle|هاد الأيام|هاد الايام|هاد اليامات|هاد ليام|فهاد الأيام|في هذه الأيام|هذه الأيام|في الوقت الحالي|في الوقت الراهن|حاليًا"},
	// The census measures unemployment and activity with its own
	// definitions: a question naming it wants the census's series however
	// it words the indicator ("mesuré par le recensement", "حسب الإحصاء
	// العام"); the planner swaps the indicator for its _census series.
	{KindIntent, "census", "recensement|recensement général|recensement de la population|RGPH|selon le recensement|d'après le recensement|" +
		"الإحصاء العام|الإحصاء العام للسكان|الإحصاء العام للسكان والسكنى|إحصاء السكان|الإحصاء|إحصاء|الاحصاء|احصاء|لإحصاء|للإحصاء|" +
		"l'i7sa2|li7sa2|i7sa2|l'ihsa2|lihsa|census|the census|population census"},
	// The labour force survey named against the census ("et selon
	// l'enquête emploi ?" after the census's rate): the survey's series.
	{KindIntent, "survey", "enquête emploi|enquête sur l'emploi|enquête nationale sur l'emploi|enquête nationale de l'emploi|selon l'enquête emploi|d'après l'enquête emploi|selon l'enquête sur l'emploi|selon l'enquête|d'après l'enquête|" +
		"l'enquête emploi|ENE|labour force survey|labor force survey|the survey|according to the survey|" +
		"البحث الوطني حول التشغيل|البحث حول التشغيل|حسب البحث الوطني|حسب البحث|البحث الوطني|l'enquete|enquete emploi|f enquete|f l'enquete|l'enquête"},
	// What an indicator means ("qu'est-ce que le NEET ?", "شنو معنى الشغل
	// الناقص"): the answer opens on its definition, then gives the figure.
	{KindIntent, "define", "qu'est-ce que|qu'est ce que|c'est quoi|définition|définir|définis|que signifie|que veut dire|veut dire quoi|ça veut dire|signification|" +
		"signifie|veut dire|définitions|ما معنى|معنى|ماذا يعني|ما المقصود ب|ما المقصود|يقصد ب|تعريف|التعريف|عرف لي|عرّف|شنو معنى|شنو كيعني|شنو كتعني|آش معنى|اش معنى|شنو هو|شنو هي|ما هو|ما هي|" +
		"chno ma3na|ach ma3na|ma3na|chno kay3ni|chno kat3ni|chno howa|chno hiya|ach howa|ach hiya|" +
		"what is|what's|what does|what do|mean|meaning|definition|define|what is meant|meaning of"},
	// The age groups as the dimension asked about ("quelle tranche d'âge",
	// "الفئة العمرية الأكثر"): a ranking across ages, not regions.
	{KindIntent, "by_age", "tranche d'âge|tranches d'âge|tranche d'age|groupe d'âge|groupes d'âge|classe d'âge|classes d'âge|par âge|selon l'âge|" +
		"الفئة العمرية|فئة عمرية|الفئات العمرية|فئات عمرية|حسب السن|حسب الفئات العمرية|حسب العمر|" +
		"fi2a 3omriya|l2fi2a l3omriya|lfi2a l3omriya|fia 3omria|7sab sen|7sab l3omr|age group|age groups|by age|age bracket|age brackets"},
	// The sectors as the dimension asked about ("quel secteur a créé le
	// plus d'emplois", "فاش قطاع", "which sector"): a ranking of the
	// indicator's sector series.
	{KindIntent, "by_sector", "quel secteur|quels secteurs|dans quel secteur|par secteur|selon le secteur|secteur par secteur|" +
		"أي قطاع|في أي قطاع|حسب القطاع|حسب القطاعات|فاش قطاع|ف اش قطاع|اشمن قطاع|شمن قطاع|اش من قطاع|" +
		"ina secteur|f ina secteur|achmen secteur|chmen secteur|ach mn secteur|ina 9ita3|" +
		"which sector|what sector|which sectors|in which sector|by sector|sector by sector|" +
		"chaque secteur|tous les secteurs|كل قطاع|جميع القطاعات|kol secteur|ga3 les secteurs|kol 9ita3|each sector|every sector|all sectors"},
	{KindIntent, "list_regions", "toutes les régions|chaque région|l'ensemble des régions|les 12 régions|les douze régions|جميع الجهات|كل الجهات|كل جهة|الجهات الاثني عشر|الجهات 12|الجهات الإثنا عشر|كاع الجهات|جميع جهات المملكة|ga3 jihat|ga3 ljihat|ga3 l-jihat|gaa jihat|kol jiha|koll jiha|kolchi jihat|kol jihat|all regions|every region|each region|all 12 regions|all the regions|all twelve regions"},
}

// blockedPhrases contain a concept word without meaning it: "l'année
// dernière" is a period, not the latest figure.
var blockedPhrases = []string{
	"l'année dernière", "l'an dernier", "l année passée", "le trimestre dernier", "le mois dernier", "la dernière fois",
	"last year", "last quarter", "last month", "last time", "the last time",
	"العام الماضي", "السنة الماضية", "آخر مرة", "الفصل الماضي", "الشهر الماضي",
	"l3am li fat", "l3am li daz", "l3am lfayt", "l3am lmadi",
	"at this stage", "at that stage", "at every stage", "at each stage", "at an early stage", "at a later stage", "early stage", "early stages",
	"final stage", "next stage",
	"مدن المهن", "مدينة المهن", "cité des métiers", "cités des métiers",
	"services publics", "الخدمات العمومية", "service public", "centre commercial", "centres commerciaux", "registre de commerce",
}

// contractConcepts are the kinds of contract job ads offer.
var contractConcepts = []conceptDef{
	{KindContract, "cdi", "CDI|contrat à durée indéterminée|contrat a duree indeterminee|contrat permanent|poste permanent|عقد غير محدد المدة|عقد دائم|كونطرا دائمة|permanent contract|permanent position|open-ended contract|kontra cdi"},
	{KindContract, "cdd", "CDD|contrat à durée déterminée|contrat a duree determinee|contrat temporaire|عقد محدد المدة|عقد مؤقت|fixed-term contract|fixed term contract|temporary contract|kontra cdd"},
	{KindContract, "anapec", "ANAPEC|contrat ANAPEC|contrat Anapec|Idmaj|programme Idmaj|contrat d'insertion|contrat insertion|Taehil|Tahfiz|إدماج|برنامج إدماج|عقد الإدماج|الأنابيك|أنابيك|لانابيك|لانابيك|anapec contract|lanapec|kontra anapec"},
	{KindContract, "stage", stageForms},
	{KindContract, "interim", "intérim|interim|intérimaire|intérimaires|travail temporaire|agence d'intérim|mission d'intérim|العمل المؤقت|الشغل المؤقت|عمل مؤقت|لانتريم|temp job|temporary work|temping|temp agency|agency work"},
	{KindContract, "freelance", "freelance|free-lance|freelancer|free lance|indépendant|travailleur indépendant|auto-entrepreneur|auto entrepreneur|statut auto-entrepreneur|عمل حر|العمل الحر|مقاول ذاتي|المقاول الذاتي|فريلانس|self-employed|self employed|independent contractor|contractor|freelancing|khdma 7orra"},
}
