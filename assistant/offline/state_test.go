package offline

import (
	"encoding/json"
	"github.com/marsad/marsad/retrieval/lang"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// call is a recorded tool call with its arguments and result data.
func call(name, args string, data any) assistant.ToolCall {
	return assistant.ToolCall{Name: name, Arguments: []byte(args), Result: &tools.Result{Tool: name, Data: data}}
}

// throughJSON returns turn as a session store that serialises turns gives
// it back: tool results' Data as maps, slices and float64s.
func throughJSON(t *testing.T, turn assistant.Turn) assistant.Turn {
	t.Helper()
	raw, err := json.Marshal(turn)
	if err != nil {
		t.Fatal(err)
	}
	var back assistant.Turn
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	return back
}

func turnOf(question string, calls ...assistant.ToolCall) assistant.Turn {
	return assistant.Turn{Question: question, ToolCalls: calls}
}

// TestReadStateSurvivesJSON reads the same conversation as the planner
// made it and as a session store gives it back (Data as maps): the
// state is the same.
func TestReadStateSurvivesJSON(t *testing.T) {
	top := tools.TopOccupationsResult{Region: "MA-01", Rows: []tools.OccupationRow{{Rank: 1, Code: "5131"}, {Rank: 2, Code: "2142"}}}
	profile := tools.ProfileResult{Code: "2221", Name: "Infirmier"}
	history := []assistant.Turn{
		turnOf("C'est quoi le métier d'infirmier ?", call(tools.NameOccupationProfile, `{"occupation":"infirmier"}`, profile)),
		turnOf("Quels métiers recrutent à Tanger ?", call(tools.NameTopOccupations, `{"region":"MA-01"}`, top)),
		turnOf("bonjour"), // no call: changes nothing
	}
	want := state{asked: history[1].ToolCalls[0], focus: focus{code: "2221", arg: "infirmier"},
		list: []item{{"occupation", "5131"}, {"occupation", "2142"}}, place: "MA-01", placeTool: tools.NameTopOccupations}
	stored := make([]assistant.Turn, len(history))
	for i, turn := range history {
		stored[i] = throughJSON(t, turn)
	}
	for name, h := range map[string][]assistant.Turn{"typed": history, "from JSON": stored} {
		got := readState(h)
		got.asked.Result = nil // compared by name and arguments
		want.asked.Result = nil
		if d := cmp.Diff(want, got, cmp.AllowUnexported(state{}, focus{}, item{})); d != "" {
			t.Errorf("%s history (-want +got):\n%s", name, d)
		}
	}
}

// TestReadStateListsInTheOrderShown: a ranking asked lowest first is
// ranked so by the tool (order asc), and the state keeps the order shown
// and that it was the lowest first, from the call alone.
func TestReadStateListsInTheOrderShown(t *testing.T) {
	high := []tools.RankedRow{{Rank: 1, Observation: tools.Observation{Geo: "MA-02"}}, {Rank: 2, Observation: tools.Observation{Geo: "MA-07"}}}
	low := []tools.RankedRow{{Rank: 1, Observation: tools.Observation{Geo: "MA-07"}}, {Rank: 2, Observation: tools.Observation{Geo: "MA-02"}}}
	for _, c := range []struct {
		args   string
		rows   []tools.RankedRow
		first  string
		lowest bool
	}{
		{`{"indicator":"unemployment_rate","by":"geo"}`, high, "MA-02", false},
		{`{"indicator":"unemployment_rate","by":"geo","order":"asc"}`, low, "MA-07", true},
	} {
		cmpCall := call("compare_indicator", c.args, tools.CompareResult{By: "geo", Rows: c.rows})
		s := readState([]assistant.Turn{throughJSON(t, turnOf("?", cmpCall))})
		if len(s.list) != 2 || s.list[0] != (item{"geo", c.first}) || s.lowest != c.lowest {
			t.Errorf("after %s: list %v lowest %v, want %s first, lowest %v", c.args, s.list, s.lowest, c.first, c.lowest)
		}
	}
}

// TestInheritCell pins the rule per dimension: places one by one, the
// population as a whole unless the follow-up contrasts within it.
func TestInheritCell(t *testing.T) {
	cases := []struct {
		name              string
		before, now, want tools.Cell
	}{
		{"another population replaces the old one", tools.Cell{Age: "15-24"}, tools.Cell{Sex: "female"}, tools.Cell{Sex: "female"}},
		{"a contrast keeps the rest of the population", tools.Cell{Sex: "female", Age: "15-24"}, tools.Cell{Sex: "male"}, tools.Cell{Sex: "male", Age: "15-24"}},
		{"a place keeps the population", tools.Cell{Sex: "female", Area: "urban"}, tools.Cell{Geo: "MA-01"}, tools.Cell{Geo: "MA-01", Sex: "female", Area: "urban"}},
		{"a population keeps the geo, not the area", tools.Cell{Geo: "MA-06", Area: "rural", Diploma: "graduate"}, tools.Cell{Sex: "female"}, tools.Cell{Geo: "MA-06", Sex: "female"}},
		{"another population replaces the area", tools.Cell{Area: "rural"}, tools.Cell{Sex: "female"}, tools.Cell{Sex: "female"}},
		{"an area replaces the area only", tools.Cell{Area: "urban", Sex: "male"}, tools.Cell{Area: "rural"}, tools.Cell{Area: "rural", Sex: "male"}},
		{"an area narrows the population", tools.Cell{Age: "15-24"}, tools.Cell{Area: "rural"}, tools.Cell{Age: "15-24", Area: "rural"}},
		{"a contrast keeps the area", tools.Cell{Area: "rural", Sex: "female"}, tools.Cell{Sex: "male"}, tools.Cell{Area: "rural", Sex: "male"}},
		{"totals are no population", tools.Cell{Sex: "total", Age: "15+"}, tools.Cell{Diploma: "none"}, tools.Cell{Diploma: "none"}},
	}
	for _, c := range cases {
		got := inheritCell(c.now, c.before, namedDims(question{cell: c.now}))
		if got != c.want {
			t.Errorf("%s: %+v after %+v = %+v, want %+v", c.name, c.now, c.before, got, c.want)
		}
	}
}

// TestFollowUpOrFresh: which messages go on from the last question and
// which start afresh.
func TestFollowUpOrFresh(t *testing.T) {
	women2024 := []assistant.Turn{turnOf("Taux de chômage des femmes en 2024",
		call("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`, tools.SeriesResult{}))}
	cases := []struct {
		msg       string
		indicator string
		sex       string
		year      int
	}{
		{"et les hommes ?", "unemployment_rate", "male", 2024},
		{"w f 2023?", "unemployment_rate", "female", 2023},
		{"et le taux d'activité ?", "activity_rate", "female", 2024},                      // a reference word: inherits
		{"Quel est le taux d'activité ?", "activity_rate", "", 0},                         // its own indicator: afresh
		{"chno homa a7san tajine f mrakch?", "", "", 0},                                   // words Marsad does not know: afresh
		{"Quel temps fera-t-il à Marrakech demain ?", "", "", 0},                          // idem
		{"and the unemployment rate there in 2023?", "unemployment_rate", "female", 2023}, // "there": the same place
	}
	for _, c := range cases {
		msg := lang.Read(c.msg)
		q := understand(msg, now())
		q, a := followUpAny(q, readMarketAsk(msg, q), readRefs(msg), readState(women2024))
		if q.indicator != c.indicator || q.cell.Sex != c.sex || q.year != c.year || a.tool != "" {
			t.Errorf("%q: indicator %q sex %q year %d tool %q; want %q %q %d and no demand tool", c.msg, q.indicator, q.cell.Sex, q.year, a.tool, c.indicator, c.sex, c.year)
		}
	}
}
