package web

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"testing"

	"github.com/marsad/marsad/tools"
)

type upload struct{ kind, name, body string }

// recordingIngest stores what it receives and fails on a body "bad".
func recordingIngest(got *upload) IngestFunc {
	return func(ctx context.Context, kind, name string, body io.Reader) (any, error) {
		b, err := io.ReadAll(body)
		if err != nil {
			return nil, err
		}
		*got = upload{kind, name, string(b)}
		if string(b) == "bad" {
			return nil, fmt.Errorf("row 2: %w: unknown geo MA-99", tools.ErrBadData)
		}
		return map[string]int{"read": 1, "loaded": 1, "duplicates": 0, "quarantined": 0}, nil
	}
}

func bearer(token string) http.Header { return http.Header{"Authorization": {"Bearer " + token}} }

func TestIngestGuard(t *testing.T) {
	var got upload
	tests := []struct {
		name   string
		cfg    Config
		header http.Header
		status int
	}{
		{"no token configured", Config{Ingest: recordingIngest(&got)}, bearer(""), http.StatusServiceUnavailable},
		{"no hook", Config{AdminToken: "s3cret"}, bearer("s3cret"), http.StatusServiceUnavailable},
		{"no authorization", Config{AdminToken: "s3cret", Ingest: recordingIngest(&got)}, nil, http.StatusUnauthorized},
		{"wrong token", Config{AdminToken: "s3cret", Ingest: recordingIngest(&got)}, bearer("s3cre"), http.StatusUnauthorized},
		{"basic scheme", Config{AdminToken: "s3cret", Ingest: recordingIngest(&got)},
			http.Header{"Authorization": {"Basic s3cret"}}, http.StatusUnauthorized},
		{"right token", Config{AdminToken: "s3cret", Ingest: recordingIngest(&got)}, bearer("s3cret"), http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = upload{}
			ts := newTestServer(t, tt.cfg, scripted())
			resp, b := mustPost(t, ts.URL+"/api/ingest?kind=ads&name=a.csv", "text/csv", []byte("title\nInfirmier"), tt.header)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if called := got != (upload{}); called != (tt.status == http.StatusOK) {
				t.Errorf("hook called = %v with status %d", called, tt.status)
			}
		})
	}
}

func TestIngestUploads(t *testing.T) {
	var got upload
	ts := newTestServer(t, Config{AdminToken: "t", Ingest: recordingIngest(&got), MaxIngestBytes: 512}, scripted())
	t.Run("raw body", func(t *testing.T) {
		resp, b := mustPost(t, ts.URL+"/api/ingest?kind=indicators&name=hcp.csv", "text/csv", []byte("x,y"), bearer("t"))
		if resp.StatusCode != http.StatusOK || string(b) != `{"duplicates":0,"loaded":1,"quarantined":0,"read":1}` {
			t.Errorf("status %d body %s", resp.StatusCode, b)
		}
		if want := (upload{"indicators", "hcp.csv", "x,y"}); got != want {
			t.Errorf("hook got %+v, want %+v", got, want)
		}
	})
	t.Run("multipart", func(t *testing.T) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, _ := mw.CreateFormFile("file", "ads.jsonl")
		_, _ = fw.Write([]byte(`{"title":"x"}`))
		_ = mw.Close()
		resp, b := mustPost(t, ts.URL+"/api/ingest?kind=ads", mw.FormDataContentType(), buf.Bytes(), bearer("t"))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		if want := (upload{"ads", "ads.jsonl", `{"title":"x"}`}); got != want {
			t.Errorf("hook got %+v, want %+v", got, want)
		}
	})
	t.Run("bad data is 422 with the reason", func(t *testing.T) {
		resp, b := mustPost(t, ts.URL+"/api/ingest", "text/csv", []byte("bad"), bearer("t"))
		var e struct{ Error, Code string }
		mustDecode(t, b, &e)
		if resp.StatusCode != http.StatusUnprocessableEntity || e.Code != "bad_data" || e.Error == "" {
			t.Errorf("status %d body %s", resp.StatusCode, b)
		}
	})
	t.Run("over the limit is 413", func(t *testing.T) {
		resp, b := mustPost(t, ts.URL+"/api/ingest", "text/csv", bytes.Repeat([]byte("x"), 513), bearer("t"))
		var e struct{ Error, Code string }
		mustDecode(t, b, &e)
		if resp.StatusCode != http.StatusRequestEntityTooLarge || e.Code != "upload_too_large" {
			t.Errorf("status %d body %s", resp.StatusCode, b)
		}
	})
}
