package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// citingPlanner answers every message with one figure read on a press
// relay of HCP (two periods from one page) and one demo job ad.
type citingPlanner struct{}

func (citingPlanner) Run(ctx context.Context, history []assistant.Turn, msg lang.Reading, emit assistant.Emit) (assistant.Turn, error) {
	page := "https://aljiha24.ma/articles/%d8%ac%d9%87%d8%a9"
	return assistant.Turn{Lang: string(msg.Lang), Answer: fmt.Sprintf("Réponse %d : 13,3 %%.", len(history)+1), ToolCalls: []assistant.ToolCall{},
		Citations: []tools.Citation{
			{ID: page, Kind: tools.KindOfficial, Publisher: "HCP", ReportedBy: "Aljiha24", Period: "2023", URL: page, Supports: []string{"2023"}},
			{ID: page, Kind: tools.KindOfficial, Publisher: "HCP", ReportedBy: "Aljiha24", Period: "2024", URL: page, Supports: []string{"2024"}},
			{ID: "ad:1", Kind: tools.KindDocument, Publisher: "emploi-maroc.example", Title: "Soudeur", Demo: true},
		}}, nil
}

// newConversationServer serves a real Assistant over citingPlanner, with
// a session "s1" of two turns.
func newConversationServer(t *testing.T) (string, *assistant.Assistant) {
	t.Helper()
	a := assistant.New(citingPlanner{})
	ts := newTestServer(t, Config{}, a)
	for _, q := range []string{"Quel est le taux de chômage ?", "Et en 2023 ?"} {
		resp, b := mustPost(t, ts.URL+"/api/chat", "application/json", []byte(`{"message":"`+q+`","session_id":"s1"}`), nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("chat: %d %s", resp.StatusCode, b)
		}
	}
	return ts.URL, a
}

func TestSessionGivesItsTurns(t *testing.T) {
	url, _ := newConversationServer(t)
	resp, b := mustGet(t, url+"/api/sessions/s1")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	var got assistant.Conversation
	mustDecode(t, b, &got)
	if got.SessionID != "s1" || got.First != 0 || len(got.Turns) != 2 {
		t.Fatalf("session = %+v, want s1 with 2 turns from index 0", got)
	}
	if got.Turns[1].Question != "Et en 2023 ?" || got.Turns[1].Answer != "Réponse 2 : 13,3 %." {
		t.Errorf("second turn = %+v", got.Turns[1])
	}
	cs := got.Turns[0].Citations
	if len(cs) != 2 {
		t.Fatalf("citations = %+v, want one per address: the press page and the demo ad", cs)
	}
	if c := cs[0]; c.Label != "HCP, rapporté par Aljiha24" || c.SupportsLabel != "chiffres : 2023, 2024" ||
		c.DisplayURL != "aljiha24.ma/articles/جهة" || c.URL != "https://aljiha24.ma/articles/%d8%ac%d9%87%d8%a9" {
		t.Errorf("press source = %+v, want publisher first, its relay, both periods, a decoded address and the raw link", c)
	}
	if c := cs[1]; !c.Demo || c.DemoLabel != "données de démonstration" || c.URL != "" {
		t.Errorf("demo ad source = %+v, want it marked demo in French, without address", c)
	}
	if !strings.Contains(string(b), `"turns":[{`) || !strings.Contains(string(b), `"first_turn":0`) {
		t.Errorf("body %s lacks turns or first_turn", b)
	}
}

func TestSessionRefusals(t *testing.T) {
	url, _ := newConversationServer(t)
	for _, c := range []struct {
		path, code string
		status     int
	}{
		{"/api/sessions/unknown", "no_session", http.StatusNotFound},
		{"/api/sessions/a%20b", "bad_session_id", http.StatusBadRequest},
		{"/api/sessions/" + strings.Repeat("x", 200), "bad_session_id", http.StatusBadRequest},
		{"/api/sessions/unknown/export", "no_session", http.StatusNotFound},
	} {
		resp, b := mustGet(t, url+c.path)
		if resp.StatusCode != c.status || !strings.Contains(string(b), `"code":"`+c.code+`"`) {
			t.Errorf("GET %s: %d %s, want %d %s", c.path, resp.StatusCode, b, c.status, c.code)
		}
	}
	ts := newTestServer(t, Config{}, scripted()) // a Chatter that keeps no conversations
	if resp, b := mustGet(t, ts.URL+"/api/sessions/s1"); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("without conversations: %d %s, want 503", resp.StatusCode, b)
	}
}

func TestFeedbackIsStoredWithItsTurn(t *testing.T) {
	url, a := newConversationServer(t)
	resp, b := mustPost(t, url+"/api/feedback", "application/json",
		[]byte(`{"session_id":"s1","turn":1,"rating":"down","comment":"Il manque la source officielle.\nMerci"}`), nil)
	if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(b)) != `{"ok":true}` {
		t.Fatalf("feedback: %d %s, want 200 {\"ok\":true}", resp.StatusCode, b)
	}
	got, err := a.Feedback(context.Background(), "s1")
	if err != nil || len(got) != 1 {
		t.Fatalf("stored feedback = %+v, %v; want one", got, err)
	}
	f := got[0]
	if f.Turn != 1 || f.Rating != "down" || f.Comment != "Il manque la source officielle.\nMerci" ||
		f.Question != "Et en 2023 ?" || f.Answer != "Réponse 2 : 13,3 %." || time.Since(f.Time) > time.Minute {
		t.Errorf("stored feedback = %+v, want turn 1 rated down with its comment, question, answer and time", f)
	}
}

func TestFeedbackErrorsNameTheField(t *testing.T) {
	url, _ := newConversationServer(t)
	for _, c := range []struct{ body, field string }{
		{`{"session_id":"s1","rating":"up"}`, "turn"},
		{`{"session_id":"s1","turn":"1","rating":"up"}`, "turn"},
		{`{"session_id":"s1","turn":2,"rating":"up"}`, "turn"},
		{`{"session_id":"s1","turn":-1,"rating":"up"}`, "turn"},
		{`{"session_id":"s1","turn":0,"rating":"meh"}`, "rating"},
		{`{"session_id":"s1","turn":0}`, "rating"},
		{`{"session_id":"nobody","turn":0,"rating":"up"}`, "session_id"},
		{`{"session_id":"a b","turn":0,"rating":"up"}`, "session_id"},
		{`{"turn":0,"rating":"up"}`, "session_id"},
		{`{"session_id":"s1","turn":0,"rating":"up","comment":"` + strings.Repeat("ش", assistant.MaxCommentRunes+1) + `"}`, "comment"},
		{`{"session_id":"s1","turn":0,"rating":"up","comment":5}`, "comment"},
	} {
		resp, b := mustPost(t, url+"/api/feedback", "application/json", []byte(c.body), nil)
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), `"field":"`+c.field+`"`) ||
			!strings.Contains(string(b), `"code":"bad_feedback"`) || !strings.Contains(string(b), `"error":"`+c.field+`: `) {
			t.Errorf("%.80s: %d %s, want 400 bad_feedback naming %s", c.body, resp.StatusCode, b, c.field)
		}
	}
	resp, b := mustPost(t, url+"/api/feedback", "application/json", []byte(`{"session_id":`), nil)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), `"code":"bad_request"`) {
		t.Errorf("broken JSON: %d %s, want 400 bad_request", resp.StatusCode, b)
	}
}

func TestExportIsMarkdownWithSources(t *testing.T) {
	url, _ := newConversationServer(t)
	resp, b := mustGet(t, url+"/api/sessions/s1/export")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/markdown; charset=utf-8" ||
		resp.Header.Get("Content-Disposition") != `attachment; filename="marsad-s1.md"` {
		t.Fatalf("export: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	md := string(b)
	for _, want := range []string{
		"# Conversation avec Marsad\n",
		"Exportée de Marsad le " + time.Now().UTC().Format("2006-01-02"),
		"« données de démonstration »",
		"## Question 1\n\n> Quel est le taux de chômage ?\n\nRéponse 1 : 13,3 %.\n",
		"## Question 2\n\n> Et en 2023 ?\n",
		"Sources :\n- HCP, rapporté par Aljiha24 — chiffres : 2023, 2024 — [aljiha24.ma/articles/جهة](<https://aljiha24.ma/articles/%d8%ac%d9%87%d8%a9>)\n" +
			"- « Soudeur » — emploi-maroc.example — (données de démonstration)\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("export lacks %q:\n%s", want, md)
		}
	}
	_, en := mustGet(t, url+"/api/sessions/s1/export?lang=en")
	if !strings.Contains(string(en), "Exported from Marsad on ") || !strings.Contains(string(en), "## Question 2") {
		t.Errorf("export in English:\n%s", en)
	}
}

func TestExportWritesChartTables(t *testing.T) {
	var b strings.Builder
	ch := exportChart{Title: "Taux de chômage", URL: "https://h/charts/ab.svg", Caption: "HCP, 2017–2023"}
	ch.Table = &struct {
		Columns []string   `json:"columns"`
		Rows    [][]string `json:"rows"`
	}{Columns: []string{"Année", "Taux"}, Rows: [][]string{{"2017", "10,2 %"}, {"a|b", "x\ny"}}}
	writeChart(&b, exportVocab["fr"], ch)
	want := "\n**Tableau — Taux de chômage**\n\n| Année | Taux |\n|---|---|\n| 2017 | 10,2 % |\n| a\\|b | x y |\n" +
		"\nGraphique — Taux de chômage: https://h/charts/ab.svg\n\n*HCP, 2017–2023*\n"
	if b.String() != want {
		t.Errorf("chart as Markdown:\n%q\nwant\n%q", b.String(), want)
	}
}
