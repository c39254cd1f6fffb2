package gen

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const seedDir = "../seed"

// profile mirrors the fields of ingest/seed/profiles/profiles.json.
type profile struct {
	ID          string            `json:"id"`
	Publisher   string            `json:"publisher"`
	ISCO        string            `json:"isco"`
	Names       map[string]string `json:"names"`
	Aliases     []string          `json:"aliases"`
	Sector      string            `json:"sector"`
	Description map[string]string `json:"description"`
	Skills      []string          `json:"skills"`
	SkillsAR    []string          `json:"skills_ar"`
	Education   string            `json:"education"`
	Salary      struct {
		Min, Max int
		Note     string
	} `json:"salary_mad"`
	Trainings []struct {
		Name, Kind, Provider, Level, Duration, Access string
	} `json:"trainings"`
}

func mustProfiles(t *testing.T) []profile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(seedDir, "profiles", "profiles.json"))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	var ps []profile
	if err := dec.Decode(&ps); err != nil {
		t.Fatalf("profiles.json: %v", err)
	}
	return ps
}

// iscoReference reads the ISCO-08 unit groups of the shared reference list,
// or returns nil when it is not on this machine.
func iscoReference(t *testing.T) map[string]bool {
	t.Helper()
	path := os.Getenv("MARSAD_ISCO_CSV")
	if path == "" {
		path = filepath.Join("..", "..", "..", "shared", "data", "isco08.csv")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	codes := map[string]bool{}
	for _, r := range rows[1:] {
		if r[1] == "4" {
			codes[r[0]] = true
		}
	}
	return codes
}

var sentenceEnd = regexp.MustCompile(`[.!?؟](\s|$)`)

func TestProfiles(t *testing.T) {
	ps := mustProfiles(t)
	if len(ps) < 60 {
		t.Fatalf("%d profiles, want ≥ 60", len(ps))
	}
	ref := iscoReference(t)
	if ref == nil {
		t.Log("isco08.csv not found: ISCO codes checked for shape only")
	}
	kinds := map[string]bool{"vocational": true, "university": true, "certificate": true, "apprenticeship": true}
	seen := map[string]bool{}
	for _, p := range ps {
		if p.ID == "" || seen[p.ID] {
			t.Errorf("missing or repeated id %q", p.ID)
		}
		seen[p.ID] = true
		if p.Publisher != "Marsad (fiche de démonstration)" { // cited as Marsad's own demo sheet, never by file name
			t.Errorf("%s: publisher %q, want Marsad (fiche de démonstration)", p.ID, p.Publisher)
		}
		if !regexp.MustCompile(`^\d{4}$`).MatchString(p.ISCO) || (ref != nil && !ref[p.ISCO]) {
			t.Errorf("%s: ISCO %q is not an ISCO-08 unit group", p.ID, p.ISCO)
		}
		for _, l := range []string{"fr", "ar", "en"} {
			if p.Names[l] == "" {
				t.Errorf("%s: no %s name", p.ID, l)
			}
		}
		for _, l := range []string{"fr", "ar"} {
			if n := len(sentenceEnd.FindAllString(p.Description[l], -1)); n < 3 || n > 6 {
				t.Errorf("%s: %s description has %d sentences, want 3-6", p.ID, l, n)
			}
		}
		if len(p.Aliases) < 4 || !hasArabic(strings.Join(p.Aliases, " ")) {
			t.Errorf("%s: want ≥ 4 aliases including Arabic script, got %v", p.ID, p.Aliases)
		}
		if len(p.Skills) < 8 || len(p.Skills) > 15 || len(p.SkillsAR) != len(p.Skills) {
			t.Errorf("%s: %d skills and %d skills_ar, want 8-15 aligned", p.ID, len(p.Skills), len(p.SkillsAR))
		}
		if p.Sector == "" || p.Education == "" || p.Salary.Min <= 0 || p.Salary.Max <= p.Salary.Min || !strings.Contains(p.Salary.Note, "indicati") {
			t.Errorf("%s: sector, education or indicative salary range missing", p.ID)
		}
		if len(p.Trainings) < 2 || len(p.Trainings) > 5 {
			t.Errorf("%s: %d trainings, want 2-5", p.ID, len(p.Trainings))
		}
		for _, tr := range p.Trainings {
			if !kinds[tr.Kind] || tr.Name == "" || tr.Provider == "" || tr.Level == "" || tr.Duration == "" || tr.Access == "" {
				t.Errorf("%s: incomplete training %+v", p.ID, tr)
			}
		}
	}
}

// TestOccupationBanks checks that every occupation the ads are generated
// for is a profile, with the same ISCO code and only the profile's skills.
func TestOccupationBanks(t *testing.T) {
	byID := map[string]profile{}
	for _, p := range mustProfiles(t) {
		byID[p.ID] = p
	}
	for _, o := range occupations {
		p, ok := byID[o.id]
		if !ok {
			t.Errorf("occupation %s has no profile", o.id)
			continue
		}
		if p.ISCO != o.isco {
			t.Errorf("%s: ads use ISCO %s, profile says %s", o.id, o.isco, p.ISCO)
		}
		skills := map[string]bool{}
		for _, s := range p.Skills {
			skills[strings.ToLower(s)] = true
		}
		for _, s := range o.skills {
			if !skills[strings.ToLower(s)] {
				t.Errorf("%s: ad skill %q is not among the profile's skills", o.id, s)
			}
		}
		if len(o.titles) == 0 || len(o.titlesAR) == 0 || len(o.tasks) < 3 || len(o.tasksAR) < 2 || len(o.employers) == 0 {
			t.Errorf("%s: phrase bank too thin", o.id)
		}
		if _, ok := sectors[o.sector]; !ok {
			t.Errorf("%s: unknown sector %q", o.id, o.sector)
		}
		for _, c := range o.cities {
			if _, ok := cityIndex[c]; !ok {
				t.Errorf("%s: unknown city %q", o.id, c)
			}
		}
	}
}

func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}
