package offline

import (
	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// smallTalk answers a message that asks nothing of the labour market
// (lang.FindSmallTalk: a greeting, thanks, "who are you", a request for
// help, a goodbye, or football, the weather, a recipe) in a few words
// with examples of what Marsad answers, calling no tool. It runs before
// any follow-up is read, so that "who will win the World Cup 2030?" after
// a figure is not taken for a question on that figure in 2030; the turn
// has no tool call, so the next follow-up still finds the figure's. ok is
// false for any other message.
func (p *Planner) smallTalk(msg string, emit assistant.Emit) (assistant.Turn, bool, error) {
	st, ok := lang.FindSmallTalk(msg)
	if !ok {
		return assistant.Turn{}, false, nil
	}
	l := smallTalkLang(st, msg)
	answer, err := render("smalltalk", l, prompts.SmallTalkView{Kind: st.Kind})
	if err != nil {
		return assistant.Turn{}, true, err
	}
	turn := assistant.Turn{Lang: string(l), Answer: answer, ToolCalls: []assistant.ToolCall{}, Citations: []tools.Citation{}}
	return turn, true, streamText(answer, emit)
}

// smallTalkLang is the language of a small-talk answer: Detect's when it
// finds Darija or Arabizi (which it tells only from their marker words)
// or when the phrases tell none, else the phrases' ("salam", "bslama" and
// "help" are one word Detect reads as French).
func smallTalkLang(st lang.SmallTalk, msg string) lang.Tag {
	d := lang.Detect(msg)
	if d == lang.Darija || d == lang.Arabizi || st.Lang == "" {
		return d
	}
	return st.Lang
}
