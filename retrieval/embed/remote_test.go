package embed

import (
	"context"
	"encoding/json"
	"errors"
	"hash/fnv"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
)

// fakeVector is the vector the fake servers return for a text.
func fakeVector(text string, dim int) []float32 {
	h := fnv.New32a()
	h.Write([]byte(text))
	v := make([]float32, dim)
	for i := range v {
		v[i] = float32((h.Sum32()>>uint(i%24))&0xff) / 255
	}
	return v
}

// openAIServer speaks POST /v1/embeddings as OpenAI does; dim -1 returns a
// vector of a changing length after the first call.
func openAIServer(t *testing.T, key string, dim int) *httptest.Server {
	var calls atomic.Int32
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/embeddings" {
			http.Error(w, `{"error":{"message":"not found"}}`, http.StatusNotFound)
			return
		}
		if key != "" && r.Header.Get("Authorization") != "Bearer "+key {
			http.Error(w, `{"error":{"message":"bad key"}}`, http.StatusUnauthorized)
			return
		}
		var req struct {
			Model string   `json:"model"`
			Input []string `json:"input"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Model != "bge-m3" {
			http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
			return
		}
		n := calls.Add(1)
		type item struct {
			Object    string    `json:"object"`
			Embedding []float32 `json:"embedding"`
			Index     int       `json:"index"`
		}
		resp := struct {
			Object string `json:"object"`
			Data   []item `json:"data"`
			Model  string `json:"model"`
		}{Object: "list", Model: req.Model}
		for i, in := range req.Input {
			d := dim
			if dim < 0 {
				d = 8 + int(n)
			}
			resp.Data = append(resp.Data, item{"embedding", fakeVector(in, d), i})
		}
		_ = json.NewEncoder(w).Encode(resp)
	}))
}

// ollamaServer speaks POST /api/embed as Ollama does.
func ollamaServer(t *testing.T, dim int) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/api/embed" {
			http.Error(w, `{"error":"not found"}`, http.StatusNotFound)
			return
		}
		var req struct {
			Model string `json:"model"`
			Input string `json:"input"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, `{"error":"bad request"}`, http.StatusBadRequest)
			return
		}
		if req.Model != "nomic-embed-text" {
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"error":"model \"` + req.Model + `\" not found, try pulling it first"}`))
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"model": req.Model, "embeddings": [][]float32{fakeVector(req.Input, dim)}})
	}))
}

var texts = []string{"taux de chômage", "البطالة", "bitala f casa"}

func wantVectors(t *testing.T, got [][]float32, dim int) {
	t.Helper()
	want := make([][]float32, len(texts))
	for i, s := range texts {
		want[i] = fakeVector(s, dim)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("vectors (-want +got):\n%s", diff)
	}
}

func TestOpenAIEmbedder(t *testing.T) {
	srv := openAIServer(t, "sk-test", 12)
	defer srv.Close()
	e, err := NewOpenAI(context.Background(), srv.URL+"/v1", "bge-m3", "sk-test")
	if err != nil {
		t.Fatal(err)
	}
	if e.Dimension() != 12 {
		t.Fatalf("Dimension = %d", e.Dimension())
	}
	got, err := e.Dense(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	wantVectors(t, got, 12)
}

func TestOpenAIEmbedderWithoutKey(t *testing.T) {
	srv := openAIServer(t, "", 4)
	defer srv.Close()
	if _, err := NewOpenAI(context.Background(), srv.URL+"/v1", "bge-m3", ""); err != nil {
		t.Fatal(err)
	}
}

func TestOpenAIEmbedderErrors(t *testing.T) {
	srv := openAIServer(t, "sk-test", 12)
	defer srv.Close()
	if _, err := NewOpenAI(context.Background(), srv.URL+"/v1", "bge-m3", "wrong"); !errors.Is(err, ErrRemote) {
		t.Errorf("bad key: %v", err)
	}
	if _, err := NewOpenAI(context.Background(), srv.URL+"/v1", "other", "sk-test"); !errors.Is(err, ErrRemote) {
		t.Errorf("bad model: %v", err)
	}
	changing := openAIServer(t, "", -1)
	defer changing.Close()
	e, err := NewOpenAI(context.Background(), changing.URL+"/v1", "bge-m3", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Dense(context.Background(), texts); !errors.Is(err, retrieval.ErrDimension) {
		t.Errorf("changing dimension: %v", err)
	}
}

func TestOllamaEmbedder(t *testing.T) {
	srv := ollamaServer(t, 16)
	defer srv.Close()
	e, err := NewOllama(context.Background(), srv.URL, "nomic-embed-text")
	if err != nil {
		t.Fatal(err)
	}
	if e.Dimension() != 16 {
		t.Fatalf("Dimension = %d", e.Dimension())
	}
	got, err := e.Dense(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	wantVectors(t, got, 16)
	if _, err := NewOllama(context.Background(), srv.URL, "missing-model"); !errors.Is(err, ErrRemote) {
		t.Errorf("missing model: %v", err)
	}
}
