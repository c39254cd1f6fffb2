package web

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/tokens"
)

func mustCount(t *testing.T, texts ...string) int {
	t.Helper()
	n, err := tokens.Count(strings.Join(texts, ""))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// wantUsage is the usage of completionBody's messages and the scripted
// answer, counted message by message.
func wantUsage(t *testing.T) *usage {
	t.Helper()
	prompt := 0
	for _, text := range []string{"Tu es Marsad.", "Bonjour", "Bonjour !", "Quel est le taux de chômage des jeunes en 2024 ?"} {
		prompt += mustCount(t, text)
	}
	// the content is the answer, then its sources
	answer := mustCount(t, strings.Join(testTokens, "")+sourcesSuffix(testTurn(assistant.Request{})))
	return &usage{PromptTokens: prompt, CompletionTokens: answer, TotalTokens: prompt + answer}
}

func TestCompletionPlainCountsUsage(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	body := strings.Replace(completionBody, "%s", "false", 1)
	_, b := mustPost(t, ts.URL+"/v1/chat/completions", "application/json", []byte(body), nil)
	var got completion
	mustDecode(t, b, &got)
	if diff := cmp.Diff(wantUsage(t), got.Usage); diff != "" {
		t.Errorf("usage (-want +got):\n%s", diff)
	}
}

func TestCompletionStreamSendsUsageLastWhenAsked(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	for _, include := range []bool{false, true} {
		body := strings.Replace(completionBody, "%s", "true", 1)
		if include {
			body = strings.Replace(body, `"stream":true`, `"stream":true,"stream_options":{"include_usage":true}`, 1)
		}
		_, b := mustPost(t, ts.URL+"/v1/chat/completions", "application/json", []byte(body), nil)
		events := sseEvents(t, b)
		if len(events) < 3 || events[len(events)-1] != "[DONE]" {
			t.Fatalf("include_usage %v: events %q", include, events)
		}
		var chunks []completion
		for _, data := range events[:len(events)-1] {
			var c completion
			mustDecode(t, []byte(data), &c)
			chunks = append(chunks, c)
		}
		last := chunks[len(chunks)-1]
		for i, c := range chunks[:len(chunks)-1] {
			if c.Usage != nil || c.Marsad != nil {
				t.Errorf("include_usage %v: chunk %d of %d carries usage or the turn: %s", include, i, len(chunks), events[i])
			}
		}
		if last.Marsad == nil || len(last.Marsad.Citations) != 1 || !cmp.Equal(last.Marsad.Citations[0], testCitation) {
			t.Errorf("include_usage %v: last chunk's turn %+v, want the citation", include, last.Marsad)
		}
		switch {
		case !include && (last.Usage != nil || len(last.Choices) != 1 || *last.Choices[0].FinishReason != "stop"):
			t.Errorf("without include_usage, last chunk %s, want finish_reason stop and no usage", events[len(events)-2])
		case include && (len(last.Choices) != 0 || !strings.Contains(events[len(events)-2], `"choices":[]`)):
			t.Errorf("with include_usage, last chunk %s, want no choices", events[len(events)-2])
		case include:
			if diff := cmp.Diff(wantUsage(t), last.Usage); diff != "" {
				t.Errorf("usage (-want +got):\n%s", diff)
			}
			if fr := chunks[len(chunks)-2].Choices[0].FinishReason; fr == nil || *fr != "stop" {
				t.Errorf("the chunk before the usage has finish_reason %v, want stop", fr)
			}
		}
	}
}
