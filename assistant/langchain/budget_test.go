package langchain

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/tmc/langchaingo/llms"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/langchain/chattest"
	"github.com/marsad/marsad/retrieval/lang"
)

// words counts a text's tokens as its words, for tests that reason in
// round numbers.
func words(s string) int { return len(strings.Fields(s)) }

func pastTurns(n, size int) []assistant.Turn {
	var out []assistant.Turn
	for i := range n {
		out = append(out, assistant.Turn{Question: fmt.Sprintf("question %d", i),
			Answer: fmt.Sprintf("answer %d ", i) + strings.Repeat("mot ", size)})
	}
	return out
}

// The oldest past turns leave first, a question with its answer; then the
// longest tool result is cut with a note; the system prompt, the question
// and the calls stay, and the prompt fits.
func TestBudgetDropsOldTurnsThenCutsResults(t *testing.T) {
	msgs := conversation(lang.French, pastTurns(6, 300), "et pour les femmes ?")
	question := len(msgs) - 1
	call := llms.MessageContent{Role: llms.ChatMessageTypeAI, Parts: []llms.ContentPart{llms.ToolCall{ID: "c1", Type: "function",
		FunctionCall: &llms.FunctionCall{Name: "search_job_ads", Arguments: `{"occupation":"2512"}`}}}}
	reply := llms.MessageContent{Role: llms.ChatMessageTypeTool, Parts: []llms.ContentPart{llms.ToolCallResponse{ToolCallID: "c1",
		Name: "search_job_ads", Content: strings.Repeat("annonce ", 2000)}}}
	msgs = append(msgs, call, reply)
	b := budget{context: 2500, count: words}
	got, f := b.fit(msgs, question)
	if f.Tokens > b.context-answerTokens {
		t.Errorf("prompt of %d tokens, want at most %d", f.Tokens, b.context-answerTokens)
	}
	if f.DroppedMsgs != 12 || f.CutReplies != 1 {
		t.Errorf("fitting %+v, want all 12 past messages dropped and one result cut", f)
	}
	if got[0].Role != llms.ChatMessageTypeSystem || got[1].Parts[0].(llms.TextContent).Text != "et pour les femmes ?" || len(got) != 4 {
		t.Fatalf("kept %d messages starting %v, want system, question, call, cut result", len(got), got[:2])
	}
	cut := got[3].Parts[0].(llms.ToolCallResponse).Content
	if !strings.Contains(cut, "cut to fit the model's context") || words(cut) >= 2000 {
		t.Errorf("result kept %d words, want it cut with a note", words(cut))
	}
	if msgs[len(msgs)-1].Parts[0].(llms.ToolCallResponse).Content != strings.Repeat("annonce ", 2000) {
		t.Error("fit modified the messages it was given")
	}
	// A roomy context keeps everything.
	if all, f := (budget{context: 100_000, count: words}).fit(msgs, question); len(all) != len(msgs) || f.DroppedMsgs+f.CutReplies != 0 {
		t.Errorf("roomy context: %d of %d messages, %+v", len(all), len(msgs), f)
	}
	// Past turns go oldest first: with room for some, the newest stay.
	some, f := (budget{context: 2500, count: words}).fit(msgs[:question+1], question)
	if f.DroppedMsgs == 0 || f.DroppedMsgs%2 != 0 || !strings.HasPrefix(some[len(some)-2].Parts[0].(llms.TextContent).Text, "answer 5") {
		t.Errorf("fitting %+v, last past message %v; want whole turns dropped from the oldest", f, some[len(some)-2])
	}
}

// Through the planner: the request the server receives fits the context,
// without the oldest turns, with the newest and the question.
func TestPlannerSendsAPromptThatFits(t *testing.T) {
	h := newHarness(t, Options{ContextTokens: 3000, CountTokens: words},
		chattest.Say("Je ne peux pas répondre à cela avec mes outils."))
	_, err := h.planner.Run(context.Background(), pastTurns(8, 200), lang.Read("et la question ?"), func(assistant.Event) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	req := h.srv.Request(0)
	var text []string
	for _, m := range req.Messages {
		text = append(text, m.Content)
	}
	sent := strings.Join(text, "\n")
	if strings.Contains(sent, "answer 0 ") || !strings.Contains(sent, "answer 7 ") || !strings.HasSuffix(sent, "et la question ?") {
		t.Errorf("sent %d messages; want the oldest turns left out, the newest and the question kept", len(req.Messages))
	}
	if n := words(sent) + h.planner.budget.tools; n > 3000-answerTokens {
		t.Errorf("sent about %d tokens, want at most %d", n, 3000-answerTokens)
	}
}
