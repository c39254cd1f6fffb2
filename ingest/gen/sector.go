package gen

// sectorText holds how sites label a sector and how employers present
// themselves in it.
type sectorText struct {
	labels   []string // sector field as written on sites
	labelsAR []string
	desc     []string // French company descriptions with their article ("un centre ...")
	descAR   []string // Arabic noun phrases ("شركة متخصصة في ...")
}

var sectors = map[string]sectorText{
	"offshoring": {
		labels:   []string{"Centres d'appels", "Call center / Offshoring", "Relation client", "Offshoring", "Centre d'appel", "BPO / Relation client"},
		labelsAR: []string{"مراكز النداء", "ترحيل الخدمات"},
		desc:     []string{"un centre de relation client multilingue", "un spécialiste de l'externalisation de la relation client", "un opérateur nearshore au service de grandes marques européennes", "un centre de contacts en pleine croissance"},
		descAR:   []string{"شركة متخصصة في مراكز النداء", "مقاولة رائدة في ترحيل خدمات العلاقة مع الزبناء"},
	},
	"it": {
		labels:   []string{"Informatique / Télécoms", "IT", "Technologies de l'information", "Informatique", "NTIC", "Services numériques (ESN)", "Télécommunications"},
		labelsAR: []string{"المعلوميات والاتصالات", "تكنولوجيا المعلومات"},
		desc:     []string{"une entreprise de services numériques", "un éditeur de logiciels", "un cabinet de conseil en transformation digitale", "une start-up de la fintech", "un intégrateur de solutions informatiques"},
		descAR:   []string{"شركة متخصصة في الخدمات الرقمية", "شركة لتطوير البرمجيات"},
	},
	"marketing": {
		labels:   []string{"Communication / Marketing", "Marketing digital", "Publicité", "Médias / Communication"},
		labelsAR: []string{"التواصل والتسويق"},
		desc:     []string{"une agence de communication digitale", "une marque de cosmétiques en plein essor", "une agence de création et d'événementiel"},
		descAR:   []string{"وكالة للتواصل الرقمي"},
	},
	"finance": {
		labels:   []string{"Comptabilité / Finance", "Audit / Comptabilité", "Finance", "Expertise comptable"},
		labelsAR: []string{"المحاسبة والمالية"},
		desc:     []string{"un cabinet d'expertise comptable", "une fiduciaire reconnue", "un groupe de distribution", "une PME industrielle familiale"},
		descAR:   []string{"مكتب للمحاسبة", "مقاولة صناعية عائلية"},
	},
	"admin": {
		labels:   []string{"Administration / RH", "Ressources humaines", "Services administratifs", "Secrétariat / Assistanat"},
		labelsAR: []string{"الإدارة والموارد البشرية"},
		desc:     []string{"un groupe industriel de la place", "un cabinet de recrutement", "une société de services", "une PME en croissance"},
		descAR:   []string{"مجموعة صناعية", "شركة للخدمات"},
	},
	"banque": {
		labels:   []string{"Banque / Assurance", "Banque", "Assurances", "Services financiers"},
		labelsAR: []string{"الأبناك والتأمين"},
		desc:     []string{"un établissement bancaire de premier plan", "une compagnie d'assurance", "une société de financement", "un cabinet de courtage en assurance"},
		descAR:   []string{"مؤسسة بنكية", "شركة تأمين"},
	},
	"sante": {
		labels:   []string{"Santé", "Santé / Médical", "Médical / Paramédical", "Pharmacie / Santé", "Secteur médical"},
		labelsAR: []string{"الصحة", "القطاع الطبي"},
		desc:     []string{"une clinique pluridisciplinaire", "un établissement de santé privé", "un centre médical moderne", "un réseau de soins à domicile"},
		descAR:   []string{"مصحة متعددة الاختصاصات", "مؤسسة صحية خاصة"},
	},
	"enseignement": {
		labels:   []string{"Enseignement", "Éducation / Formation", "Enseignement privé", "Formation"},
		labelsAR: []string{"التعليم", "التعليم الخصوصي"},
		desc:     []string{"un établissement d'enseignement privé", "un groupe scolaire bilingue", "un centre de langues et de formation"},
		descAR:   []string{"مؤسسة للتعليم الخصوصي", "مجموعة مدرسية"},
	},
	"services": {
		labels:   []string{"Services", "Services aux particuliers", "Propreté / Services", "Multiservices"},
		labelsAR: []string{"الخدمات"},
		desc:     []string{"une société de services aux entreprises", "une entreprise de propreté"},
		descAR:   []string{"شركة للخدمات"},
	},
	"commerce": {
		labels:   []string{"Commerce / Distribution", "Distribution", "Grande distribution", "Commercial / Vente", "Vente", "FMCG"},
		labelsAR: []string{"التجارة والتوزيع", "البيع"},
		desc:     []string{"une société de distribution de produits de grande consommation", "une enseigne de prêt-à-porter", "un distributeur national de matériaux", "un grossiste en équipements"},
		descAR:   []string{"شركة لتوزيع المنتوجات الاستهلاكية", "علامة تجارية للملابس"},
	},
	"logistique": {
		labels:   []string{"Transport / Logistique", "Logistique", "Transport", "Supply chain", "Transport & Logistique"},
		labelsAR: []string{"النقل واللوجستيك"},
		desc:     []string{"un prestataire logistique", "une société de transport international", "une plateforme de distribution", "une entreprise de messagerie express"},
		descAR:   []string{"شركة للنقل الدولي", "شركة لوجستيكية"},
	},
	"automobile": {
		labels:   []string{"Industrie automobile", "Automobile", "Câblage automobile", "Industrie", "Équipementier automobile"},
		labelsAR: []string{"صناعة السيارات", "الكابلاج"},
		desc:     []string{"un équipementier automobile international", "un leader du câblage automobile", "un fournisseur de rang 1 des constructeurs", "un groupe industriel implanté en zone franche"},
		descAR:   []string{"شركة متخصصة في صناعة مكونات السيارات", "شركة رائدة في الكابلاج"},
	},
	"textile": {
		labels:   []string{"Textile / Habillement", "Textile", "Confection", "Habillement"},
		labelsAR: []string{"النسيج والألبسة"},
		desc:     []string{"un atelier de confection travaillant pour des marques européennes", "une société textile exportatrice", "une usine de jeans"},
		descAR:   []string{"شركة للنسيج والخياطة", "معمل للخياطة"},
	},
	"industrie": {
		labels:   []string{"Industrie", "Industrie / Production", "Maintenance industrielle", "Agroalimentaire / Industrie", "Plasturgie"},
		labelsAR: []string{"الصناعة", "الصيانة الصناعية"},
		desc:     []string{"un groupe industriel", "une usine agroalimentaire", "un fabricant d'emballages", "une cimenterie", "une société de construction métallique"},
		descAR:   []string{"مجموعة صناعية", "مصنع للمواد الغذائية"},
	},
	"auto-service": {
		labels:   []string{"Automobile / Après-vente", "Garage / Mécanique", "Automobile", "Maintenance véhicules"},
		labelsAR: []string{"ميكانيك السيارات"},
		desc:     []string{"un concessionnaire automobile", "un garage multimarque", "une société de location de véhicules", "une flotte de transport"},
		descAR:   []string{"مرآب لإصلاح السيارات", "وكيل للسيارات"},
	},
	"aeronautique": {
		labels:   []string{"Aéronautique", "Industrie aéronautique", "Aéronautique / Spatial"},
		labelsAR: []string{"صناعة الطيران"},
		desc:     []string{"un sous-traitant aéronautique de rang 1", "un spécialiste des aérostructures", "un centre de maintenance aéronautique"},
		descAR:   []string{"شركة متخصصة في صناعة الطيران"},
	},
	"agroalimentaire": {
		labels:   []string{"Agroalimentaire", "Agro-industrie", "Industrie alimentaire", "Conserverie"},
		labelsAR: []string{"الصناعات الغذائية"},
		desc:     []string{"une station de conditionnement exportatrice", "une conserverie de poisson", "une pâtisserie traditionnelle", "une société exportatrice de fruits et légumes"},
		descAR:   []string{"محطة للتلفيف موجهة للتصدير", "معمل لتصبير السمك"},
	},
	"btp": {
		labels:   []string{"BTP", "BTP / Construction", "Bâtiment", "Travaux publics", "Construction", "Génie civil"},
		labelsAR: []string{"البناء والأشغال العمومية"},
		desc:     []string{"une entreprise de BTP", "un promoteur immobilier", "une société de travaux publics", "un bureau d'études techniques"},
		descAR:   []string{"مقاولة للبناء والأشغال العمومية", "منعش عقاري"},
	},
	"energie": {
		labels:   []string{"Énergie", "Énergies renouvelables", "Énergie solaire", "Électricité / Énergie"},
		labelsAR: []string{"الطاقة", "الطاقات المتجددة"},
		desc:     []string{"un installateur de solutions solaires", "un spécialiste du pompage solaire agricole", "une société d'efficacité énergétique"},
		descAR:   []string{"شركة متخصصة في الطاقة الشمسية"},
	},
	"hotellerie": {
		labels:   []string{"Hôtellerie / Restauration", "Tourisme / Hôtellerie", "Restauration", "Hôtellerie", "CHR"},
		labelsAR: []string{"الفندقة والمطعمة", "الفندقة"},
		desc:     []string{"un hôtel 5 étoiles", "un riad de charme", "un groupe de restauration", "un resort en bord de mer", "un traiteur événementiel"},
		descAR:   []string{"فندق مصنف", "مطعم", "رياض سياحي"},
	},
	"tourisme": {
		labels:   []string{"Tourisme", "Tourisme / Voyages", "Agence de voyages"},
		labelsAR: []string{"السياحة"},
		desc:     []string{"une agence de voyages réceptive", "un tour-opérateur spécialisé dans le désert"},
		descAR:   []string{"وكالة أسفار"},
	},
	"securite": {
		labels:   []string{"Sécurité / Gardiennage", "Sécurité", "Gardiennage", "Sécurité privée"},
		labelsAR: []string{"الأمن الخاص والحراسة"},
		desc:     []string{"une société de gardiennage et de sécurité", "un spécialiste de la sécurité privée"},
		descAR:   []string{"شركة للحراسة والأمن الخاص"},
	},
	"beaute": {
		labels:   []string{"Beauté / Bien-être", "Coiffure / Esthétique", "Bien-être"},
		labelsAR: []string{"التجميل"},
		desc:     []string{"un salon de beauté", "un spa haut de gamme", "un institut de beauté"},
		descAR:   []string{"صالون للتجميل"},
	},
	"agriculture": {
		labels:   []string{"Agriculture", "Agriculture / Agro", "Agricole", "Exploitation agricole"},
		labelsAR: []string{"الفلاحة"},
		desc:     []string{"un domaine agricole exportateur", "une exploitation maraîchère sous serre", "une coopérative agricole", "un producteur de fruits rouges"},
		descAR:   []string{"ضيعة فلاحية موجهة للتصدير", "تعاونية فلاحية"},
	},
	"peche": {
		labels:   []string{"Pêche", "Pêche maritime", "Pêche / Produits de la mer"},
		labelsAR: []string{"الصيد البحري"},
		desc:     []string{"un armement de pêche", "une société de pêche hauturière"},
		descAR:   []string{"شركة للصيد البحري"},
	},
}
