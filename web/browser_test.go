package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/web/chart"
)

// The browser tests drive the chat page in real headless Chromium through
// chromedp, against an in-process server answering with the offline
// planner over the seed corpus. They need a Chromium binary and are
// skipped, saying so, only when none is installed; with
// MARSAD_REQUIRE_CHROMIUM=1 (set by .ci/run, which installs Debian's
// chromium) a missing browser fails them instead. Screenshots go to
// MARSAD_TEST_ARTIFACTS, or to a temporary folder that the test's log
// names.

// browserTimeout bounds one whole browser test: under 10 s on an idle
// 2-core machine, with room for `make test` running every package at once
// under the race detector.
const browserTimeout = 3 * time.Minute

// chromiumNames are the binaries tried, in order, when MARSAD_CHROMIUM
// does not name one.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// findChromium returns the path of a Chromium binary, or "".
func findChromium() string {
	if p := os.Getenv("MARSAD_CHROMIUM"); p != "" {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
		return ""
	}
	for _, name := range chromiumNames {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	return ""
}

// artefactDir returns the folder for this test's screenshots: under
// MARSAD_TEST_ARTIFACTS when set (kept after the run), else a temporary
// folder removed with the test.
func artefactDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if root := os.Getenv("MARSAD_TEST_ARTIFACTS"); root != "" {
		dir = filepath.Join(root, filepath.FromSlash(t.Name()))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// browser is one headless Chromium and the server its pages talk to.
type browser struct {
	ctx  context.Context // the browser's context; each page gets a tab of its own
	base string          // the server's address
	dir  string          // where screenshots go
}

// newBrowser starts the server over the seed corpus and a headless
// Chromium, both stopped at the end of the test.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	bin := findChromium()
	if bin == "" && os.Getenv("MARSAD_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("no Chromium binary found (tried $MARSAD_CHROMIUM, chromium, chromium-browser, google-chrome, headless-shell) and MARSAD_REQUIRE_CHROMIUM=1")
	}
	if bin == "" {
		t.Skip("no Chromium binary found (tried $MARSAD_CHROMIUM, chromium, chromium-browser, google-chrome, headless-shell): browser tests skipped")
	}
	ts := browserServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	t.Cleanup(cancel)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		// CI containers run as root, where Chromium's sandbox cannot start.
		chromedp.NoSandbox,
		// The page starts in the browser's language; the checks read French.
		chromedp.Flag("accept-lang", "fr-FR"),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil { // starts the browser
		t.Fatalf("start %s: %v", bin, err)
	}
	return &browser{ctx: bctx, base: ts.URL, dir: artefactDir(t)}
}

// browserServer is the server the browser tests use unless a test gives
// its own: the offline assistant over the seed corpus, drawing its turns'
// charts into a fresh store the server serves, as `marsad serve` does.
func browserServer(t *testing.T) *httptest.Server {
	t.Helper()
	store := mustChartStore(t)
	a := assistant.New(offline.New(mustSeed(t).kit, func() time.Time { return seedReference }),
		assistant.WithCharts(chart.NewMaker(store).Charts, func(err error) { t.Errorf("charts failed: %v", err) }))
	figures := mustSeed(t).figures
	sources := func(ctx context.Context) ([]tools.LoadedSource, error) {
		return tools.LoadedSources(ctx, figures, nil, nil)
	}
	return newTestServer(t, Config{Version: "browser-test", Charts: store, Sources: sources}, a)
}

// withServer returns the same browser talking to a new server that
// answers with chat.
func (b *browser) withServer(t *testing.T, chat Chatter) *browser {
	t.Helper()
	ts := httptest.NewServer(New(Config{Version: "browser-test"}, chat, testLogger(t)).Handler())
	t.Cleanup(ts.Close)
	c := *b
	c.base = ts.URL
	return &c
}

// newPage opens a tab in a fresh browser context (its own localStorage)
// with the given viewport, on the chat page, once its socket is open.
func (b *browser) newPage(t *testing.T, width, height int64) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	mustRun(t, ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchProblems})
			return err
		}),
		chromedp.EmulateViewport(width, height),
		chromedp.Navigate(b.base+"/"),
		waitJS(`document.querySelector('#status').dataset.state === 'open'`),
	)
	return ctx
}

// watchProblems runs before the page's own scripts in every document the
// tab loads: it records what the page must never cause, a Content Security
// Policy violation (an inline style, a foreign image) or a script error.
const watchProblems = `window.__problems = [];
addEventListener('securitypolicyviolation', function (e) { __problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI); });
addEventListener('error', function (e) { __problems.push('error ' + (e.message || e.target && e.target.src)); }, true);
addEventListener('unhandledrejection', function (e) { __problems.push('unhandled rejection ' + e.reason); });`

// checkProblems fails the test for each problem watchProblems recorded
// since the page was last loaded.
func checkProblems(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, p := range mustEval[[]string](t, ctx, `window.__problems || ['watchProblems did not run']`) {
		t.Errorf("page: %s", p)
	}
}

// serverJSON gets path from the server and decodes its JSON body into v,
// returning the status.
func (b *browser) serverJSON(t *testing.T, method, path string, body []byte, v any) int {
	t.Helper()
	var resp *http.Response
	var b2 []byte
	if method == http.MethodPost {
		resp, b2 = mustPost(t, b.base+path, "application/json", body, nil)
	} else {
		resp, b2 = mustGet(t, b.base+path)
	}
	if v != nil && len(b2) > 0 {
		_ = json.Unmarshal(b2, v) // a non-JSON body leaves v empty, which callers check
	}
	return resp.StatusCode
}

// status sends method path with body (JSON, for POST) to the server and
// returns the response's status.
func (b *browser) status(t *testing.T, method, path string, body []byte) int {
	t.Helper()
	return b.serverJSON(t, method, path, body, nil)
}

// waitJS polls a JavaScript condition until it holds.
func waitJS(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingInterval(50*time.Millisecond),
		chromedp.WithPollingTimeout(20*time.Second))
}

func mustRun(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// mustEval evaluates a JavaScript expression and decodes its value.
func mustEval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %.80s…: %v", expr, err)
	}
	return v
}

// screenshot saves the screen, scrolled to the top of the page, as
// name.png in the artefact folder. Whole-page captures of a conversation
// are thousands of pixels high, too high to look at, and show the sticky
// question box in the middle of the page.
func (b *browser) screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	mustEval[bool](t, ctx, `(window.scrollTo(0, 0), true)`)
	b.save(t, ctx, name, chromedp.CaptureScreenshot())
}

// screenshotTurns saves what the screen shows when each turn's top is
// scrolled to the top, as name-turn-N.png: the view a reader has, at a
// size one can look at (a full page of 23 sources is not).
func (b *browser) screenshotTurns(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	n := mustEval[int](t, ctx, `document.querySelectorAll('[data-role=turn]').length`)
	for i := 0; i < n; i++ {
		mustEval[bool](t, ctx, fmt.Sprintf(`(document.querySelectorAll('[data-role=turn]')[%d].scrollIntoView(), true)`, i))
		b.save(t, ctx, fmt.Sprintf("%s-turn-%d", name, i+1), chromedp.CaptureScreenshot())
	}
}

func (b *browser) save(t *testing.T, ctx context.Context, name string, shot chromedp.Action[[]byte]) {
	t.Helper()
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
