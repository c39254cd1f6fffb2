package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// completionMessages is a request body's "messages" from role/content
// pairs.
func completionMessages(pairs ...string) []map[string]string {
	var out []map[string]string
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, map[string]string{"role": pairs[i], "content": pairs[i+1]})
	}
	return out
}

// askCompletion posts a completions request and returns the answer text
// and the turn under "marsad", from the plain response or from the
// streamed chunks.
func askCompletion(t *testing.T, url string, body map[string]any) (string, *assistant.Turn) {
	t.Helper()
	resp, b := mustPost(t, url+"/v1/chat/completions", "application/json", mustJSON(t, body), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	if body["stream"] != true {
		var c completion
		mustDecode(t, b, &c)
		return c.Choices[0].Message.Content, c.Marsad
	}
	var text strings.Builder
	var turn *assistant.Turn
	for _, data := range sseEvents(t, b) {
		if data == "[DONE]" {
			break
		}
		var c completion
		mustDecode(t, []byte(data), &c)
		if len(c.Choices) > 0 && c.Choices[0].Delta != nil {
			text.WriteString(c.Choices[0].Delta.Content)
		}
		if c.Marsad != nil {
			turn = c.Marsad
		}
	}
	return text.String(), turn
}

// seedFigure returns the national unemployment rate of year as the seed
// holds it.
func seedFigure(t *testing.T, year string) float64 {
	t.Helper()
	obs, err := mustSeed(t).figures.Series(context.Background(), tools.SeriesQuery{
		Indicator: "unemployment_rate", From: year, To: year, Frequency: "annual",
		Cell: tools.Cell{Geo: "MA", Area: "total", Sex: "total", Age: "15+", Diploma: "total"},
	})
	if err != nil || len(obs) != 1 {
		t.Fatalf("seed figure for %s: %v %+v", year, err, obs)
	}
	return obs[0].Value
}

func TestCompletionFollowsTheConversation(t *testing.T) {
	ts := newTestServer(t, Config{}, seededChat(t))
	const first = "Quel était le taux de chômage en 2024 ?"
	want2023, want2024 := seedFigure(t, "2023"), seedFigure(t, "2024")
	answer2024, _ := askCompletion(t, ts.URL, map[string]any{"messages": completionMessages("user", first)})
	if !slices.Contains(assistant.NumbersIn(answer2024), want2024) {
		t.Fatalf("first answer %q lacks the 2024 figure %v", answer2024, want2024)
	}
	for _, stream := range []bool{false, true} {
		t.Run(fmt.Sprintf("stream=%v", stream), func(t *testing.T) {
			body := map[string]any{"stream": stream, "messages": completionMessages(
				"system", "Tu es Marsad.", "user", first, "assistant", answer2024, "user", "et en 2023 ?")}
			answer, turn := askCompletion(t, ts.URL, body)
			if !slices.Contains(assistant.NumbersIn(answer), want2023) {
				t.Errorf("follow-up answer %q lacks the 2023 figure %v", answer, want2023)
			}
			if turn == nil || len(turn.ToolCalls) != 1 || !strings.Contains(string(turn.ToolCalls[0].Arguments), `"2023"`) {
				t.Errorf("follow-up turn %+v, want one call for 2023", turn)
			}
		})
	}
}

func TestCompletionWithSessionKeepsTheStoredSession(t *testing.T) {
	ts := newTestServer(t, Config{}, seededChat(t))
	resp, b := mustPost(t, ts.URL+"/api/chat", "application/json",
		mustJSON(t, assistant.Request{Message: "Quel était le taux de chômage en 2024 ?"}), nil)
	var first assistant.Turn
	mustDecode(t, b, &first)
	if resp.StatusCode != http.StatusOK || first.SessionID == "" {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	// The messages say nothing of 2024's question: the stored session does.
	answer, turn := askCompletion(t, ts.URL, map[string]any{"session_id": first.SessionID,
		"messages": completionMessages("user", "Bonjour", "assistant", "Bonjour !", "user", "et en 2023 ?")})
	if want := seedFigure(t, "2023"); !slices.Contains(assistant.NumbersIn(answer), want) || turn.SessionID != first.SessionID {
		t.Errorf("answer %q in session %q, want the 2023 figure %v in session %q", answer, turn.SessionID, want, first.SessionID)
	}
}

// historyRecorder is a planner that answers "réponse N" to its Nth run and
// keeps the questions and histories it was given.
type historyRecorder struct {
	questions []string
	histories [][]assistant.Turn
}

func (r *historyRecorder) Run(_ context.Context, history []assistant.Turn, msg lang.Reading, _ assistant.Emit) (assistant.Turn, error) {
	r.questions = append(r.questions, msg.Text)
	r.histories = append(r.histories, history)
	call := assistant.ToolCall{Name: "indicator_series", Arguments: json.RawMessage(fmt.Sprintf(`{"q":%d}`, len(r.questions)))}
	return assistant.Turn{Lang: "fr", Answer: fmt.Sprintf("réponse %d", len(r.questions)), ToolCalls: []assistant.ToolCall{call}}, nil
}

func TestCompletionReplaysEarlierQuestions(t *testing.T) {
	p := &historyRecorder{}
	ts := newTestServer(t, Config{}, assistant.New(p))
	askCompletion(t, ts.URL, map[string]any{"messages": completionMessages(
		"system", "Tu es Marsad.",
		"user", "q1", "assistant", "a1",
		"user", "q2", // no answer: the client lost it
		"user", "q3", "assistant", "a3",
		"user", "q4")})
	if diff := cmp.Diff([]string{"q1", "q2", "q3", "q4"}, p.questions); diff != "" {
		t.Fatalf("planner runs (-want +got):\n%s", diff)
	}
	type past struct{ Question, Answer, Args string }
	var got []past
	for _, h := range p.histories[3] {
		got = append(got, past{h.Question, h.Answer, string(h.ToolCalls[0].Arguments)})
	}
	want := []past{{"q1", "a1", `{"q":1}`}, {"q2", "réponse 2", `{"q":2}`}, {"q3", "a3", `{"q":3}`}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("history of the last question (-want +got):\n%s", diff)
	}
	if n := len(p.histories[1]); n != 1 {
		t.Errorf("q2 was replayed with %d earlier turns, want 1", n)
	}
}
