package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

func mustJSON(t *testing.T, res *http.Response, err error, v any) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %s", res.Request.URL, res.StatusCode, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v in %s", res.Request.URL, err, b)
	}
}

// A conversation on the seed corpus: its turns come back, feedback lands
// in the data folder with its turn, and the loaded sources are the seed's
// publishers and demo sites, never a file path.
func TestServeKeepsConversationsFeedbackAndSources(t *testing.T) {
	dir := t.TempDir()
	base := startServerEnv(t, env(t, "MARSAD_DATA_DIR", dir))
	for _, q := range []string{"Quel était le taux de chômage de 2017 à 2023 ?", "Comment devenir infirmier ?"} {
		body, _ := json.Marshal(assistant.Request{Message: q, SessionID: "e2e"})
		var turn assistant.Turn
		res, err := http.Post(base+"/api/chat", "application/json", bytes.NewReader(body))
		mustJSON(t, res, err, &turn)
	}
	var conv assistant.Conversation
	res, err := http.Get(base + "/api/sessions/e2e")
	mustJSON(t, res, err, &conv)
	if len(conv.Turns) != 2 || conv.First != 0 {
		t.Fatalf("session: %+v", conv)
	}
	series := conv.Turns[0]
	if strings.Contains(series.Answer, "https://") || len(series.Citations) == 0 {
		t.Errorf("series answer lists its sources itself, or cites none: %q %+v", series.Answer, series.Citations)
	}
	supported := 0
	for _, c := range series.Citations {
		supported += len(c.Supports)
		if c.Label == "" || c.Publisher != "HCP" || c.URL == "" || c.DisplayURL == "" {
			t.Errorf("series source %+v, want HCP labelled with its address", c)
		}
	}
	if supported != 7 {
		t.Errorf("the series' sources support %d periods, want its 7 years once each", supported)
	}
	for _, c := range conv.Turns[1].Citations {
		if strings.Contains(c.Publisher+c.URL+c.Label, ".json") || c.Kind != "reference_sheet" || !c.Demo {
			t.Errorf("training source %+v, want Marsad's demo reference sheet, no path", c)
		}
	}
	var ok map[string]bool
	res, err = http.Post(base+"/api/feedback", "application/json", strings.NewReader(`{"session_id":"e2e","turn":1,"rating":"up","comment":"utile"}`))
	mustJSON(t, res, err, &ok)
	b, err := os.ReadFile(filepath.Join(dir, "feedback.jsonl"))
	if err != nil || !strings.Contains(string(b), `"question":"Comment devenir infirmier ?"`) {
		t.Errorf("feedback file: %v %s", err, b)
	}
	var sources struct{ Sources []map[string]any }
	res, err = http.Get(base + "/api/sources?lang=fr")
	mustJSON(t, res, err, &sources)
	seen := map[string]bool{}
	for _, s := range sources.Sources {
		pub, _ := s["publisher"].(string)
		seen[pub] = true
		if strings.HasSuffix(pub, ".example") && s["demo"] != true {
			t.Errorf("demo site not marked: %v", s)
		}
		if pub == "Marsad (note de démonstration)" && (s["demo"] != true || s["notes"] == nil || !strings.Contains(s["label"].(string), "notes d'analyse")) {
			t.Errorf("the demo notes: %v, want demo, counted, labelled as notes", s)
		}
	}
	for _, want := range []string{"HCP", "CNSS", "ANAPEC", "emploi-maroc.example", "Marsad", "Marsad (note de démonstration)"} {
		if !seen[want] {
			t.Errorf("loaded sources lack %s: %v", want, sources.Sources)
		}
	}
}
