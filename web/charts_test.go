package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/web/chart"
)

func mustChartStore(t *testing.T) *chart.Store {
	t.Helper()
	s, err := chart.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestChartRouteServesStoredPictures(t *testing.T) {
	store := mustChartStore(t)
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>t</title></svg>`)
	url, err := store.Put(svg)
	if err != nil {
		t.Fatal(err)
	}
	ts := newTestServer(t, Config{Charts: store}, scripted())
	resp, body := mustGet(t, ts.URL+url)
	if resp.StatusCode != http.StatusOK || string(body) != string(svg) {
		t.Fatalf("GET %s: %d %q", url, resp.StatusCode, body)
	}
	for k, want := range map[string]string{"Content-Type": "image/svg+xml", "Cache-Control": chartCache, "X-Content-Type-Options": "nosniff"} {
		if got := resp.Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("CSP %q, want nothing run when the picture is opened alone", csp)
	}
	req, _ := http.NewRequest(http.MethodGet, ts.URL+url, nil)
	req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
	if again, b := mustDo(t, req); again.StatusCode != http.StatusNotModified || len(b) != 0 {
		t.Errorf("revalidation: %d %q, want 304", again.StatusCode, b)
	}
}

func TestChartRouteAnswers404JSONForOtherNames(t *testing.T) {
	store := mustChartStore(t)
	hash := strings.Repeat("0f", 32)
	for _, cfg := range []Config{{Charts: store}, {}} {
		ts := newTestServer(t, cfg, scripted())
		for _, path := range []string{"/charts/" + hash + ".svg", "/charts/x.svg", "/charts/" + strings.ToUpper(hash) + ".svg",
			"/charts/..%2f..%2fetc%2fpasswd", "/charts/%2e%2e", "/charts/" + hash, "/charts/" + hash + ".svg.tmp", "/charts/"} {
			resp, body := mustGet(t, ts.URL+path)
			var got struct{ Error, Code string }
			mustDecode(t, body, &got)
			if resp.StatusCode != http.StatusNotFound || got.Code != "not_found" || got.Error == "" ||
				!strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("GET %s (charts %v): %d %s", path, cfg.Charts != nil, resp.StatusCode, body)
			}
		}
	}
}

// chartedServer serves the real offline assistant over the seed corpus,
// its turns' charts stored in a fresh store that the server serves.
func chartedServer(t *testing.T) (*httptest.Server, *chart.Store) {
	t.Helper()
	store := mustChartStore(t)
	a := assistant.New(offline.New(mustSeed(t).kit, func() time.Time { return seedReference }),
		assistant.WithCharts(chart.NewMaker(store).Charts, func(err error) { t.Errorf("charts failed: %v", err) }))
	return newTestServer(t, Config{Charts: store}, a), store
}

// mustServeChart checks that a turn's chart is served as an SVG.
func mustServeChart(t *testing.T, ts *httptest.Server, c assistant.Chart) {
	t.Helper()
	resp, body := mustGet(t, ts.URL+c.URL)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "image/svg+xml" || !strings.HasPrefix(string(body), "<svg") {
		t.Errorf("GET %s: %d %s %.60q", c.URL, resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
}

func TestChartsTravelWithTheTurnOnEveryRoute(t *testing.T) {
	ts, _ := chartedServer(t)
	const q = "معدل البطالة حسب الجهات"

	_, b := mustPost(t, ts.URL+"/api/chat", "application/json", mustJSON(t, assistant.Request{Message: q}), nil)
	var posted assistant.Turn
	mustDecode(t, b, &posted)
	if len(posted.Charts) != 1 || !strings.Contains(posted.Charts[0].Title, "معدل البطالة") || len(posted.Charts[0].Table.Rows) == 0 {
		t.Fatalf("POST /api/chat charts %+v", posted.Charts)
	}
	mustServeChart(t, ts, posted.Charts[0])

	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: q})
	evs := readTurn(t, conn)
	done := evs[len(evs)-1]
	if done.Type != assistant.EventDone || len(done.Turn.Charts) != 1 || done.Turn.Charts[0].URL != posted.Charts[0].URL {
		t.Fatalf("done event %+v, want the same chart as POST", done)
	}

	_, b = mustPost(t, ts.URL+"/v1/chat/completions", "application/json",
		[]byte(`{"model":"marsad","messages":[{"role":"user","content":"`+q+`"}]}`), nil)
	var completion struct {
		Marsad assistant.Turn `json:"marsad"`
	}
	mustDecode(t, b, &completion)
	if len(completion.Marsad.Charts) != 1 || completion.Marsad.Charts[0].URL != posted.Charts[0].URL {
		t.Errorf("/v1/chat/completions marsad charts %+v", completion.Marsad.Charts)
	}
}

func TestAnswerWithoutFiguresSendsAnEmptyChartList(t *testing.T) {
	ts, _ := chartedServer(t)
	_, b := mustPost(t, ts.URL+"/api/chat", "application/json", mustJSON(t, assistant.Request{Message: "bonjour"}), nil)
	if !strings.Contains(string(b), `"charts":[]`) {
		t.Errorf("POST /api/chat answered %s, want \"charts\":[]", b)
	}
}
