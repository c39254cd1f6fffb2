package ingest_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/retrieval/embed"
)

// BenchmarkIngestAds100k runs the whole pipeline (read, normalise,
// classify, dedup, embed the new ads with the built-in embedder, store
// with its log and vectors on disk) on 100,000 generated ads; run it on
// two cores with -cpu 2. It reports ads/s, the peak heap in use and
// memory obtained from the OS, sampled every 100 ms, the peak resident
// set of the process (VmHWM: since the process started, so an upper
// bound that includes writing the input), and the CPU time per ad (user
// + system, all goroutines): on a loaded machine ads/s falls, CPU time
// per ad does not. It runs under MemoryLimit, as the binary does, unless
// GOMEMLIMIT is set. MARSAD_BENCH_HEAPPROFILE=path writes a heap profile
// near the peak of the heap in use.
func BenchmarkIngestAds100k(b *testing.B) { benchIngest(b, 100_000) }

// BenchmarkIngestAds1M is the same on 1,000,000 ads, behind
// MARSAD_BENCH_1M=1 (it writes about 1.3 GB of input and as much of log).
func BenchmarkIngestAds1M(b *testing.B) {
	if os.Getenv("MARSAD_BENCH_1M") == "" {
		b.Skip("set MARSAD_BENCH_1M=1")
	}
	benchIngest(b, 1_000_000)
}

func benchIngest(b *testing.B, n int) {
	if os.Getenv("GOMEMLIMIT") == "" { // as the marsad binary runs
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(ingest.MemoryLimit))
	}
	input := writeGenerated(b, n)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		store := mustJobMarket(b, filepath.Join(dir, "demand"))
		p := mustPipeline(b, store, ingest.Options{DataDir: dir, Embedder: embed.NewBuiltin()})
		ingestSeedProfiles(b, p)
		runtime.GC()
		peak := sampleMemory()
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		sum, err := p.IngestFile(context.Background(), "ads", input)
		elapsed, cpu := time.Since(start), cpuTime()-cpu0
		b.StopTimer()
		heap, sys := peak()
		if err != nil {
			b.Fatal(err)
		}
		if sum.Read != n {
			b.Fatalf("read %d of %d ads", sum.Read, n)
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "ads/s")
		b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(sys)/(1<<20), "peak-sys-MiB")
		b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-µs/ad")
		if rss, ok := peakRSS(); ok {
			b.ReportMetric(float64(rss)/(1<<20), "peak-rss-MiB")
		}
		b.Logf("%d ads in %s: loaded %d, duplicates %d (near %d), quarantined %d, unplaced %d, unclassified %d",
			n, elapsed.Round(time.Millisecond), sum.Loaded, sum.Duplicates, sum.NearDuplicates, sum.Quarantined, sum.Unplaced, sum.Unclassified)
		store.Close()
		b.StartTimer()
	}
}

// writeGenerated writes n generated ads as JSON Lines to a temporary file.
func writeGenerated(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "ads.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := gen.Ads(2025, n, w, gen.FormatJSONL); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// sampleMemory samples HeapInuse and Sys until the returned function is
// called, which returns their maxima.
func sampleMemory() func() (heap, sys uint64) {
	var mu sync.Mutex
	var maxHeap, maxSys uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	profile, profiled := os.Getenv("MARSAD_BENCH_HEAPPROFILE"), uint64(0)
	read := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		mu.Lock()
		maxHeap, maxSys = max(maxHeap, ms.HeapInuse), max(maxSys, ms.Sys)
		mu.Unlock()
		if profile != "" && ms.HeapInuse > profiled+profiled/10 {
			profiled = ms.HeapInuse
			writeHeapProfile(profile)
		}
	}
	go func() {
		defer close(done)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				read()
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return maxHeap, maxSys
	}
}

// writeHeapProfile writes the heap profile to path, replacing it.
func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	pprof.WriteHeapProfile(f)
}

// peakRSS returns the peak resident set size of the process (VmHWM of
// /proc/self/status), false where there is none.
func peakRSS() (uint64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}
