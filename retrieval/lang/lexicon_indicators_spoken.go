package lang

// spokenIndicatorConcepts are the indicators as people ask for them in
// conversation rather than as the statistics name them: "combien d'actifs",
// "people out of the labour force", "ما خدامينش وما قاريينش", "ch7al mn
// wa7ed nachit". Words that name a population only in a count or a rate
// question are cued ("[count]": "actifs" alone is also "active"). Many
// rarer indicators are named by a general one and a qualifier anywhere in
// the message; narrow_rules.go reads those.
var spokenIndicatorConcepts = []conceptDef{
	// The employed, as workers: a count or a share of them.
	{KindIndicator, "employed_persons", "combien de personnes ont un emploi|combien de gens ont un emploi|combien de personnes ont un travail|" +
		"how many people have a job|how many people have jobs|how many people are employed|عدد الأشخاص الذين يشتغلون|عدد الأشخاص الذين يعملون|عدد الذين يشتغلون|كم شخصا يشتغل|" +
		"شحال من واحد عندو خدمة|شحال من واحد عندهم خدمة|ch7al mn wa7ed 3ndo khdma|ch7al mn wa7ed 3ndhom khdma"},
	{KindIndicator, "labour_force", "[count]actifs|combien d'actifs|[count]nachitin|[count]nachit|[count]نشيط|[count]نشيطين|[count]النشيطين|wa7ed nachit|واحد نشيط|" +
		"lyed l3amila|lyed l3amla|l'yed l3amila|اليد العاملة المغربية|القوى العاملة|the workforce|working population|population active totale"},
	{KindIndicator, "activity_rate", "[rate]داخلين لسوق الشغل|[rate]دخلو لسوق الشغل|[rate]داخلين ف سوق الشغل|[rate]dakhlin l sou9 choghl|" +
		"[rate]dakhlin l marché du travail|[rate]présents sur le marché du travail|[rate]in the labour market|[rate]in the labor market"},
	{KindIndicator, "inactive_persons", "out of the labour force|not in the labour force|outside the labour force|out of the workforce|not in the workforce|" +
		"hors de la population active|خارج سوق الشغل|خارج سوق العمل|برا سوق الشغل|hors du marché du travail|outside the labour market|out of the labour market|en dehors de la population active|machi nachit|machi nachitin|ماشي نشيط|ماشي نشيطين|مشي نشيطين|غير نشيطين|غير النشيطين|" +
		"inactive|inactives|les inactifs|personnes inactives|the inactive|economically inactive people"},
	{KindIndicator, "working_age_population", "en âge de travailler|âge de travailler|en âge d'activité|working age|of working age|working-age|" +
		"[count]15 or older|[count]15 and older|[count]15 years or older|[count]15 years and older|[count]aged 15 or over|[count]15 ans ou plus|" +
		"[count]15 سنة فما فوق|[count]15 سنة فأكثر|[count]15 عام ولفوق|[count]15 3am w ktar|سن العمل|سن الشغل|سن النشاط|سن الخدمة|ف سن الخدمة|sen lkhdma|f sen lkhdma|sen dyal lkhdma|people aged 15 and over|personnes de 15 ans et plus"},
	// The unemployed in Darija, and how long they stay so.
	{KindIndicator, "unemployed_persons", "البطالين|بطالين|[count]بطال|[count]البطال|[count]battal|[count]lbattal|[count]شوماجي|الشوماجية|lbattalin|battalin|lbatalin|les chômeurs|chômeur|" +
		"people out of work|people without work|people without a job|jobless people|out of work"},
	{KindIndicator, "mean_unemployment_duration", "how long does it take to find a job|how long to find a job|how long does it take to get a job|" +
		"combien de temps pour trouver un emploi|combien de temps pour trouver du travail|combien de temps pour trouver un travail|" +
		"combien de temps faut-il pour trouver un emploi|temps pour trouver un emploi|durée de recherche d'emploi|durée de recherche|" +
		"شحال كياخد باش تلقى خدمة|شحال خاص باش تلقى خدمة|شحال كيبقى الواحد بلا خدمة|كيبقى بلا خدمة|كم يستغرق إيجاد عمل|كم يستغرق الحصول على عمل|" +
		"مدة البحث عن عمل|مدة البحث عن شغل|ch7al kaykhod bach tl9a khdma|ch7al khass bach tl9a khdma|kaybqa bla khdma|kayb9a bla khdma|" +
		"job search duration|length of unemployment|average time unemployed|how long people stay unemployed"},
	// NEETs in everyday words.
	{KindIndicator, "neet_rate", "ne travaillent pas et n'étudient pas|ne travaillent pas ni n'étudient|ni en emploi ni en études|ni en emploi ni en formation|" +
		"ni en emploi ni en études ni en formation|ni emploi ni études|ni travail ni études|ni à l'école ni au travail|sans emploi ni formation|" +
		"education or training|" +
		"neither working nor studying|neither in work nor in school|neither in work nor in education|neither employed nor in education|not working or studying|" +
		"not working nor studying|not working and not studying|neither work nor study|neither works nor studies|don't work or study|do not work or study|" +
		"ni travaillent ni étudient|out of work and out of school|" +
		"ما خدامينش وما قاريينش|ما خدامينش ما قاريينش|ماخدامينش وماقاريينش|لا خدامين ولا قاريين|ما خدامش وما قاريش|لا كيخدمو لا كيقراو|لا يشتغلون ولا يدرسون|" +
		"لا يعملون ولا يدرسون|لا يعملون ولا يتابعون دراستهم|خارج التعليم والشغل|خارج الشغل والتعليم|خارج العمل والتعليم والتكوين|" +
		"غير المندمجين في التعليم أو الشغل أو التكوين|غير المندمجين في التعليم|غير الملتحقين بالتعليم ولا بالشغل|ليسوا في التعليم ولا في الشغل|" +
		"ma khdaminch w ma 9arinch|ma khdaminch ma 9arinch|makhdaminch w ma9arinch|ma khdamch w ma 9arich|la khdamin la 9arin|la kaykhdmo la kay9raw"},
	// Hours of work.
	{KindIndicator, "excessive_hours_share", "too many hours|trop d'heures|horaires trop longs|heures excessives|work long hours|working long hours|long working hours|" +
		"overwork|surcharge horaire|ساعات عمل طويلة|ساعات طويلة|كيخدمو بزاف|kaykhdmo bzaf|kaykhdmo ktar mn lazem|" +
		"ساعات زايدة|سوايع زايدة|سوايع زايدين|ساعات زايدين|swaye3 zayda|swaye3 zaydin|sa3at zayda|sa3at zaydin"},
	{KindIndicator, "avg_weekly_hours_worked", "combien d'heures par semaine|heures par semaine|hours a week|hours per week|how many hours a week|" +
		"كم ساعة في الأسبوع|ساعات في الأسبوع|شحال من ساعة ف السيمانة|ch7al mn sa3a f simana|sa3at f simana|swaye3 f simana"},
	// Health coverage of the employed, informal work.
	{KindIndicator, "employment_linked_medical_coverage_share", "[rate]couverture médicale|[rate]couverture maladie|[rate]assurance maladie|[rate]health insurance|" +
		"[rate]health coverage|[rate]medical coverage|[rate]التغطية الصحية|[rate]تغطية صحية|[rate]التأمين الصحي|[rate]taghtiya s7iya|[rate]لاسيرونس"},
	{KindIndicator, "informal_sector_employment_share_nonagri", "travail au noir|travaillent au noir|au noir|emploi non déclaré|travail non déclaré|" +
		"undeclared work|undeclared jobs|off the books|working off the books|khdamin f noir|khdma f nwar|kaykhdmo f noir|الخدمة ف النوار|خدامين ف النوار|كيخدمو ف النوار|" +
		"الخدمة بلا ضمان|الخدمة بلا كونطرا|العمل غير المصرح به|الشغل غير المصرح به|العمل غير المنظم"},
	// Remittances and the Moroccans abroad.
	{KindIndicator, "remittances_received", "remittance|remittances to Morocco|money sent home|money sent to Morocco|transfers from Moroccans abroad|" +
		"transferts des Marocains de l'étranger|transferts de fonds|transferts d'argent|envois de fonds|argent envoyé par les MRE|argent des MRE|" +
		"تحويلات المهاجرين|تحويلات الجالية المقيمة بالخارج|التحويلات المالية للجالية|تحويلات العمال المغاربة بالخارج|الفلوس ديال المهاجرين|الفلوس ديال الزماكرية|" +
		"flous dyal jalia|flous dyal lmhajrin|flous li kaysifto zmagria|transferts dyal jalia"},
	{KindIndicator, "moroccans_abroad_consular_registered", "Moroccan diaspora|the Moroccan diaspora|diaspora marocaine|la diaspora marocaine|" +
		"[count]Marocains résidant à l'étranger|[count]Marocains vivant à l'étranger|[count]Moroccans living abroad|[count]Moroccans abroad|" +
		"[count]Moroccans residing abroad|[count]المغاربة المقيمين بالخارج|[count]المغاربة المقيمون بالخارج|[count]مغاربة العالم|" +
		"[count]الجالية المغربية المقيمة بالخارج|[count]المغاربة اللي عايشين برا|[count]المغاربة ديال برا|[count]mgharba li 3aychin f lkharij|" +
		"[count]mgharba dyal bra|[count]mgharba l3alam"},
}
