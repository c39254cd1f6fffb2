package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
)

// TestReadyChecksAskTheConfiguredServers probes, for each provider, the
// checks serve gives /readyz, against a server recording what it is
// asked: the cheap requests of the LLM and embedder APIs, with the key.
func TestReadyChecksAskTheConfiguredServers(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.Method+" "+r.URL.Path+" "+r.Header.Get("Authorization"))
		mu.Unlock()
	}))
	t.Cleanup(srv.Close)
	for _, c := range []struct {
		provider, base string
		want           []string
	}{
		{"openai", srv.URL + "/v1/", []string{"GET /v1/models Bearer k", "GET /v1/models Bearer k"}},
		{"ollama", srv.URL, []string{"GET /v1/models Bearer k", "GET /api/version Bearer k"}},
	} {
		asked = nil
		a := &app{cfg: config{LLMProvider: c.provider, LLMBaseURL: c.base, LLMAPIKey: "k", Embedder: c.provider}}
		checks := a.readyChecks()
		var names []string
		for _, ch := range checks {
			names = append(names, ch.Name)
			if err := ch.Probe(context.Background()); err != nil {
				t.Errorf("%s %s: %v", c.provider, ch.Name, err)
			}
		}
		if !slices.Equal(names, []string{"llm", "embedder"}) || !slices.Equal(asked, c.want) {
			t.Errorf("%s: checks %v asked %q, want llm and embedder asking %q", c.provider, names, asked, c.want)
		}
	}
	if checks := (&app{cfg: config{Embedder: "builtin"}}).readyChecks(); len(checks) != 0 {
		t.Errorf("the embedded default has checks %v, want none", checks)
	}
}
