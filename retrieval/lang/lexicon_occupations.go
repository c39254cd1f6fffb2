package lang

import "strings"

// occupationConcepts map occupation names to ISCO-08 unit groups, with the
// Darija names people use (فرملي, trisian, plombi…).
var occupationConcepts = []conceptDef{
	// Managers
	{KindOccupation, "1120", "directeur général|directrice générale|PDG|DG|CEO|chief executive|managing director|المدير العام|مدير عام|gérant de société|lmodir l3am|mudir 3am"},
	{KindOccupation, "1219", "chef de projet|cheffe de projet|chef de projet IT|chef de projet digital|project manager|رئيس المشروع|رئيس مشروع|مدير مشروع|مدير المشروع|mdir projet"},
	{KindOccupation, "1211", "directeur financier|directrice financière|DAF|responsable financier|CFO|finance manager|المدير المالي|مدير مالي"},
	{KindOccupation, "1212", "directeur des ressources humaines|DRH|responsable RH|responsable des ressources humaines|HR manager|مدير الموارد البشرية|مسؤول الموارد البشرية"},
	{KindOccupation, "1221", "directeur commercial|directrice commerciale|responsable commercial|chef des ventes|sales manager|marketing manager|responsable marketing|مدير تجاري|المدير التجاري"},
	{KindOccupation, "1324", "responsable logistique|chef logistique|supply chain manager|logistics manager|responsable supply chain|مسؤول اللوجستيك|مدير اللوجستيك|coordinateur logistique|coordinatrice logistique|logisticien|responsable d'entrepôt|منسق لوجستيكي"},
	{KindOccupation, "1311", "chef d'exploitation agricole|chef d'exploitation|responsable de ferme|gérant de ferme|farm manager|مسير الضيعة|مدير الضيعة|مسير ضيعة فلاحية"},
	{KindOccupation, "1411", "directeur d'hôtel|directrice d'hôtel|hotel manager|مدير فندق"},
	// Science and engineering professionals
	{KindOccupation, "2120", "statisticien|statisticienne|actuaire|statistician|actuary|إحصائي|خبير إحصائي"},
	{KindOccupation, "2141", "ingénieur industriel|ingénieure industrielle|ingénieur génie industriel|ingénieur qualité|ingénieur production|ingénieur méthodes|industrial engineer|production engineer|مهندس صناعي"},
	{KindOccupation, "2142", "ingénieur génie civil|ingénieur civil|ingénieur en génie civil|ingénieur BTP|civil engineer|مهندس مدني|مهندس الهندسة المدنية|mohandis madani|mohandis f genie civil"},
	{KindOccupation, "2144", "ingénieur mécanique|ingénieur mécanicien|ingénieur en mécanique|mechanical engineer|مهندس ميكانيكي"},
	{KindOccupation, "2149", "ingénieur|ingénieure|ingénieurs|ingénieur d'état|engineer|engineers|مهندس|مهندسة|المهندسين|mohandis|mohandiss|lmohandis|ingenieur|لانجينيور|انجينيور|linjinyor|injinyor|injinyour"},
	{KindOccupation, "2151", "ingénieur électrique|ingénieur électricien|ingénieur en électricité|electrical engineer|مهندس كهربائي"},
	{KindOccupation, "2152", "ingénieur électronique|ingénieur en électronique|electronics engineer|مهندس إلكترونيات"},
	{KindOccupation, "2161", "architecte|architectes|architect|مهندس معماري|مهندسة معمارية|arkitekt|larchitecte|arshitekt|أرشيتيكت|الأرشيتيكت"},
	{KindOccupation, "2165", "topographe|géomètre|géomètre topographe|surveyor|طوبوغرافي|مساح|طوبوغراف|الطوبوغراف|topograf|toupograf"},
	{KindOccupation, "2166", "graphiste|designer graphique|infographiste|graphic designer|مصمم جرافيك|مصمم غرافيك|مصمم|غرافيست|الغرافيست|grafist|graphist"},
	// Health professionals
	{KindOccupation, "2211", "médecin|médecins|médecin généraliste|docteur|doctor|doctors|physician|general practitioner|طبيب|طبيبة|الأطباء|أطباء|طبيب عام|tbib|tbiba|ltbib|doktor|الطبيب|دكتور|الدكتور|دوكتور|ttbib|generalist medical practitioner"},
	{KindOccupation, "2212", "médecin spécialiste|spécialiste|chirurgien|chirurgienne|specialist doctor|surgeon|طبيب مختص|جراح|طبيب اختصاصي|tbib mokhtas|tbib spesyalist|jarra7"},
	{KindOccupation, "2221", "infirmier|infirmière|infirmiers|infirmières|infirmier polyvalent|nurse|nurses|nursing|ممرض|ممرضة|الممرضين|ممرضين|فرملي|فرملية|الفرملي|الفرملية|fermli|fermliya|fermlia|frmli|lfermli|infermier|infermiya|لانفيرمي|لانفرمي|انفيرمي|الانفيرمي|linfirmi|infirmi|lanfirmi"},
	{KindOccupation, "2222", "sage-femme|sage femme|sages-femmes|midwife|midwives|قابلة|مولدة|مولدات|l9abla|lqabla|القابلة"},
	{KindOccupation, "2261", "dentiste|chirurgien-dentiste|dentist|طبيب أسنان|طبيب الأسنان|tbib snan|طبيب السنان|tbib dyal snan"},
	{KindOccupation, "2262", "pharmacien|pharmacienne|pharmacist|صيدلي|صيدلانية|صيدلاني|sidli|farmasyan|فارماسيان|الفارماسيان|pharmasyan|مول الفارماسي|moul lfarmasi"},
	{KindOccupation, "2264", "kinésithérapeute|kiné|kinesitherapeute|physiothérapeute|physiotherapist|مروض طبي|ترويض طبي|معالج فيزيائي|كينيزي|kine|kinezi|mrowed"},
	// Teaching professionals
	{KindOccupation, "2310", "enseignant-chercheur|enseignant chercheur|professeur universitaire|professeur d'université|maître de conférences|university lecturer|lecturer|professor|أستاذ جامعي|أستاذ التعليم العالي|أستاذ فالجامعة|prof f lfac|ostad jami3i|professeur f lfac"},
	{KindOccupation, "2320", "formateur|formatrice|formateurs|formateur professionnel|trainer|vocational trainer|مكون|مكونة|المكون|مدرب|mokawin|formatour|الفورماتور|فورماتور|formator"},
	{KindOccupation, "2330", "enseignant|enseignante|enseignants|professeur|professeure|prof|professeur du secondaire|enseignant du secondaire|teacher|teachers|secondary school teacher|أستاذ|أستاذة|الأساتذة|أساتذة|مدرس|ostad|ostada|l2ostad|lostad|oustad|prof"},
	{KindOccupation, "2341", "instituteur|institutrice|professeur des écoles|enseignant du primaire|primary school teacher|primary teacher|معلم ابتدائي|أستاذ التعليم الابتدائي|معلمة|معلمة الابتدائي|أستاذ الابتدائي|ostad primaire|prof dyal primaire|mo3allim|mo3alim|m3allma|mo3alima"},
	{KindOccupation, "2342", "éducatrice|éducateur|éducatrice de la petite enfance|éducateur préscolaire|educatrice|early childhood educator|kindergarten teacher|مربية|مربي|مربية الأطفال|mourabbiya|crèche|creche|crèches|garderie|garderies|jardin d'enfants|école maternelle|préscolaire|enseignement préscolaire|éducatrice de crèche|kindergarten|nursery school|preschool|روض الأطفال|روض|الروض|رياض الأطفال|التعليم الأولي|مربية التعليم الأولي|الحضانة|دار الحضانة|الكريش|كريش|لاكريش|rawd|lrawd|roud|lcreche|lagarderie|lgarderie|mourabiya|mrabbiya|animatrice préscolaire|animateur préscolaire"},
	{KindOccupation, "2353", "professeur de langues|professeur d'anglais|professeur d'espagnol|professeur d'allemand|prof d'anglais|prof de langue|language teacher|English teacher|أستاذ اللغة الإنجليزية|أستاذ اللغات|أستاذة الفرنسية"},
	// Business and administration professionals
	{KindOccupation, "2411", "expert-comptable|expert comptable|auditeur|auditrice|auditeur financier|contrôleur de gestion|accountant|chartered accountant|auditor|خبير محاسب|مدقق حسابات|مراقب التسيير|خبير محاسباتي|expert comptabl|oditor|اوديتور|comptable|comptables|محاسب|محاسبة|المحاسب|المحاسبين|kontabl|kontable|lcomptable|comptabl|كونطابل|الكونطابل|كونطابلي|كونطابلية|kontabli"},
	{KindOccupation, "2412", "conseiller financier|conseillère financière|conseiller en investissement|financial advisor|financial adviser|مستشار مالي"},
	{KindOccupation, "2421", "consultant|consultante|consultants|consultant en management|business consultant|management consultant|مستشار|مستشارة|konsultan|كونسيلطان|الكونسيلطان|konsoltan|consultan"},
	{KindOccupation, "2423", "chargé de recrutement|chargée de recrutement|recruteur|recruteuse|gestionnaire RH|chargé RH|chargée RH|ressources humaines|recruiter|HR officer|human resources|الموارد البشرية|مسؤول التوظيف|lRH|rh|rikrutor|مكلف بالتوظيف|recruitment officer|talent acquisition"},
	{KindOccupation, "2431", "marketing|chargé de marketing|chargée marketing|marketeur|community manager|responsable marketing digital|digital marketer|marketing officer|marketer|التسويق|مسوق|مسؤول التسويق|ماركيتينغ|الماركيتينغ|markiting|مسير المجتمعات الرقمية|social media manager|مسير صفحات التواصل الاجتماعي"},
	// ICT professionals
	{KindOccupation, "2511", "analyste|analyste de données|data analyst|data scientist|analyste fonctionnel|business analyst|systems analyst|محلل بيانات|عالم بيانات|data analyste|داطا اناليست|data analist|analist|داتا ساينتيست"},
	{KindOccupation, "2512", "développeur|développeuse|développeurs|dévloppeur|devlopeur|développeur logiciel|programmeur|programmeuse|ingénieur logiciel|ingénieur informatique|ingénieur développement|developer|developers|software developer|software engineer|programmer|coder|مبرمج|مبرمجة|المبرمجين|مطور|مطور برمجيات|مهندس برمجيات|مهندس معلوميات|mobarmij|developpeur|devloppeur|dev|ديفلوبور|الديفلوبور|ديفلوبير|devlopor|developour|devloper|بروغرامور|programor|انفورماتيسيان|informatisyan|lanformatisyan|informaticien|informaticienne"},
	{KindOccupation, "2513", "développeur web|développeuse web|intégrateur web|développeur front-end|développeur back-end|développeur full stack|web developer|front-end developer|frontend developer|back-end developer|full stack developer|fullstack|مطور ويب|مطور مواقع|مبرمج مواقع|ديفلوبور ويب|devloper web|developour web|dev web"},
	{KindOccupation, "2514", "développeur mobile|développeur android|développeur ios|développeur d'applications|mobile developer|app developer|مطور تطبيقات|ديفلوبور موبايل|dev mobile|devloper mobile|mobile application developer|développeur d'applications mobiles"},
	{KindOccupation, "2521", "administrateur de bases de données|administrateur base de données|database administrator|مسؤول قواعد البيانات"},
	{KindOccupation, "2522", "administrateur système|administrateur systèmes|administrateur systèmes et réseaux|sysadmin|ingénieur système|system administrator|systems administrator|مسؤول الأنظمة|admin system|admin systeme|ادمين سيستيم|مدير الأنظمة المعلوماتية|مدير الأنظمة|admin sys|administrateur Linux"},
	{KindOccupation, "2523", "ingénieur réseau|ingénieur réseaux|ingénieur télécom|administrateur réseau|network engineer|network administrator|مهندس شبكات|انجينيور ريزو|injinyor reseau"},
	{KindOccupation, "2529", "ingénieur cybersécurité|analyste cybersécurité|analyste SOC|expert sécurité informatique|cybersecurity analyst|security engineer|أمن المعلومات|خبير الأمن السيبراني"},
	// Legal, social, cultural
	{KindOccupation, "2611", "avocat|avocate|avocats|lawyer|attorney|محامي|محامية|محام|mo7ami|l'avocat|الأفوكا|أفوكا|افوكا|lavoka|avoka"},
	{KindOccupation, "2635", "assistante sociale|assistant social|assistants sociaux|travailleur social|travailleuse sociale|social worker|مساعدة اجتماعية|مساعد اجتماعي|مساعدة إجتماعية|animateur social|animatrice sociale"},
	{KindOccupation, "2634", "psychologue|psychologist|أخصائي نفسي|طبيب نفسي|سيكولوج|psikolog|bsikolog|طبيب نفساني|tbib nafsani"},
	{KindOccupation, "2642", "journaliste|journalist|reporter|صحفي|صحافي|صحفية|sa7afi|sahafi"},
	{KindOccupation, "2643", "traducteur|traductrice|interprète|translator|interpreter|مترجم|مترجمة|ترجمان|الترجمان|motarjim|mtarjem|tarjman|traductor"},
	// Associate professionals
	{KindOccupation, "3112", "technicien génie civil|technicien en génie civil|technicien BTP|civil engineering technician|تقني الهندسة المدنية|تيكنيسيان فالبني|teknisyan f lbni|technicien f genie civil"},
	{KindOccupation, "3113", "technicien|technicienne|techniciens|technicien électricien|technicien en électricité|technicien électrique|technician|electrical technician|تقني|تقنية|التقني|تقنيين|teknisyan|technicien spécialisé|تيكنيسيان|التيكنيسيان|تكنيسيان|tiknisyan|teknisian|teknisyen"},
	{KindOccupation, "3115", "technicien mécanique|technicien en mécanique|mechanical technician|تقني ميكانيك|تيكنيسيان ميكانيك|teknisyan mikanik"},
	{KindOccupation, "3118", "dessinateur|dessinatrice|dessinateur projeteur|projeteur|draughtsman|drafter|draftsman|رسام تقني|ديسيناتور|dessinatour|desinator"},
	{KindOccupation, "3122", "chef d'équipe|chef d'equipe|chef d'équipe production|superviseur de production|superviseur production|chef de ligne|chef d'atelier|team leader|manufacturing supervisor|production supervisor|رئيس الفريق|رئيس فريق الإنتاج|شاف ديكيب|chaf dikip"},
	{KindOccupation, "3123", "conducteur de travaux|chef de chantier|chef chantier|site supervisor|construction supervisor|foreman|رئيس الورش|مسير الأشغال|chef de chantier|شاف الشانطي|الشاف ديال الشانطي|شاف شانطي|chef dyal chantier|chaf chantier|كونطرمتر|الكونطرمتر|kontrmetr|contremaître|contremaitre|chef d'équipe BTP|chef d'équipe chantier|chef d'équipe bâtiment"},
	{KindOccupation, "3142", "technicien agricole|technicienne agricole|technicien agronome|technicien irrigation|agricultural technician|تقني فلاحي|تقنية فلاحية|مرشد فلاحي|conseiller agricole"},
	{KindOccupation, "3212", "technicien de laboratoire|technicienne de laboratoire|technicien labo|laborantin|laborantine|lab technician|laboratory technician|medical laboratory technician|تقني مختبر|تقنية مختبر|تقني المختبر|تقني مختبر التحاليل الطبية"},
	{KindOccupation, "3213", "préparateur en pharmacie|préparatrice en pharmacie|pharmacy assistant|مساعد صيدلي|vendeur en pharmacie|vendeuse en pharmacie|aide en pharmacie|بائعة في صيدلية|pharmacy technician"},
	{KindOccupation, "3312", "conseiller bancaire|conseillère bancaire|conseiller clientèle bancaire|chargé de clientèle bancaire|chargée de clientèle bancaire|chargé de crédit|bank advisor|bank account manager|loan officer|مستشار بنكي|مستشار الزبناء في البنك|مستشارة بنكية"},
	{KindOccupation, "3321", "agent d'assurance|agent d'assurances|agente d'assurance|conseiller en assurance|courtier en assurance|insurance agent|insurance broker|وكيل تأمين|وكيل التأمين|مستشار في التأمين"},
	{KindOccupation, "3313", "technicien comptable|technicienne comptable|technicien en comptabilité|technicien spécialisé en gestion comptable|تقني المحاسبة|تقني في المحاسبة"},
	{KindOccupation, "3322", "commercial|commerciale|commerciaux|délégué commercial|déléguée commerciale|attaché commercial|technico-commercial|agent commercial|représentant commercial|commercial terrain|délégué médical|sales representative|sales rep|salesman|saleswoman|business developer|مندوب مبيعات|مندوب تجاري|ممثل تجاري|كومرسيال|komersyal|commercial|الكومرسيال|كومرسيالة|komersyala"},
	{KindOccupation, "3334", "agent immobilier|agente immobilière|agents immobiliers|conseiller immobilier|négociateur immobilier|real estate agent|estate agent|وكيل عقاري|سمسار|السمسار|سمسار العقار|semsar|simsar|ssemsar|conseiller commercial immobilier"},
	{KindOccupation, "3423", "animateur touristique|animatrice touristique|animateur|animatrice|animateurs|animateur club|animateur sportif|coach sportif|moniteur de surf|recreation instructor|منشط|منشطة|منشط سياحي|animatour"},
	{KindOccupation, "3343", "assistante de direction|assistant de direction|assistante administrative|assistant administratif|executive assistant|administrative assistant|office manager|مساعدة إدارية|مساعد إداري|أسيستانتة|asistanta|assistanta|مساعدة المدير|مساعد المدير"},
	{KindOccupation, "3512", "technicien informatique|technicienne informatique|support informatique|technicien support|helpdesk|help desk|IT support|IT technician|تقني معلوميات|تقني إعلاميات|تقني في المعلوميات|تيكنيسيان انفورماتيك|teknisyan informatique|teknisyan informatik|technicien f informatique|تقني الدعم المعلوماتي|ICT user support technician|support IT|service desk"},
	{KindOccupation, "3513", "technicien réseau|technicien réseaux|technicien reseau|technicien reseaux|technicien systèmes et réseaux|tech réseau|TSSR|network technician|تقني الشبكات|تقني شبكات|تيكنيسيان ريزو|teknisyan reseau|network and systems technician|technicien réseaux et systèmes"},
	{KindOccupation, "3514", "webmaster|web master|webmestre|ويب ماستر|web mastr"},
	{KindOccupation, "3434", "chef cuisinier|chef de cuisine|chef cuisinière|head chef|sous-chef|رئيس الطهاة|شيف|الشيف|chef kouzina|chef dyal lkouzina|شيف الكوزينة|رئيس الطباخين|رئيس المطبخ|chef exécutif|executive chef"},
	// Clerical support
	{KindOccupation, "4110", "employé de bureau|employée de bureau|agent administratif|agente administrative|agent de bureau|office clerk|clerk|موظف إداري|موظف|موظفة|mowadaf|موظف فالإدارة|mowadaf f l2idara|mwddaf|lmowadaf"},
	{KindOccupation, "4120", "secrétaire|secrétaires|secrétaire de direction|secretary|سكرتيرة|سكرتير|كاتبة|sekritera|sikritira|السكريتيرة|سكريتيرة|سيكريتيرة|sekretera|secretera|secritaire"},
	{KindOccupation, "4132", "opérateur de saisie|opératrice de saisie|agent de saisie|data entry clerk|data entry|مدخل البيانات|أوبيراتور دو سيزي|operator de saisie|operatour saisie|opérateur de traitement de données|agent back-office|agent back office|عون إدخال المعطيات|عون الحجز"},
	{KindOccupation, "4211", "guichetier|guichetière|caissier de banque|bank teller|teller|شباك بنكي|موظف الشباك|agent de guichet|agent de guichet bancaire"},
	{KindOccupation, "4222", "téléconseiller|téléconseillère|téléconseillers|téléopérateur|téléopératrice|agent call center|agent de centre d'appel|conseiller clientèle à distance|call center|call centre|centre d'appel|centre d'appels|centres d'appels|chargé de clientèle|agent de relation client|call center agent|customer service representative|contact center agent|كول سنتر|الكول سنتر|كول سانتر|مركز النداء|مراكز النداء|مراكز الاتصال|مستشار الزبناء|kol center|call centr|colsenter|teleconseiller|centre d appel|teleconseillere|telekonseye|تيليكونسيي|télé-conseiller|tele conseiller|callcenter|kol santer|kol center|كولسنتر|كول سانتر|الكول سانتر|كول سونطر|الكول سونطر|كولسونطر|كول سونتر|الكول سونتر|كول سينتر|الكول سينتر|كول سانطر|الكول سانطر|kol sonter|kol sontr|col center|call-center|call centers|call centres"},
	{KindOccupation, "4224", "réceptionniste d'hôtel|hotel receptionist|front desk agent|موظف الاستقبال بالفندق"},
	{KindOccupation, "4226", "réceptionniste|hôtesse d'accueil|hôte d'accueil|agent d'accueil|receptionist|موظف الاستقبال|موظفة الاستقبال|مضيفة استقبال|resepsyonist|ريسيبسيونيست|الريسيبسيونيست|risepsyonist|عون الاستقبال|standardiste|chargée d'accueil|chargé d'accueil"},
	{KindOccupation, "4311", "agent de facturation|gestionnaire de paie|gestionnaire paie|payroll officer|billing clerk|مسؤول الأجور|aide comptable|aide-comptable|assistant comptable|assistante comptable|agent comptable|bookkeeper|accounting clerk|accounts assistant|مساعد محاسب|مساعدة محاسبة|accounting and bookkeeping clerk"},
	{KindOccupation, "4321", "magasinier|magasinière|gestionnaire de stock|gestionnaire des stocks|agent logistique|préparateur de commandes|préparatrice de commandes|storekeeper|warehouse clerk|stock clerk|order picker|warehouse worker|أمين المخزن|مسؤول المخزن|أمين مخزن|magazinyé|magazinier|ماكازيني|الماكازيني|مول الماكازا|مول المخزن|magazini|magaziniyé|moul lmagaza"},
	{KindOccupation, "3331", "agent de transit|déclarant en douane|transitaire|commissionnaire en douane|freight forwarder|customs broker|مصرح جمركي|عون العبور|وكيل العبور|ترانزيتير|الترانزيتير|transitair|tranziter|clearing and forwarding agent"},
	{KindOccupation, "4323", "agent d'exploitation transport|dispatcher|transport clerk|ديسباتشر|عون استغلال النقل|مسير النقل"},
	{KindOccupation, "4416", "assistant ressources humaines|assistante ressources humaines|assistant RH|assistante RH|HR assistant|human resources assistant|مساعد الموارد البشرية|مساعد في الموارد البشرية|مساعدة الموارد البشرية"},
	// Services and sales
	{KindOccupation, "5113", "guide touristique|guide|tour guide|مرشد سياحي|guide sia7i|gid siya7i"},
	{KindOccupation, "5120", "cuisinier|cuisinière|cuisiniers|commis de cuisine|cook|cooks|line cook|طباخ|طباخة|الطباخ|tbbakh|tabbakh|tbakh|tabakh|ttbakh|كوزينيي|الكوزينيي|كوزينية|كوزينيية|kouzini|kouziniya|kuzini|tbbakha|tabbakha"},
	{KindOccupation, "5131", "serveur|serveuse|serveurs|garçon de café|chef de rang|waiter|waitress|waiters|نادل|نادلة|جرسون|كارصون|garson|garsoun|garçon|serveur café|سرباي|السرباي|سرباية|serbay|sarbay|serbai|serbaya|gharson|غارصون|الكارصون"},
	{KindOccupation, "5132", "barman|barmaid|bartender|barista|ساقي|بارمان|باريسطا|البارمان|barmane"},
	{KindOccupation, "5141", "coiffeur|coiffeuse|barbier|hairdresser|barber|hairstylist|حلاق|حلاقة|كوافور|كوافورة|7ellaq|hellaq|koaffeur|coifeur|7allaq|7alla9|hallaq|7ellaqa|hallaqa|koafor|koafeur|كوافير|مصففة شعر|مصفف شعر|مصففة الشعر"},
	{KindOccupation, "5142", "esthéticienne|estheticienne|esthéticien|beautician|make-up artist|maquilleuse|خبيرة تجميل|تجميل|مزينة|المزينة|ماكيوز|mzayna|makiyouz|estetisyen|estetisyan"},
	{KindOccupation, "5221", "commerçant|commerçante|épicier|boutiquier|shopkeeper|grocer|بقال|التاجر|تاجر|مول الحانوت|moul l7anout|ba99al|bqal|البقال|moul lhanout|ba9al|tajer|tajir"},
	{KindOccupation, "5223", "vendeur|vendeuse|vendeurs|vendeur en magasin|conseiller de vente|conseillère de vente|sales assistant|shop assistant|salesperson|retail assistant|بائع|بائعة|بياع|بياعة|البائع|الباعة|byya3|bya3|bayya3|vendeur boutique|biya3|bya3a|biya3a|vandeur|vendour|فوندور|الفوندور|فوندوز|vendeuz"},
	{KindOccupation, "5230", "caissier|caissière|caissiers|hôtesse de caisse|cashier|cashiers|كاشير|أمين الصندوق|صندوقي|kachir|caissiere|الكاشير|كيسيير|kessiere|kassiyer|كاسيرة|كاسير|الكاسيرة|الكاسير|كاسيير|الكاسيير|kasira|kassira|kasiera|kasyer"},
	{KindOccupation, "5244", "télévendeur|télévendeuse|televendeur|téléprospecteur|téléprospectrice|agent de télévente|télévente|telesales agent|telemarketer|بائع بالتليفون|بائع عبر الهاتف|contact centre salesperson|contact center salesperson"},
	{KindOccupation, "5311", "garde d'enfants|nounou|baby-sitter|babysitter|nanny|child care worker|مربية أطفال|حاضنة|دادا|الدادا|الدادة|dada|مربية ديال الدراري|mrabbiya dyal drari"},
	{KindOccupation, "5321", "aide-soignant|aide-soignante|aide soignant|aide soignante|auxiliaire de vie|health care assistant|nursing assistant|caregiver|مساعد ممرض|مساعدة تمريض|مساعدة ممرضة"},
	{KindOccupation, "5414", "agent de gardiennage|gardiennage|عون أمن خاص|عون أمن|عون الأمن|عون حراسة|agent de sécurité|agente de sécurité|agents de sécurité|vigile|gardien|gardienne|gardien de nuit|agent de gardiennage|security guard|guard|security officer|watchman|عساس|العساس|حارس أمن|حارس|الحراسة|3ssas|assas|l3ssas|3assas|3ssass|sekurite|agent sécurité|سيكوريتي|السيكوريتي|سيكوريطي|السيكوريطي|عساسة|العساسة|حارس الأمن|ary-Latn:securite|sekuriti|sikuriti|sekyuriti|secority|l3ssasa|3ssasa|3assasa|moul securite|gardyan|سيكيريتي|السيكيريتي|سكيريتي|السكيريتي|سيكريتي|السيكريتي|سكوريتي|السكوريتي|كارديان|الكارديان|gardian|lgardian|sikiriti|sekiriti|sikyuriti"},
	{KindOccupation, "5412", "policier|policière|police officer|policeman|شرطي|بوليسي|bolisi|البوليس|بوليس|lbolis|bolis"},
	// Agriculture
	{KindOccupation, "6111", "agriculteur|agricultrice|fellah|exploitant agricole|farmer|farmers|فلاح|فلاحة|الفلاح|الفلاحين|fella7|fellah|flla7|fla7|l7arrat|حراث|الحراث"},
	{KindOccupation, "6121", "éleveur|éleveuse|berger|livestock farmer|herder|shepherd|كساب|مربي الماشية|راعي|kssab|ke33ab|الكساب|الراعي|ra3i|lkessab|kessab"},
	{KindOccupation, "6222", "pêcheur|pêcheurs|marin pêcheur|fisherman|fishermen|صياد|بحار|الصيادين|sayad|beyyad|bahri|الصياد|ba7ri|b7ri|sayyad|ssayad|pecheur|fisher|matelot|patron de barque"},
	// Craft and trades
	{KindOccupation, "7112", "maçon|maçons|macon|maçonnerie|bricklayer|mason|بناي|البناي|معلم البني|bennay|bannay|lbennay|lbnay|ma3lem lbni|m3allem bni|m3lem lbni|lbnnay"},
	{KindOccupation, "7115", "menuisier|menuisière|menuisier bois|charpentier|carpenter|joiner|نجار|النجار|نجارة|nejjar|njjar|nejar|lnjjar|manuizi|مونويزي|النجارة|منويزي|المنويزي|المونويزي|lmanuizi|menuizi"},
	{KindOccupation, "7122", "carreleur|poseur de carrelage|zelligeur|tile setter|tiler|زلايجي|الزليج|zlayji|zellaij|الزلايجي|زلايجية|zlayjiya|carlor|كارلور|poseur de revêtements|poseur de marbre|مبلط"},
	{KindOccupation, "7123", "plâtrier|platrier|plaquiste|plasterer|جباص|الجباص|jebbas|jbas|gebbas|jbbas|jebbass"},
	{KindOccupation, "7126", "plombier|plombiers|plombier sanitaire|plumber|plumbers|بلومبي|البلومبي|سباك|رصاص|plombi|plombie|blombi|lplombi|بلومبيي|lblombi"},
	{KindOccupation, "7127", "frigoriste|technicien frigoriste|technicien climatisation|climaticien|refrigeration technician|hvac technician|تقني التبريد|فريكوريست|frigorist|كليماتيزور|مول الكليما|moul lclima|klimatizor|technicien froid|technicien en froid|technicien du froid|technicien froid et climatisation|technicien en climatisation|refrigeration and air-conditioning mechanic|air-conditioning mechanic"},
	{KindOccupation, "7131", "peintre|peintre en bâtiment|peintre bâtiment|painter|house painter|صباغ|الصباغ|صباغة|sebbagh|sbbagh|sabbagh|sbagh|sebagh|ssabbagh|peintour|بانطور|البانطور|بنتور|pentour|bantour|lbantour|lpeintour"},
	{KindOccupation, "7212", "soudeur|soudeuse|soudeurs|soudeur qualifié|welder|welders|welding operator|لحام|سودور|السودور|سودير|soudour|soudor|soudir|ssoudour|سوادور"},
	{KindOccupation, "7213", "tôlier|tolier|carrossier|chaudronnier|sheet metal worker|panel beater|boilermaker|طولي|تولي|touli|الطولي|التولي|toli|karosri|كاروسري|مول الكاروسري|moul lkarosri"},
	{KindOccupation, "7214", "charpentier métallique|monteur charpente métallique|structural steel worker|ironworker|حداد|الحداد|7dad|haddad|7addad|ferronnier|فيرونيي"},
	{KindOccupation, "7223", "tourneur|fraiseur|tourneur fraiseur|opérateur CNC|opérateur commande numérique|machiniste|CNC operator|machinist|lathe operator|خراط|khrrat|الخراط|khrat|tornor|تورنور"},
	{KindOccupation, "7231", "mécanicien|mécanicienne|mécanicien auto|mécanicien automobile|garagiste|mechanic|car mechanic|auto mechanic|ميكانيكي|ميكانيسيان|الميكانيسيان|mikanisyan|mekanisyan|mecanicien|mikanik|mikanisian|mecanisyan|mekanik|مول الكاراج|moul lgaraj|ميكانيكي السيارات"},
	{KindOccupation, "7232", "mécanicien aéronautique|technicien aéronautique|aircraft mechanic|aircraft technician|ميكانيكي الطائرات|تقني الطيران"},
	{KindOccupation, "7233", "technicien de maintenance|technicienne de maintenance|agent de maintenance|mécanicien industriel|maintenance technician|maintenance mechanic|تقني الصيانة|الصيانة|مكلف بالصيانة|maintenance|مانتونونس|الماينتونونس|mentenans"},
	{KindOccupation, "7411", "électricien|électricienne|électriciens|electricien|électricien bâtiment|electrician|electricians|كهربائي|الكهربائي|تريسيان|التريسيان|تريسيانة|trisian|trissian|tricien|trisyan|triciane|electrisyan|lktrisyan|الإلكتريسيان|إلكتريسيان|اليكتريسيان|lektrisyan|installateur photovoltaïque|installateur solaire|technicien photovoltaïque|technicien solaire|installateur PV|solar PV installer|solar installer|تقني تركيب الألواح الشمسية|مركب الألواح الشمسية|تقني الطاقة الشمسية"},
	{KindOccupation, "7412", "électromécanicien|électromécanicienne|électrotechnicien|electromechanic|electrical fitter|كهروميكانيكي|ميكانيكي كهربائي|electromecanicien|اليكتروميكانيسيان|electromecanisyan|electromekanik|électricien industriel|électricienne industrielle|electricien industriel|industrial electrician|كهربائي صناعي|electricien usine|électricien de maintenance"},
	{KindOccupation, "7421", "électronicien|électronicienne|réparateur électronique|réparateur de téléphones|electronics technician|phone repairer|مصلح الهواتف|repar tilifon|مصلح التيليفونات|مول التيليفونات|مول البورطابلات|moul tilifonat|moul portable|reparateur telephone|reparateur portable"},
	{KindOccupation, "7512", "boulanger|boulangère|pâtissier|pâtissière|boulanger pâtissier|baker|pastry chef|خباز|فران|حلواني|الحلواني|ferran|khebbaz|7elwani|patissier|الفران|الخباز|ferrane|khbbaz|7alwani|7lwani|بولانجي|البولانجي|boulanji|boulonji|patisri|باتيسري|pastry cook|pastry cooks|pastry-cook|pastry-cooks|confectioner|confectionery maker|confiseur|confiseuse|pâtissier confiseur"},
	{KindOccupation, "7511", "boucher|bouchère|butcher|جزار|الجزار|gezzar|jezzar|l'gzzar|gazzar|gzzar|jazzar|lgzzar|كزار|الكزار|الكزارة"},
	{KindOccupation, "7531", "couturière|couturier|couturières|tailleur|modéliste|tailor|seamstress|dressmaker|خياطة|خياط|الخياطة|الخياط|khiyata|khayata|khayat|khiyat|lkhiyata|lkhayat|khayyat|khyata|khiyyata"},
	{KindOccupation, "7543", "contrôleur qualité|contrôleuse qualité|agent qualité|inspecteur qualité|quality inspector|quality controller|QC inspector|مراقب الجودة|مراقبة الجودة|controleur qualite|كونطرولور|الكونطرولور|kontrolor|controlour|كونطرول الجودة|kontrol qualite|quality control inspector"},
	// Operators, drivers, assemblers
	{KindOccupation, "8111", "ouvrier de mine|ouvriers des mines|miner|miners|mine worker|عامل منجم|عمال المناجم|خدام فالمينة|khddam f lmine"},
	{KindOccupation, "8153", "opératrice de couture|opérateur de couture|piqueuse|mécanicienne en confection|ouvrière textile|machiniste textile|sewing machine operator|garment worker|textile worker|عاملة الخياطة|عاملة في النسيج|خدامة فالخياطة|khddama f lkhiyata|خدامة فالكونفيكسيون|khddama f confection|khddama f textile|khddama f lkonfeksyon"},
	{KindOccupation, "8212", "câbleur|câbleuse|câbleurs|opérateur câblage|opératrice câblage|opérateur de production câblage|monteur câbleur|wiring harness operator|cable assembler|wire harness assembler|عامل الكابلاج|cableur|cableuse|cablage automobile|خدامة فالكابلاج|خدام فالكابلاج|كابلور|كابلورة|khddama f lkablaj|khddam f lkablaj|khdama f cablage|kablor|kabloura|عامل تركيب الأسلاك الكهربائية للسيارات|wiring harness assembler|agent de câblage"},
	{KindOccupation, "8322", "chauffeur|chauffeurs|chauffeur de taxi|chauffeur livreur|chauffeur VTC|conducteur|driver|drivers|taxi driver|chauffeur particulier|سائق|السائق|سائق طاكسي|شيفور|الشيفور|chifour|chifor|chifur|chauffeur taxi|sa2i9|saiq|شيفورة|الشوفور|chofor|chifour taxi|sa2i9 taxi|مول الطاكسي|moul taxi|moul ttaxi|سائقي|سائقو|سائقي سيارات الأجرة|سائق سيارة أجرة|سائقي الطاكسي"},
	{KindOccupation, "8331", "chauffeur de bus|conducteur de bus|chauffeur d'autocar|bus driver|سائق حافلة|سائق الطوبيس|chifour tobis|شيفور الطوبيس|شيفور ديال الطوبيس|chifour dyal tobis|chifour autocar|سائقي الحافلات|سائقو الحافلات|سائق الحافلات|سائق الحافلة"},
	{KindOccupation, "8332", "chauffeur poids lourd|chauffeur poids lourds|conducteur poids lourd|camionneur|routier|chauffeur de camion|truck driver|lorry driver|HGV driver|سائق شاحنة|سائق الشاحنات|كاميونور|chifour camion|camionour|كاميو|الكاميو|كاميوات|مول الكاميو|شيفور الكاميو|شيفور ديال الكاميو|سائق الكاميو|الكاميونور|ary-Latn:camion|kamiou|kamio|kamyou|camiou|moul lkamio|moul camion|chifour dyal camion|chifour kamio|chauffeur camion|conducteur de camion|سائقي الشاحنات|سائقو الشاحنات|سائقي الشاحنات الثقيلة|سائق الشاحنات الثقيلة|سائق شاحنة ثقيلة|سائقي شاحنات|سائق الوزن الثقيل|سائقي الوزن الثقيل|heavy truck driver|heavy truck drivers|heavy goods vehicle driver|chauffeurs poids lourds"},
	{KindOccupation, "8342", "chauffeur engins|chauffeur d'engins|conducteur de tractopelle|tractopelle|conducteur niveleuse|niveleuse|سائق الآليات الثقيلة|سائق تراكتوبيل|conducteur d'engins|conducteur engins|conducteur de pelle|heavy equipment operator|excavator operator|سائق الآليات|سائق الجرافة|مول التراكس|مول الجرافة|شيفور ديال التراكس|moul traks|moul trax|traxiste|earthmoving plant operator|pelliste"},
	{KindOccupation, "8343", "grutier|grutière|crane operator|سائق الرافعة"},
	{KindOccupation, "8344", "cariste|conducteur de chariot élévateur|forklift driver|forklift operator|سائق الرافعة الشوكية|klark|clarkiste|clarkist|klarkist|كلاركيست|الكلاركيست|مول الكلارك|moul klark|lifting truck operator"},
	{KindOccupation, "9321", "ouvrière de conditionnement|ouvrier de conditionnement|ouvrières de conditionnement|agent de conditionnement|emballeuse|emballeur|hand packer|عاملة التلفيف|عاملة التعليب|عاملة فالسطاسيون|khddama f station|khdama f station"},
	// Elementary occupations
	{KindOccupation, "9111", "femme de ménage|aide ménagère|employée de maison|domestic worker|housekeeper|maid|cleaner at home|خادمة|خدامة فالديور|mo9a|khaddama|khddama dyal dar|خدامة ديال الدار|خدامة فالدار|الخدامة ديال الدار|خدامة فالبيوت|مرا ديال الميناج|khddama f dar|khdama dyal dar|mra dyal menage|femme de menage"},
	{KindOccupation, "9112", "agent de nettoyage|agente de nettoyage|agent d'entretien|technicien de surface|nettoyeur|cleaner|cleaners|janitor|عامل النظافة|عاملة النظافة|منظف|منظفة|nettoyage|ménage|الميناج|ميناج|lmenage|menage|nettoyeuse|مول الميناج|عون النظافة|agent de propreté|femme de chambre|valet de chambre"},
	{KindOccupation, "9211", "cueilleur|cueilleuse|cueillette|récolte des fraises|جني الفريز|جني الفراولة|جني الزيتون|عمال الجني|عاملات الجني|jni dyal lfriz|ouvrier agricole|ouvrière agricole|ouvriers agricoles|saisonnier agricole|journalier agricole|farm worker|farm labourer|farm labourers|agricultural worker|عامل فلاحي|عاملة فلاحية|العمال الفلاحيين|عامل زراعي|khddam f lfirma|khdama f lfirma|lmo9ef|خدام فالفلاحة|خدامة فالفلاحة|khddam f lfla7a|khddama f lfla7a"},
	{KindOccupation, "9313", "manœuvre|manoeuvre|manœuvre bâtiment|aide maçon|ouvrier du bâtiment|ouvrier BTP|construction labourer|construction worker|labourer|laborer|عامل بناء|عامل البناء|عمال البناء|طالب معاشو|khddam f chantier|manouvri|مانوفري|المانوفري|مانوڤري|manovri|ouvrier de chantier|ouvriers de chantier|عامل فالشانطي|عامل في الورش|عامل في الورش"},
	{KindOccupation, "9329", "ouvrier|ouvrière|ouvriers|ouvrières|ouvrier d'usine|ouvrier de production|opérateur de production|opératrice de production|agent de production|factory worker|production worker|production operator|عامل|عاملة|العمال|عمال|عامل في المعمل|عاملة في المعمل|khddam f lmo3mil|khdama f lusine|ouvrie|ouvrier usine|خدام فالمعمل|خدامة فالمعمل|خدام فالوزين|خدامة فالوزين|khddam f lusine|khddama f lusine|khddama f lmo3mil|manufacturing labourer|manufacturing labourers|factory labourer"},
	{KindOccupation, "9333", "manutentionnaire|docker|porteur|freight handler|warehouse handler|مناول|حمال|7ammal|hammal|الحمال|l7ammal|7mmal|عامل المناولة|عامل مناولة|agent de manutention"},
	{KindOccupation, "9412", "aide cuisinier|plongeur|kitchen helper|kitchen porter|dishwasher|مساعد طباخ|بلونجور|plonjor|ghassal lmwa3en|غسال الماعون"},
	{KindOccupation, "8321", "livreur|livreuse|coursier|coursière|livreur à moto|delivery driver|delivery man|en:courier|glovo|موزع|ساعي|ليفرور|livrour|livreur glovo|الليفرور|ليفروز|livror|livrouz|moul glovo|مول كلوفو|koursi|coursi|كورسي|الكورسي"},
	// Trades named by their field near a word of work ("khddam f lmikanik",
	// "كنخدم ف الميكانيك", "bghit khedma f plomberie", "emploi en
	// cuisine") or after a noun of trade ("مهنة التلحيم", "le métier de la
	// coiffure"); elsewhere the field is a skill (الميكانيك, plomberie).
	{KindOccupation, "7231", trade("mécanique|mécanique auto|mécanique automobile|lmikanik|الميكانيك|ميكانيك|ميكانيك السيارات")},
	{KindOccupation, "7411", trade("électricité|électricité bâtiment|électricité du bâtiment|الكهرباء|الترسيسيتي|ترسيسيتي|trisiti|tricite|triciti|lktrisiti|ktrisiti")},
	{KindOccupation, "7126", trade("plomberie|lplombri|plombri|الترصيص|السباكة|البلومبري|بلومبري")},
	{KindOccupation, "7212", trade("soudure|soudage|التلحيم|ssoudure|welding")},
	{KindOccupation, "5120", trade("cuisine|lkouzina|kouzina|الكوزينة|كوزينة|الطبخ|tiyab|ttyab")},
	{KindOccupation, "8153", trade("couture|confection|lkhiyata|lkhyata|الخياطة|الكونفيكسيون|konfeksyon|lkonfeksyon")},
	{KindOccupation, "7131", trade("peinture|peinture bâtiment|sbigha|ssbigha")},
	{KindOccupation, "7115", trade("menuiserie|nnjara|njara")},
	{KindOccupation, "5141", trade("coiffure")},
	{KindOccupation, "7512", trade("boulangerie|pâtisserie|الحلويات")},
}

// tradeNouns name a trade before its field, per script of the field:
// "le métier de la soudure", "mihnat lmikanik", "مهنة التلحيم".
var tradeNouns = struct{ latin, arabic []string }{
	latin:  []string{"métier de", "métier de la", "métier du", "métier d'", "métier de l'", "profession de", "trade of", "mihnat", "lmihna dyal", "hirfat", "l7irfa dyal"},
	arabic: []string{"مهنة", "المهنة ديال", "مهنة ديال", "حرفة", "الحرفة ديال", "حرفة ديال", "صنعة", "الصنعة ديال"},
}

// trade returns the forms of a trade's field (a "|"-separated list): each
// near a word of work (cued "labour"), and after a noun of trade of its
// script (tradeNouns).
func trade(fields string) string {
	forms := []string{cued("labour", fields)}
	for _, f := range splitList(fields) {
		nouns := tradeNouns.latin
		if strings.ContainsFunc(f, func(r rune) bool { return r >= 0x0600 && r <= 0x06FF }) {
			nouns = tradeNouns.arabic
		}
		for _, n := range nouns {
			sep := " "
			if strings.HasSuffix(n, "'") {
				sep = ""
			}
			forms = append(forms, n+sep+f)
		}
	}
	return strings.Join(forms, "|")
}
