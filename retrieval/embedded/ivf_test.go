package embedded

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/marsad/marsad/retrieval"
)

// clustered returns n unit vectors around centers random centres: each is
// its centre plus Gaussian noise of total norm about spread (spread 1
// gives a cosine of about 0.7 to the centre).
func clustered(rng *rand.Rand, n, dim, centers int, spread float64) [][]float32 {
	cs := make([][]float32, centers)
	for i := range cs {
		cs[i] = gaussian(rng, dim, 1)
	}
	out := make([][]float32, n)
	for i := range out {
		c := cs[rng.IntN(centers)]
		v := gaussian(rng, dim, spread)
		for j := range v {
			v[j] += c[j]
		}
		out[i] = retrieval.Normalize(v)
	}
	return out
}

// gaussian returns a vector of norm about scale.
func gaussian(rng *rand.Rand, dim int, scale float64) []float32 {
	v := make([]float32, dim)
	s := scale / math.Sqrt(float64(dim))
	for j := range v {
		v[j] = float32(rng.NormFloat64() * s)
	}
	return v
}

// records returns records of the vectors, numbered from first: chunk i of
// document i/4, kind ad or note, region R0 to R49 in turn.
func records(vs [][]float32, first int) []retrieval.Record {
	recs := make([]retrieval.Record, len(vs))
	for j, v := range vs {
		i := first + j
		recs[j] = retrieval.Record{Chunk: retrieval.Chunk{ID: fmt.Sprint(i), DocID: fmt.Sprint(i / 4),
			Kind: []string{"ad", "note"}[i%2], Region: fmt.Sprintf("R%d", i%50)}, Dense: v}
	}
	return recs
}

// recallAt10 returns the mean share of the exact top 10 that the store's
// dense search returns.
func recallAt10(t testing.TB, s *Store, queries [][]float32, f retrieval.Filter) float64 {
	var sum float64
	for _, q := range queries {
		got, err := s.Search(ctx, retrieval.SearchRequest{Dense: q, Mode: retrieval.ModeDense, Limit: 10, Filter: f})
		if err != nil {
			t.Fatal(err)
		}
		allow, allowed := s.t.allowSet(f)
		exact := s.t.exactSearch(q, allow, allowed, 10)
		want := map[int32]bool{}
		for _, e := range exact {
			want[e.row] = true
		}
		for _, h := range got {
			if want[s.t.byID[h.Chunk.ID]] {
				sum++
			}
		}
		sum -= float64(10 - min(10, len(exact)))
	}
	return sum / float64(10*len(queries))
}

func TestIVFRecallOnClusteredVectors(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const n, d = 30000, 64
	vs := clustered(rng, n+200, d, 300, 1)
	s := mustOpen(t, "", d)
	for start := 0; start < n; start += 5000 {
		must(t, s.Upsert(ctx, records(vs[start:start+5000], start)))
	}
	if s.t.ann == nil {
		t.Fatal("no dense index over 30k vectors")
	}
	if !s.t.ann.calibrated || s.t.ann.signShare != 0 {
		t.Fatal("index over clustered vectors not calibrated to probe its lists")
	}
	if x := s.t.ann; x.probeShare <= 0 || x.probeShare >= 0.5 {
		t.Fatalf("index over clustered vectors re-scores a share %.3f of its probed rows, want one ranked by signs first", x.probeShare)
	}
	queries := vs[n:]
	if r := recallAt10(t, s, queries, retrieval.Filter{}); r < 0.95 {
		t.Errorf("recall@10 = %.3f, want >= 0.95", r)
	}
	share := s.t.ann.probeShare
	s.t.ann.probeShare = 0
	t.Logf("probed rows re-scored: %.3f, recall@10 %.3f; all of them: recall@10 %.3f", share, recallAt10(t, s, queries, retrieval.Filter{}), func() float64 {
		defer func() { s.t.ann.probeShare = share }()
		return recallAt10(t, s, queries, retrieval.Filter{})
	}())
	if r := recallAt10(t, s, queries, retrieval.Filter{Kinds: []string{"ad"}}); r < 0.95 {
		t.Errorf("filtered recall@10 = %.3f, want >= 0.95", r)
	}
	// A selective filter falls back to an exact scan of the allowed rows.
	f := retrieval.Filter{Regions: []string{"R7"}}
	if r := recallAt10(t, s, queries[:20], f); r < 0.999 {
		t.Errorf("recall@10 with a filter = %.3f", r)
	}
}

func TestIVFSurvivesCompactionAndReopen(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	const n, d = 12000, 32
	vs := clustered(rng, n+50, d, 100, 1)
	dir := t.TempDir()
	s := mustOpen(t, dir, d)
	must(t, s.Upsert(ctx, records(vs[:n], 0)))
	trained := s.t.ann.trained
	// Delete 2/3 of the documents (kept above annMinRows): compaction.
	var ids []string
	for i := range n / 4 {
		if i%3 != 0 {
			ids = append(ids, fmt.Sprint(i))
		}
	}
	must(t, s.Delete(ctx, ids[:len(ids)/3]))
	if s.t.dead() != 0 && s.t.dead() > s.t.live/2 {
		t.Fatalf("no compaction: %d dead rows, %d live", s.t.dead(), s.t.live)
	}
	queries := vs[n:]
	before := recallAt10(t, s, queries, retrieval.Filter{})
	must(t, s.Close())
	s2 := mustOpen(t, dir, d)
	defer s2.Close()
	if s2.t.ann == nil || s2.t.ann.trained != trained {
		t.Fatalf("index not loaded from the snapshot: %+v", s2.t.ann != nil)
	}
	if after := recallAt10(t, s2, queries, retrieval.Filter{}); after != before || after < 0.95 {
		t.Fatalf("recall@10 %.3f before reopen, %.3f after", before, after)
	}
}

// randomUnit returns n random unit vectors: no clusters for the IVF lists
// to gather.
func randomUnit(rng *rand.Rand, n, dim int) [][]float32 {
	out := make([][]float32, n)
	for i := range out {
		out[i] = retrieval.Normalize(gaussian(rng, dim, 1))
	}
	return out
}

func TestRandomVectorsAreSearchedBySigns(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	const n, d = 20000, 128
	vs := randomUnit(rng, n+100, d)
	s := mustOpen(t, "", d)
	must(t, s.Upsert(ctx, records(vs[:n], 0)))
	if s.t.ann == nil || s.t.ann.signShare == 0 {
		t.Fatal("index over random vectors not calibrated to search by signs")
	}
	queries := vs[n:]
	r := recallAt10(t, s, queries, retrieval.Filter{})
	if r < 0.95 {
		t.Errorf("recall@10 = %.3f, want >= 0.95 (sign share %.3f)", r, s.t.ann.signShare)
	}
	if r := recallAt10(t, s, queries, retrieval.Filter{Kinds: []string{"ad"}}); r < 0.95 {
		t.Errorf("filtered recall@10 = %.3f, want >= 0.95", r)
	}
	// Rows deleted since the index was built are still among its
	// vectors: a search without a filter must skip them too, though it
	// checks no row when every row of the index is live.
	deleted := []string{"0", "1", "2", "3"} // documents 0–3: rows 0–15
	must(t, s.Delete(ctx, deleted))
	for i := range 16 {
		got, err := s.Search(ctx, retrieval.SearchRequest{Dense: vs[i], Mode: retrieval.ModeDense, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range got {
			if id, _ := strconv.Atoi(h.Chunk.ID); id < 16 {
				t.Fatalf("search for deleted row %d found deleted row %s", i, h.Chunk.ID)
			}
		}
	}
	if r := recallAt10(t, s, queries, retrieval.Filter{}); r < 0.95 {
		t.Errorf("recall@10 after deletions = %.3f, want >= 0.95", r)
	}
	// The probes alone, as before the calibration, miss far more.
	s.nprobe = defaultProbes(s.t.ann.nlist())
	t.Logf("sign share %.3f, recall@10 %.3f; of the default probes alone %.3f", s.t.ann.signShare, r, recallAt10(t, s, queries, retrieval.Filter{}))
}

func TestSignShareSurvivesReopen(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	const n, d = 10000, 64
	for _, c := range []struct {
		kind string
		vs   [][]float32
	}{{"random", randomUnit(rng, n, d)}, {"clustered", clustered(rng, n, d, 100, 1)}} {
		dir := t.TempDir()
		s := mustOpen(t, dir, d)
		must(t, s.Upsert(ctx, records(c.vs, 0)))
		signs, probes := s.t.ann.signShare, s.t.ann.probeShare
		if (signs == 0) == (c.kind == "random") || (probes == 0) == (c.kind == "clustered") {
			t.Fatalf("%s vectors: sign share %v, probed share %v", c.kind, signs, probes)
		}
		must(t, s.Close())
		s2 := mustOpen(t, dir, d)
		if x := s2.t.ann; x == nil || !x.calibrated || x.signShare != signs || x.probeShare != probes {
			t.Fatalf("%s vectors: reopened index has not kept its shares %v, %v", c.kind, signs, probes)
		}
		// A snapshot written before the shares were kept is calibrated anew.
		s2.t.ann.calibrated, s2.t.ann.signShare, s2.t.ann.probeShare = false, 0, 0
		s2.mu.Lock()
		err := s2.snapshot()
		s2.mu.Unlock()
		must(t, err)
		must(t, s2.Close())
		s3 := mustOpen(t, dir, d)
		if x := s3.t.ann; x == nil || !x.calibrated || x.signShare != signs || x.probeShare != probes {
			t.Fatalf("%s vectors: index reopened without its shares not calibrated anew", c.kind)
		}
		must(t, s3.Close())
	}
}

// Shares measured by an older calibration are not kept: the index opened
// from such a snapshot is calibrated again (TestSignShareSurvivesReopen
// checks that an uncalibrated index is).
func TestOlderCalibrationIsMeasuredAgain(t *testing.T) {
	for _, c := range []struct {
		version uint32
		want    bool
	}{{calibVersion - 1, false}, {calibVersion, true}, {calibVersion + 1, false}} {
		l := &loader{t: &table{ann: &ivf{dim: 4}}}
		e := &enc{}
		e.u32(c.version)
		if _, err := l.frame(frameCalib, &dec{b: e.b}, 4); err != nil {
			t.Fatal(err)
		}
		if l.t.ann.calibrated != c.want {
			t.Errorf("calibration version %d (now %d): calibrated %v, want %v", c.version, calibVersion, l.t.ann.calibrated, c.want)
		}
	}
}
