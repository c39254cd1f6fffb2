package embedded

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/marsad/marsad/retrieval"
)

// benchDim is the dimension of the benchmark vectors (the built-in
// embedder's).
const benchDim = 384

// benchSet is a store loaded for the benchmarks, kept across them.
type benchSet struct {
	s             *Store
	queries       [][]float32
	bytesPerChunk float64
	build         time.Duration
}

var benchSets = map[string]*benchSet{}

// vectorSource draws benchmark vectors: "random" unit vectors (as the
// anchors peers use) or "clustered" ones, n/100 centres with a cosine of
// about 0.7 between a vector and its centre.
type vectorSource struct {
	rng     *rand.Rand
	centers [][]float32
}

func newSource(kind string, n int, seed uint64) *vectorSource {
	src := &vectorSource{rng: rand.New(rand.NewPCG(seed, 1))}
	if kind == "clustered" {
		src.centers = make([][]float32, max(n/100, 1))
		for i := range src.centers {
			src.centers[i] = gaussian(src.rng, benchDim, 1)
		}
	}
	return src
}

func (v *vectorSource) next() []float32 {
	x := gaussian(v.rng, benchDim, 1)
	if v.centers != nil {
		c := v.centers[v.rng.IntN(len(v.centers))]
		for j := range x {
			x[j] += c[j]
		}
	}
	return retrieval.Normalize(x)
}

// benchCacheEnv names a folder where loadBenchSet keeps the stores it
// builds (a snapshot each), so that another run, or another build of the
// package, opens them in seconds instead of training the index again
// (about ten minutes at a million vectors on two cores). Unset: every run
// builds its stores in memory.
const benchCacheEnv = "MARSAD_BENCH_CACHE"

// loadBenchSet builds (once) a store of n vectors of the given kind and
// 1,000 queries from the same source.
func loadBenchSet(b testing.TB, n int, kind string) *benchSet {
	key := fmt.Sprint(n, kind)
	if bs := benchSets[key]; bs != nil {
		return bs
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	src := newSource(kind, n, 42)
	dir := ""
	if cache := os.Getenv(benchCacheEnv); cache != "" {
		dir = filepath.Join(cache, fmt.Sprintf("dense-%d-%s", n, kind))
		if _, err := os.Stat(filepath.Join(dir, snapName)); err == nil {
			start := time.Now()
			bs := &benchSet{s: mustOpen(b, dir, benchDim, WithoutSync())}
			bs.build = time.Since(start)
			b.Logf("opened %d %s vectors from %s in %v", n, kind, dir, bs.build)
			for range n { // the queries follow the stored vectors in the source
				src.next()
			}
			return finishBenchSet(b, key, bs, src, n, before)
		}
	}
	b.Logf("building %d %s vectors of %d dimensions", n, kind, benchDim)
	s := mustOpen(b, dir, benchDim, WithoutSync())
	start := time.Now()
	const batch = 8192
	for lo := 0; lo < n; lo += batch {
		recs := make([]retrieval.Record, min(batch, n-lo))
		for i := range recs {
			id := strconv.Itoa(lo + i)
			recs[i] = retrieval.Record{Chunk: retrieval.Chunk{ID: id, DocID: id, Kind: retrieval.KindAd}, Dense: src.next()}
		}
		if err := s.Upsert(ctx, recs); err != nil {
			b.Fatal(err)
		}
	}
	bs := &benchSet{s: s, build: time.Since(start)}
	b.Logf("built in %v", bs.build)
	if dir != "" { // written as a snapshot for the next run, and opened from it
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		bs.s = mustOpen(b, dir, benchDim, WithoutSync())
	}
	return finishBenchSet(b, key, bs, src, n, before)
}

// finishBenchSet measures the memory the store took since before, draws
// the queries and keeps bs.
func finishBenchSet(b testing.TB, key string, bs *benchSet, src *vectorSource, n int, before runtime.MemStats) *benchSet {
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	bs.bytesPerChunk = float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
	for range 1000 {
		bs.queries = append(bs.queries, src.next())
	}
	benchSets[key] = bs
	return bs
}

// BenchmarkDenseSearch measures top-10 dense search latency (p50, p99 per
// query, one client), memory per chunk (vectors and index, minimal
// payload) and recall@10 against the exact scan; nprobe=0 is the default
// (the calibrated search: sign-share 0 when it probes the lists), -1 the
// default probes alone.
func BenchmarkDenseSearch(b *testing.B) {
	for _, c := range []struct {
		n      int
		kind   string
		nprobe int
	}{
		{100_000, "clustered", 0}, {100_000, "random", 0}, {100_000, "random", -1}, {100_000, "random", 128},
		{1_000_000, "clustered", 0}, {1_000_000, "random", 0}, {1_000_000, "random", -1}, {1_000_000, "random", 512},
	} {
		b.Run(fmt.Sprintf("n=%d/%s/nprobe=%d", c.n, c.kind, c.nprobe), func(b *testing.B) {
			bs := loadBenchSet(b, c.n, c.kind)
			bs.s.nprobe = c.nprobe
			if c.nprobe == -1 { // the default probes, even where calibration chose signs
				bs.s.nprobe = defaultProbes(bs.s.t.ann.nlist())
			}
			defer func() { bs.s.nprobe = 0 }()
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				q := bs.queries[i%len(bs.queries)]
				t0 := time.Now()
				if _, err := bs.s.Search(ctx, retrieval.SearchRequest{Dense: q, Mode: retrieval.ModeDense, Limit: 10}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			b.StopTimer()
			reportLatency(b, lat)
			b.ReportMetric(bs.bytesPerChunk, "B/chunk")
			b.ReportMetric(bs.build.Seconds(), "build-s")
			b.ReportMetric(denseRecall(b, bs, 100), "recall@10")
			b.ReportMetric(bs.s.t.ann.signShare, "sign-share")
			b.ReportMetric(bs.s.t.ann.probeShare, "probe-share")
		})
	}
}

func reportLatency(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	pct := func(p float64) float64 {
		i := int(p*float64(len(lat))+0.5) - 1
		return float64(lat[max(0, min(i, len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// denseRecall returns recall@10 of the store's search against an exact
// scan, over the first m queries.
func denseRecall(b testing.TB, bs *benchSet, m int) float64 {
	t := bs.s.t
	found := 0
	for _, q := range bs.queries[:m] {
		exact := t.exactSearch(q, t.alive, t.live, 10)
		got, err := bs.s.Search(ctx, retrieval.SearchRequest{Dense: q, Mode: retrieval.ModeDense, Limit: 10})
		if err != nil {
			b.Fatal(err)
		}
		ids := map[string]bool{}
		for _, h := range got {
			ids[h.Chunk.ID] = true
		}
		for _, e := range exact {
			if ids[t.chunks[e.row].ID] {
				found++
			}
		}
	}
	return float64(found) / float64(10*m)
}

// BenchmarkSparseSearch measures the sparse arm alone over 100k short
// documents: 8 to 40 words drawn Zipf(1.07) from 50k words, 3-word queries
// taken from a random document (the anchors' BM25 set-up).
func BenchmarkSparseSearch(b *testing.B) {
	const n, vocab = 100_000, 50_000
	rng := rand.New(rand.NewPCG(42, 11))
	zipf := rand.NewZipf(rng, 1.07, 1, vocab-1)
	s := mustOpen(b, "", 8)
	docs := make([][]uint32, n)
	var recs []retrieval.Record
	for i := range docs {
		tf := map[uint32]float32{}
		for range 8 + rng.IntN(33) {
			w := uint32(zipf.Uint64())
			docs[i] = append(docs[i], w)
			tf[w]++
		}
		var sv retrieval.SparseVector
		for w, f := range tf {
			sv.Indices = append(sv.Indices, w)
			sv.Values = append(sv.Values, f*2.2/(f+1.2))
		}
		id := strconv.Itoa(i)
		recs = append(recs, retrieval.Record{Chunk: retrieval.Chunk{ID: id, DocID: id}, Sparse: sv})
	}
	if err := s.Upsert(ctx, recs); err != nil {
		b.Fatal(err)
	}
	queries := make([]retrieval.SparseVector, 1000)
	for i := range queries {
		d := docs[rng.IntN(n)]
		for _, k := range rng.Perm(len(d))[:3] {
			queries[i].Indices = append(queries[i].Indices, d[k])
			queries[i].Values = append(queries[i].Values, 1)
		}
		queries[i] = queries[i].Canonical()
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := s.Search(ctx, retrieval.SearchRequest{Sparse: queries[i%len(queries)], Mode: retrieval.ModeSparse, Limit: 10}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, lat)
}

// BenchmarkReopen measures Open of a folder holding a snapshot of n
// clustered vectors with their IVF index (written by Close): the start-up
// cost of a restart.
func BenchmarkReopen(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			s := mustOpen(b, dir, benchDim, WithoutSync())
			src := newSource("clustered", n, 42)
			for lo := 0; lo < n; lo += 8192 {
				recs := make([]retrieval.Record, min(8192, n-lo))
				for i := range recs {
					id := strconv.Itoa(lo + i)
					recs[i] = retrieval.Record{Chunk: retrieval.Chunk{ID: id, DocID: id, Kind: retrieval.KindAd}, Dense: src.next()}
				}
				if err := s.Upsert(ctx, recs); err != nil {
					b.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s2 := mustOpen(b, dir, benchDim)
				b.StopTimer()
				if s2.t.ann == nil || s2.t.live != n {
					b.Fatalf("reopened store: %d rows, index %v", s2.t.live, s2.t.ann != nil)
				}
				s2.closed = true // no snapshot to write
				_ = s2.log.close()
				b.StartTimer()
			}
			b.ReportMetric(float64(fileSize(dir+"/"+snapName))/float64(n), "snapshot-B/chunk")
		})
	}
}
