package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// An ask draws its chart into the data folder; a serve started later on
// that folder serves it, and draws the same bytes for the same question.
func TestAskDrawsChartsThatALaterServeServes(t *testing.T) {
	getenv := env(t)
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"ask", "--json", "taux de chômage au Maroc 2015-2023"}, getenv, nil, &out, &errb)
	if err != nil {
		t.Fatalf("ask: %v (%s)", err, errb.String())
	}
	var turn assistant.Turn
	if err := json.Unmarshal(out.Bytes(), &turn); err != nil {
		t.Fatal(err)
	}
	if len(turn.Charts) != 1 || !strings.HasPrefix(turn.Charts[0].URL, "/charts/") || len(turn.Charts[0].Table.Rows) != 9 {
		t.Fatalf("ask --json charts %+v", turn.Charts)
	}
	url := turn.Charts[0].URL
	if _, err := os.Stat(filepath.Join(getenv("MARSAD_DATA_DIR"), url[1:])); err != nil {
		t.Fatalf("chart not stored under the data folder: %v", err)
	}

	base := startServerEnv(t, getenv)
	res, err := http.Get(base + url)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/svg+xml" {
		t.Fatalf("GET %s: %d %s", url, res.StatusCode, res.Header.Get("Content-Type"))
	}
	body, _ := json.Marshal(assistant.Request{Message: "taux de chômage au Maroc 2015-2023"})
	res, err = http.Post(base+"/api/chat", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var served assistant.Turn
	if err := json.NewDecoder(res.Body).Decode(&served); err != nil {
		t.Fatal(err)
	}
	if len(served.Charts) != 1 || served.Charts[0].URL != url {
		t.Errorf("serve drew %+v, want the URL ask drew (%s)", served.Charts, url)
	}
}

func TestAskWithoutFiguresPrintsAnEmptyChartList(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--json", "bonjour"}, env(t), nil, &out, &errb); err != nil {
		t.Fatalf("ask: %v (%s)", err, errb.String())
	}
	if !strings.Contains(out.String(), `"charts":[]`) || errb.Len() != 0 {
		t.Errorf("ask --json printed %s (stderr %q), want \"charts\":[]", out.String(), errb.String())
	}
}
