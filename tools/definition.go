package tools

import "sort"

// Definition describes an indicator: its names in the product's languages,
// its unit and what it measures.
type Definition struct {
	ID          string            `json:"id"`
	Names       map[string]string `json:"names"` // by language tag: fr, ar, en
	Unit        string            `json:"unit"`
	Description string            `json:"description"`
}

// Name returns the indicator's name in lang, falling back to French, then
// to the id.
func (d Definition) Name(lang string) string {
	if n, ok := d.Names[lang]; ok && n != "" {
		return n
	}
	if n, ok := d.Names["fr"]; ok && n != "" {
		return n
	}
	return d.ID
}

func def(id, unit, fr, ar, en, desc string) Definition {
	return Definition{ID: id, Unit: unit, Names: map[string]string{"fr": fr, "ar": ar, "en": en}, Description: desc}
}

// definitions is Marsad's own catalogue of the indicators it knows, written
// after HCP's labour-force survey (Enquête nationale sur l'emploi) glossary.
var definitions = []Definition{
	def("unemployment_rate", "percent", "taux de chômage", "معدل البطالة", "unemployment rate",
		"Unemployed persons aged 15 and over as a share of the labour force (HCP)."),
	def("activity_rate", "percent", "taux d'activité", "معدل النشاط", "labour force participation rate",
		"Labour force (employed plus unemployed) as a share of the population aged 15 and over."),
	def("employment_rate", "percent", "taux d'emploi", "معدل الشغل", "employment rate",
		"Employed persons as a share of the population aged 15 and over."),
	def("underemployment_rate", "percent", "taux de sous-emploi", "معدل الشغل الناقص", "underemployment rate",
		"Employed persons in time-related or income/skill-related underemployment as a share of the employed."),
	def("unemployed_persons", "persons", "nombre de chômeurs", "عدد العاطلين", "unemployed persons",
		"Number of persons aged 15 and over without work, available and seeking work."),
	def("underemployed_persons", "persons", "population en sous-emploi", "عدد الأشخاص في وضعية الشغل الناقص", "underemployed persons",
		"Number of employed persons in underemployment."),
	def("net_jobs_created", "jobs (year on year)", "création nette d'emplois", "الإحداث الصافي لمناصب الشغل", "net jobs created",
		"Change in the number of employed persons over a year (or between the same quarters of two years)."),
	def("net_jobs_created_services", "jobs (year on year)", "création nette d'emplois dans les services", "الإحداث الصافي لمناصب الشغل في الخدمات", "net jobs created in services",
		"Net job creation in the services sector."),
	def("net_jobs_created_industry", "jobs (year on year)", "création nette d'emplois dans l'industrie", "الإحداث الصافي لمناصب الشغل في الصناعة", "net jobs created in industry",
		"Net job creation in industry, handicraft included."),
	def("net_jobs_created_construction", "jobs (year on year)", "création nette d'emplois dans le BTP", "الإحداث الصافي لمناصب الشغل في البناء والأشغال العمومية", "net jobs created in construction",
		"Net job creation in building and public works."),
	def("net_jobs_created_agriculture", "jobs (year on year)", "création nette d'emplois dans l'agriculture", "الإحداث الصافي لمناصب الشغل في الفلاحة", "net jobs created in agriculture",
		"Net job creation in agriculture, forestry and fishing (negative: jobs lost)."),
	def("neet_rate", "percent", "taux de NEET", "نسبة الشباب خارج الشغل والتعليم والتكوين", "NEET rate",
		"Young people neither in employment nor in education or training, as a share of their age group."),
	def("excessive_hours_share", "percent", "part des actifs occupés à durée excessive", "نسبة النشيطين المشتغلين لمدة مفرطة", "share working excessive hours",
		"Employed persons working more than 48 hours a week, as a share of the employed."),
	def("employment_share_services", "percent", "part des services dans l'emploi", "حصة الخدمات من الشغل", "services share of employment", "Share of employment in services."),
	def("employment_share_agriculture", "percent", "part de l'agriculture dans l'emploi", "حصة الفلاحة من الشغل", "agriculture share of employment", "Share of employment in agriculture."),
	def("employment_share_industry", "percent", "part de l'industrie dans l'emploi", "حصة الصناعة من الشغل", "industry share of employment", "Share of employment in industry."),
	def("employment_share_construction", "percent", "part du BTP dans l'emploi", "حصة البناء والأشغال العمومية من الشغل", "construction share of employment", "Share of employment in construction."),
	def("employed_persons_services", "persons", "actifs occupés dans les services", "المشتغلون في الخدمات", "employed persons in services", "Employed persons in services."),
	def("employed_persons_agriculture", "persons", "actifs occupés dans l'agriculture", "المشتغلون في الفلاحة", "employed persons in agriculture", "Employed persons in agriculture."),
	def("employed_persons_industry", "persons", "actifs occupés dans l'industrie", "المشتغلون في الصناعة", "employed persons in industry", "Employed persons in industry."),
	def("employed_persons_construction", "persons", "actifs occupés dans le BTP", "المشتغلون في البناء والأشغال العمومية", "employed persons in construction", "Employed persons in construction."),
	def("informal_sector_employment_share_nonagri", "percent", "part de l'emploi informel non agricole", "حصة الشغل غير المهيكل خارج الفلاحة", "informal share of non-agricultural employment", "Share of non-agricultural employment in the informal sector."),
	def("remittances_received", "billion MAD", "transferts des MRE", "تحويلات مغاربة العالم", "remittances from Moroccans abroad", "Remittances received from Moroccans living abroad (Office des changes)."),
}

var definitionByID = func() map[string]Definition {
	m := make(map[string]Definition, len(definitions))
	for _, d := range definitions {
		m[d.ID] = d
	}
	return m
}()

// LookupDefinition returns the definition of an indicator id.
func LookupDefinition(id string) (Definition, bool) {
	d, ok := definitionByID[id]
	return d, ok
}

// Definitions returns every known definition sorted by id.
func Definitions() []Definition {
	out := append([]Definition(nil), definitions...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
