package postgres

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// exactNeedIDs ranks as SearchAds did before the mirror: the whole
// window read from SQL and every ad scored with retrieval.DotInt8.
func exactNeedIDs(t *testing.T, s *Store, q tools.AdQuery) []string {
	t.Helper()
	w := adConditions(q)
	rows, err := s.pool.Query(context.Background(), `SELECT id, day, vector FROM job_ads`+w.sql()+newestFirst+
		` LIMIT `+strconv.Itoa(tools.NeedWindow), w.args...)
	if err != nil {
		t.Fatal(err)
	}
	type cand struct {
		id, day string
		has     bool
		sim     float32
	}
	var cs []cand
	var c cand
	var vec []byte
	if _, err := pgx.ForEachRow(rows, []any{&c.id, &c.day, &vec}, func() error {
		cs = append(cs, cand{c.id, c.day, len(vec) > 0, retrieval.DotInt8(q.Need, vec)})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(cs, func(a, b cand) int {
		return cmp.Or(tools.NeedOrder(a.has, a.sim, b.has, b.sim), cmp.Compare(b.day, a.day), cmp.Compare(a.id, b.id))
	})
	ids := []string{}
	for _, c := range cs[:min(q.Limit, len(cs))] {
		ids = append(ids, c.id)
	}
	return ids
}

// searchIDs returns the IDs of the ads s.SearchAds finds, in order.
func searchIDs(t *testing.T, s *Store, q tools.AdQuery) []string {
	t.Helper()
	got, err := s.SearchAds(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, ad := range got {
		ids = append(ids, ad.ID)
	}
	return ids
}

// TestNeedSearchSeesOtherReplica has a second store on the same schema
// search by a need after each batch the first one stores (new ads,
// replaced ones, vectors of another dimension, none), and compares
// both with the exact ranking of the table. The mirror reads pages of
// 64 ads, and lays the new ones out in main at once (share 1,000,000)
// or keeps them apart until they are as many as main (share 1).
func TestNeedSearchSeesOtherReplica(t *testing.T) {
	page, share := mirrorPage, recentShare
	mirrorPage = 64
	t.Cleanup(func() { mirrorPage, recentShare = page, share })
	for _, share := range []int{1, 1_000_000} {
		recentShare = share
		t.Run(fmt.Sprintf("share=%d", share), needSearchSeesOtherReplica)
	}
}

func needSearchSeesOtherReplica(t *testing.T) {
	dsn := newSchema(t)
	writer, reader := mustOpen(t, dsn), mustOpen(t, dsn)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(21, 22))
	vec := func(dim int) []float32 {
		v := make([]float32, dim)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		return v
	}
	var pool [][]byte // shared vectors, so that scores tie
	for range 20 {
		pool = append(pool, retrieval.QuantizeInt8(vec(16)))
	}
	needs := [][]float32{vec(16), vec(16), vec(8)}
	queries := []tools.AdQuery{{Limit: 10}, {Limit: 30, Occupations: []string{"7212", "2512"}},
		{Limit: 500, Region: "MA-06"}, {Limit: 20, From: "2025-02", Contract: "cdi"}, {Limit: 15, Words: []string{"poste"}},
		{Limit: 25, Occupations: []string{"4222"}, Region: "MA-01", Contract: "cdi"}, {Limit: 25, Region: "MA-01", To: "2025-02"}}
	next := 0
	for batch := range 6 {
		var ads []tools.Ad
		for range 150 + rng.IntN(200) {
			next++
			// A URL among few: later batches replace earlier ads.
			ad := tools.Ad{ID: fmt.Sprintf("ad%05d", next), Title: fmt.Sprintf("Poste %d", rng.IntN(9)),
				URL: fmt.Sprintf("https://x.ma/%d", rng.IntN(900)), Occupation: []string{"2512", "7212", "4222"}[rng.IntN(3)],
				Region: []string{"", "MA-01", "MA-06"}[rng.IntN(3)], Contract: []string{"", "cdi"}[rng.IntN(2)],
				Posted: fmt.Sprintf("2025-%02d-%02d", 1+rng.IntN(3), 1+rng.IntN(28))}
			switch k := rng.IntN(20); {
			case k == 0:
			case k == 1:
				ad.Vector = retrieval.QuantizeInt8(vec(8))
			default:
				ad.Vector = pool[rng.IntN(len(pool))]
			}
			if !slices.ContainsFunc(ads, func(a tools.Ad) bool { return a.URL == ad.URL }) {
				ads = append(ads, ad)
			}
		}
		if _, err := writer.AddAds(ctx, ads); err != nil {
			t.Fatal(err)
		}
		for _, need := range needs {
			for _, q := range queries {
				q.Need = need
				want := exactNeedIDs(t, writer, q)
				for name, s := range map[string]*Store{"writer": writer, "reader": reader} {
					ids := searchIDs(t, s, q)
					if !slices.Equal(ids, want) {
						t.Fatalf("batch %d, %s, %d-dimension need, %+v: got %d %v…, want %d %v…", batch+1, name, len(need),
							q, len(ids), ids[:min(5, len(ids))], len(want), want[:min(5, len(want))])
					}
				}
			}
		}
	}
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM job_ads`); n >= next {
		t.Fatalf("no ad was replaced: %d stored of %d", n, next)
	}
}

// WarmNeedSearch loads the mirror before any search: a store opened on
// ads another stored holds them all once warmed.
func TestWarmNeedSearchLoadsTheMirror(t *testing.T) {
	dsn := newSchema(t)
	writer, reader := mustOpen(t, dsn), mustOpen(t, dsn)
	ctx := context.Background()
	var ads []tools.Ad
	for i := range 40 {
		ads = append(ads, tools.Ad{ID: fmt.Sprintf("w%02d", i), Title: "Poste", URL: fmt.Sprintf("https://x.ma/w%d", i),
			Posted: "2025-03-01", Vector: retrieval.QuantizeInt8([]float32{1, float32(i)})})
	}
	if _, err := writer.AddAds(ctx, ads); err != nil {
		t.Fatal(err)
	}
	if err := reader.WarmNeedSearch(ctx); err != nil {
		t.Fatal(err)
	}
	reader.needAds.mu.RLock()
	defer reader.needAds.mu.RUnlock()
	if n := reader.needAds.live(); n != len(ads) {
		t.Errorf("the warmed mirror holds %d ads, want %d", n, len(ads))
	}
}

// TestMirrorRecentApart has a reader search while the ads stored since
// its mirror's main segment was laid out are held apart (recent), then
// after one of them and one of main are replaced: the window merges the
// two segments in the table's order, ties of day included.
func TestMirrorRecentApart(t *testing.T) {
	dsn := newSchema(t)
	writer, reader := mustOpen(t, dsn), mustOpen(t, dsn)
	ctx := context.Background()
	ad := func(i int, url string) tools.Ad {
		return tools.Ad{ID: fmt.Sprintf("r%04d", i), Title: "Poste", URL: url, Occupation: []string{"2512", "7212"}[i%2],
			Posted: fmt.Sprintf("2025-03-%02d", 1+i%5), Vector: retrieval.QuantizeInt8([]float32{1, float32(i % 7), float32(i % 3)})}
	}
	var ads []tools.Ad
	for i := range 400 {
		ads = append(ads, ad(i, fmt.Sprintf("https://x.ma/r%d", i)))
	}
	need := []float32{0.5, 1, -1}
	check := func(step string) {
		t.Helper()
		for _, q := range []tools.AdQuery{{Need: need, Limit: 40}, {Need: need, Limit: 300, Occupations: []string{"7212"}}} {
			if ids, want := searchIDs(t, reader, q), exactNeedIDs(t, writer, q); !slices.Equal(ids, want) {
				t.Fatalf("%s, %+v: got %v…, want %v…", step, q.Occupations, ids[:min(5, len(ids))], want[:min(5, len(want))])
			}
		}
	}
	if _, err := writer.AddAds(ctx, ads); err != nil {
		t.Fatal(err)
	}
	check("main alone")
	var more []tools.Ad
	for i := 400; i < 420; i++ {
		more = append(more, ad(i, fmt.Sprintf("https://x.ma/r%d", i)))
	}
	if _, err := writer.AddAds(ctx, more); err != nil {
		t.Fatal(err)
	}
	check("recent apart")
	if r := reader.needAds.recent; r == nil || r.live != len(more) {
		t.Fatalf("recent holds %v, want the %d ads added", r, len(more))
	}
	// Replaced: one ad of main and one of recent (same URL, new ID).
	if _, err := writer.AddAds(ctx, []tools.Ad{ad(1000, "https://x.ma/r3"), ad(1001, "https://x.ma/r405")}); err != nil {
		t.Fatal(err)
	}
	check("after replacements")
	if n := reader.needAds.live(); n != 422-2 {
		t.Fatalf("the mirror holds %d live ads, want 420", n)
	}
}
