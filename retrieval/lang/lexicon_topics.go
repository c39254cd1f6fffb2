package lang

import "strings"

// topicConcepts are what a text is about, beyond the figures the planner
// reads: the subjects of the statistical notes and occupation texts
// (drought, the informal sector, call centres, ANAPEC...), named in French,
// MSA, Darija in both scripts and English so that a question in one finds
// a note in another. FindConcepts reports a topic wherever its words are,
// even when they also name a concept of another kind ("stage" is the
// contract stage and the topic internships, "NEET" the indicator neet_rate
// and the topic neet). A group word (femmes, الشباب, diplômés) or a sector
// word (lfla7a, BTP) is a topic only near a word of work ("[labour]":
// emploi, chômage, khedma, العمل...): "le chômage des femmes" is about
// women's employment, "les femmes" alone is not.
//
// NEET: every NEET form names both the indicator neet_rate and the topic
// neet. The rate is the one NEET figure Marsad has, so a question naming
// NEETs is answered with it; the topic lets retrieval find the notes about
// them in every language.
var topicConcepts = []conceptDef{
	{KindTopic, "drought", "sécheresse|sécheresses|années de sécheresse|déficit pluviométrique|déficit hydrique|stress hydrique|pénurie d'eau|manque de pluie|" +
		"faible pluviométrie|الجفاف|جفاف|سنوات الجفاف|قلة الأمطار|ضعف التساقطات|ضعف التساقطات المطرية|الإجهاد المائي|ندرة المياه|الخصاص المائي|" +
		"قلة الشتا|ما كايناش الشتا|ماكايناش الشتا|الشتا قليلة|jfaf|ljfaf|9ellat chta|9lat chta|ma kaynach chta|makaynach chta|" +
		"drought|droughts|dry spell|dry years|rainfall deficit|water stress|water scarcity|lack of rain|poor rainfall"},
	{KindTopic, "informal_sector", "secteur informel|économie informelle|emploi informel|emplois informels|travail informel|informel|activités informelles|" +
		"unités de production informelles|travail au noir|travail non déclaré|sans couverture sociale|vendeurs ambulants|marchands ambulants|" +
		"القطاع غير المهيكل|الاقتصاد غير المهيكل|الشغل غير المهيكل|العمل غير المهيكل|غير المهيكل|القطاع غير المنظم|الاقتصاد غير الرسمي|" +
		"العمل غير الرسمي|الشغل غير المصرح به|الباعة المتجولين|الباعة الجائلين|بدون تغطية اجتماعية|الفراشة|فراشة|الخدمة بلا ضمان|" +
		"الخدمة بلا تصريح|lghir mohaykal|ghir mohaykal|ghir mhikel|lghir mhikel|ghir mouhaykal|ferracha|lferracha|bla cnss|khdma bla cnss|" +
		"khdma bla tasri7|informal economy|informal sector|informal employment|informal work|informal jobs|undeclared work|street vendors"},
	{KindTopic, "call_centres", "centre d'appels|centres d'appels|centre d'appel|centres d'appel|call center|call centre|call centers|call centres|" +
		"centre de contact|centres de contact|centre de relation client|relation client à distance|téléconseiller|téléconseillers|téléconseillère|" +
		"téléopérateur|offshoring|offshore|nearshoring|nearshore|outsourcing|externalisation|BPO|مراكز النداء|مركز النداء|مراكز الاتصال|" +
		"ترحيل الخدمات|الخدمات المرحلة|كول سنتر|الكول سنتر|كول سانتر|كولسنتر|colsenter|kolsenter|kol center|kol sentr|call centr|" +
		"contact centre|contact center|business process outsourcing"},
	{KindTopic, "anapec", "ANAPEC|Agence nationale de promotion de l'emploi et des compétences|Agence nationale de promotion de l'emploi|" +
		"contrat ANAPEC|contrats ANAPEC|Idmaj|programme Idmaj|Tahfiz|programme Tahfiz|Taehil|Ta'hil|ta2hil|programme Taehil|Moukawalati|" +
		"contrat d'insertion|contrats d'insertion|الوكالة الوطنية لإنعاش التشغيل والكفاءات|الوكالة الوطنية لإنعاش التشغيل|الأنابيك|أنابيك|" +
		"لانابيك|برنامج إدماج|عقد الإدماج|عقود الإدماج|برنامج تحفيز|برنامج تأهيل|مقاولتي|lanapec|anapek|kontra anapec|" +
		"anapec contract|national employment agency"},
	{KindTopic, "vocational_training", "formation professionnelle|formations professionnelles|OFPPT|Office de la formation professionnelle et de la promotion du travail|" +
		"Cité des métiers et des compétences|Cités des métiers et des compétences|cité des métiers|cités des métiers|CMC|ISTA|institut spécialisé de technologie appliquée|" +
		"instituts de formation professionnelle|formation qualifiante|formations qualifiantes|formation par apprentissage|" +
		"التكوين المهني|تكوين مهني|مكتب التكوين المهني وإنعاش الشغل|مكتب التكوين المهني|مدن المهن والكفاءات|مدينة المهن والكفاءات|مدن المهن|مدينة المهن|" +
		"المعهد المتخصص للتكنولوجيا التطبيقية|معاهد التكوين المهني|مؤسسات التكوين المهني|التكوين بالتدرج المهني|التدرج المهني|التكوين التأهيلي|" +
		"lofppt|takwin mihani|ttakwin lmihani|takwin lmihani|tkwin mihani|vocational training|vocational education|vocational school|" +
		"technical and vocational education|TVET|apprenticeship|apprenticeships"},
	{KindTopic, "world_cup_2030", "Coupe du monde|Coupe du monde 2030|Mondial 2030|le Mondial|du Mondial|au Mondial|كأس العالم|كاس العالم|" +
		"كأس العالم 2030|المونديال|مونديال|مونديال 2030|lmondial|el mondial|kas l3alam|kass l3alam|world cup|fifa world cup|world cup 2030"},
	{KindTopic, "digital_jobs", "numérique|économie numérique|secteur numérique|métiers du numérique|emplois du numérique|transformation numérique|" +
		"transformation digitale|digitalisation|digital|informatique|programmation|développement logiciel|TIC|technologies de l'information|nouvelles technologies|" +
		"الرقمي|الرقمية|الاقتصاد الرقمي|البرمجة|البرمجيات|التحول الرقمي|الرقمنة|المهن الرقمية|المعلوميات|الإعلاميات|تكنولوجيا المعلومات|" +
		"الانفورماتيك|انفورماتيك|الديجيتال|ديجيتال|lmo3lomiyat|mo3lomiyat|informatik|lanformatik|" +
		"digital jobs|digital economy|digital sector|tech jobs|tech sector|ICT|information technology|IT jobs|IT sector|software|programming|coding|digitalization"},
	{KindTopic, "tourism", "tourisme|touristique|touristiques|secteur touristique|touristes|hôtellerie|hôtellerie et restauration|hôtel|hôtels|" +
		"hôtelier|hôtelière|riads|maisons d'hôtes|السياحة|السياحي|السياحية|القطاع السياحي|السياح|الفنادق|الفندقة|فندق|فنادق|" +
		"الأوطيلات|الأوطيل|لوطيل|لوطيلات|siya7a|ssiya7a|siya7|lotilat|lotel|lotil|" +
		"tourism|tourist|tourists|hotels|hotel|hospitality|hotel industry"},
	{KindTopic, "neet", neetForms},
	{KindTopic, "automotive", "automobile|automobiles|industrie automobile|secteur automobile|usine automobile|usines automobiles|" +
		"constructeur automobile|constructeurs automobiles|équipementier automobile|équipementiers automobiles|câblage|cablage|câblage automobile|" +
		"Renault|Stellantis|PSA|usine Renault|usine Stellantis|صناعة السيارات|قطاع السيارات|السيارات|مصانع السيارات|معامل السيارات|" +
		"الطوموبيل|طوموبيل|الطوموبيلات|صناعة الطوموبيلات|الكابلاج|كابلاج|رونو|ستيلانتيس|tomobil|ttomobil|tomobilat|lkablaj|kablaj|" +
		"automotive|automotive industry|car industry|car plant|car plants|car factory|car manufacturing|carmakers|car makers|wiring harness|wire harness"},
	{KindTopic, "aeronautics", "aéronautique|aéronautiques|industrie aéronautique|câblage aéronautique|secteur aéronautique|aérospatial|aérospatiale|Boeing|Airbus|Safran|" +
		"Bombardier|Midparc|الطيران|صناعة الطيران|قطاع الطيران|الصناعات الجوية|الصناعة الجوية|صناعة الطائرات|الأيرونوتيك|ايرونوتيك|" +
		"صناعة الطيارات|aironotik|layronotik|aeronotik|aeronautics|aerospace|aircraft industry|aviation industry|aerospace industry"},
	{KindTopic, "textile", "textile|textiles|industrie textile|secteur textile|textile et habillement|habillement|confection|prêt-à-porter|" +
		"النسيج|قطاع النسيج|صناعة النسيج|النسيج والألبسة|الألبسة|الملابس الجاهزة|الصناعة النسيجية|الخياطة|التيكستيل|الطيكستيل|الكونفيكسيون|" +
		"لاكونفيكسيون|tekstil|ttekstil|lkhiyata|konfeksyon|lkonfeksyon|textile industry|garment industry|garments|apparel|clothing industry"},
	{KindTopic, "agriculture_jobs", cuedForms("labour", KindSector, "agriculture") + "|" +
		"emploi agricole|emplois agricoles|travail agricole|travailleurs agricoles|ouvriers agricoles|ouvrières agricoles|saisonniers agricoles|" +
		"main-d'œuvre agricole|salariés agricoles|الشغل الفلاحي|التشغيل الفلاحي|اليد العاملة الفلاحية|العمال الفلاحيين|العمال الزراعيين|" +
		"الخدمة فالفلاحة|خدمة الفلاحة|الخدمة فالضيعات|الخدمة فالفيرمة|خدمة الفيرمة|khdma f lfla7a|khedma f lfla7a|khdma f lfirma|khdma f dday3a|" +
		"farm jobs|farm work|farm workers|farm labour|agricultural jobs|agricultural employment|agricultural workers"},
	{KindTopic, "construction_jobs", cuedForms("labour", KindSector, "construction") + "|" +
		"emploi dans le BTP|emplois du BTP|emplois dans le BTP|ouvriers du bâtiment|ouvrier du bâtiment|travail sur les chantiers|" +
		"عمال البناء|الشغل في البناء|العمل في البناء|اليد العاملة في البناء|الخدمة فالبني|خدمة البني|الخدمة فالشانطي|خدمة الشانطي|الشانطيات|" +
		"khdma f lbni|khedma f lbni|khdma f chantier|khedma f chantier|khdma f chantiyat|lmo9ef|" +
		"construction jobs|construction workers|construction employment|jobs in construction|building sites"},
	{KindTopic, "remote_work", "télétravail|teletravail|en télétravail|télétravailler|travail à distance|emploi à distance|poste à distance|" +
		"full remote|100% remote|en remote|travail hybride|العمل عن بعد|الشغل عن بعد|العمل من المنزل|العمل من البيت|الخدمة عن بعد|" +
		"الخدمة من الدار|خدمة من الدار|نخدم من الدار|الخدمة أونلاين|خدمة أونلاين|التيليترافاي|تيليترافاي|khdma mn dar|khedma mn dar|" +
		"khdma men dar|khedma men dar|nkhdem mn dar|nkhdem men dar|khdma online|khedma online|teletravay|remote work|remote working|remote job|" +
		"remote jobs|remote position|work remotely|working remotely|work from home|working from home|fully remote|telework|teleworking"},
	{KindTopic, "internships", stageForms + "|stage d'insertion|stages d'insertion|stage conventionné|stage non rémunéré|stages d'été|" +
		"التداريب الميدانية|التدريب الميداني|tadrib|stage payé|paid internship|summer internship"},
	{KindTopic, "women_employment", cuedForms("labour", KindSex, "female") + "|" +
		"emploi des femmes|emploi féminin|travail des femmes|travail féminin|femmes actives|activité féminine|participation des femmes|" +
		"insertion des femmes|entrepreneuriat féminin|chômage des femmes|تشغيل النساء|عمل المرأة|عمل النساء|شغل النساء|النساء العاملات|" +
		"المرأة العاملة|نشاط النساء|مشاركة المرأة|بطالة النساء|التمكين الاقتصادي للمرأة|خدمة العيالات|الخدمة ديال العيالات|" +
		"العيالات اللي خدامين|khdma dyal l3yalat|khedma dyal l3yalat|l3yalat li khdamin|nsa li khdamin|women's employment|" +
		"women employment|female employment|women in work|working women|women in the workforce|female labour force participation|gender gap"},
	{KindTopic, "youth_employment", cuedForms("labour", KindAge, "15-24") + "|" +
		"emploi des jeunes|chômage des jeunes|insertion des jeunes|insertion professionnelle des jeunes|jeunes chômeurs|travail des jeunes|" +
		"تشغيل الشباب|بطالة الشباب|الشباب العاطل|الشباب المعطل|إدماج الشباب|خدمة الشباب|الخدمة ديال الشباب|خدمة الدراري|الدراري بلا خدمة|" +
		"khdma dyal drari|khdma dyal chabab|bitala dyal chabab|chomage dyal drari|drari bla khdma|" +
		"youth employment|youth unemployment|jobs for young people|young jobseekers|young workers"},
	{KindTopic, "graduate_employment", cuedForms("labour", KindDiploma, "graduate") + "|" +
		"emploi des diplômés|chômage des diplômés|insertion des diplômés|insertion professionnelle des diplômés|insertion des lauréats|" +
		"diplômés chômeurs|jeunes diplômés|employabilité|employabilité des diplômés|تشغيل حاملي الشهادات|بطالة حاملي الشهادات|" +
		"بطالة الخريجين|تشغيل الخريجين|المعطلين حاملي الشهادات|الإدماج المهني للخريجين|قابلية التشغيل|الديبلومات بلا خدمة|" +
		"المجازين المعطلين|khdma dyal diplomés|chomage dyal diplomés|mdiplomin bla khdma|diplomés bla khdma|" +
		"graduate unemployment|graduate employment|jobs for graduates|graduate jobs|employability"},
	{KindTopic, "migration", "migration|migrations|émigration|immigration|migrants|émigrés|immigrés|MRE|Marocains résidant à l'étranger|" +
		"Marocains résidents à l'étranger|Marocains du monde|diaspora|fuite des cerveaux|exode des cerveaux|exode des compétences|" +
		"travailler à l'étranger|الهجرة|هجرة|المهاجرين|المهاجرون|مهاجرين|مغاربة العالم|المغاربة المقيمين بالخارج|مغاربة الخارج|الجالية المغربية|" +
		"الجالية|هجرة الأدمغة|هجرة الكفاءات|الحريك|حريك|الحراكة|الزماكرية|زماكري|الخدمة فالخارج|نخدم برا|نخدم فالخارج|" +
		"lhijra|hijra|l7rig|7rig|l7rag|7rrag|zmagri|zmagria|zmagriya|nkhdem lbra|nkhdem f lkharij|khdma f lkharij|khdma f lbra|" +
		"emigration|emigrants|brain drain|Moroccans abroad|working abroad|jobs abroad|expatriation"},
	{KindTopic, "minimum_wage", "SMIG|SMAG|salaire minimum|salaire minimum garanti|salaire minimum légal|salaire minimum interprofessionnel garanti|" +
		"salaire minimum agricole garanti|الحد الأدنى للأجور|الحد الأدنى للأجر|الحد الأدنى القانوني للأجر|الأجر الأدنى|السميك|السماك|" +
		"الحد الأدنى ديال الخلصة|lsmig|minimum wage|minimum wages|minimum salary|statutory minimum wage"},
}

// topicBlocks contain a topic word without meaning the topic.
var topicBlocks = []string{"hôtel de ville", "hôtel de police", "hotel de ville", "câblage électrique", "câblage informatique", "câblage réseau",
	"câblage des bâtiments", "at this stage", "at that stage", "at every stage", "at each stage", "at an early stage", "at a later stage",
	"early stage", "early stages", "final stage", "next stage"}

// neetForms name the young people neither in employment nor in education
// or training: the indicator neet_rate and the topic neet.
const neetForms = "NEET|neet|taux de NEET|jeunes NEET|ni en emploi ni en formation|ni en emploi ni en éducation ni en formation|ni emploi ni formation|" +
	"ni en emploi ni à l'école ni en formation|ni en emploi ni en études ni en formation|ni études ni emploi|" +
	"لا يعملون ولا يدرسون|لا يشتغلون ولا يدرسون|لا يدرسون ولا يعملون|خارج التعليم والتشغيل والتكوين|خارج الشغل والتعليم والتكوين|" +
	"خارج الدراسة والشغل والتكوين|لا في الشغل ولا في التعليم|ما كيقراوش ما كيخدموش|ما خدامين ما قاريين|لا خدمة لا قراية|بلا خدمة بلا قراية|" +
	"ma khdamin ma kay9raw|la khdma la 9raya|ma kay9raw ma kaykhdmo|ma kaykhdmo ma kay9raw|bla khdma bla 9raya|" +
	"not in employment education or training|not in education employment or training|neither in employment nor in education"

// stageForms name an internship: the contract stage and the topic
// internships.
const stageForms = "stage|stages|stagiaire|stagiaires|stage PFE|PFE|stage de fin d'études|stage pré-embauche|stage rémunéré|تدريب|تدريب ميداني|" +
	"تداريب|التدريب|متدرب|ستاج|الستاج|سطاج|stage d'été|internship|internships|intern|interns|traineeship|stag|stagiair"

// cuedForms returns the forms of the statConcepts concept {kind, value},
// without those carrying markers, each with the cue marker "[cues]".
func cuedForms(cues, kind, value string) string {
	var forms []string
	for _, d := range statConcepts {
		if d.kind != kind || d.value != value {
			continue
		}
		for _, f := range splitList(d.terms) {
			if !strings.ContainsAny(f, "[!~+^:") {
				forms = append(forms, f)
			}
		}
	}
	return cued(cues, strings.Join(forms, "|"))
}
