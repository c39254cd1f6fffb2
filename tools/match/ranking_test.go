package match

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"testing"
)

// labelled is one profile of a ranking set: its text, its language, and
// the acceptable ISCO-08 codes with their grade (2 best, 1 acceptable).
type labelled struct {
	ID       string         `json:"id"`
	Lang     string         `json:"lang"`
	Profile  string         `json:"profile"`
	Relevant map[string]int `json:"relevant"`
}

// readSet reads a JSONL ranking set; a line that does not read, or has no
// profile or no relevant code, fails the test with its line number.
func readSet(t *testing.T, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if l.Profile == "" || len(l.Relevant) == 0 {
			t.Fatalf("%s:%d (%s): want a profile and at least one relevant code", path, n, l.ID)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// ndcg5 is the normalised discounted cumulative gain of the first five
// codes, gains 2^grade - 1.
func ndcg5(ranked []string, rel map[string]int) float64 {
	dcg := 0.0
	for i, c := range ranked {
		if i == 5 {
			break
		}
		dcg += (math.Pow(2, float64(rel[c])) - 1) / math.Log2(float64(i+2))
	}
	var grades []int
	for _, g := range rel {
		grades = append(grades, g)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	ideal := 0.0
	for i, g := range grades {
		if i == 5 {
			break
		}
		ideal += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
	}
	if ideal == 0 {
		return 0
	}
	return dcg / ideal
}

// reciprocalRank is 1/rank of the first relevant code, 0 when none is
// ranked.
func reciprocalRank(ranked []string, rel map[string]int) float64 {
	for i, c := range ranked {
		if rel[c] > 0 {
			return 1 / float64(i+1)
		}
	}
	return 0
}

// figures are a set's mean nDCG@5 and MRR for one language.
type figures struct {
	n         int
	ndcg, mrr float64
}

// evaluate matches every profile of set and returns the figures per
// language and over all ("all"); verbose logs each profile's ranking.
func evaluate(t *testing.T, m *Matcher, set []labelled, verbose bool) map[string]*figures {
	t.Helper()
	out := map[string]*figures{"all": {}}
	for _, l := range set {
		res, err := m.Match(l.Profile, Options{Limit: 10})
		if err != nil {
			t.Fatalf("%s: %v", l.ID, err)
		}
		var codes []string
		for _, c := range res.Matches {
			codes = append(codes, c.Code)
		}
		nd, rr := ndcg5(codes, l.Relevant), reciprocalRank(codes, l.Relevant)
		if verbose && nd < 0.6 {
			t.Logf("%s ndcg=%.2f rr=%.2f want %v got %v (read %+v)", l.ID, nd, rr, l.Relevant, top(res.Matches, 5), res.Person)
		}
		for _, k := range []string{l.Lang, "all"} {
			if out[k] == nil {
				out[k] = &figures{}
			}
			f := out[k]
			f.n++
			f.ndcg += (nd - f.ndcg) / float64(f.n)
			f.mrr += (rr - f.mrr) / float64(f.n)
		}
	}
	for _, k := range []string{"fr", "ar", "ary", "ary-Latn", "en", "all"} {
		if f := out[k]; f != nil {
			t.Logf("%-8s n=%2d nDCG@5=%.3f MRR=%.3f", k, f.n, f.ndcg, f.mrr)
		}
	}
	return out
}

func top(cs []Candidate, n int) []string {
	var out []string
	for i, c := range cs {
		if i == n {
			break
		}
		out = append(out, fmt.Sprintf("%s:%.2f", c.Code, c.Score))
	}
	return out
}

// Floors of the dev set, a little under what the matcher reaches, so
// that a change that loses ranking quality fails.
const (
	floorNDCG = 0.87
	floorMRR  = 0.94
)

func TestRanking(t *testing.T) {
	m := seedMatcher(t)
	set := readSet(t, "testdata/dev_profiles.jsonl")
	if len(set) < 60 {
		t.Fatalf("dev set has %d profiles, want at least 60", len(set))
	}
	f := evaluate(t, m, set, testing.Verbose())["all"]
	if f.ndcg < floorNDCG || f.mrr < floorMRR {
		t.Errorf("dev set: nDCG@5 %.3f (floor %.2f), MRR %.3f (floor %.2f)", f.ndcg, floorNDCG, f.mrr, floorMRR)
	}
}

// TestRankingFile scores the set named by MARSAD_TEST_PROFILES (the same
// JSONL shape as the dev set), without floor: the lead points it at the
// blind set.
func TestRankingFile(t *testing.T) {
	path := os.Getenv("MARSAD_TEST_PROFILES")
	if path == "" {
		t.Skip("MARSAD_TEST_PROFILES names no ranking set")
	}
	evaluate(t, seedMatcher(t), readSet(t, path), testing.Verbose())
}
