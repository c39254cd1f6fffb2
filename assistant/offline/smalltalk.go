package offline

import (
	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// smallTalk answers a message that asks nothing of the labour market
// (lang.Reading.SmallTalk: a greeting, thanks, "who are you", a request
// for help, a goodbye, or football, the weather, a recipe) in a few words
// with examples of what Marsad answers, calling no tool. It runs before
// any follow-up is read, so that "who will win the World Cup 2030?" after
// a figure is not taken for a question on that figure in 2030; the turn
// has no tool call, so the next follow-up still finds the figure's.
func (p *Planner) smallTalk(msg lang.Reading, emit assistant.Emit) (assistant.Turn, error) {
	answer, err := render("smalltalk", msg.Lang, prompts.SmallTalkView{Kind: msg.SmallTalk.Kind})
	if err != nil {
		return assistant.Turn{}, err
	}
	turn := assistant.Turn{Lang: string(msg.Lang), Answer: answer, ToolCalls: []assistant.ToolCall{}, Citations: []tools.Citation{}}
	return turn, streamText(answer, emit)
}
