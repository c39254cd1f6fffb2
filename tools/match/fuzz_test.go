package match

import (
	"strings"
	"testing"
)

// FuzzMatch checks Match's invariants on any text: no panic, an error
// only for a blank profile, scores in [0,1] and best first, at most
// Limit matches, each with a code and a name.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"", "soudeur", "bghit nwelli fermli f tanja", "خدمت 5 سنين كسائق شاحنة", "2019-2021 : BTS\nLANGUES : anglais", "j'ai 24 ans"} {
		f.Add(s)
	}
	m := seedMatcher(f)
	f.Fuzz(func(t *testing.T, s string) {
		res, err := m.Match(s, Options{Limit: 3})
		if err != nil {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("Match(%q): %v", s, err)
			}
			return
		}
		if len(res.Matches) > 3 {
			t.Fatalf("Match(%q): %d matches, limit 3", s, len(res.Matches))
		}
		for i, c := range res.Matches {
			if c.Score < 0 || c.Score > 1 || c.Code == "" || c.Name == "" || i > 0 && c.Score > res.Matches[i-1].Score {
				t.Fatalf("Match(%q): match %d %+v breaks an invariant", s, i, c)
			}
		}
	})
}
