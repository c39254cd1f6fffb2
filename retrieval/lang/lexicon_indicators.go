package lang

// indicatorConcepts name the indicators beyond the headline rates of
// statConcepts: the labour survey's other figures, the census's, and the
// administrations' (CNSS, ANAPEC, Office des changes, consulates), in
// French, MSA, Darija (both scripts) and English. Each lists the names the
// answers use (tools' definitions, checked by assistant/offline's
// reachability test) and the synonyms users write.
//
// A form another list already gives another indicator is left to it
// ("السكان النشيطين" is the activity rate in lexicon_jobs.go; the labour
// force is "عدد السكان النشيطين"). Matching takes the longest form at the
// leftmost word, and a message's
// first indicator: a name holding another indicator's words ("part des
// actifs occupés à durée excessive", "نسبة الشغل الناقص") is listed whole
// so that its first words do not read as the shorter indicator. A sector
// named beside an indicator makes it that sector's series when one exists
// (assistant/offline's withSector: excessive hours, underemployment,
// employed persons), so sectoral series need no form of their own unless
// their name puts the sector inside ("part de l'agriculture dans
// l'emploi").
var indicatorConcepts = append(append(append(surveyIndicatorConcepts, shareIndicatorConcepts...), adminIndicatorConcepts...), spokenIndicatorConcepts...)

// surveyIndicatorConcepts are the labour survey's and the census's.
var surveyIndicatorConcepts = []conceptDef{
	// Forms of the headline indicators that statConcepts lacks: Darija
	// names, and longer forms whose first words are another indicator's.
	{KindIndicator, "underemployment_rate", "taux de sous-emploi global|نسبة الشغل الناقص|معدل التشغيل الناقص|nisbat choghl na9is|nisbat lkhdma na9sa|underemployment rate overall"},
	{KindIndicator, "unemployed_persons", "عدد اللي ما خدامينش|اللي ما خدامينش|3adad li makhdaminch|3adad li ma khdaminch|number of jobless"},
	{KindIndicator, "underemployed_persons", "عدد اللي خدامين خدمة ناقصة|اللي خدامين خدمة ناقصة|3adad li khdamin khdma na9sa|li khdamin khdma na9sa|number of underemployed persons"},
	{KindIndicator, "neet_rate", "نسبة الشباب اللي لا خدامين لا قاريين|الشباب اللي لا خدامين لا قاريين|اللي لا خدامين لا قاريين|لا خدامين لا قاريين|" +
		"nisbat chabab li la khdamin la 9arin|chabab li la khdamin la 9arin|li la khdamin la 9arin|la khdamin la 9arin|taux des NEET|NEET rate|share of NEETs"},
	{KindIndicator, "neet_persons", "nombre de jeunes NEET|nombre de NEET|nombre des NEET|combien de NEET|combien de jeunes NEET|jeunes NEET en nombre|" +
		"عدد الشباب خارج الشغل والتعليم والتكوين|عدد الشباب الذين لا يعملون ولا يدرسون|عدد الشباب اللي لا خدامين لا قاريين|" +
		"3adad chabab li la khdamin la 9arin|number of NEETs|number of NEET|how many NEETs|NEETs in number"},
	{KindIndicator, "neet_female_share", "part des femmes parmi les NEET|part des jeunes femmes parmi les NEET|part des filles parmi les NEET|" +
		"حصة الإناث من الشباب خارج الشغل والتعليم والتكوين|حصة الإناث من الشباب|نسبة الإناث ضمن الشباب خارج الشغل|نسبة البنات ف الشباب اللي لا خدامين لا قاريين|" +
		"nisbat lbnat f chabab li la khdamin la 9arin|women's share of NEETs|share of women among NEETs|female share of NEETs"},
	{KindIndicator, "employed_persons", "nombre d'actifs occupés|actifs occupés|population active occupée|population occupée|nombre de personnes occupées|personnes en emploi|" +
		"عدد النشيطين المشتغلين|النشيطون المشتغلون|النشيطين المشتغلين|السكان النشيطون المشتغلون|عدد المشتغلين|المشتغلون|المشتغلين|" +
		"عدد الناس اللي خدامين|الناس اللي خدامين|عدد اللي خدامين|شحال من واحد خدام|3adad nas li khdamin|nas li khdamin|3adad li khdamin|ch7al mn wa7d khdam|" +
		"employed persons|employed people|number of employed|number of employed persons|number of people employed|people in employment|employed population|total employment"},
	{KindIndicator, "labour_force", "population active|la population active|nombre d'actifs|main-d'œuvre|main d'oeuvre|" +
		"عدد السكان النشيطين|عدد النشيطين|حجم السكان النشيطين|القوة العاملة|اليد العاملة|" +
		"3adad sokan nachitin|sokan nachitin|labour force|labor force|size of the labour force|workforce"},
	{KindIndicator, "inactive_persons", "population inactive|nombre d'inactifs|inactifs|personnes inactives|" +
		"عدد السكان غير النشيطين|السكان غير النشيطين|غير النشيطين|عدد اللي ماشي نشيطين|اللي ماشي نشيطين|" +
		"3adad li machi nachitin|li machi nachitin|inactive persons|inactive population|economically inactive|people outside the labour force"},
	{KindIndicator, "working_age_population", "population en âge d'activité|population en âge de travailler|population de 15 ans et plus|population âgée de 15 ans et plus|" +
		"السكان في سن النشاط|السكان في سن الشغل|السكان في سن العمل|الناس اللي ف سن الخدمة|nas li f sen lkhdma|sokan f sen lkhdma|" +
		"working-age population|working age population|population of working age|population aged 15 and over"},
	{KindIndicator, "avg_weekly_hours_worked", "durée hebdomadaire moyenne de travail|durée hebdomadaire moyenne du travail|durée moyenne du travail|durée hebdomadaire de travail|" +
		"heures travaillées par semaine|nombre moyen d'heures travaillées|temps de travail hebdomadaire|heures de travail par semaine|" +
		"متوسط مدة العمل الأسبوعية|متوسط مدة العمل|متوسط ساعات العمل|ساعات العمل الأسبوعية|عدد ساعات العمل في الأسبوع|" +
		"المعدل ديال السوايع ديال الخدمة ف السيمانة|السوايع ديال الخدمة ف السيمانة|شحال من ساعة كيخدمو ف السيمانة|" +
		"mo3adal swaye3 dyal lkhdma f simana|swaye3 dyal lkhdma f simana|ch7al mn sa3a kaykhdmo f simana|" +
		"average weekly hours worked|average weekly hours|average hours worked|hours worked per week|weekly working hours|average working week"},
	{KindIndicator, "total_weekly_hours_worked", "volume horaire hebdomadaire de travail|volume horaire hebdomadaire|volume horaire travaillé|volume total d'heures travaillées|total des heures travaillées|" +
		"الحجم الإجمالي لساعات العمل الأسبوعية|الحجم الإجمالي لساعات العمل|مجموع ساعات العمل|الحجم الساعي للعمل|" +
		"المجموع ديال السوايع ديال الخدمة ف السيمانة|مجموع السوايع ديال الخدمة|majmou3 swaye3 dyal lkhdma f simana|majmou3 swaye3 dyal lkhdma|" +
		"total weekly hours worked|total hours worked|total weekly hours|volume of hours worked"},
	{KindIndicator, "excessive_hours_share", "part des actifs occupés à durée excessive|actifs occupés à durée excessive|part des actifs occupés travaillant plus de 48 heures|" +
		"durée excessive|durée de travail excessive|durée excessive de travail|horaires excessifs|travaillent plus de 48 heures|plus de 48 heures par semaine|plus de 48 heures|plus de 48h|plus de 48 h|au-delà de 48 heures|" +
		"نسبة النشيطين المشتغلين لمدة مفرطة|النشيطين المشتغلين لمدة مفرطة|المشتغلين لمدة مفرطة|لمدة مفرطة|مدة عمل مفرطة|ساعات عمل مفرطة|أكثر من 48 ساعة في الأسبوع|أكثر من 48 ساعة|أزيد من 48 ساعة|ما يفوق 48 ساعة|كثر من 48 ساعة ف السيمانة|" +
		"نسبة اللي كيخدمو بزاف ديال السوايع|اللي كيخدمو بزاف ديال السوايع|كيخدمو بزاف ديال السوايع|بزاف ديال السوايع|كثر من 48 ساعة|" +
		"nisbat li kaykhdmo bzaf dyal swaye3|li kaykhdmo bzaf dyal swaye3|kaykhdmo bzaf dyal swaye3|bzaf dyal swaye3|ktar mn 48 sa3a|kter mn 48 sa3a|ktar mn 48h|" +
		"share working excessive hours|excessive hours|excessive working hours|working excessive hours|more than 48 hours a week|over 48 hours a week|more than 48 hours|over 48 hours|more than 48h|over 48h|beyond 48 hours"},
	{KindIndicator, "informal_sector_employment_share_nonagri", "part de l'emploi informel non agricole|part de l'emploi informel|emploi informel non agricole|emploi informel|emplois informels|" +
		"travail informel|part du secteur informel dans l'emploi|emploi dans le secteur informel|secteur informel|informalité|" +
		"حصة الشغل غير المهيكل خارج الفلاحة|حصة الشغل غير المهيكل|الشغل غير المهيكل|التشغيل غير المهيكل|العمل غير المهيكل|الشغل غير الرسمي|العمل غير الرسمي|" +
		"القطاع غير المهيكل|القطاع غير المنظم|نسبة الخدمة ف القطاع غير المهيكل برا الفلاحة|نسبة الخدمة ف القطاع غير المهيكل|الخدمة ف القطاع غير المهيكل|الخدمة غير المهيكلة|" +
		"nisbat lkhdma f l'informel|lkhdma f l'informel|l'informel|khdma f noir|khdma bla cnss|" +
		"informal share of non-agricultural employment|informal employment|informal sector employment|informal jobs|informal work|informal sector|share of informal employment|informality"},
	{KindIndicator, "employed_no_diploma_share", "part des actifs occupés sans diplôme|actifs occupés sans diplôme|part des travailleurs sans diplôme|" +
		"حصة المشتغلين بدون شهادة|المشتغلين بدون شهادة|نسبة المشتغلين بدون شهادة|نسبة الخدامة اللي ما عندهومش ديبلوم|الخدامة اللي ما عندهومش ديبلوم|" +
		"nisbat lkhdama li ma3ndhomch diplome|lkhdama li ma3ndhomch diplome|share of the employed without a diploma|employed without a diploma|workers without a diploma"},
	{KindIndicator, "employment_linked_medical_coverage_share", "part des actifs occupés ayant une couverture médicale liée à l'emploi|couverture médicale liée à l'emploi|" +
		"actifs occupés ayant une couverture médicale|couverture médicale des actifs occupés|" +
		"حصة المشتغلين المستفيدين من تغطية صحية مرتبطة بالشغل|تغطية صحية مرتبطة بالشغل|التغطية الصحية المرتبطة بالشغل|" +
		"نسبة الخدامة اللي عندهم التغطية الصحية ديال الخدمة|الخدامة اللي عندهم التغطية الصحية|التغطية الصحية ديال الخدمة|" +
		"nisbat lkhdama li 3ndhom taghtiya s7iya|lkhdama li 3ndhom taghtiya s7iya|taghtiya s7iya dyal lkhdma|" +
		"share of the employed with employment-linked medical coverage|employment-linked medical coverage|job-linked health insurance|employed with health coverage"},
	{KindIndicator, "wage_employment_share", "part de l'emploi salarié|emploi salarié|part des salariés dans l'emploi|salariat|" +
		"حصة الشغل المأجور|الشغل المأجور|نسبة الأجراء|نسبة الخدمة بالأجرة|الخدمة بالأجرة|nisbat lkhdma b lkhlsa|lkhdma b lkhlsa|" +
		"wage employment share|wage employment|share of employees|salaried employment"},
	{KindIndicator, "unpaid_employment_share", "part de l'emploi non rémunéré|emploi non rémunéré|travail non rémunéré|aides familiales|" +
		"حصة الشغل غير المؤدى عنه|الشغل غير المؤدى عنه|الشغل غير المأجور|العمل غير المؤدى عنه|نسبة الخدمة بلا خلصة|الخدمة بلا خلصة|" +
		"nisbat lkhdma bla khlsa|lkhdma bla khlsa|khdma bla khlsa|unpaid employment share|unpaid employment|unpaid work|unpaid family workers"},
	{KindIndicator, "female_share_labour_force", "part des femmes dans la population active|part des femmes parmi les actifs|féminisation de la population active|" +
		"حصة النساء من السكان النشيطين|نسبة النساء ضمن السكان النشيطين|نسبة العيالات ف السكان النشيطين|" +
		"nisbat l3yalat f sokan nachitin|women's share of the labour force|share of women in the labour force|female share of the labour force"},
	{KindIndicator, "first_job_seekers_share", "part des primo-demandeurs d'emploi parmi les chômeurs|part des primo-demandeurs|primo-demandeurs d'emploi|primo-demandeurs|" +
		"chômeurs n'ayant jamais travaillé|حصة الباحثين عن أول شغل من بين العاطلين|الباحثين عن أول شغل|الباحثين عن العمل لأول مرة|العاطلين الذين لم يسبق لهم الشغل|" +
		"نسبة اللي كيقلبو على أول خدمة|اللي كيقلبو على أول خدمة|nisbat li kay9lbo 3la awal khdma|li kay9lbo 3la awal khdma|" +
		"first-time job seekers' share of the unemployed|first-time job seekers|first time job seekers|unemployed who never worked"},
	{KindIndicator, "long_term_unemployment_share", "part du chômage de longue durée|taux de chômage de longue durée|chômage de longue durée|chômeurs de longue durée|" +
		"حصة البطالة طويلة الأمد|البطالة طويلة الأمد|البطالة طويلة المدة|البطالة الطويلة|نسبة البطالة الطويلة|nisbat lbitala twila|lbitala twila|" +
		"long-term unemployment share|long-term unemployment|long term unemployment|long-term unemployed"},
	{KindIndicator, "mean_unemployment_duration", "durée moyenne du chômage|durée du chômage|durée moyenne de chômage|" +
		"متوسط مدة البطالة|مدة البطالة|المدة ديال البطالة|شحال كتدوم البطالة|moddat lbitala|ch7al katdoum lbitala|" +
		"mean duration of unemployment|average duration of unemployment|duration of unemployment|unemployment duration"},
	{KindIndicator, "time_related_underemployment_rate", "taux de sous-emploi lié à la durée du travail|sous-emploi lié à la durée du travail|sous-emploi lié à la durée|" +
		"taux de sous-emploi lié au temps|sous-emploi lié au temps|sous-emploi horaire|" +
		"معدل الشغل الناقص المرتبط بمدة العمل|الشغل الناقص المرتبط بمدة العمل|نسبة الشغل الناقص ديال السوايع|الشغل الناقص ديال السوايع|" +
		"nisbat choghl na9is dyal swaye3|choghl na9is dyal swaye3|time-related underemployment rate|time-related underemployment|time related underemployment"},
	{KindIndicator, "time_related_underemployed_persons", "population en sous-emploi lié à la durée du travail|nombre de sous-employés liés à la durée du travail|" +
		"عدد الأشخاص في الشغل الناقص المرتبط بمدة العمل|عدد اللي ف الشغل الناقص ديال السوايع|3adad li f choghl na9is dyal swaye3|" +
		"persons in time-related underemployment|number of persons in time-related underemployment"},
	{KindIndicator, "income_related_underemployment_rate", "taux de sous-emploi lié au revenu|sous-emploi lié au revenu|sous-emploi lié à l'insuffisance du revenu|" +
		"معدل الشغل الناقص المرتبط بالدخل|الشغل الناقص المرتبط بالدخل|نسبة الشغل الناقص ديال الدخل|الشغل الناقص ديال الدخل|" +
		"nisbat choghl na9is dyal dakhl|choghl na9is dyal dakhl|income-related underemployment rate|income-related underemployment|income related underemployment"},
	{KindIndicator, "income_related_underemployed_persons", "population en sous-emploi lié au revenu|nombre de sous-employés liés au revenu|" +
		"عدد الأشخاص في الشغل الناقص المرتبط بالدخل|عدد اللي ف الشغل الناقص ديال الدخل|3adad li f choghl na9is dyal dakhl|" +
		"persons in income-related underemployment|number of persons in income-related underemployment"},
	{KindIndicator, "underemployment_time_related_share", "part de la durée du travail dans le sous-emploi|part du sous-emploi lié à la durée|" +
		"حصة مدة العمل من الشغل الناقص|الحصة ديال السوايع ف الشغل الناقص|7essat swaye3 f choghl na9is|" +
		"time-related share of underemployment|share of time-related underemployment"},
	{KindIndicator, "underemployment_income_related_share", "part du revenu dans le sous-emploi|part du sous-emploi lié au revenu|" +
		"حصة الدخل من الشغل الناقص|الحصة ديال الدخل ف الشغل الناقص|7essat dakhl f choghl na9is|" +
		"income-related share of underemployment|share of income-related underemployment"},
	// The census measures with its own definitions: only a form naming the
	// census reaches these; "taux de chômage" stays the survey's.
	{KindIndicator, "unemployment_rate_census", "taux de chômage du recensement|taux de chômage selon le recensement|chômage du recensement|chômage selon le recensement|" +
		"taux de chômage du RGPH|chômage selon le RGPH|taux de chômage au recensement|" +
		"معدل البطالة حسب الإحصاء العام للسكان|معدل البطالة حسب الإحصاء العام|البطالة حسب الإحصاء العام|معدل البطالة في الإحصاء العام|" +
		"نسبة البطالة ف الإحصاء العام|البطالة ف الإحصاء|nisbat lbitala f recensement|lbitala f recensement|chomage f recensement|" +
		"census unemployment rate|unemployment rate in the census|census unemployment|unemployment according to the census"},
	{KindIndicator, "activity_rate_census", "taux d'activité du recensement|taux d'activité selon le recensement|taux d'activité du RGPH|" +
		"معدل النشاط حسب الإحصاء العام للسكان|معدل النشاط حسب الإحصاء العام|معدل النشاط في الإحصاء العام|نسبة النشاط ف الإحصاء العام|" +
		"nisbat nachat f recensement|census activity rate|activity rate in the census|census participation rate"},
}

// shareIndicatorConcepts are the sectors' shares of employment and of the
// CNSS's declared employees, and the sectoral series whose name puts the
// sector between the indicator's words.
var shareIndicatorConcepts = []conceptDef{
	{KindIndicator, "employment_share_agriculture", "part de l'agriculture dans l'emploi|part de l'emploi agricole|poids de l'agriculture dans l'emploi|part de l'agriculture dans l'emploi total|" +
		"حصة الفلاحة من الشغل|حصة الفلاحة من التشغيل|نسبة الشغل في الفلاحة|نسبة اللي خدامين ف الفلاحة|nisbat li khdamin f lfla7a|" +
		"agriculture share of employment|agriculture's share of employment|share of employment in agriculture|agricultural share of employment"},
	{KindIndicator, "employment_share_industry", "part de l'industrie dans l'emploi|part de l'emploi industriel|poids de l'industrie dans l'emploi|" +
		"حصة الصناعة من الشغل|حصة الصناعة من التشغيل|نسبة الشغل في الصناعة|نسبة اللي خدامين ف الصناعة|nisbat li khdamin f sina3a|" +
		"industry share of employment|industry's share of employment|share of employment in industry"},
	{KindIndicator, "employment_share_construction", "part du BTP dans l'emploi|part de la construction dans l'emploi|poids du BTP dans l'emploi|" +
		"حصة البناء والأشغال العمومية من الشغل|حصة البناء من الشغل|نسبة الشغل في البناء|نسبة اللي خدامين ف البني|nisbat li khdamin f lbni|" +
		"construction share of employment|construction's share of employment|share of employment in construction"},
	{KindIndicator, "employment_share_services", "part des services dans l'emploi|part de l'emploi dans les services|poids des services dans l'emploi|" +
		"حصة الخدمات من الشغل|حصة الخدمات من التشغيل|نسبة الشغل في الخدمات|نسبة اللي خدامين ف الخدمات|نسبة اللي خدامين ف قطاع الخدمات|nisbat li khdamin f lkhadamat|" +
		"services share of employment|services' share of employment|share of employment in services"},
	{KindIndicator, "cnss_declared_employees_share_agriculture", "part de l'agriculture parmi les salariés déclarés à la CNSS|part de l'agriculture parmi les salariés déclarés|" +
		"حصة الفلاحة من الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي|حصة الفلاحة من الأجراء المصرح بهم|نسبة الخدامة المصرح بيهم ف الفلاحة|" +
		"nisbat lkhdama mdeclarin f lfla7a|agriculture share of employees declared to the CNSS|agriculture share of declared employees"},
	{KindIndicator, "cnss_declared_employees_share_industry", "part de l'industrie parmi les salariés déclarés à la CNSS|part de l'industrie parmi les salariés déclarés|" +
		"حصة الصناعة من الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي|حصة الصناعة من الأجراء المصرح بهم|نسبة الخدامة المصرح بيهم ف الصناعة|" +
		"nisbat lkhdama mdeclarin f sina3a|industry share of employees declared to the CNSS|industry share of declared employees"},
	{KindIndicator, "cnss_declared_employees_share_construction", "part du BTP parmi les salariés déclarés à la CNSS|part du BTP parmi les salariés déclarés|" +
		"حصة البناء والأشغال العمومية من الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي|حصة البناء من الأجراء المصرح بهم|نسبة الخدامة المصرح بيهم ف البني|" +
		"nisbat lkhdama mdeclarin f lbni|construction share of employees declared to the CNSS|construction share of declared employees"},
	{KindIndicator, "cnss_declared_employees_share_services", "part des services parmi les salariés déclarés à la CNSS|part des services parmi les salariés déclarés|" +
		"حصة الخدمات من الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي|حصة الخدمات من الأجراء المصرح بهم|نسبة الخدامة المصرح بيهم ف الخدمات|نسبة الخدامة المصرح بيهم ف قطاع الخدمات|" +
		"nisbat lkhdama mdeclarin f lkhadamat|services share of employees declared to the CNSS|services share of declared employees"},
	{KindIndicator, "cnss_declared_employees_share_commerce", "part du commerce parmi les salariés déclarés à la CNSS|part du commerce parmi les salariés déclarés|" +
		"حصة التجارة من الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي|حصة التجارة من الأجراء المصرح بهم|نسبة الخدامة المصرح بيهم ف التجارة|" +
		"nisbat lkhdama mdeclarin f tijara|trade share of employees declared to the CNSS|trade share of declared employees|commerce share of declared employees"},
	{KindIndicator, "employed_persons_services", "المشتغلون في الخدمات|المشتغلين في الخدمات|المشتغلون في قطاع الخدمات|المشتغلين في قطاع الخدمات"},
	{KindIndicator, "employed_persons_industry", "المشتغلون في الصناعة|المشتغلين في الصناعة"},
	{KindIndicator, "employed_persons_construction", "المشتغلون في البناء والأشغال العمومية|المشتغلين في البناء والأشغال العمومية"},
	{KindIndicator, "employed_persons_agriculture", "المشتغلون في الفلاحة|المشتغلين في الفلاحة"},
	{KindIndicator, "excessive_hours_share_services", "نسبة النشيطين المشتغلين لمدة مفرطة في الخدمات"},
	{KindIndicator, "excessive_hours_share_industry", "نسبة النشيطين المشتغلين لمدة مفرطة في الصناعة"},
	{KindIndicator, "excessive_hours_share_construction", "نسبة النشيطين المشتغلين لمدة مفرطة في البناء والأشغال العمومية"},
	{KindIndicator, "excessive_hours_share_agriculture", "نسبة النشيطين المشتغلين لمدة مفرطة في الفلاحة"},
}

// adminIndicatorConcepts are counted by administrations. The programme
// names alone (Idmaj, Tahfiz, إدماج) stay the contract anapec of job ads:
// only a form saying what is counted names the figure.
var adminIndicatorConcepts = []conceptDef{
	{KindIndicator, "anapec_idmaj_insertions", "insertions du programme Idmaj|insertions Idmaj|insertions dans le cadre d'Idmaj|insertions au titre d'Idmaj|insérés par Idmaj|insérés Idmaj|" +
		"عدد المدمجين في إطار برنامج إدماج|المدمجين في إطار برنامج إدماج|المدمجين في برنامج إدماج|عدد المدمجين في برنامج إدماج|اللي تدمجو ف برنامج إدماج|اللي تدمجو ف إدماج|" +
		"li tdmjo f idmaj|li tdmjo f programme idmaj|Idmaj programme insertions|Idmaj insertions|placements under Idmaj|people placed under Idmaj"},
	{KindIndicator, "anapec_idmaj_insertions_international", "insertions à l'international de l'ANAPEC|insertions à l'international|placements à l'étranger de l'ANAPEC|insertions à l'étranger|" +
		"عدد المدمجين في الخارج عبر الأنابيك|المدمجين في الخارج|الإدماج في الخارج|التشغيل في الخارج عبر الأنابيك|اللي تدمجو ف الخارج مع لانابيك|اللي تدمجو ف الخارج|" +
		"li tdmjo f lkharij m3a anapec|li tdmjo f lkharij|ANAPEC international placements|international placements|placements abroad"},
	{KindIndicator, "anapec_salaried_insertions", "insertions dans l'emploi salarié de l'ANAPEC|insertions dans l'emploi salarié|insertions de l'ANAPEC|insertions ANAPEC|" +
		"عدد المدمجين في الشغل المأجور عبر الأنابيك|المدمجين في الشغل المأجور|المدمجين عبر الأنابيك|اللي دخلو يخدمو بالأجرة مع لانابيك|اللي دخلو يخدمو مع لانابيك|" +
		"li dkhlo ykhdmo b lkhlsa m3a anapec|li dkhlo ykhdmo m3a anapec|ANAPEC salaried-job placements|ANAPEC placements|salaried-job placements|job seekers placed by ANAPEC"},
	{KindIndicator, "anapec_taehil_beneficiaries", "bénéficiaires du programme Taehil|bénéficiaires de Taehil|bénéficiaires Taehil|formés par Taehil|" +
		"المستفيدون من برنامج تأهيل|المستفيدين من برنامج تأهيل|المستفيدين من تأهيل|اللي استافدو من برنامج تأهيل|اللي استافدو من تأهيل|" +
		"li stafdo mn taehil|li stafdo mn programme taehil|Taehil programme beneficiaries|Taehil beneficiaries|trained under Taehil"},
	{KindIndicator, "anapec_tahfiz_firms", "entreprises bénéficiaires du programme Tahfiz|entreprises bénéficiaires de Tahfiz|entreprises Tahfiz|" +
		"المقاولات المستفيدة من برنامج تحفيز|المقاولات المستفيدة من تحفيز|الشركات اللي استافدو من تحفيز|الشركات المستفيدة من تحفيز|" +
		"charikat li stafdo mn tahfiz|les entreprises li stafdo mn tahfiz|firms in the Tahfiz programme|Tahfiz firms|firms benefiting from Tahfiz"},
	{KindIndicator, "anapec_tahfiz_insertions", "insertions du programme Tahfiz|insertions Tahfiz|recrutements Tahfiz|recrutements dans le cadre de Tahfiz|" +
		"عدد المدمجين في إطار برنامج تحفيز|المدمجين في إطار برنامج تحفيز|المدمجين في برنامج تحفيز|اللي تدمجو ف برنامج تحفيز|اللي تدمجو ف تحفيز|" +
		"li tdmjo f tahfiz|li tdmjo f programme tahfiz|Tahfiz programme insertions|Tahfiz insertions|hires under Tahfiz"},
	{KindIndicator, "cnss_declared_employees", "salariés déclarés à la CNSS|salariés déclarés|nombre de salariés déclarés|salariés affiliés à la CNSS|salariés immatriculés à la CNSS|" +
		"الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي|الأجراء المصرح بهم|عدد الأجراء المصرح بهم|المصرح بهم في الضمان الاجتماعي|" +
		"الخدامة المصرح بيهم ف الضمان الاجتماعي|الخدامة المصرح بيهم|المصرح بيهم ف الضمان|lkhdama mdeclarin f cnss|lkhdama mdeclarin|mdeclarin f cnss|" +
		"employees declared to the CNSS|declared employees|employees declared to social security|workers declared to the CNSS"},
	{KindIndicator, "cnss_declared_employees_sdr", "salariés déclarés à la CNSS selon le rapport statistique et démographique|salariés déclarés selon le rapport statistique et démographique|" +
		"salariés déclarés selon le rapport statistique|" +
		"الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي حسب التقرير الإحصائي والديموغرافي|الأجراء المصرح بهم حسب التقرير الإحصائي والديموغرافي|الأجراء المصرح بهم حسب التقرير الإحصائي|" +
		"الخدامة المصرح بيهم ف الضمان الاجتماعي حسب التقرير الإحصائي|الخدامة المصرح بيهم حسب التقرير الإحصائي|" +
		"lkhdama mdeclarin f cnss selon rapport statistique|lkhdama mdeclarin selon rapport statistique|" +
		"employees declared to the CNSS according to its statistical and demographic report|employees declared to the CNSS according to the statistical and demographic report|employees declared to the CNSS statistical and demographic report basis|declared employees statistical and demographic report"},
	{KindIndicator, "cnss_affiliated_firms", "entreprises affiliées à la CNSS|entreprises affiliées|nombre d'entreprises affiliées|affiliés de la CNSS|entreprises sont affiliées|affiliées à la CNSS|" +
		"المقاولات المنخرطة في الصندوق الوطني للضمان الاجتماعي|المقاولات المنخرطة في الضمان الاجتماعي|المقاولات المنخرطة|الشركات المسجلة ف الضمان الاجتماعي|الشركات المسجلة ف الضمان|" +
		"charikat msejlin f cnss|les entreprises msejlin f cnss|firms affiliated to the CNSS|CNSS-affiliated firms|affiliated firms|" +
		"companies affiliated to the CNSS|companies affiliated with the CNSS|firms affiliated with the CNSS|companies registered with the CNSS|are affiliated with the CNSS|are affiliated to the CNSS"},
	{KindIndicator, "cnss_declaring_affiliates", "entreprises déclarantes à la CNSS|entreprises déclarantes|affiliés déclarants|employeurs déclarants|" +
		"المقاولات المصرحة لدى الصندوق الوطني للضمان الاجتماعي|المقاولات المصرحة|المشغلين المصرحين|الشركات اللي كتصرح ف الضمان الاجتماعي|الشركات اللي كتصرح ف الضمان|" +
		"charikat li kaysarr7o f cnss|charikat li kaysar7o f cnss|firms declaring employees to the CNSS|declaring firms|declaring employers"},
	{KindIndicator, "cnss_avg_monthly_declared_wage", "salaire mensuel moyen déclaré à la CNSS|salaire moyen déclaré à la CNSS|salaire moyen déclaré|salaire mensuel moyen déclaré|salaire moyen des salariés déclarés|" +
		"متوسط الأجر الشهري المصرح به لدى الصندوق الوطني للضمان الاجتماعي|متوسط الأجر الشهري المصرح به|متوسط الأجر المصرح به|الأجر المتوسط المصرح به|" +
		"المتوسط ديال الخلصة المصرح بيها ف الضمان الاجتماعي|المتوسط ديال الخلصة|متوسط الخلصة|moyenne dyal lkhlsa f cnss|moyenne dyal lkhlsa|" +
		"average monthly wage declared to the CNSS|average declared wage|average monthly declared wage|average wage declared to the CNSS"},
	{KindIndicator, "cnss_median_monthly_declared_wage", "salaire mensuel médian déclaré à la CNSS|salaire médian déclaré à la CNSS|salaire médian déclaré|" +
		"الأجر الشهري الوسيط المصرح به لدى الصندوق الوطني للضمان الاجتماعي|الأجر الشهري الوسيط المصرح به|الأجر الوسيط المصرح به|الخلصة الوسيطة المصرح بيها ف الضمان الاجتماعي|الخلصة الوسيطة|" +
		"lkhlsa lmediane f cnss|lkhlsa lmediane|median monthly wage declared to the CNSS|median declared wage"},
	{KindIndicator, "cnss_declared_wage_bill", "masse salariale déclarée à la CNSS|masse salariale déclarée|masse salariale|" +
		"كتلة الأجور المصرح بها لدى الصندوق الوطني للضمان الاجتماعي|كتلة الأجور المصرح بها|كتلة الأجور|المجموع ديال الخلصات المصرح بيها ف الضمان الاجتماعي|مجموع الخلصات|" +
		"masse salariale dyal cnss|wage bill declared to the CNSS|declared wage bill|wage bill|total declared wages"},
	{KindIndicator, "cnss_share_below_smig", "part des salariés déclarés payés sous le SMIG|salariés déclarés payés sous le SMIG|salariés payés sous le SMIG|payés moins que le SMIG|sous le SMIG|" +
		"حصة الأجراء المصرح بهم بأجر أقل من الحد الأدنى للأجور|الأجراء المصرح بهم بأجر أقل من الحد الأدنى للأجور|بأجر أقل من الحد الأدنى للأجور|أقل من الحد الأدنى للأجور|" +
		"نسبة اللي خلصتهم تحت السميك ف الضمان الاجتماعي|نسبة اللي خلصتهم تحت السميك|اللي خلصتهم تحت السميك|تحت السميك|" +
		"nisbat li khlsthom t7t smig|li khlsthom t7t smig|t7t smig|share of declared employees paid below the minimum wage|paid below the minimum wage|below the minimum wage|below SMIG"},
	{KindIndicator, "cnss_share_above_6000", "part des salariés déclarés payés plus de 6000 dirhams|salariés déclarés payés plus de 6000 dirhams|payés plus de 6000 dirhams|plus de 6000 dirhams|plus de 6000 DH|" +
		"حصة الأجراء المصرح بهم بأجر يفوق 6000 درهم|الأجراء المصرح بهم بأجر يفوق 6000 درهم|بأجر يفوق 6000 درهم|يفوق 6000 درهم|" +
		"نسبة اللي خلصتهم فوق 6000 درهم ف الضمان الاجتماعي|نسبة اللي خلصتهم فوق 6000 درهم|اللي خلصتهم فوق 6000 درهم|فوق 6000 درهم|" +
		"nisbat li khlsthom fo9 6000 dh|li khlsthom fo9 6000 dh|fo9 6000 dh|share of declared employees paid above 6000 dirhams|paid above 6000 dirhams|above 6000 dirhams|above 6000 MAD"},
	{KindIndicator, "cnss_female_share_declared_employees", "part des femmes parmi les salariés déclarés à la CNSS|part des femmes parmi les salariés déclarés|femmes déclarées à la CNSS|" +
		"حصة النساء من الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي|حصة النساء من الأجراء المصرح بهم|نسبة النساء من الأجراء المصرح بهم|" +
		"نسبة العيالات ف الخدامة المصرح بيهم ف الضمان الاجتماعي|نسبة العيالات ف الخدامة المصرح بيهم|nisbat l3yalat f lkhdama mdeclarin f cnss|nisbat l3yalat f lkhdama mdeclarin|" +
		"women's share of employees declared to the CNSS|women's share of declared employees|female share of declared employees"},
	{KindIndicator, "remittances_received", "transferts des MRE|transferts des Marocains résidant à l'étranger|transferts des Marocains du monde|transferts de fonds des MRE|" +
		"envois de fonds des MRE|transferts de la diaspora|transferts d'argent des MRE|recettes MRE|" +
		"تحويلات مغاربة العالم|تحويلات المغاربة المقيمين بالخارج|تحويلات المغاربة المقيمين في الخارج|تحويلات الجالية|تحويلات الجالية المغربية|تحويلات مغاربة الخارج|" +
		"الفلوس اللي صيفطو مغاربة العالم|الفلوس اللي كيصيفطو مغاربة العالم|الفلوس ديال الجالية|الفلوس اللي كيصيفطو الزماكرية|" +
		"transferts dyal MRE|transferts dyal mgharba l3alam|flous li sifto mgharba l3alam|flous dyal zmagria|" +
		"remittances from Moroccans abroad|remittances|diaspora remittances|money sent home by Moroccans abroad|MRE remittances"},
	{KindIndicator, "remittances_share_from_france", "part de la France dans les transferts des MRE|transferts des MRE depuis la France|transferts depuis la France|" +
		"حصة فرنسا من تحويلات مغاربة العالم|التحويلات من فرنسا|الحصة ديال فرنسا ف الفلوس اللي صيفطو مغاربة العالم|حصة فرنسا|" +
		"7essat fransa f transferts dyal MRE|transferts mn fransa|France's share of remittances|share of remittances sent from France|share of remittances from France|remittances from France"},
	{KindIndicator, "remittances_share_from_spain", "part de l'Espagne dans les transferts des MRE|transferts des MRE depuis l'Espagne|transferts depuis l'Espagne|" +
		"حصة إسبانيا من تحويلات مغاربة العالم|التحويلات من إسبانيا|الحصة ديال سبانيا ف الفلوس اللي صيفطو مغاربة العالم|حصة إسبانيا|حصة سبانيا|" +
		"7essat sbanya f transferts dyal MRE|transferts mn sbanya|Spain's share of remittances|share of remittances sent from Spain|share of remittances from Spain|remittances from Spain"},
	{KindIndicator, "remittances_share_from_italy", "part de l'Italie dans les transferts des MRE|transferts des MRE depuis l'Italie|transferts depuis l'Italie|" +
		"حصة إيطاليا من تحويلات مغاربة العالم|التحويلات من إيطاليا|الحصة ديال الطاليان ف الفلوس اللي صيفطو مغاربة العالم|حصة إيطاليا|حصة الطاليان|" +
		"7essat taliyan f transferts dyal MRE|transferts mn taliyan|Italy's share of remittances|share of remittances sent from Italy|share of remittances from Italy|remittances from Italy"},
	{KindIndicator, "remittances_share_from_saudi_arabia", "part de l'Arabie saoudite dans les transferts des MRE|transferts des MRE depuis l'Arabie saoudite|transferts depuis l'Arabie saoudite|" +
		"حصة السعودية من تحويلات مغاربة العالم|التحويلات من السعودية|الحصة ديال السعودية ف الفلوس اللي صيفطو مغاربة العالم|حصة السعودية|" +
		"7essat sa3oudiya f transferts dyal MRE|transferts mn sa3oudiya|Saudi Arabia's share of remittances|share of remittances sent from Saudi Arabia|share of remittances from Saudi Arabia|remittances from Saudi Arabia"},
	{KindIndicator, "moroccans_abroad_consular_registered", "Marocains du monde immatriculés dans les consulats|Marocains immatriculés dans les consulats|immatriculés dans les consulats|" +
		"MRE immatriculés|nombre de MRE immatriculés|immatriculation consulaire|" +
		"المغاربة المقيمون بالخارج المسجلون في القنصليات|المغاربة المسجلون في القنصليات|المسجلون في القنصليات|المسجلين في القنصليات|عدد المغاربة المسجلين في القنصليات|" +
		"المغاربة ديال برا المسجلين ف القنصليات|المسجلين ف القنصليات|mgharba dyal lkharij msejlin f l9onsoliyat|msejlin f l9onsoliyat|" +
		"Moroccans abroad registered at consulates|registered at consulates|consular registrations|Moroccans registered at consulates"},
}
