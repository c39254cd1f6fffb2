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
		`<script src="/static/render.js?v=v9" defer>`,
		`<script src="/static/app.js?v=v9" defer>`,
		`href="/static/style.css?v=v9"`,
		`aria-live="polite"`,
		`<label for="question">`,
		`lang="ar" dir="rtl" data-question="ما هو معدل البطالة في جهة الشرق سنة 2024؟"`,
		`lang="ary-Latn" dir="ltr" data-question="ch7al taux dyal chomage f casa 2024?"`,
		`lang="fr" dir="ltr" data-question="Quel est le taux de chômage des jeunes en 2024 ?"`,
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
}

func TestStatic(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	tests := []struct {
		path, typ string
		contains  []string
	}{
		{"/static/app.js", "text/javascript", []string{"new WebSocket(", "'/ws'", "aria-busy", "retryDelay"}},
		{"/static/render.js", "text/javascript", []string{"function dirOf(", "\\p{Script=Arabic}", "textContent", "noopener"}},
		{"/static/style.css", "text/css", []string{"unicode-bidi: plaintext", ".msg-user"}},
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
