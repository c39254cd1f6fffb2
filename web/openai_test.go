package web

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
)

// recording wraps the scripted Chatter and keeps the last request.
func recording(last *assistant.Request) Chatter {
	return chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		*last = req
		return scripted().Chat(ctx, req, emit)
	})
}

const completionBody = `{"model":"marsad-test","messages":[
 {"role":"system","content":"Tu es Marsad."},
 {"role":"user","content":"Bonjour"},
 {"role":"assistant","content":"Bonjour !"},
 {"role":"user","content":[{"type":"text","text":"Quel est le taux de chômage "},{"type":"text","text":"des jeunes en 2024 ?"}]}
],"stream":%s}`

func TestCompletionPlain(t *testing.T) {
	var last assistant.Request
	ts := newTestServer(t, Config{}, recording(&last))
	body := strings.Replace(completionBody, "%s", "false", 1)
	resp, b := mustPost(t, ts.URL+"/v1/chat/completions", "application/json", []byte(body), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	if want := "Quel est le taux de chômage des jeunes en 2024 ?"; last.Message != want {
		t.Errorf("question %q, want the last user message %q", last.Message, want)
	}
	var got struct {
		ID, Object, Model string
		Choices           []struct {
			Message      message
			FinishReason string `json:"finish_reason"`
		}
		Marsad *assistant.Turn
	}
	mustDecode(t, b, &got)
	answer := strings.Join(testTokens, "")
	if got.Object != "chat.completion" || got.Model != "marsad-test" || !strings.HasPrefix(got.ID, "chatcmpl-") {
		t.Errorf("header fields %q %q %q", got.Object, got.Model, got.ID)
	}
	want := []struct {
		Message      message
		FinishReason string `json:"finish_reason"`
	}{{message{Role: "assistant", Content: answer + sourcesSuffix(testTurn(last))}, "stop"}} // the answer, then its sources
	if diff := cmp.Diff(want, got.Choices); diff != "" {
		t.Errorf("choices (-want +got):\n%s", diff)
	}
	if got.Marsad == nil || len(got.Marsad.Citations) != 1 || got.Marsad.Citations[0].URL != testCitation.URL ||
		len(got.Marsad.ToolCalls) != 1 {
		t.Errorf("marsad turn %+v, want the citation and the tool call", got.Marsad)
	}
}

// sseEvents returns the data payloads of a text/event-stream body.
func sseEvents(t *testing.T, body []byte) []string {
	t.Helper()
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			out = append(out, data)
		}
	}
	return out
}

func TestCompletionStream(t *testing.T) {
	var last assistant.Request
	ts := newTestServer(t, Config{}, recording(&last))
	body := strings.Replace(completionBody, "%s", "true", 1)
	resp, b := mustPost(t, ts.URL+"/v1/chat/completions", "application/json", []byte(body), nil)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("status %d, type %q: %s", resp.StatusCode, resp.Header.Get("Content-Type"), b)
	}
	events := sseEvents(t, b)
	if len(events) < 3 || events[len(events)-1] != "[DONE]" {
		t.Fatalf("events %q, want chunks then [DONE]", events)
	}
	var content strings.Builder
	var final completion
	for i, data := range events[:len(events)-1] {
		var chunk completion
		mustDecode(t, []byte(data), &chunk)
		if chunk.Object != "chat.completion.chunk" || len(chunk.Choices) != 1 {
			t.Fatalf("chunk %d: %s", i, data)
		}
		if d := chunk.Choices[0].Delta; d != nil {
			content.WriteString(d.Content)
		}
		if chunk.Choices[0].FinishReason != nil && i != len(events)-2 {
			t.Errorf("chunk %d finishes before the last one: %s", i, data)
		}
		final = chunk
	}
	sources := "\n\nSource :\n- HCP — chiffres : 2024 — [hcp.ma/Situation-du-marche-du-travail-en-2024_a3894.html](<" + testCitation.URL + ">)"
	if got, want := content.String(), strings.Join(testTokens, "")+sources; got != want {
		t.Errorf("streamed content %q, want the answer then its sources, %q", got, want)
	}
	if fr := final.Choices[0].FinishReason; fr == nil || *fr != "stop" {
		t.Errorf("last chunk finish_reason %v, want stop", fr)
	}
	if final.Marsad == nil || len(final.Marsad.Citations) != 1 || final.Marsad.Answer+sources != content.String() {
		t.Errorf("last chunk marsad %+v, want the turn with its citation", final.Marsad)
	}
}

func TestCompletionStreamWithoutTokens(t *testing.T) {
	whole := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		return assistant.Turn{Lang: "fr", Answer: "Réponse entière."}, nil
	})
	ts := newTestServer(t, Config{}, whole)
	_, b := mustPost(t, ts.URL+"/v1/chat/completions", "application/json",
		[]byte(`{"messages":[{"role":"user","content":"q"}],"stream":true}`), nil)
	var content strings.Builder
	for _, data := range sseEvents(t, b) {
		var chunk completion
		if data != "[DONE]" && json.Unmarshal([]byte(data), &chunk) == nil && chunk.Choices[0].Delta != nil {
			content.WriteString(chunk.Choices[0].Delta.Content)
		}
	}
	if content.String() != "Réponse entière." {
		t.Errorf("content %q, want the whole answer", content.String())
	}
}

func TestCompletionErrors(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	tests := []struct {
		name, body string
		status     int
		code       string
	}{
		{"no user message", `{"messages":[{"role":"system","content":"x"}]}`, http.StatusBadRequest, "bad_request"},
		{"invalid JSON", `{"messages":[`, http.StatusBadRequest, "bad_request"},
		{"empty question", `{"messages":[{"role":"user","content":""}]}`, http.StatusBadRequest, "empty_message"},
		{"empty question, streaming", `{"messages":[{"role":"user","content":null}],"stream":true}`, http.StatusBadRequest, "empty_message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := mustPost(t, ts.URL+"/v1/chat/completions", "application/json", []byte(tt.body), nil)
			var got struct{ Error completionError }
			mustDecode(t, b, &got)
			if resp.StatusCode != tt.status || got.Error.Code != tt.code || got.Error.Type != "invalid_request_error" {
				t.Errorf("status %d, error %+v; want %d %s", resp.StatusCode, got.Error, tt.status, tt.code)
			}
		})
	}
}
