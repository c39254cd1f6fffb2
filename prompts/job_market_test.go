package prompts

import (
	"strings"
	"testing"
)

// jobMarketTemplates are the templates of the job-market answers.
var jobMarketTemplates = []string{"top_occupations", "skills_in_demand", "occupation_profile", "training_paths", "training.missing",
	"search_job_ads", "ads.missing", "search_documents", "documents.none", "ads.refused", "training.line",
	"adscope", "ads.kind", "search", "salary.lead", "salary.range"}

func jobMarketFixtures() map[string]any {
	scope := AdScope{Place: "dans la région Tanger-Tétouan-Al Hoceïma", Asked: "Tanger", From: "janvier 2024", To: "avril 2025", Ads: "59",
		Sites: []Figure{{Label: "emploi-maroc.example", Value: "27"}, {Label: "jobs-atlas.example", Value: "9"}}}
	training := TrainingLine{Name: "Technicien en Soudage", Kind: "formation professionnelle", Provider: "OFPPT", Level: "Technicien",
		Duration: "2 ans", Access: "Niveau bac"}
	search := AdCriteria{Occupation: "Soudeur", Words: "tig", Contract: "CDI", Place: "dans la région Casablanca-Settat", Asked: "Casa", Period: "en 2025"}
	return map[string]any{
		"top_occupations": TopOccupationsView{Scope: scope, Kind: "décompte d'offres d'emploi", Unclassified: "2",
			Rows: []AdCountRow{{Rank: 1, Name: "Serveur", Ads: "5", Share: "8,5 %"}, {Rank: 2, Name: "Soudeur", Ads: "1", One: true, Share: "1,7 %"}}},
		"skills_in_demand": SkillsView{Occupation: "Soudeur", Scope: AdScope{Place: "au Maroc", Sector: "industrie", From: "mars 2025", To: "mars 2025", Ads: "1",
			Sites: []Figure{{Label: "jobs-atlas.example", Value: "1"}}}, Widened: true, Kind: "décompte d'offres d'emploi",
			Rows: []AdCountRow{{Rank: 1, Name: "soudure", Ads: "1", One: true, Share: "100 %"}}},
		"occupation_profile": ProfileView{Name: "Soudeur", Code: "7212", HasProfile: true, Description: "Le soudeur assemble des pièces.",
			DescLang: "français", Sector: "Industrie", Education: "Qualification", Skills: []string{"Soudage TIG", "Lecture de plans"},
			AdSkills: []Figure{{Label: "soudure", Value: "3"}}, Trainings: []TrainingLine{training}, SalaryMin: "3500", SalaryMax: "8000",
			SalaryNote: "Fourchette indicative.", Related: []string{"Chaudronnier"}, Place: "au Maroc", Ads: "4", From: "mars 2025", To: "avril 2025",
			Trend: []Figure{{Label: "mars 2025", Value: "1"}, {Label: "avril 2025", Value: "3"}}, Kind: "décompte d'offres d'emploi"},
		"occupation_profile-none": ProfileView{Name: "technicien", Code: "3113", Place: "au Maroc", Kind: "décompte d'offres d'emploi"},
		"occupation_profile-salary": ProfileView{Name: "Soudeur", Code: "7212", SalaryFirst: true, SalaryMin: "3500", SalaryMax: "8000",
			AdSalary: &AdSalary{Min: "3266,1", Max: "6000", Ads: "4", Place: "au Maroc", From: "mars 2025", To: "octobre 2025", Converted: true,
				SMIGAds: "1", SMIG: "3266,1"}, Place: "au Maroc", Kind: "décompte d'offres d'emploi"},
		"occupation_profile-salary-profile": ProfileView{Name: "Caissier", Code: "5230", SalaryFirst: true, SalaryMin: "3000", SalaryMax: "4200",
			NearSMIG: true, SkillsLang: "français", Skills: []string{"Encaissement"}, HasProfile: true, Description: "Le caissier encaisse.",
			DescLang: "français", Place: "au Maroc", Kind: "décompte d'offres d'emploi"},
		"training_paths": TrainingView{Subject: "Soudeur", Place: "dans la région Souss-Massa", Kind: "université", AnyKind: true,
			Rows: []TrainingLine{training}, More: true, NoPlaces: true, Elsewhere: "1"},
		"training_paths-skill": TrainingView{Subject: "soudure", BySkill: true, Rows: []TrainingLine{func() TrainingLine { t := training; t.Occupation = "Soudeur"; return t }()}},
		"training.missing":     TrainingMissingView{Subject: "technicien", Occupations: []string{"Soudeur (7212)", "Maçon (7112)"}},
		"search_job_ads": JobAdsView{Asked: search, Used: AdCriteria{Occupation: "Soudeur"}, Widened: true,
			Rows: []JobAdLine{{Title: "Soudeur TIG", Employer: "Atlas Métal", City: "Mohammédia", Contract: "CDI", Salary: "6000-8000 DH",
				Date: "2025-03-02", Site: "emploi-maroc.example", URL: "https://emploi-maroc.example/offre/1"}}},
		"search_job_ads-related": JobAdsView{Asked: AdCriteria{Words: "paysagiste", Place: "dans la région Marrakech-Safi"},
			Used: AdCriteria{Place: "dans la région Marrakech-Safi"}, Related: true,
			Rows: []JobAdLine{{Title: "Jardinier (H/F)", Employer: "Riad Atlas", City: "Marrakech", Date: "2025-10-01", Site: "emploi-maroc.example"}}},
		"ads.missing": AdsMissingView{Search: search, From: "janvier 2024", To: "novembre 2025", Regions: []string{"Casablanca-Settat", "Souss-Massa"},
			Sectors: []string{"industrie", "services"}},
		"search_documents": DocumentsView{Rows: []DocumentLine{{Title: "Chômage des jeunes", Snippet: "Le chômage frappe d'abord les jeunes…",
			Publisher: "Marsad", Date: "2024"}, {Title: "الجفاف", Publisher: "Marsad", URL: "https://example.ma/note"}}},
		"documents.none":   nil,
		"ads.refused":      RefusedView{Field: "occupation", Value: "astronaute", Valid: []string{"Soudeur (7212)", "Maçon (7112)"}},
		"ads.refused-bare": RefusedView{Field: "region", Value: "Narnia"},
	}
}

func TestJobMarketGolden(t *testing.T) { checkGolden(t, jobMarketFixtures()) }

func TestEveryLanguageDefinesTheJobMarketTemplates(t *testing.T) {
	for _, l := range Languages {
		for _, n := range jobMarketTemplates {
			if byLang[l].Lookup(n) == nil {
				t.Errorf("%s lacks template %q", l, n)
			}
		}
	}
}

// TestJobMarketTemplatesWriteNoDigit checks that the job-market templates
// add no number of their own: every digit of an answer comes from the
// data, which the planner takes from tool results.
func TestJobMarketTemplatesWriteNoDigit(t *testing.T) {
	for _, l := range Languages {
		for name, data := range jobMarketFixtures() {
			tmpl, _, _ := strings.Cut(name, "-")
			got, _ := Render(tmpl, l, blankDigits(data))
			got = strings.ReplaceAll(got, "\n0. ", "\n") // the ranks, ints of the data
			if i := strings.IndexAny(got, "0123456789٠١٢٣٤٥٦٧٨٩"); i >= 0 && !inArabiziWord(got, i) {
				t.Errorf("%s/%s writes a digit of its own at %q", l, name, got[max(0, i-20):min(len(got), i+20)])
			}
		}
	}
}

// blankDigits returns the fixture with its digits replaced, so that any
// digit left in the rendering comes from the template.
func blankDigits(data any) any {
	r := strings.NewReplacer("0", "x", "1", "x", "2", "x", "3", "x", "4", "x", "5", "x", "6", "x", "7", "x", "8", "x", "9", "x")
	switch v := data.(type) {
	case TopOccupationsView:
		v.Scope, v.Unclassified = blankScope(v.Scope, r), r.Replace(v.Unclassified)
		for i := range v.Rows {
			v.Rows[i] = AdCountRow{Name: v.Rows[i].Name, Ads: "x", Share: "x"}
		}
		return v
	case SkillsView:
		v.Scope = blankScope(v.Scope, r)
		for i := range v.Rows {
			v.Rows[i] = AdCountRow{Name: v.Rows[i].Name, Ads: "x", Share: "x"}
		}
		return v
	case ProfileView:
		v.Code, v.SalaryMin, v.SalaryMax, v.Ads, v.From, v.To = "x", "x", "y", "x", "x", "y"
		v.AdSkills, v.Trend, v.Trainings = []Figure{{Label: "s", Value: "x"}}, []Figure{{Label: "m", Value: "x"}}, nil
		if v.AdSalary != nil {
			v.AdSalary = &AdSalary{Min: "x", Max: "y", Ads: "x", Place: v.AdSalary.Place, From: "x", To: "y", Converted: v.AdSalary.Converted,
				SMIGAds: "x", SMIG: "x"}
		}
		return v
	case TrainingView:
		v.Rows, v.Elsewhere = nil, r.Replace(v.Elsewhere)
		return v
	case TrainingMissingView:
		v.Occupations = []string{"Soudeur"}
		return v
	case JobAdsView:
		v.Asked.Period, v.Rows = "", nil
		return v
	case AdsMissingView:
		v.Search.Period, v.From, v.To = "", "x", "y"
		return v
	case DocumentsView:
		v.Rows = []DocumentLine{{Title: "t", Snippet: "s", Publisher: "p"}}
		return v
	case RefusedView:
		v.Valid = []string{"Soudeur"}
		return v
	}
	return data
}

func blankScope(s AdScope, r *strings.Replacer) AdScope {
	s.From, s.To, s.Ads, s.Sites = "x", "y", "x", []Figure{{Label: "site", Value: "x"}}
	return s
}

// inArabiziWord reports whether the digit at byte i is part of a Latin
// word (Arabizi "3la", "7ta").
func inArabiziWord(s string, i int) bool {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	return i > 0 && isLetter(s[i-1]) || i+1 < len(s) && isLetter(s[i+1])
}

func TestFrenchDeElides(t *testing.T) {
	for in, want := range map[string]string{"avril 2024": "d'avril 2024", "janvier 2024": "de janvier 2024", "octobre": "d'octobre", "": "de "} {
		if got := frDe(in); got != want {
			t.Errorf("frDe(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDemandWords(t *testing.T) {
	cases := []struct{ got, want string }{
		{SectorName("fr", "construction"), "BTP (bâtiment et travaux publics)"},
		{SectorName("ary-Latn", "agriculture"), "lfla7a"},
		{ContractName("en", "stage"), "internship"},
		{ContractName("xx", "cdi"), "CDI"},
		{TrainingKindName("ar", "vocational"), "تكوين مهني"},
		{TrainingKindName("fr", "unknown"), "unknown"},
		{LanguageName("ary-Latn", "fr"), "lfransawiya"},
		{LanguageName("en", "de"), ""},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
