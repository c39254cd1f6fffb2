package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// jobBoard serves a small board: robots.txt forbidding /prive/, a
// listing of two ad pages (JSON-LD) and a forbidden one, and an RSS feed
// of one ad. Pages carry an ETag and answer 304 to it.
func jobBoard(t *testing.T) *httptest.Server {
	t.Helper()
	ad := func(title, employer, city, desc string) string {
		return `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
"title":"` + title + `","description":"` + desc + `","datePosted":"2026-11-05","employmentType":"CDI",
"hiringOrganization":{"@type":"Organization","name":"` + employer + `"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"` + city + `"}}}</script></head>
<body><h1>` + title + `</h1></body></html>`
	}
	pages := map[string]string{
		"/robots.txt": "User-agent: *\nDisallow: /prive/\n",
		"/offres": `<html><body><a href="/offre-emploi/soudeur-tig-kenitra-123456">Soudeur</a>
<a href="/offre-emploi/infirmier-rabat-123457">Infirmier</a><a href="/prive/offre-emploi-123458">Confidentiel</a></body></html>`,
		"/offre-emploi/soudeur-tig-kenitra-123456": ad("Soudeur TIG", "Atlas Métal", "Kénitra", "Soudure TIG et MIG de structures métalliques en atelier."),
		"/offre-emploi/infirmier-rabat-123457":     ad("Infirmier polyvalent", "Clinique Al Amal", "Rabat", "Soins infirmiers en clinique privée, gardes de nuit."),
		"/rss": `<?xml version="1.0"?><rss version="2.0"><channel><title>Offres</title>
<item><title>Comptable - Casablanca</title><link>/offre-emploi/comptable-casablanca-123459</link>
<description>Cabinet comptable à Casablanca recrute un comptable, bac+3, 2 ans d'expérience.</description>
<pubDate>Thu, 05 Nov 2026 08:00:00 +0000</pubDate></item></channel></rss>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"%x"`, len(body))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		if strings.HasPrefix(body, "<?xml") {
			w.Header().Set("Content-Type", "application/rss+xml")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func collectJSON(t *testing.T, getenv func(string) string, args ...string) (collectSummary, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), append([]string{"collect", "--json"}, args...), getenv, nil, &out, &errb)
	var sum collectSummary
	lastSummaryLine(t, out.String(), &sum, &sum.Summary)
	return sum, errb.String(), err
}

// `marsad collect --json` ends with ingest's summary line; a second run
// finds every page unchanged.
func TestCollectJSONEndsWithTheIngestSummary(t *testing.T) {
	board := jobBoard(t)
	getenv := env(t, "MARSAD_COLLECT_DELAY", "1ms")
	sum, stderr, err := collectJSON(t, getenv, board.URL+"/offres", board.URL+"/rss")
	if err != nil {
		t.Fatalf("collect: %v\n%s", err, stderr)
	}
	if sum.Loaded != 3 || len(sum.PagesSkipped) != 1 || !strings.Contains(stderr, "/prive/offre-emploi-123458: robots.txt forbids it") {
		t.Errorf("first run: loaded %d, skipped %v, stderr %q; want 3 ads and the forbidden page said", sum.Loaded, sum.PagesSkipped, stderr)
	}
	sum, _, err = collectJSON(t, getenv, board.URL+"/offres", board.URL+"/rss")
	if err != nil || sum.Loaded != 0 || sum.NotModified != 4 || sum.Pages != 0 {
		t.Errorf("second run: loaded %d, not modified %d, pages %d, %v; want 0, 4, 0", sum.Loaded, sum.NotModified, sum.Pages, err)
	}
}

// A source that cannot be reached stores nothing, is named in the
// summary's refused list, and the command fails.
func TestCollectFailsOnAnUnreachableSource(t *testing.T) {
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()
	sum, stderr, err := collectJSON(t, env(t, "MARSAD_COLLECT_DELAY", "1ms"), gone.URL+"/offres")
	if err == nil || len(sum.Refused) != 1 || !strings.Contains(stderr, "robots.txt") {
		t.Errorf("unreachable: %v, refused %v, stderr %q; want an error naming the source", err, sum.Refused, stderr)
	}
}

// `marsad serve` with MARSAD_COLLECT_EVERY collects the sources file at
// start: a later `collect` of the same sources finds every page as the
// scheduled run left it.
func TestServeCollectsOnSchedule(t *testing.T) {
	board := jobBoard(t)
	sources := writeSources(t, board.URL+"/offres", board.URL+"/rss")
	getenv := env(t, "MARSAD_COLLECT_DELAY", "1ms", "MARSAD_COLLECT_SOURCES", sources, "MARSAD_COLLECT_EVERY", "1h")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, getenv, nil, io.Discard, io.Discard)
	}()
	state := collectStatePath(getenv("MARSAD_DATA_DIR"))
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(50 * time.Millisecond) {
		if b, err := os.ReadFile(state); err == nil && strings.Contains(string(b), board.URL+"/rss") { // the last source
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no scheduled collection stored its state in %s", state)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	sum, _, err := collectJSON(t, getenv) // no address: the sources file
	if err != nil || sum.Loaded != 0 || sum.NotModified != 4 {
		t.Errorf("collect after the scheduled run: loaded %d, not modified %d, %v; want 0, 4", sum.Loaded, sum.NotModified, err)
	}
}

// writeSources writes a sources file listing addresses.
func writeSources(t *testing.T, addresses ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sources.yaml")
	yaml := "sources:\n"
	for _, a := range addresses {
		yaml += "  - address: " + a + "\n"
	}
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCollectSettingsAreChecked(t *testing.T) {
	for _, c := range []struct{ env []string }{
		{[]string{"MARSAD_COLLECT_EVERY", "6h"}}, // no sources file
		{[]string{"MARSAD_COLLECT_EVERY", "10s", "MARSAD_COLLECT_SOURCES", "s.yaml"}},
		{[]string{"MARSAD_COLLECT_DELAY", "0s"}},
		{[]string{"MARSAD_COLLECT_TIMEOUT", "soon"}},
	} {
		err := run(context.Background(), []string{"collect", "https://www.emploi.example/offres"}, env(t, c.env...), nil, io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), c.env[0]) {
			t.Errorf("%v: %v, want an error naming %s", c.env, err, c.env[0])
		}
	}
}

// Once real ads are collected, an answer about them cites the real site
// and the ad's address, with no demo mark (the demo ads beside it keep
// theirs).
func TestCollectedAdsAreCitedWithTheirSiteAndAddress(t *testing.T) {
	board := jobBoard(t)
	getenv := env(t, "MARSAD_COLLECT_DELAY", "1ms")
	if _, stderr, err := collectJSON(t, getenv, board.URL+"/offres"); err != nil {
		t.Fatalf("collect: %v\n%s", err, stderr)
	}
	turn := askJSON(t, getenv, "offres de soudeur à Kénitra")
	adURL := board.URL + "/offre-emploi/soudeur-tig-kenitra-123456"
	if !strings.Contains(turn.Answer, adURL) {
		t.Errorf("answer does not give the collected ad's address %s:\n%s", adURL, turn.Answer)
	}
	for _, line := range strings.Split(turn.Answer, "\n") {
		if strings.Contains(line, adURL) && strings.Contains(line, "démonstration") {
			t.Errorf("the collected ad is marked as demo: %q", line)
		}
	}
	site := strings.TrimPrefix(board.URL, "http://")
	found := false
	for _, c := range turn.Citations {
		if strings.Contains(c.Publisher, site) || strings.Contains(c.URL, site) {
			found = true
			if c.Demo {
				t.Errorf("citation of the collected site marked demo: %+v", c)
			}
		}
	}
	if !found {
		t.Errorf("no citation names the site %s: %+v", site, turn.Citations)
	}
}
