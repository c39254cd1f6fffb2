package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	pb "github.com/qdrant/go-client/qdrant"

	"github.com/marsad/marsad/retrieval/qdrant"
	"github.com/marsad/marsad/retrieval/qdrant/qdranttest"
	"github.com/marsad/marsad/tools/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// newReadyServer serves checks with a short probe timeout, so that a
// hung dependency costs the test little.
func newReadyServer(t *testing.T, checks ...Check) string {
	t.Helper()
	srv := New(Config{Checks: checks}, scripted(), testLogger(t))
	srv.ready.timeout = 300 * time.Millisecond
	return serveTest(t, srv).URL + "/readyz"
}

// serveTest serves srv on an httptest server closed at the end of the
// test.
func serveTest(t *testing.T, srv *Server) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

// httptestHandler serves h on an httptest server closed at the end of
// the test and returns its URL.
func httptestHandler(t *testing.T, h http.Handler) string {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts.URL
}

func mustReady(t *testing.T, url string) (int, Readiness) {
	t.Helper()
	resp, body := mustGet(t, url)
	var r Readiness
	mustDecode(t, body, &r)
	return resp.StatusCode, r
}

func TestReadyWithoutChecks(t *testing.T) {
	code, r := mustReady(t, newReadyServer(t))
	if code != http.StatusOK || r.Status != "ready" || len(r.Checks) != 0 {
		t.Fatalf("got %d %+v, want 200 ready with no checks", code, r)
	}
}

func TestReadyAllUp(t *testing.T) {
	store := openPostgres(t, pgtest.NewSchema(t))
	client := mustQdrantClient(t, startQdrant(t).Addr())
	llm := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/models" || r.Header.Get("Authorization") != "Bearer k" {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		io.WriteString(w, `{"object":"list","data":[]}`)
	})
	llmURL := httptestHandler(t, llm)
	code, r := mustReady(t, newReadyServer(t,
		Check{Name: "postgres", Probe: store.Ping},
		Check{Name: "qdrant", Probe: func(ctx context.Context) error { return qdrant.Ping(ctx, client) }},
		HTTPCheck("llm", llmURL+"/v1/models", http.Header{"Authorization": {"Bearer k"}}, nil),
	))
	if code != http.StatusOK || r.Status != "ready" || len(r.Down) != 0 {
		t.Fatalf("got %d %+v, want 200 ready", code, r)
	}
	for _, name := range []string{"postgres", "qdrant", "llm"} {
		if r.Checks[name].Status != "up" {
			t.Errorf("%s: %+v, want up", name, r.Checks[name])
		}
	}
}

func TestReadyNamesWhatIsDown(t *testing.T) {
	// PostgreSQL reached through a proxy that then stops: the store
	// was opened, the database is gone.
	dsn := pgtest.NewSchema(t)
	proxy := pgtest.NewProxy(t, dsn)
	store := openPostgres(t, proxy.DSN())
	proxy.Stop()

	refusing := startQdrant(t)
	refusing.Refuse(true)
	client := mustQdrantClient(t, refusing.Addr())

	hang := make(chan struct{})
	t.Cleanup(func() { close(hang) })
	hung := httptestHandler(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-hang:
		}
	}))
	code, r := mustReady(t, newReadyServer(t,
		Check{Name: "postgres", Probe: store.Ping},
		Check{Name: "qdrant", Probe: func(ctx context.Context) error { return qdrant.Ping(ctx, client) }},
		HTTPCheck("llm", hung+"/v1/models", nil, nil),
	))
	if code != http.StatusServiceUnavailable || r.Status != "not ready" {
		t.Fatalf("got %d %+v, want 503 not ready", code, r)
	}
	if got := strings.Join(r.Down, ","); got != "llm,postgres,qdrant" {
		t.Errorf("down = %q, want llm,postgres,qdrant", got)
	}
	for name, c := range r.Checks {
		if c.Status != "down" || c.Error == "" {
			t.Errorf("%s: %+v, want down with its error", name, c)
		}
	}
	if !strings.Contains(r.Checks["qdrant"].Error, "Unavailable") {
		t.Errorf("qdrant error %q does not say the server refused", r.Checks["qdrant"].Error)
	}
}

func TestReadyProbesOncePerTTL(t *testing.T) {
	var probes atomic.Int32
	url := newReadyServer(t, Check{Name: "counted", Probe: func(context.Context) error {
		probes.Add(1)
		return nil
	}})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if code, _ := mustReady(t, url); code != http.StatusOK {
				t.Errorf("status %d", code)
			}
		})
	}
	wg.Wait()
	if n := probes.Load(); n != 1 {
		t.Fatalf("8 requests within %v probed %d times, want 1", readyTTL, n)
	}
}

func openPostgres(t *testing.T, dsn string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustQdrantClient(t *testing.T, addr string) *pb.Client {
	t.Helper()
	c, err := qdrant.Connect(addr, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// startQdrant starts an in-memory Qdrant, stopped when the test ends.
func startQdrant(t *testing.T) *qdranttest.Server {
	t.Helper()
	q, err := qdranttest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}
