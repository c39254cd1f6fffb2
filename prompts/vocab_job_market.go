package prompts

// jobMarketWords words the values of the job-market tools per language:
// HCP's four sectors, contract types and kinds of training; and what a
// ranking of sectors measures when no indicator names it (the shares of
// employment).
var jobMarketWords = map[string]map[string]string{
	"fr": {
		"measure:employment_share": "part de chaque secteur dans l'emploi",
		"sector:services":          "services", "sector:industry": "industrie", "sector:construction": "BTP (bâtiment et travaux publics)",
		"sector:agriculture": "agriculture, forêt et pêche",
		"contract:cdi":       "CDI", "contract:cdd": "CDD", "contract:anapec": "contrat ANAPEC (Idmaj)", "contract:stage": "stage",
		"contract:interim": "intérim", "contract:freelance": "freelance",
		"kind:vocational": "formation professionnelle", "kind:university": "université", "kind:certificate": "certificat",
		"kind:apprenticeship": "apprentissage", "kind:other": "autre formation",
	},
	"ar": {
		"measure:employment_share": "حصة كل قطاع من الشغل",
		"sector:services":          "الخدمات", "sector:industry": "الصناعة", "sector:construction": "البناء والأشغال العمومية",
		"sector:agriculture": "الفلاحة والغابات والصيد",
		"contract:cdi":       "عقد غير محدد المدة (CDI)", "contract:cdd": "عقد محدد المدة (CDD)", "contract:anapec": "عقد إدماج (ANAPEC)",
		"contract:stage": "تدريب", "contract:interim": "عمل مؤقت", "contract:freelance": "عمل حر",
		"kind:vocational": "تكوين مهني", "kind:university": "تعليم جامعي", "kind:certificate": "شهادة",
		"kind:apprenticeship": "تكوين بالتدرج المهني", "kind:other": "تكوين آخر",
	},
	"ary": {
		"measure:employment_share": "الحصة ديال كل قطاع ف الخدمة",
		"sector:services":          "الخدمات", "sector:industry": "الصناعة", "sector:construction": "البني", "sector:agriculture": "الفلاحة",
		"contract:cdi": "CDI", "contract:cdd": "CDD", "contract:anapec": "كونطرا ديال لانابيك", "contract:stage": "ستاج",
		"contract:interim": "أنتيريم", "contract:freelance": "فريلانس",
		"kind:vocational": "تكوين مهني", "kind:university": "الجامعة", "kind:certificate": "شهادة",
		"kind:apprenticeship": "التدرج المهني", "kind:other": "تكوين آخر",
	},
	"ary-Latn": {
		"measure:employment_share": "7essat kol secteur mn lkhdma",
		"sector:services":          "services", "sector:industry": "sina3a", "sector:construction": "lbni", "sector:agriculture": "lfla7a",
		"contract:cdi": "CDI", "contract:cdd": "CDD", "contract:anapec": "contrat ANAPEC", "contract:stage": "stage",
		"contract:interim": "intérim", "contract:freelance": "freelance",
		"kind:vocational": "formation professionnelle", "kind:university": "jami3a", "kind:certificate": "certificat",
		"kind:apprenticeship": "apprentissage", "kind:other": "formation okhra",
	},
	"en": {
		"measure:employment_share": "each sector's share of employment",
		"sector:services":          "services", "sector:industry": "industry", "sector:construction": "construction", "sector:agriculture": "agriculture",
		"contract:cdi": "permanent contract (CDI)", "contract:cdd": "fixed-term contract (CDD)", "contract:anapec": "ANAPEC contract (Idmaj)",
		"contract:stage": "internship", "contract:interim": "temporary work (interim)", "contract:freelance": "freelance",
		"kind:vocational": "vocational training", "kind:university": "university", "kind:certificate": "certificate",
		"kind:apprenticeship": "apprenticeship", "kind:other": "other training",
	},
}

// languageNames name the languages a text may be in, per answer language,
// as a template uses them after a preposition ("en français", "بالفرنسية").
var languageNames = map[string]map[string]string{
	"fr":       {"fr": "français", "ar": "arabe", "en": "anglais"},
	"ar":       {"fr": "الفرنسية", "ar": "العربية", "en": "الإنجليزية"},
	"ary":      {"fr": "الفرنسية", "ar": "العربية", "en": "الإنجليزية"},
	"ary-Latn": {"fr": "lfransawiya", "ar": "l3arbiya", "en": "lenglizia"},
	"en":       {"fr": "French", "ar": "Arabic", "en": "English"},
}

// LanguageName names language text (fr, ar, en) in the answer language
// lang; "" for a language it does not name.
func LanguageName(lang, text string) string {
	m, ok := languageNames[lang]
	if !ok {
		m = languageNames["fr"]
	}
	return m[text]
}

// jobMarketWord words value of dimension dim (sector, contract, kind) in
// lang (French for an unknown language); an unknown value is returned as
// given.
func jobMarketWord(lang, dim, value string) string {
	m, ok := jobMarketWords[lang]
	if !ok {
		m = jobMarketWords["fr"]
	}
	if w, ok := m[dim+":"+value]; ok {
		return w
	}
	return value
}

// SectorName words one of HCP's four sectors in lang.
func SectorName(lang, id string) string { return jobMarketWord(lang, "sector", id) }

// SectorMeasureName names what a ranking of sectors measures when no
// indicator names it ("employment_share": each sector's share of
// employment).
func SectorMeasureName(lang, id string) string { return jobMarketWord(lang, "measure", id) }

// ContractName words a contract type (cdi, cdd, anapec, stage, interim,
// freelance) in lang.
func ContractName(lang, id string) string { return jobMarketWord(lang, "contract", id) }

// TrainingKindName words a kind of training (vocational, university,
// certificate, apprenticeship, other) in lang.
func TrainingKindName(lang, kind string) string { return jobMarketWord(lang, "kind", kind) }
