package match

import (
	"os"
	"testing"
)

// TestTuneWeights tries a grid of signal weights on the dev set and logs
// the best by nDCG@5; it runs only when MARSAD_TUNE is set, since it is
// how the weights of score.go were chosen, not a check.
func TestTuneWeights(t *testing.T) {
	if os.Getenv("MARSAD_TUNE") == "" {
		t.Skip("MARSAD_TUNE not set")
	}
	m := seedMatcher(t)
	set := readSet(t, "testdata/dev_profiles.jsonl")
	saved := w
	defer func() { w = saved }()
	best, bestW := -1.0, w
	for _, named := range []float64{0.3, 0.4, 0.5} {
		for _, skill := range []float64{0.1, 0.2, 0.3} {
			for _, words := range []float64{0.1, 0.2, 0.3} {
				for _, field := range []float64{0.05, 0.1, 0.15} {
					level := 1 - named - skill - words - field
					if level < 0 {
						continue
					}
					w = weights{named, skill, words, field, level}
					f := score(m, set)
					if f > best {
						best, bestW = f, w
					}
				}
			}
		}
	}
	t.Logf("best nDCG@5 %.3f with %+v", best, bestW)
}

// score is the mean nDCG@5 of set.
func score(m *Matcher, set []labelled) float64 {
	var sum float64
	for _, l := range set {
		res, _ := m.Match(l.Profile, Options{Limit: 5})
		var codes []string
		for _, c := range res.Matches {
			codes = append(codes, c.Code)
		}
		sum += ndcg5(codes, l.Relevant)
	}
	return sum / float64(len(set))
}
