package assistant_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
)

// answering is a planner that answers every message with one sentence.
type answering struct{}

func (answering) Run(context.Context, []assistant.Turn, lang.Reading, assistant.Emit) (assistant.Turn, error) {
	return assistant.Turn{Lang: "fr", Answer: "Réponse."}, nil
}

var oneChart = assistant.Chart{Title: "Taux de chômage", URL: "/charts/x.svg", Caption: "Source : HCP",
	Table: assistant.Table{Columns: []string{"Période", "Valeur"}, Rows: [][]string{{"2024", "13,3 %"}}}}

// chat runs one turn and returns it with its done event's turn and the
// session's stored copy.
func chat(t *testing.T, a *assistant.Assistant, sessions assistant.Sessions) (got, done, stored assistant.Turn) {
	t.Helper()
	got, err := a.Chat(context.Background(), assistant.Request{Message: "taux de chômage"}, func(e assistant.Event) error {
		if e.Type == assistant.EventDone {
			done = *e.Turn
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Chat: %v", err)
	}
	turns, err := sessions.Load(context.Background(), got.SessionID, 1)
	if err != nil || len(turns) != 1 {
		t.Fatalf("Load: %v, %d turns", err, len(turns))
	}
	return got, done, turns[0]
}

func TestChatCarriesTheChartsOfItsTurnEverywhere(t *testing.T) {
	sessions := assistant.NewMemorySessions(assistant.MemoryLimits{})
	var seen assistant.Turn
	charts := func(_ context.Context, t assistant.Turn) ([]assistant.Chart, error) {
		seen = t
		return []assistant.Chart{oneChart}, nil
	}
	a := assistant.New(answering{}, assistant.WithSessions(sessions), assistant.WithCharts(charts, nil))
	got, done, stored := chat(t, a, sessions)
	for name, turn := range map[string]assistant.Turn{"returned": got, "done": done, "stored": stored} {
		if len(turn.Charts) != 1 || turn.Charts[0].URL != oneChart.URL {
			t.Errorf("%s turn has charts %+v, want the one made", name, turn.Charts)
		}
	}
	if seen.Answer != "Réponse." || seen.SessionID == "" {
		t.Errorf("charts were made from %+v, want the answered turn", seen)
	}
}

func TestChartFailureLeavesTheTurnWithoutCharts(t *testing.T) {
	for name, charts := range map[string]assistant.ChartFunc{
		"error": func(context.Context, assistant.Turn) ([]assistant.Chart, error) {
			return []assistant.Chart{oneChart}, errors.New("disk full")
		},
		"panic": func(context.Context, assistant.Turn) ([]assistant.Chart, error) { panic("bad row") },
	} {
		t.Run(name, func(t *testing.T) {
			sessions := assistant.NewMemorySessions(assistant.MemoryLimits{})
			var failed error
			a := assistant.New(answering{}, assistant.WithSessions(sessions),
				assistant.WithCharts(charts, func(err error) { failed = err }))
			got, done, stored := chat(t, a, sessions)
			if got.Answer != "Réponse." || done.Answer != got.Answer || stored.Answer != got.Answer {
				t.Errorf("turn %+v, want the answer kept", got)
			}
			if got.Charts == nil || len(got.Charts) != 0 || len(done.Charts) != 0 || len(stored.Charts) != 0 {
				t.Errorf("charts %#v, want an empty list", got.Charts)
			}
			if failed == nil || !strings.Contains(failed.Error(), "charts") {
				t.Errorf("failure reported %v, want a charts error", failed)
			}
		})
	}
}

func TestTurnJSONAlwaysHasAChartList(t *testing.T) {
	for name, turn := range map[string]assistant.Turn{
		"no charts":  {Lang: "fr", Answer: "a < b & c"},
		"one chart":  {Lang: "fr", Answer: "x", Charts: []assistant.Chart{oneChart}},
		"empty list": {Lang: "fr", Charts: []assistant.Chart{}},
	} {
		t.Run(name, func(t *testing.T) {
			raw, err := json.Marshal(turn)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]json.RawMessage
			if err := json.Unmarshal(raw, &m); err != nil {
				t.Fatal(err)
			}
			var charts []assistant.Chart
			if err := json.Unmarshal(m["charts"], &charts); err != nil || charts == nil || len(charts) != len(turn.Charts) {
				t.Fatalf("charts = %s (%v), want a list of %d", m["charts"], err, len(turn.Charts))
			}
			if strings.Contains(string(raw), "a < b") {
				t.Errorf("json.Marshal left HTML unescaped: %s", raw)
			}
			var back assistant.Turn
			if err := json.Unmarshal(raw, &back); err != nil || back.Answer != turn.Answer {
				t.Errorf("round trip: %+v, %v", back, err)
			}
		})
	}
}

func TestTurnJSONKeepsHTMLAsAnEncoderAsks(t *testing.T) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(assistant.Turn{Answer: "a < b & c"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"answer":"a < b & c"`) || !strings.Contains(b.String(), `"charts":[]`) {
		t.Errorf("encoded %s", b.String())
	}
}
