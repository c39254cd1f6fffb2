package lang

import "sync"

// fieldsOfStudy map the fields of study and of trade people name after a
// diploma ("إجازة في التسيير", "bac+2 f lmo7asaba", "graduate in English
// studies") to one French name, the words trainings and occupation
// profiles use: a Darija or Arabic field then meets a French training,
// and "management" meets "gestion". Names are written so that their words
// are those of trainings ("gestion hôtelière", not "hôtellerie").
var fieldsOfStudy = []struct{ name, terms string }{
	{"gestion des entreprises", "gestion|gestion des entreprises|gestion d'entreprise|management|business|business administration|business management|التسيير|تسيير|التدبير|تدبير|تدبير المقاولات|التسيير والتدبير|إدارة الأعمال|tasyir|tassyir|tasiir|tadbir|ttasyir"},
	{"comptabilité", "comptabilité|compta|comptabilité et finance|accounting|accountancy|المحاسبة|محاسبة|lmo7asaba|mo7asaba|mohasaba|lcomptabilite|lcompta"},
	{"finance", "finance|finances|financial|المالية|مالية|lmaliya"},
	{"banque", "banque|banque et assurance|banking|الأبناك|البنوك|الأبناك والمالية|labanka|lbanka"},
	{"informatique", "informatique|computer science|computing|génie informatique|génie logiciel|software engineering|développement informatique|développement digital|المعلوميات|معلوميات|الإعلاميات|إعلاميات|البرمجة|lma3lomiyat|ma3lomiyat|linformatique|informatik|انفورماتيك|الانفورماتيك"},
	{"réseaux", "réseaux|réseaux informatiques|systèmes et réseaux|networks|networking|الشبكات|الشبكات المعلوماتية|الريزو|riseau|rezo"},
	{"électricité", "électricité|électrotechnique|génie électrique|electricity|electrical engineering|الكهرباء|كهرباء|الهندسة الكهربائية|trisiti|ktrisiti|الترسيسيتي"},
	{"électromécanique maintenance industrielle", "électromécanique|maintenance industrielle|électromécanique des systèmes automatisés|electromechanics|industrial maintenance|الكهروميكانيك|الإلكتروميكانيك|الصيانة الصناعية|lmaintenance"},
	{"mécanique", "mécanique|génie mécanique|mechanical engineering|mechanics|الميكانيك|الهندسة الميكانيكية|الميكانيكا|mikanik|lmikanik"},
	{"agriculture agronomie", "agriculture|agronomie|agronomy|production végétale|الفلاحة|فلاحة|الزراعة|الهندسة الفلاحية|lfla7a|fla7a|lfilaha|filaha"},
	{"élevage", "élevage|production animale|livestock|animal husbandry|تربية المواشي|تربية الماشية|الإنتاج الحيواني|lksiba"},
	{"gestion hôtelière", "hôtellerie|gestion hôtelière|hôtellerie et tourisme|hospitality|hotel management|الفندقة|التدبير الفندقي|الفندقية|lotellerie"},
	{"tourisme", "tourisme|tourism|السياحة|siya7a|ssiya7a"},
	{"cuisine arts culinaires", "cuisine|arts culinaires|culinary arts|الطبخ|فنون الطبخ|الكوزينة|ttyab"},
	{"restauration", "restauration|service de restauration|catering|food service|الإطعام|المطعمة"},
	{"couture confection", "couture|confection|textile|habillement|modélisme|sewing|garment|fashion design|الخياطة|النسيج|الفصالة|الخياطة والفصالة|lkhiyata|lkhyata|tkhyat|tkhiyat"},
	{"droit", "droit|droit privé|droit public|droit des affaires|law|القانون|الحقوق|القانون الخاص|القانون العام|l9anon|lhou9ou9"},
	{"sciences économiques", "économie|sciences économiques|economics|الاقتصاد|اقتصاد|العلوم الاقتصادية|l9tisad"},
	{"commerce", "commerce|commerce international|trade|international trade|التجارة|تجارة|التجارة الدولية|ttijara"},
	{"marketing", "marketing|marketing digital|digital marketing|التسويق|التسويق الرقمي|ماركوتينغ"},
	{"ressources humaines", "ressources humaines|RH|GRH|gestion des ressources humaines|human resources|الموارد البشرية|تدبير الموارد البشرية"},
	{"logistique", "logistique|logistique et transport|transport et logistique|supply chain|logistics|اللوجستيك|اللوجستيك والنقل|النقل واللوجستيك|la logistique|lojistik"},
	{"génie civil", "génie civil|BTP|travaux publics|civil engineering|الهندسة المدنية|الأشغال العمومية|genie civil"},
	{"bâtiment", "bâtiment|construction|building|البناء|lbni"},
	{"sciences infirmières", "soins infirmiers|sciences infirmières|infirmier polyvalent|nursing|التمريض|المهن التمريضية|العلاجات التمريضية|tamrid|ttamrid"},
	{"techniques de santé", "santé|techniques de santé|health|health sciences|الصحة|تقنيات الصحة|علوم الصحة"},
	{"pharmacie", "pharmacie|pharmacy|الصيدلة|الفارماسي|فارماسي|lfarmasi"},
	{"analyses biologiques laboratoire", "analyses médicales|analyses biologiques|biologie médicale|laboratoire|medical laboratory|التحليلات الطبية|التحليلات البيولوجية|التحليلات البيولوجية والطبية|المختبر"},
	{"études anglaises", "études anglaises|anglais|English|English studies|الإنجليزية|الدراسات الإنجليزية|اللغة الإنجليزية|engliziya|lenglais"},
	{"études françaises", "études françaises|français|French studies|الفرنسية|الدراسات الفرنسية|اللغة الفرنسية|fransawiya|lfransawiya"},
	{"études arabes", "études arabes|Arabic studies|الدراسات العربية|اللغة العربية|الأدب العربي|l3arbiya"},
	{"travail social", "travail social|sociologie|intervention sociale|social work|sociology|علم الاجتماع|العمل الاجتماعي|الخدمة الاجتماعية|السوسيولوجيا"},
	{"psychologie", "psychologie|psychology|علم النفس"},
	{"éducation enseignement", "éducation|sciences de l'éducation|enseignement|pédagogie|education|teaching|التربية|علوم التربية|التعليم|التدريس"},
	{"éducation préscolaire", "préscolaire|petite enfance|éducation préscolaire|early childhood|preschool|التعليم الأولي|التربية ما قبل المدرسية|الطفولة المبكرة"},
	{"coiffure", "coiffure|hairdressing|الحلاقة|الحلاقة والتجميل|l7ila9a|l7ilaqa"},
	{"esthétique", "esthétique|esthétique et cosmétique|beauty|cosmetics|التجميل"},
	{"froid et climatisation", "froid et climatisation|froid|climatisation|froid commercial|HVAC|refrigeration|air conditioning|التبريد والتكييف|التبريد|التكييف|lfroid"},
	{"soudage", "soudure|soudage|chaudronnerie|welding|التلحيم|اللحام|ssoudure"},
	{"plomberie", "plomberie|installations sanitaires|plumbing|الترصيص|السباكة|lplombri"},
	{"menuiserie", "menuiserie|ébénisterie|carpentry|woodwork|النجارة|nnjara"},
	{"statistique data science", "statistique|statistiques|data science|science des données|statistics|الإحصاء|علم البيانات|الداتا"},
	{"communication", "communication|journalisme|journalism|media|الإعلام|التواصل|الصحافة|الإعلام والتواصل"},
	{"infographie design graphique", "infographie|design graphique|graphisme|multimédia|graphic design|التصميم|التصميم الغرافيكي|الغرافيزم"},
	{"qualité", "qualité|QHSE|gestion de la qualité|quality|quality management|الجودة|تدبير الجودة"},
	{"sécurité", "sécurité|gardiennage|security|الأمن|الحراسة|السيكوريتي|ssikuriti"},
	{"pêche maritime", "pêche|pêche maritime|fishing|fisheries|الصيد البحري|الصيد|ssid"},
	{"administration publique", "administration publique|administration|public administration|public policy|politiques publiques|القانون الإداري|الإدارة العمومية|الإدارة|التدبير العمومي"},
}

var fieldIndex struct {
	once sync.Once
	ix   *phraseIndex
}

// FieldsOfStudy returns the French names of the fields of study or trade
// that text names (see fieldsOfStudy), in order, each once; nil when it
// names none.
func FieldsOfStudy(text string) []string {
	fieldIndex.once.Do(func() {
		ix := newPhraseIndex()
		for i, f := range fieldsOfStudy {
			for _, t := range splitList(f.terms) {
				ix.add(t, i)
			}
		}
		fieldIndex.ix = ix.finish()
	})
	var out []string
	seen := map[int]bool{}
	for _, h := range fieldIndex.ix.find(prepare(text)) {
		if !seen[h.e.item] {
			seen[h.e.item] = true
			out = append(out, fieldsOfStudy[h.e.item].name)
		}
	}
	return out
}
