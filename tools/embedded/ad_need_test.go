package embedded_test

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// needCorpus is a random corpus built to tie: vectors drawn from a small
// pool (equal similarities), dates from a month (equal days), some ads
// without a vector or with one of another dimension, some replaced.
type needCorpus struct {
	rng  *rand.Rand
	pool [][]byte
	live map[string]tools.Ad // by ID
	urls map[string]string   // URL -> ID of the live ad read there
	next int
}

const needDim = 32

func newNeedCorpus() *needCorpus {
	c := &needCorpus{rng: rand.New(rand.NewPCG(3, 4)), live: map[string]tools.Ad{}, urls: map[string]string{}}
	for range 40 {
		c.pool = append(c.pool, retrieval.QuantizeInt8(c.vector(needDim)))
	}
	return c
}

func (c *needCorpus) vector(dim int) []float32 {
	v := make([]float32, dim)
	for i := range v {
		v[i] = float32(c.rng.NormFloat64())
	}
	return v
}

// batch returns n new ads, about one in ten replacing a live ad (same
// URL, another title) when edits is set.
func (c *needCorpus) batch(n int, edits bool) []tools.Ad {
	occs, regions := []string{"2512", "7212", "4222"}, []string{"", "MA-01", "MA-06"}
	var ads []tools.Ad
	for range n {
		c.next++
		ad := tools.Ad{ID: fmt.Sprintf("ad%05d", c.rng.IntN(1_000_000)*10+c.next%10), Title: fmt.Sprintf("Poste %d", c.next),
			Occupation: occs[c.rng.IntN(len(occs))], Region: regions[c.rng.IntN(len(regions))],
			Posted: fmt.Sprintf("2025-%02d-%02d", 1+c.rng.IntN(2), 1+c.rng.IntN(28)), URL: fmt.Sprintf("https://x.ma/%d", c.next)}
		if edits && c.rng.IntN(10) == 0 && len(c.urls) > 0 { // read again, edited
			for u := range c.urls {
				ad.URL = u
				break
			}
		}
		switch k := c.rng.IntN(20); {
		case k == 0: // no vector
		case k == 1:
			ad.Vector = retrieval.QuantizeInt8(c.vector(needDim / 2))
		default:
			ad.Vector = c.pool[c.rng.IntN(len(c.pool))]
		}
		if _, taken := c.live[ad.ID]; taken || slices.ContainsFunc(ads, func(a tools.Ad) bool { return a.ID == ad.ID || a.URL == ad.URL }) {
			continue
		}
		if old, ok := c.urls[ad.URL]; ok {
			delete(c.live, old)
		}
		c.live[ad.ID], c.urls[ad.URL] = ad, ad.ID
		ads = append(ads, ad)
	}
	return ads
}

// exact ranks the live ads matching q by brute force, as AdQuery says:
// newest first without a need.
func (c *needCorpus) exact(q tools.AdQuery) []string {
	type cand struct {
		ad  tools.Ad
		sim float32
	}
	var cs []cand
	for _, ad := range c.live {
		if (len(q.Occupations) == 0 || slices.Contains(q.Occupations, ad.Occupation)) && (q.Region == "" || ad.Region == q.Region) &&
			(q.From == "" || ad.Month() >= q.From) {
			cs = append(cs, cand{ad, retrieval.DotInt8(q.Need, ad.Vector)})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		byNeed := 0
		if q.Need != nil {
			byNeed = tools.NeedOrder(a.ad.Vector != nil, a.sim, b.ad.Vector != nil, b.sim)
		}
		return cmp.Or(byNeed, cmp.Compare(b.ad.Posted, a.ad.Posted), cmp.Compare(a.ad.ID, b.ad.ID))
	})
	var ids []string
	for _, x := range cs[:min(q.Limit, len(cs))] {
		ids = append(ids, x.ad.ID)
	}
	return ids
}

// TestSearchAdsNeedExact compares need searches (and listings without a
// need: the newest matching ads), with filters and without, with a
// brute-force ranking of the same ads as they are added, replaced and
// reopened: with rows read from the side file only (no copy by recency
// written), and from copies by recency written after every 64 ads,
// reopened and seeding the recency order.
func TestSearchAdsNeedExact(t *testing.T) {
	t.Run("side file", func(t *testing.T) { testSearchAdsNeedExact(t, 1<<30) })
	t.Run("copy by recency", func(t *testing.T) { testSearchAdsNeedExact(t, 64) })
}

func testSearchAdsNeedExact(t *testing.T, copyAfter int) {
	dir := filepath.Join(t.TempDir(), "demand")
	open := func() *embedded.JobMarket {
		s, err := embedded.OpenJobMarket(dir)
		if err != nil {
			t.Fatal(err)
		}
		embedded.SetRecentMin(s, copyAfter)
		return s
	}
	s := open()
	defer func() { s.Close() }()
	c := newNeedCorpus()
	needs := [][]float32{nil, c.vector(needDim), c.vector(needDim), c.vector(needDim / 2)}
	var qs []tools.AdQuery
	for _, need := range needs {
		for _, q := range []tools.AdQuery{{Limit: 10}, {Limit: 25, Occupations: []string{"7212"}},
			{Limit: 5000, Region: "MA-06"}, {Limit: 40, Occupations: []string{"2512", "4222"}, From: "2025-02"}} {
			q.Need = need
			qs = append(qs, q)
		}
	}
	check := func(step string) {
		t.Helper()
		searchesExact(t, step, s, c, qs)
	}
	// copied checks, with copies, that searches read rows from one.
	copied := func(step string) {
		t.Helper()
		if n := embedded.Slotted(s); (copyAfter < 1<<30) != (n > 0) {
			t.Fatalf("%s: %d ads have a row in a copy by recency", step, n)
		}
	}
	for k, n := range []int{700, 1, 1300, 500, 900, 300} {
		if _, err := s.AddAds(context.Background(), c.batch(n, k%2 == 0)); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("after batch %d", k+1))
		embedded.WaitRecent(s)
		check(fmt.Sprintf("after batch %d, its copy written", k+1))
	}
	copied("after the batches")
	// Searches beside AddAds: the first search after each merges the new
	// ads into the recency order under the read lock, and copies are
	// written meanwhile (run with -race).
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				if g == 0 {
					if _, err := s.AddAds(context.Background(), c.batch(50, true)); err != nil {
						t.Error(err)
					}
				} else if _, err := s.SearchAds(context.Background(), tools.AdQuery{Need: needs[g%len(needs)], Limit: 10}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	check("after concurrent additions and searches")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open()
	copied("reopened") // seeded from the copy, before any search or addition
	check("reopened")
	if _, err := s.AddAds(context.Background(), c.batch(600, false)); err != nil {
		t.Fatal(err)
	}
	check("reopened, then added")
	embedded.WaitRecent(s)
	check("reopened, then added, its copy written")
}
