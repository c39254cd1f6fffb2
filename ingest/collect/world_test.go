package collect_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/collect"
	"github.com/marsad/marsad/ingest/collect/feed"
	"github.com/marsad/marsad/ingest/collect/markup"
	"github.com/marsad/marsad/ingest/collect/web"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

const contact = "mailto:observatoire@example.ma"

// world is a collection set up as `marsad collect` sets it up: the real
// fetcher, parsers, pipeline and embedded store, against the test sites.
type world struct {
	sites    *sites
	store    *embedded.JobMarket
	pipeline *ingest.Pipeline
	dir      string
	timeout  time.Duration

	mu     sync.Mutex
	sleeps []time.Duration // waits the fetcher asked for
}

func newWorld(t *testing.T) *world {
	t.Helper()
	dir := t.TempDir()
	store, err := embedded.OpenJobMarket(filepath.Join(dir, "demand"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	p, err := ingest.NewPipeline(context.Background(), store, ingest.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return &world{sites: newSites(t), store: store, pipeline: p, dir: dir, timeout: time.Second}
}

// collector is a run's collector: a new fetcher (robots.txt read again),
// the state kept in the data folder. The fetcher's waits are recorded,
// not slept.
func (w *world) collector(t *testing.T) *collect.Collector {
	t.Helper()
	f := web.New(web.Options{UserAgent: web.UserAgent("test", contact), Delay: time.Second, Timeout: w.timeout,
		Retries: 2, Backoff: 10 * time.Millisecond, Client: w.sites.client(),
		Sleep: func(ctx context.Context, d time.Duration) error {
			w.mu.Lock()
			w.sleeps = append(w.sleeps, d)
			w.mu.Unlock()
			return ctx.Err()
		}})
	state, err := collect.OpenState(w.statePath())
	if err != nil {
		t.Fatal(err)
	}
	c, err := collect.New(collect.Config{Fetcher: f, HTML: markup.Parse, XML: feed.Parse, Ingest: w.pipeline.IngestFetched, State: state})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (w *world) statePath() string { return filepath.Join(w.dir, "collect", "state.json") }

// collect collects the addresses once, as one run.
func (w *world) collect(ctx context.Context, t *testing.T, addresses ...string) (collect.Report, error) {
	t.Helper()
	var srcs []collect.Source
	for _, a := range addresses {
		srcs = append(srcs, collect.Source{Address: a})
	}
	return w.collector(t).CollectAll(ctx, srcs)
}

// ads returns the stored ads by URL.
func (w *world) ads(t *testing.T) map[string]tools.Ad {
	t.Helper()
	ads, err := w.store.SearchAds(context.Background(), tools.AdQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]tools.Ad{}
	for _, a := range ads {
		out[a.URL] = a
	}
	return out
}

func checkBalance(t *testing.T, what string, s ingest.Summary) {
	t.Helper()
	if s.Read != s.Loaded+s.Duplicates+s.Quarantined {
		t.Errorf("%s: read %d != loaded %d + duplicates %d + quarantined %d", what, s.Read, s.Loaded, s.Duplicates, s.Quarantined)
	}
}

func reasons(notes []collect.Note) map[string]string {
	out := map[string]string{}
	for _, n := range notes {
		out[n.URL] = n.Reason
	}
	return out
}

var allSources = []string{"http://" + emploi + listing1, "http://" + rekrute + rekruteIndex, "http://" + rekrute + rekruteFeed}
