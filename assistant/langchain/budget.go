package langchain

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/tmc/langchaingo/llms"
)

// The prompt sent to the model must fit its context window
// (Options.ContextTokens): the system prompt, the tools' schemas (about
// 2,700 tokens for the kit's tools), the conversation so far, this turn's
// tool calls and results, and room for the answer. budget.fit cuts what
// matters least first: the oldest past turns (a question leaves with its
// answer), then the longest tool results of this turn, each cut with a
// note saying so, down to a floor. The system prompt, the question and
// the tool calls always stay.
const (
	// DefaultContextTokens is the context assumed when none is configured:
	// what current hosted and local models (Qwen 2.5, Llama 3.1, Mistral
	// Small) read at least. A smaller one (Ollama serves 4096 unless told
	// otherwise) must be configured: then results are cut.
	DefaultContextTokens = 32768
	// answerTokens is the room kept for the model's reply.
	answerTokens = 1024
	// messageTokens is what a chat format adds to each message (role,
	// separators), as OpenAI counts it.
	messageTokens = 4
	// minReplyTokens is the floor a tool result is cut to; noteTokens the
	// room its note takes.
	minReplyTokens = 200
	noteTokens     = 24
)

// budget counts a prompt's tokens and fits it to the context.
type budget struct {
	context int              // tokens the model reads and writes, answer included
	count   func(string) int // tokens of a text
	tools   int              // tokens of the tool schemas, sent with every request
}

func newBudget(context int, count func(string) int, offered []llms.Tool) budget {
	if context <= 0 {
		context = DefaultContextTokens
	}
	if count == nil {
		count = approxTokens
	}
	b := budget{context: context, count: count}
	if raw, err := json.Marshal(offered); err == nil {
		b.tools = count(string(raw))
	}
	return b
}

// approxTokens estimates tokens when no counter is given: about four bytes
// a token for Latin text, two for Arabic (two bytes a letter).
func approxTokens(s string) int { return (len(s) + 3) / 4 }

// Fitting is what fit did to a prompt: its tokens as counted, the past
// messages it left out and the tool results it cut.
type Fitting struct {
	Tokens      int // prompt tokens as sent (tool schemas included)
	DroppedMsgs int
	CutReplies  int
}

// fit returns msgs within the budget, and what it did. question is the
// index of the current question: msgs[1:question] are past turns,
// msgs[question+1:] this turn's calls and results. msgs is not modified.
func (b budget) fit(msgs []llms.MessageContent, question int) ([]llms.MessageContent, Fitting) {
	sizes := make([]int, len(msgs))
	total := b.tools + answerTokens
	for i, m := range msgs {
		sizes[i] = b.message(m)
		total += sizes[i]
	}
	var f Fitting
	first := 1 // first past message kept
	for total > b.context && first < question {
		n := 1
		if msgs[first].Role == llms.ChatMessageTypeHuman && first+1 < question {
			n = 2 // a question leaves with its answer
		}
		for _, s := range sizes[first : first+n] {
			total -= s
		}
		first += n
		f.DroppedMsgs += n
	}
	out := append(append([]llms.MessageContent{msgs[0]}, msgs[first:question+1]...), msgs[question+1:]...)
	replies := out[2+question-first:] // this turn's calls and results
	cut := map[int]bool{}             // each result is cut once, so that the loop ends
	for total > b.context {
		i, longest := b.longestReply(replies, cut)
		if i < 0 || longest <= minReplyTokens {
			break
		}
		keep := max(minReplyTokens, longest-(total-b.context)-noteTokens)
		shorter := b.cutReply(replies[i], keep)
		total += b.message(shorter) - longest
		replies[i], cut[i] = shorter, true
		f.CutReplies++
	}
	f.Tokens = total - answerTokens
	return out, f
}

// message counts one message's tokens.
func (b budget) message(m llms.MessageContent) int {
	n := messageTokens
	for _, p := range m.Parts {
		switch p := p.(type) {
		case llms.TextContent:
			n += b.count(p.Text)
		case llms.ToolCall:
			if p.FunctionCall != nil {
				n += b.count(p.FunctionCall.Name) + b.count(p.FunctionCall.Arguments)
			}
		case llms.ToolCallResponse:
			n += b.count(p.Content)
		}
	}
	return n
}

// longestReply returns the index of the longest tool result among msgs
// not in skip, and its tokens; -1 when there is none.
func (b budget) longestReply(msgs []llms.MessageContent, skip map[int]bool) (int, int) {
	best, size := -1, 0
	for i, m := range msgs {
		if m.Role != llms.ChatMessageTypeTool || skip[i] {
			continue
		}
		if n := b.message(m); n > size {
			best, size = i, n
		}
	}
	return best, size
}

// cutReply returns a copy of a tool message whose results are cut to
// about keep tokens in all, each cut result ending with a note saying how
// much was left out, so that the model does not take it for the whole.
func (b budget) cutReply(m llms.MessageContent, keep int) llms.MessageContent {
	total := b.message(m)
	out := llms.MessageContent{Role: m.Role}
	for _, p := range m.Parts {
		r, ok := p.(llms.ToolCallResponse)
		if !ok {
			out.Parts = append(out.Parts, p)
			continue
		}
		n := b.count(r.Content)
		target := n * keep / max(total, 1)
		if target < n {
			cut := len(r.Content) * target / max(n, 1)
			for cut > 0 && !utf8.RuneStart(r.Content[cut]) {
				cut--
			}
			r.Content = r.Content[:cut] + fmt.Sprintf(" …(cut to fit the model's context: about %d of %d tokens left out)", n-target, n)
		}
		out.Parts = append(out.Parts, r)
	}
	return out
}
