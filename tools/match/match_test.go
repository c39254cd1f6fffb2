package match

import (
	"errors"
	"slices"
	"testing"
)

func TestMatchExplains(t *testing.T) {
	m := seedMatcher(t)
	res, err := m.Match("Technicien spécialisé en électromécanique (OFPPT), 2 ans en maintenance dans une usine à Tanger. "+
		"Je cherche un poste de technicien de maintenance industrielle.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Person
	if p.Lang != "fr" || p.Level != "bac+2" || p.Years != 2 || p.Region != "MA-01" {
		t.Errorf("read lang %q level %q years %g region %q, want fr bac+2 2 MA-01", p.Lang, p.Level, p.Years, p.Region)
	}
	if len(res.Matches) == 0 || res.Matches[0].Code != "7233" {
		t.Fatalf("first match %v, want 7233", top(res.Matches, 5))
	}
	c := res.Matches[0]
	if c.Score <= 0 || c.Score > 1 || c.ProfileID == "" || c.Name == "" {
		t.Errorf("first match %+v: want a score in (0,1], a profile id and a name", c)
	}
	if !hasKind(c.Why, SignalWished) || !hasKind(c.Why, SignalField) {
		t.Errorf("why %+v: want the wished occupation and the diploma's field", c.Why)
	}
	if len(c.Missing) == 0 || len(c.Missing) > missingShown {
		t.Errorf("missing skills %v: want 1 to %d", c.Missing, missingShown)
	}
	if c.AdsKnown {
		t.Errorf("ads known without ad counts in the catalogue: %+v", c)
	}
}

func TestMatchCountsAdsInRegion(t *testing.T) {
	m, err := New(Catalogue{
		Occupations: []Occupation{
			{Code: "7212", ID: "soudeur", Names: map[string]string{"fr": "Soudeur", "ar": "لحام"},
				Skills: []string{"Soudure TIG", "Lecture de plans", "Soudure MIG"}, SkillsAR: []string{"اللحام", "قراءة التصاميم", "اللحام"},
				Education: "Qualification OFPPT", Trainings: []Training{{Name: "Qualification en lecture de plans et soudage", Level: "Qualification"}}},
			{Code: "5120", ID: "cuisinier", Names: map[string]string{"fr": "Cuisinier"}, Skills: []string{"Cuisine marocaine", "Anglais"},
				Trainings: []Training{{Name: "Technicien en cuisine"}, {Name: "Cours du soir", Skills: []string{"english"}}}},
		},
		Ads: []AdCount{{Code: "7212", Region: "MA-06", Ads: 12}, {Code: "7212", Region: "MA-01", Ads: 5}},
	})
	if err != nil {
		t.Fatal(err)
	}
	res, err := m.Match("خدمت 6 سنين لحام فالدار البيضاء، كنعرف اللحام", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) != 1 {
		t.Fatalf("matches %v, want the welder only", top(res.Matches, 5))
	}
	c := res.Matches[0]
	if c.Code != "7212" || c.Name != "لحام" || !c.AdsKnown || c.RegionAds != 12 || c.Ads != 17 {
		t.Errorf("got %+v, want 7212 named لحام with 12 ads in MA-06 of 17", c)
	}
	if len(c.Common) == 0 || c.Common[0].ID != "welding" {
		t.Errorf("common skills %+v, want welding first", c.Common)
	}
	if !slices.ContainsFunc(c.Missing, func(s Skill) bool { return s.Name == "قراءة التصاميم" }) {
		t.Errorf("missing %+v, want reading plans, named in Arabic", c.Missing)
	}
	if len(c.Trainings) != 1 {
		t.Errorf("trainings %+v, want the one on reading plans", c.Trainings)
	}
	res, err = m.Match("je veux être cuisinier", Options{})
	if err != nil || len(res.Matches) == 0 || len(res.Matches[0].Trainings) != 2 || res.Matches[0].Trainings[1].Name != "Cours du soir" {
		t.Errorf("cook: %+v, %v; want the trainings that teach cooking (by its words) and English (by its id), both missing", res.Matches, err)
	}
	if res2, _ := m.Match("soudeur", Options{Region: "MA-01"}); len(res2.Matches) == 0 || res2.Matches[0].RegionAds != 5 {
		t.Errorf("region override: got %+v, want 5 ads in MA-01", res2.Matches)
	}
}

func TestMatchNamesJobsOutsideCatalogue(t *testing.T) {
	res, err := seedMatcher(t).Match("J'ai travaillé 4 ans comme boucher à Meknès", Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(res.Matches, func(c Candidate) bool { return c.Code == "7511" })
	if i < 0 {
		t.Fatalf("matches %v, want the butcher (7511), which has no profile", top(res.Matches, 5))
	}
	if c := res.Matches[i]; c.ProfileID != "" || c.Name == "" || c.Name == "7511" || !hasKind(c.Why, SignalPast) {
		t.Errorf("got %+v, want no profile, ESCO's English name and the past job as reason", c)
	}
}

func TestMatchRefuses(t *testing.T) {
	m := seedMatcher(t)
	if _, err := m.Match("  \n ", Options{}); !errors.Is(err, ErrEmptyProfile) {
		t.Errorf("empty profile: err %v, want ErrEmptyProfile", err)
	}
	for _, text := range []string{"bonjour", "quels métiers correspondent à mon profil", "ما هي المهن التي تناسب ملفي؟"} {
		res, err := m.Match(text, Options{})
		if err != nil || len(res.Matches) != 0 {
			t.Errorf("%q says nothing of a person: %v, %v; want no match and no error", text, top(res.Matches, 5), err)
		}
	}
	for _, o := range []Options{{Lang: "de"}, {Region: "Casablanca"}, {Region: "MA-13"}, {Limit: -1}} {
		if _, err := m.Match("soudeur", o); !errors.Is(err, ErrBadOptions) {
			t.Errorf("options %+v: err %v, want ErrBadOptions", o, err)
		}
	}
	for name, c := range map[string]Catalogue{
		"short code": {Occupations: []Occupation{{Code: "241"}}},
		"letters":    {Occupations: []Occupation{{Code: "24AB"}}},
		"bad ads":    {Occupations: []Occupation{{Code: "2411"}}, Ads: []AdCount{{Code: "2411", Ads: -1}}},
	} {
		if _, err := New(c); !errors.Is(err, ErrCatalogue) {
			t.Errorf("%s: err %v, want ErrCatalogue", name, err)
		}
	}
}

func hasKind(ss []Signal, kind string) bool {
	return slices.ContainsFunc(ss, func(s Signal) bool { return s.Kind == kind })
}

func TestMatchReadsACV(t *testing.T) {
	cv := "CURRICULUM VITAE\nSalma E.\nTél : 06 12 34 56 78 – Meknès\n" +
		"OBJECTIF : Intégrer un cabinet comptable à Fès.\n" +
		"FORMATION\n2019-2021 : Technicien Spécialisé en Gestion des Entreprises, option Comptabilité et Finance – ISTA Meknès\n" +
		"EXPÉRIENCE PROFESSIONNELLE\n2021-2023 : Aide-comptable, Fiduciaire Atlas : saisie des pièces, lettrage, déclarations CNSS\n" +
		"COMPÉTENCES : Sage Saari, Excel (TCD), Word\nLANGUES : Arabe, Français, Anglais (notions)\n" +
		"CENTRES D'INTÉRÊT : football, lecture"
	res, err := seedMatcher(t).Match(cv, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range res.Matches {
		codes = append(codes, c.Code)
	}
	if len(codes) < 2 || !slices.Contains(codes[:2], "2411") || !slices.Contains(codes[:2], "4311") {
		t.Errorf("first two %v, want the accountant and the accounting assistant", top(res.Matches, 5))
	}
	for _, n := range res.Person.Named {
		if n.Code == "2353" || n.Code == "3422" { // "Anglais (notions)" read as a teacher, "football" as a coach
			t.Errorf("read the job %+v from a skill or a hobby", n)
		}
	}
	if res.Person.Level != "bac+2" || res.Person.Region != "MA-03" || res.Person.Years != 2 {
		t.Errorf("level %q region %q years %g, want bac+2, Fès-Meknès and 2 (2021-2023)", res.Person.Level, res.Person.Region, res.Person.Years)
	}
}
