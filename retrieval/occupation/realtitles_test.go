package occupation

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestRealTitles measures the classifier on real job-ad titles labelled
// by hand with their acceptable ISCO-08 unit groups (an empty list: the
// title names no occupation, and leaving it unplaced is right). The
// titles come from public scrapes of Moroccan job sites, which are read
// as test data and not committed: point MARSAD_TEST_TITLES at the JSON
// Lines file ({"id": "rt-001", "title", "sector", "description",
// "source", "isco": [...]}); the test skips without it. Ids whose number
// (after the last "-") is odd were read while the scoring was set (dev), even ones never
// (test); MARSAD_TEST_TITLES_SPLIT chooses (default all).
func TestRealTitles(t *testing.T) {
	path := os.Getenv("MARSAD_TEST_TITLES")
	if path == "" {
		t.Skip("MARSAD_TEST_TITLES is not set")
	}
	titles := readLabelled(t, path, os.Getenv("MARSAD_TEST_TITLES_SPLIT"))
	score := map[string]*tally{}
	for _, r := range titles {
		m := Classify(r.Title, Context{Sector: r.Sector, Description: r.Description})
		for _, k := range []string{"all", r.Source} {
			if score[k] == nil {
				score[k] = &tally{}
			}
			score[k].add(r.Isco, m.Code)
		}
	}
	keys := make([]string, 0, len(score))
	for k := range score {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return score[keys[i]].n > score[keys[j]].n })
	for _, k := range keys {
		s := score[k]
		t.Logf("%-18s n=%3d unit group %.3f sub-major %.3f unplaced %.3f", k, s.n, s.rate(s.unit), s.rate(s.sub), s.rate(s.none))
	}
}

type labelled struct {
	ID, Title, Sector, Description, Source string
	Isco                                   []string
}

func readLabelled(t *testing.T, path, split string) []labelled {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var raw struct {
			ID, Title, Source   string
			Sector, Description *string
			Isco                []string
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		n, _ := strconv.Atoi(raw.ID[strings.LastIndexByte(raw.ID, '-')+1:])
		if split == "dev" && n%2 == 0 || split == "test" && n%2 == 1 {
			continue
		}
		out = append(out, labelled{ID: raw.ID, Title: raw.Title, Source: raw.Source, Isco: raw.Isco,
			Sector: deref(raw.Sector), Description: deref(raw.Description)})
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// tally counts right unit groups, right sub-major groups and unplaced
// titles; a title that names no occupation is right when unplaced.
type tally struct{ n, unit, sub, none int }

func (s *tally) add(want []string, got string) {
	s.n++
	if got == "" {
		s.none++
	}
	if len(want) == 0 {
		if got == "" {
			s.unit++
			s.sub++
		}
		return
	}
	if slices.Contains(want, got) {
		s.unit++
	}
	if got != "" && slices.ContainsFunc(want, func(w string) bool { return w[:2] == got[:2] }) {
		s.sub++
	}
}

func (s *tally) rate(x int) float64 { return float64(x) / float64(s.n) }
