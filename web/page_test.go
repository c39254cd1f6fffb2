package web

import (
	"net/http"
	"strings"
	"testing"
)

func TestPage(t *testing.T) {
	ts := newTestServer(t, Config{Version: "v9"}, scripted())
	resp, b := mustGet(t, ts.URL+"/")
	page := string(b)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("status %d type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	for _, want := range []string{
		`<script src="/static/i18n.js?v=v9" defer>`,
		`<script src="/static/render.js?v=v9" defer>`,
		`<script src="/static/parts.js?v=v9" defer>`,
		`<script src="/static/turn.js?v=v9" defer>`,
		`<script src="/static/app.js?v=v9" defer>`,
		`id="new-chat"`,
		`id="export"`,
		`data-lang="ar"`,
		`data-lang="en"`,
		`href="/static/style.css?v=v9"`,
		`aria-live="polite"`,
		`<label for="question" data-i18n="question">`,
		`lang="ar" dir="rtl" data-question="ما هو معدل البطالة في جهة الشرق سنة 2024؟"`,
		`lang="ary-Latn" dir="ltr" data-question="ch7al taux dyal chomage f casa 2024?"`,
		`lang="fr" dir="ltr" data-question="Quel est le taux de chômage des jeunes en 2024 ?"`,
		`lang="en" dir="ltr" data-question="What are the most demanded occupations in Casablanca?"`,
		`lang="ary" dir="rtl"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Error("page refers to an external resource")
	}
	// Which sources are loaded is the server's to say (GET /api/sources):
	// the page itself names none.
	for _, claim := range []string{"ANAPEC", "CNSS"} {
		if strings.Contains(page, claim) {
			t.Errorf("page claims %s as a source", claim)
		}
	}
}

func TestStatic(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	tests := []struct {
		path, typ string
		contains  []string
	}{
		{"/static/app.js", "text/javascript", []string{"new WebSocket(", "'/ws'", "retryDelay", "localStorage", "'/api/sessions/'", "'/api/feedback'"}},
		{"/static/turn.js", "text/javascript", []string{"data-role", "'answer'", "'turn'", "aria-busy"}},
		{"/static/render.js", "text/javascript", []string{"function dirOf(", "\\p{Script=Arabic}", "textContent", "noopener", "'bdi'"}},
		{"/static/parts.js", "text/javascript", []string{"function renderChart(", "'img'"}},
		{"/static/i18n.js", "text/javascript", []string{"indicator_series", "'تجريبي'", "'démo'"}},
		{"/static/style.css", "text/css", []string{"unicode-bidi: isolate", ".msg-user", "@media print"}},
	}
	for _, tt := range tests {
		resp, b := mustGet(t, ts.URL+tt.path)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.typ) {
			t.Errorf("%s: status %d type %q", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		for _, want := range tt.contains {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s lacks %s", tt.path, want)
			}
		}
		if strings.Contains(string(b), "innerHTML") {
			t.Errorf("%s uses innerHTML", tt.path)
		}
	}
	for _, path := range []string{"/static/", "/static/index.html", "/static/missing.js", "/static/../page.go"} {
		if resp, _ := mustGet(t, ts.URL+path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", path, resp.StatusCode)
		}
	}
}
