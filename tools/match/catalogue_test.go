package match

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// seedProfile is the shape of ingest/seed/profiles/profiles.json, read
// here so that the tests match against the occupations Marsad ships.
type seedProfile struct {
	ID          string            `json:"id"`
	ISCO        string            `json:"isco"`
	Names       map[string]string `json:"names"`
	Aliases     []string          `json:"aliases"`
	Sector      string            `json:"sector"`
	Description map[string]string `json:"description"`
	Skills      []string          `json:"skills"`
	SkillsAR    []string          `json:"skills_ar"`
	Education   string            `json:"education"`
	Trainings   []Training        `json:"trainings"`
}

var seed struct {
	once sync.Once
	m    *Matcher
	err  error
}

// seedMatcher returns a Matcher on the seed's 90 occupation profiles.
func seedMatcher(t testing.TB) *Matcher {
	t.Helper()
	seed.once.Do(func() {
		raw, err := os.ReadFile(filepath.Join("..", "..", "ingest", "seed", "profiles", "profiles.json"))
		if err != nil {
			seed.err = err
			return
		}
		var ps []seedProfile
		if seed.err = json.Unmarshal(raw, &ps); seed.err != nil {
			return
		}
		var c Catalogue
		for _, p := range ps {
			c.Occupations = append(c.Occupations, Occupation{Code: p.ISCO, ID: p.ID, Names: p.Names, Aliases: p.Aliases,
				Sector: p.Sector, Skills: p.Skills, SkillsAR: p.SkillsAR, Education: p.Education,
				Descriptions: p.Description, Trainings: p.Trainings})
		}
		seed.m, seed.err = New(c)
	})
	if seed.err != nil {
		t.Fatalf("seed catalogue: %v", seed.err)
	}
	return seed.m
}
