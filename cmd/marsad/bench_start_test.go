//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// BenchmarkServeStart times a real `marsad serve` process (the test binary
// re-run as the marsad binary, embedded default stores, offline planner)
// from its start to /healthz answering 200 (healthz-ms), then to /readyz
// answering 200 (readyz-ms) and to the first answer of POST /api/chat
// (first-answer-ms; ns/op is about the same), and the CPU time the server
// had used when /healthz answered (healthz-cpu-ms, user and system, every
// thread: the figure that holds on a loaded machine, where the times do
// not), on a data folder that already holds N ads: 200,000, and 1,000,000
// with MARSAD_BENCH_1M=1 (see startDataDir). Each iteration stops the
// server with SIGTERM (it writes its snapshots as any stop does) and
// starts it again: the restart of a server, not its first start after an
// ingest. The peer, "floor", is the same binary started as a bare HTTP
// server that opens nothing (bareServer).
//
// Preparing a folder takes minutes at 200k ads (generating the ads and
// ingesting them); MARSAD_BENCH_START_CACHE=DIR keeps the folders under
// DIR (ads-N) for the next run. MARSAD_BENCH_START_ADS=N measures N ads
// instead. MARSAD_BENCH_START_CPUPROFILE=path writes the server's CPU
// profile (the last iteration's, from its start to SIGTERM).
func BenchmarkServeStart(b *testing.B) {
	sizes := []int{200_000}
	if os.Getenv("MARSAD_BENCH_1M") != "" {
		sizes = append(sizes, 1_000_000)
	}
	if n, err := strconv.Atoi(os.Getenv("MARSAD_BENCH_START_ADS")); err == nil && n >= 0 {
		sizes = []int{n}
	}
	b.Run("floor", func(b *testing.B) {
		var t startTimes
		for b.Loop() {
			t.add(timeStart(b, "", "floor"))
		}
		t.report(b)
	})
	for _, n := range sizes {
		b.Run(fmt.Sprintf("ads=%d", n), func(b *testing.B) {
			dir := startDataDir(b, n)
			var t startTimes
			for b.Loop() {
				t.add(timeStart(b, dir, "1"))
			}
			t.report(b)
		})
	}
}

// startTimes are the times of a start, from the process's start (cpu:
// the CPU time it had used when /healthz answered).
type startTimes struct{ healthz, cpu, readyz, answer time.Duration }

func (t *startTimes) add(o startTimes) {
	t.healthz, t.cpu, t.readyz, t.answer = t.healthz+o.healthz, t.cpu+o.cpu, t.readyz+o.readyz, t.answer+o.answer
}

// report reports the times of b's starts, averaged.
func (t *startTimes) report(b *testing.B) {
	per := func(d time.Duration) float64 { return float64(d.Milliseconds()) / float64(b.N) }
	b.ReportMetric(per(t.healthz), "healthz-ms")
	b.ReportMetric(per(t.cpu), "healthz-cpu-ms")
	b.ReportMetric(per(t.readyz), "readyz-ms")
	b.ReportMetric(per(t.answer), "first-answer-ms")
}

// timeStart starts `marsad serve` on dir (bareServer when mode is
// "floor"), waits for /healthz, /readyz and the first answer, each timed
// from the start, and stops the server.
func timeStart(b *testing.B, dir, mode string) (t startTimes) {
	b.Helper()
	env := []string{execMainEnv + "=" + mode, "MARSAD_DATA_DIR=" + dir, "MARSAD_LOG_LEVEL=warn"}
	if p := os.Getenv("MARSAD_BENCH_START_CPUPROFILE"); p != "" {
		env = append(env, "MARSAD_TEST_CPUPROFILE="+p)
	}
	start := time.Now()
	cmd, out := startMain(b, env, "serve", "--addr", "127.0.0.1:0")
	defer stopMain(b, cmd)
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		b.Fatalf("serve did not start: %v", err)
	}
	go io.Copy(io.Discard, out)
	base := strings.TrimSpace(strings.TrimPrefix(line, "Marsad is ready: "))
	t.healthz = waitFor(b, base+"/healthz", start)
	t.cpu = processCPU(cmd.Process.Pid)
	t.readyz = waitFor(b, base+"/readyz", start)
	res, err := http.Post(base+"/api/chat", "application/json",
		strings.NewReader(`{"message":"Quels métiers recrutent le plus à Casablanca ?"}`))
	if err != nil {
		b.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b.Fatalf("first answer: %s", res.Status)
	}
	t.answer = time.Since(start)
	return t
}

// processCPU returns the CPU time process pid has used, user and system
// (/proc/PID/stat, in clock ticks of 10 ms); 0 where there is no /proc.
func processCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command's name, which is in parentheses:
	// utime and stime are the 14th and 15th of the line.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	user, _ := strconv.Atoi(f[11])
	sys, _ := strconv.Atoi(f[12])
	return time.Duration(user+sys) * 10 * time.Millisecond
}

// waitFor polls url every millisecond until it answers 200, and returns
// the time since start.
func waitFor(b *testing.B, url string, start time.Time) time.Duration {
	b.Helper()
	for deadline := start.Add(5 * time.Minute); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		res, err := http.Get(url)
		if err != nil {
			continue
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode == http.StatusOK {
			return time.Since(start)
		}
	}
	b.Fatalf("%s did not answer 200 within 5 min", url)
	return 0
}

// startMain runs the test binary as `marsad ARGS...` (execMainEnv=1,
// unless env sets it) with env added to this process's, and returns its standard output; its standard error
// goes to this process's.
func startMain(b testing.TB, env []string, args ...string) (*exec.Cmd, io.Reader) {
	b.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), execMainEnv+"=1"), env...) // env's own execMainEnv last: it wins
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	return cmd, out
}

// stopMain stops a server started by startMain as an operator does, and
// waits for it to have closed its stores.
func stopMain(b *testing.B, cmd *exec.Cmd) {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		b.Fatalf("serve: %v", err)
	}
}

// startDataDir returns a data folder holding n ads: under
// MARSAD_BENCH_START_CACHE when set (made once, reused), else a
// temporary one. Up to 200,000 they are generated ads (seed 2025)
// ingested by `marsad ingest` after the demo corpus; past that, n being
// a multiple of 200,000, the folder of 200,000 with its ads stored again
// under new IDs, addresses and source ids until there are n: the
// pipeline takes over 4 min for 1M ads on an idle machine, the copies a
// minute, and the store's files are of the same kind and size (its ad
// counts have the cells of the 200,000, fewer than 1M generated ads
// would make).
func startDataDir(b *testing.B, n int) string {
	b.Helper()
	parent := os.Getenv("MARSAD_BENCH_START_CACHE")
	if parent == "" {
		parent = b.TempDir()
	}
	dir := filepath.Join(parent, fmt.Sprintf("ads-%d", n))
	done := filepath.Join(parent, fmt.Sprintf("ads-%d.done", n))
	if _, err := os.Stat(done); err == nil {
		return dir
	}
	if err := os.RemoveAll(dir); err != nil {
		b.Fatal(err)
	}
	const base = 200_000
	if n > base && n%base == 0 {
		if err := os.CopyFS(dir, os.DirFS(startDataDir(b, base))); err != nil {
			b.Fatal(err)
		}
		if err := copyAds(filepath.Join(dir, "demand"), n/base-1); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(done, nil, 0o644); err != nil {
			b.Fatal(err)
		}
		return dir
	}
	input := filepath.Join(parent, fmt.Sprintf("ads-%d.jsonl", n))
	if err := writeAds(input, n); err != nil {
		b.Fatal(err)
	}
	defer os.Remove(input)
	cmd, out := startMain(b, []string{"MARSAD_DATA_DIR=" + dir, "MARSAD_LOG_LEVEL=warn"}, "ingest", "--json", "ads", input)
	sum, _ := io.ReadAll(out)
	if err := cmd.Wait(); err != nil {
		b.Fatalf("ingest of %d ads: %v", n, err)
	}
	b.Logf("%d ads ingested into %s: %s", n, dir, strings.TrimSpace(string(sum)))
	if err := os.WriteFile(done, sum, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// copyAds stores the ads of the job-ad store in dir copies times more,
// each copy under new IDs, addresses and source ids, and closes the store
// (which writes its snapshot).
func copyAds(dir string, copies int) error {
	var ads []tools.Ad
	f, err := os.Open(filepath.Join(dir, "ads.jsonl"))
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var ad tools.Ad
		if err := json.Unmarshal(sc.Bytes(), &ad); err != nil {
			f.Close()
			return err
		}
		if ad.ID != "" { // not a removal alone
			ads = append(ads, ad)
		}
	}
	f.Close()
	if err := sc.Err(); err != nil {
		return err
	}
	s, err := embedded.OpenJobMarket(dir)
	if err != nil {
		return err
	}
	for c := 1; c <= copies; c++ {
		for batch := range slices.Chunk(ads, 4096) {
			out := make([]tools.Ad, len(batch))
			for i, ad := range batch {
				tag := fmt.Sprintf("-c%d", c)
				ad.ID, ad.URL = ad.ID+tag, ad.URL+tag
				ad.Meta = maps.Clone(ad.Meta)
				if id := ad.Meta["source_id"]; id != "" {
					ad.Meta["source_id"] = id + tag
				}
				out[i] = ad
			}
			if _, err := s.AddAds(context.Background(), out); err != nil {
				s.Close()
				return err
			}
		}
	}
	return s.Close()
}

// writeAds writes n generated ads as JSON Lines to path.
func writeAds(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := gen.Ads(2025, n, w, gen.FormatJSONL); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
