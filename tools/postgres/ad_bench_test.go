package postgres

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

// Sizes of the demand benchmarks: the volume the queries run on, and the
// batch ingestion hands AddAds.
const (
	benchAds      = 100_000
	benchAds1M    = 1_000_000
	benchBatch    = 4096
	benchVecDim   = 384 // the built-in embedder's dimension
	benchDescSize = 600 // bytes of description, about a real ad's
)

// benchAdCount is the volume: 1M ads when MARSAD_BENCH_1M=1.
func benchAdCount() int {
	if os.Getenv("MARSAD_BENCH_1M") == "1" {
		return benchAds1M
	}
	return benchAds
}

// benchAdGen makes synthetic ads whose fields are skewed as in real
// ads: a few occupations, regions and sites hold most of them.
type benchAdGen struct {
	r           *rand.Rand
	occupations []string
	skills      []string
	desc        string
}

func newBenchAdGen(seed uint64) *benchAdGen {
	g := &benchAdGen{r: rand.New(rand.NewPCG(seed, 17))}
	for i := range 150 {
		g.occupations = append(g.occupations, strconv.Itoa(1111+i*57%8000))
	}
	for i := range 300 {
		g.skills = append(g.skills, "skill_"+strconv.Itoa(i))
	}
	g.desc = strings.Repeat("Nous recherchons un profil motivé pour rejoindre notre équipe. ", benchDescSize/64+1)[:benchDescSize]
	return g
}

// skewed returns an index below n, small ones far more often.
func (g *benchAdGen) skewed(n int) int {
	return min(n-1, int(float64(n)*math.Pow(g.r.Float64(), 3)))
}

func (g *benchAdGen) ad(i int) tools.Ad {
	r := g.r
	m := 1 + g.skewed(24)
	ad := tools.Ad{ID: "bench" + strconv.Itoa(i), Title: "Poste " + strconv.Itoa(r.IntN(5000)) + " confirmé",
		Employer: "Société " + strconv.Itoa(r.IntN(2000)), City: "Casablanca", Description: g.desc,
		Occupation: g.occupations[g.skewed(len(g.occupations))], Sector: []string{"services", "industry", "construction", "agriculture"}[g.skewed(4)],
		Contract:   []string{"cdi", "cdd", "stage", "anapec", "interim", "freelance"}[g.skewed(6)],
		SourceSite: []string{"rekrute.com", "emploi.ma", "anapec.org", "marocannonces.com", "dreamjob.ma", "m-job.ma", "indeed.ma", "linkedin.com"}[g.skewed(8)],
		Posted:     fmt.Sprintf("%04d-%02d-%02d", 2023+(m-1)/12, (m-1)%12+1, 1+r.IntN(28)), Signature: make([]byte, 64)}
	if r.IntN(10) != 0 {
		ad.Region = tools.Regions[g.skewed(len(tools.Regions))]
	}
	if r.IntN(8) == 0 {
		ad.Occupation = ""
	}
	for range r.IntN(7) {
		ad.Skills = append(ad.Skills, g.skills[g.skewed(len(g.skills))])
	}
	slices.Sort(ad.Skills)
	ad.Skills = slices.Compact(ad.Skills)
	vec := make([]float32, benchVecDim)
	for k := range vec {
		vec[k] = float32(r.NormFloat64())
	}
	ad.Vector = retrieval.QuantizeInt8(vec)
	return ad
}

// randomQuery is a query as the tools send them: occupations, a region,
// a sector or a period, each often left out.
func (g *benchAdGen) query() tools.AdCountQuery {
	r := g.r
	var q tools.AdCountQuery
	if r.IntN(2) == 0 {
		q.Region = tools.Regions[g.skewed(len(tools.Regions))]
	}
	if r.IntN(4) == 0 {
		q.Sector = "services"
	}
	if r.IntN(3) == 0 {
		q.From, q.To = "2024-01", "2024-12"
	}
	return q
}

// cpuTime returns the user and system CPU time of this process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// backendCPU returns the CPU time of the server process with this pid
// (the server runs on this machine), 0 when it cannot be read.
func backendCPU(pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	ut, _ := strconv.Atoi(f[11])
	st, _ := strconv.Atoi(f[12])
	return time.Duration(ut+st) * time.Second / 100 // clock ticks (USER_HZ = 100)
}

// addMeter times AddAds calls of one store and the CPU they cost, here
// and in the one server process behind the store (pool_max_conns=1).
type addMeter struct {
	s                 *Store
	pid               int
	ads               int
	wall, cpu, server time.Duration
}

func newAddMeter(tb testing.TB, dsn string) *addMeter {
	one := " pool_max_conns=1"
	if strings.Contains(dsn, "://") {
		one = "&pool_max_conns=1" // withSearchPath's URL has a query already
	}
	s := mustOpen(tb, dsn+one)
	m := &addMeter{s: s}
	if err := s.pool.QueryRow(context.Background(), `SELECT pg_backend_pid()`).Scan(&m.pid); err != nil {
		tb.Fatal(err)
	}
	return m
}

// add adds ads, which must all be new.
func (m *addMeter) add(tb testing.TB, ads []tools.Ad) {
	m.addWant(tb, ads, tools.AddSummary{Inserted: len(ads)})
}

func (m *addMeter) addWant(tb testing.TB, ads []tools.Ad, want tools.AddSummary) {
	start, cpu, srv := time.Now(), cpuTime(), backendCPU(m.pid)
	sum, err := m.s.AddAds(context.Background(), ads)
	if err != nil || sum != want {
		tb.Fatalf("AddAds = %+v, %v; want %+v", sum, err, want)
	}
	m.wall += time.Since(start)
	m.cpu += cpuTime() - cpu
	m.server += backendCPU(m.pid) - srv
	m.ads += len(ads)
}

// report adds the throughput and the CPU per ad to b's results.
func (m *addMeter) report(b *testing.B) {
	b.ReportMetric(float64(m.ads)/m.wall.Seconds(), "ads/s")
	b.ReportMetric(float64(m.cpu.Microseconds())/float64(m.ads), "cpu-µs/ad")
	b.ReportMetric(float64(m.server.Microseconds())/float64(m.ads), "server-cpu-µs/ad")
}

func (m *addMeter) String() string {
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(max(1, m.ads)) }
	return fmt.Sprintf("%d ads in %s: %.0f ads/s, cpu %.1f µs/ad here + %.1f µs/ad in the server",
		m.ads, m.wall.Round(time.Millisecond), float64(m.ads)/m.wall.Seconds(), per(m.cpu), per(m.server))
}

// BenchmarkDemandAddAds adds b.N fresh ads to an empty store in batches
// of benchBatch, as ingestion does; ns/op is per ad. Run it with
// -benchtime 100000x for the 100k figure.
func BenchmarkDemandAddAds(b *testing.B) {
	m := newAddMeter(b, newSchema(b))
	g := newBenchAdGen(1)
	batch := make([]tools.Ad, 0, benchBatch)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer() // making the ad is ingestion's cost, not the store's
		batch = append(batch, g.ad(i))
		b.StartTimer()
		if len(batch) == benchBatch || i == b.N-1 {
			m.add(b, batch)
			batch = batch[:0]
		}
	}
	b.StopTimer()
	m.report(b)
}

// BenchmarkDemandAddAdsSourced is BenchmarkDemandAddAds with ads that
// carry a source id, as site exports do, so that AddAds reads the stored
// ads of each batch's keys; one ad in ten of a batch is an edited
// reading of an ad of the previous batch, which replaces it.
func BenchmarkDemandAddAdsSourced(b *testing.B) {
	m := newAddMeter(b, newSchema(b))
	g := newBenchAdGen(1)
	var prev []tools.Ad
	b.ResetTimer()
	for i := 0; i < b.N; {
		b.StopTimer()
		batch, want := make([]tools.Ad, min(benchBatch, b.N-i)), tools.AddSummary{}
		for j := range batch {
			if j%10 == 9 && j < len(prev) {
				batch[j] = prev[j]
				batch[j].SalaryText = strconv.Itoa(i+j) + " DH"
				want.Updated++
				continue
			}
			batch[j] = g.ad(i + j)
			batch[j].Meta = map[string]string{"source_id": strconv.Itoa(i + j)}
			want.Inserted++
		}
		b.StartTimer()
		m.addWant(b, batch, want)
		prev, i = batch, i+len(batch)
	}
	b.StopTimer()
	m.report(b)
}

var adBench struct {
	once  sync.Once
	store *Store
	drop  func() error
	err   error
}

// adBenchStore loads benchAdCount() ads through AddAds into a schema
// of its own, once per process (TestMain drops it), and logs the load's
// throughput.
func adBenchStore(b *testing.B) *Store {
	b.Helper()
	admin := mustConnect(b, adminDSN())
	adBench.once.Do(func() {
		if dsn := os.Getenv("MARSAD_BENCH_ADS_DSN"); dsn != "" {
			// A volume loaded before (MARSAD_BENCH_ADS_KEEP=1 logs its
			// DSN), so that builds are compared on the same ads without
			// loading them again.
			adBench.store, adBench.err = Open(context.Background(), dsn)
			return
		}
		var dsn string
		if dsn, adBench.drop, adBench.err = createSchema(admin); adBench.err != nil {
			return
		}
		if os.Getenv("MARSAD_BENCH_ADS_KEEP") == "1" {
			b.Logf("volume kept: MARSAD_BENCH_ADS_DSN=%q", dsn)
			adBench.drop = nil
		}
		m := newAddMeter(b, dsn)
		g := newBenchAdGen(2)
		n := benchAdCount()
		for lo := 0; lo < n; lo += benchBatch {
			batch := make([]tools.Ad, 0, benchBatch)
			for i := lo; i < min(n, lo+benchBatch); i++ {
				batch = append(batch, g.ad(i))
			}
			m.add(b, batch)
		}
		b.Logf("volume loaded by AddAds: %s", m)
		// The meter's pool has one connection: the SET holds for the
		// VACUUM, which at 1M ads on a loaded machine outlasts the
		// statement timeout.
		if _, err := m.s.pool.Exec(context.Background(), `SET statement_timeout = 0`); err != nil {
			adBench.err = err
			return
		}
		if _, err := m.s.pool.Exec(context.Background(), `VACUUM ANALYZE`); err != nil {
			adBench.err = err
			return
		}
		adBench.store, adBench.err = Open(context.Background(), dsn)
	})
	if adBench.err != nil {
		b.Fatal(adBench.err)
	}
	runtime.GC()
	return adBench.store
}

// dropAdBench closes and drops the benchmarks' volume, if one was made.
func dropAdBench() error {
	if adBench.store != nil {
		adBench.store.Close()
	}
	if adBench.drop != nil {
		return adBench.drop()
	}
	return nil
}

// benchQueries returns n queries for the ranking benchmarks; with
// occupation set, each names one occupation (occupation_profile's trend
// and skills_in_demand for one occupation).
func benchQueries(n int, occupation bool) []tools.AdCountQuery {
	g := newBenchAdGen(3)
	qs := make([]tools.AdCountQuery, n)
	for i := range qs {
		qs[i] = g.query()
		if occupation || g.r.IntN(4) == 0 {
			qs[i].Occupations = []string{g.occupations[g.skewed(len(g.occupations))]}
		}
	}
	return qs
}

func benchRanking(b *testing.B, occupation bool, op func(*Store, tools.AdCountQuery) error) {
	s := adBenchStore(b)
	qs := benchQueries(1000, occupation)
	for _, q := range qs[:100] { // warm the statement caches
		if err := op(s, q); err != nil {
			b.Fatal(err)
		}
	}
	toolstest.MeasureLatency(b, func(i int) error { return op(s, qs[i%len(qs)]) })
}

func BenchmarkDemandTopOccupations(b *testing.B) {
	benchRanking(b, false, func(s *Store, q tools.AdCountQuery) error {
		_, err := s.TopOccupations(context.Background(), q, 10)
		return err
	})
}

func BenchmarkDemandSkillsInDemand(b *testing.B) {
	benchRanking(b, true, func(s *Store, q tools.AdCountQuery) error {
		_, err := s.SkillsInDemand(context.Background(), q, 10)
		return err
	})
}

func BenchmarkDemandSkillsInDemandAll(b *testing.B) {
	benchRanking(b, false, func(s *Store, q tools.AdCountQuery) error {
		q.Occupations = nil
		_, err := s.SkillsInDemand(context.Background(), q, 10)
		return err
	})
}

func BenchmarkDemandTrend(b *testing.B) {
	benchRanking(b, true, func(s *Store, q tools.AdCountQuery) error {
		_, err := s.Trend(context.Background(), q)
		return err
	})
}

func BenchmarkDemandSearchAds(b *testing.B) {
	benchRanking(b, false, func(s *Store, q tools.AdCountQuery) error {
		_, err := s.SearchAds(context.Background(), tools.AdQuery{Occupations: q.Occupations, Region: q.Region, Limit: 10})
		return err
	})
}

// BenchmarkDemandSearchAdsNeed ranks by a need within the regions and
// occupations of benchQueries; mirror-MB is the heap the mirror of
// job_ads took when the first search loaded it, mirror-load-s that
// search's time.
func BenchmarkDemandSearchAdsNeed(b *testing.B) {
	need := make([]float32, benchVecDim)
	need[0] = 1
	s := adBenchStore(b)
	if mirrorMB == 0 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		if _, err := s.SearchAds(context.Background(), tools.AdQuery{Need: need}); err != nil {
			b.Fatal(err)
		}
		mirrorLoad = time.Since(start)
		runtime.GC()
		runtime.ReadMemStats(&after)
		mirrorMB = (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / 1e6
	}
	benchRanking(b, false, func(s *Store, q tools.AdCountQuery) error {
		_, err := s.SearchAds(context.Background(), tools.AdQuery{Occupations: q.Occupations, Region: q.Region, Need: need, Limit: 10})
		return err
	})
	// After the timer's reset, which drops metrics.
	b.ReportMetric(mirrorMB, "mirror-MB")
	b.ReportMetric(mirrorLoad.Seconds(), "mirror-load-s")
}

// mirrorMB is the heap taken by the mirror of the benchmarks' volume,
// mirrorLoad the first need search, which loaded it.
var (
	mirrorMB   float64
	mirrorLoad time.Duration
)
