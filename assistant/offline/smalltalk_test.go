package offline

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

func TestSmallTalkCallsNoTool(t *testing.T) {
	for msg, lang := range map[string]string{"salam": "ary-Latn", "merci": "fr", "شكون نتا؟": "ary", "من أنت؟": "ar", "help": "en",
		"Who will win the 2030 World Cup?": "en", "chno homa a7san tajine f mrakch?": "ary-Latn"} {
		turn, _ := runTurn(t, seededPlanner(t), nil, msg)
		if len(turn.ToolCalls) != 0 || turn.Lang != lang || strings.Count(turn.Answer, "\n- ") != 3 || assistantHasNumber(turn.Answer) {
			t.Errorf("%q: lang %s, calls %v, answer:\n%s", msg, turn.Lang, toolsCalled(turn), turn.Answer)
		}
	}
}

// TestOutOfScopeAfterAFigureKeepsTheConversation: a question on football
// after a figure is no follow-up of it, and the next follow-up still
// follows the figure.
func TestOutOfScopeAfterAFigureKeepsTheConversation(t *testing.T) {
	p := seededPlanner(t)
	first, _ := runTurn(t, p, nil, "Taux de chômage en 2024")
	second, _ := runTurn(t, p, []assistant.Turn{first}, "Qui va gagner la Coupe du monde 2030 ?")
	third, _ := runTurn(t, p, []assistant.Turn{first, second}, "et chez les femmes ?")
	var args tools.SeriesArgs
	if len(second.ToolCalls) != 0 || len(third.ToolCalls) != 1 || json.Unmarshal(third.ToolCalls[0].Arguments, &args) != nil {
		t.Fatalf("second calls %v, third calls %v", toolsCalled(second), toolsCalled(third))
	}
	if args.Indicator != "unemployment_rate" || args.Sex != "female" || args.From != "2024" {
		t.Errorf("the follow-up after small talk asked %+v", args)
	}
}

// TestSmallTalkExamplesAreAnswered: the example questions of every
// small-talk answer are answered by a tool, in their language.
func TestSmallTalkExamplesAreAnswered(t *testing.T) {
	p := seededPlanner(t)
	for _, l := range prompts.Languages {
		s, err := prompts.Render("smalltalk", l, prompts.SmallTalkView{Kind: "help"})
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(s, "\n") {
			example, ok := strings.CutPrefix(line, "- ")
			if !ok {
				continue
			}
			turn, _ := runTurn(t, p, nil, example)
			if len(turn.ToolCalls) == 0 || turn.Lang != l || prompts.SaysUnknown(l, turn.Answer) {
				t.Errorf("%s example %q: lang %s, calls %v, answer:\n%s", l, example, turn.Lang, toolsCalled(turn), turn.Answer)
			}
		}
	}
}

// assistantHasNumber reports whether an answer writes a number (digits
// inside an Arabizi word are letters).
func assistantHasNumber(answer string) bool { return len(assistant.NumbersIn(answer)) > 0 }
