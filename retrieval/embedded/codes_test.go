package embedded

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/marsad/marsad/retrieval"
)

// wantSignSearch is signSearch by its definition: the sign distance of
// every row of allow, the cut-off within which cands of them are, the int8
// scores of the rows within it, the float scores of the best rerankFor(k).
func wantSignSearch(t *table, q []float32, allow bitset, k, cands int) []scored {
	sq := newSignQuery(q)
	type at struct{ bucket, pos, dist int }
	var rows []at
	hist := make([]int, sq.maxDistance(t.dim)+1)
	for b, bk := range t.vs.buckets {
		for pos, r := range bk.rows {
			if allow.has(r) {
				d := sq.distance(bk.signs, pos)
				rows = append(rows, at{b, pos, d})
				hist[d]++
			}
		}
	}
	cut := cutOff([][]int{hist}, cands)
	qc := make([]int8, t.dim)
	quantize(q, qc)
	h := newTopK(rerankFor(k))
	for _, r := range rows {
		if r.dist <= cut {
			bk := &t.vs.buckets[r.bucket]
			h.push(bk.rows[r.pos], float32(dotInt8Generic(qc, bk.codes[r.pos*t.dim:(r.pos+1)*t.dim]))*bk.scales[r.pos])
		}
	}
	return t.rescore(q, merge(rerankFor(k), h), k)
}

// guessed returns signSearch's smallest guess of the cut-off for q (-1
// when one goroutine makes none) and the number of rows of allow at it or
// nearer.
func guessed(t *table, q []float32, allow bitset, allowed, cands int, slack float64) (int, int) {
	spans := t.allSpans()
	sq := newSignQuery(q)
	workers := spanWorkers(spans, allowed)
	guess := farSign
	for w := range workers {
		guess = min(guess, t.guessCut(sq, allow, allowed, spans, w, workers, cands, slack, make([]int, sq.maxDistance(t.dim)+1)))
	}
	if guess < 0 {
		return guess, 0
	}
	n := 0
	for _, bk := range t.vs.buckets {
		for pos, r := range bk.rows {
			if allow.has(r) && sq.distance(bk.signs, pos) <= guess {
				n++
			}
		}
	}
	return guess, n
}

// A search by signs re-scores the rows within the exact cut-off, whichever
// way it finds them: from a guess that keeps enough rows (random vectors,
// with or without a filter), without a guess (a narrow filter), and from
// every distance when the guess kept too few (a guess made with too
// little slack).
func TestSignSearchRescoresTheRowsWithinTheCutOff(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	const n, d = 20000, 128
	s := randomIndexedStore(t, rng, n, d)
	for _, c := range []struct {
		name   string
		filter retrieval.Filter
		cands  int
		slack  float64
		path   string // "guess", "none" or "every"
	}{
		{"random", retrieval.Filter{}, 800, guessSlack, "guess"},
		{"random, more rows", retrieval.Filter{}, 5000, guessSlack, "guess"},
		{"random, ads", retrieval.Filter{Kinds: []string{"ad"}}, 400, guessSlack, "guess"},
		{"random, one region", retrieval.Filter{Regions: []string{"R7"}}, 40, guessSlack, "none"},
		{"a guess too small", retrieval.Filter{}, 1000, 0.3, "every"},
	} {
		allow, allowed := s.t.allowSet(c.filter)
		for i, q := range randomUnit(rng, 5, d) {
			guess, kept := guessed(s.t, q, allow, allowed, c.cands, c.slack)
			path := map[bool]string{true: "guess", false: "every"}[kept >= c.cands]
			if guess < 0 {
				path = "none"
			}
			if path != c.path {
				t.Fatalf("%s, query %d: the search goes by %q (guess %d keeps %d of %d), the case wants %q", c.name, i, path, guess, kept, c.cands, c.path)
			}
			got := s.t.signSearchSpans(q, allow, s.t.allSpans(), allowed, 10, c.cands, c.slack)
			want := wantSignSearch(s.t, q, allow, 10, c.cands)
			if !slices.Equal(got, want) {
				t.Fatalf("%s, query %d: got %v, want %v", c.name, i, got, want)
			}
		}
	}
}

// randomIndexedStore opens a store of n random unit vectors of d
// dimensions, enough for its dense index, which it checks is built.
func randomIndexedStore(t *testing.T, rng *rand.Rand, n, d int) *Store {
	t.Helper()
	s := mustOpen(t, "", d)
	must(t, s.Upsert(ctx, records(randomUnit(rng, n, d), 0)))
	if s.t.ann == nil {
		t.Fatal("no index")
	}
	return s
}
