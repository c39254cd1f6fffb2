package assistant

import (
	"encoding/json"
	"testing"

	"github.com/marsad/marsad/tools"
)

// call builds a tool call as a turn carries it: arguments as the model
// wrote them, data as the tool returned it (nil: the call failed).
func call(name, args string, data any) ToolCall {
	c := ToolCall{Name: name, Arguments: json.RawMessage(args)}
	if data != nil {
		c.Result = &tools.Result{Tool: name, Data: data}
	}
	return c
}

var (
	oujda2024 = call("indicator_series", `{"indicator":"unemployment_rate","geo":"MA-02","from":"2024","to":"2024"}`,
		tools.SeriesResult{Indicator: "unemployment_rate", Cell: tools.Cell{Geo: "MA-02", Area: "total", Sex: "female", Age: "15+"}})
	nurseAdsCasa = call("search_job_ads", `{"occupation":"infirmier","region":"casa","limit":5}`,
		tools.JobAdsResult{Search: tools.AdSearch{Occupations: []string{"2221", "3221"}, Region: "MA-06"}})
	plumberProfile = call("occupation_profile", `{"occupation":"plombier"}`, tools.ProfileResult{Code: "7126", Name: "Plombier"})
	topCasa        = call("top_occupations", `{"region":"MA-06"}`,
		tools.TopOccupationsResult{Region: "MA-06", Rows: []tools.OccupationRow{{Rank: 1, Code: "2221"}}})
	// a result that says only what exists instead of what was asked
	nothingInLyon = call("top_occupations", `{"region":"Lyon"}`,
		map[string]any{"region": "MA", "available": map[string]any{"region": "MA-06"}})
	failedCompare = call("compare_indicator", `{"indicator":"unemployment_rate","period":"2031"}`, nil)
)

func args(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func TestScoreArgs(t *testing.T) {
	tests := []struct {
		name  string
		tool  string
		args  map[string]any
		calls []ToolCall
		ok    bool
		got   string
	}{
		{"an argument as called", "indicator_series", args("geo", "MA-02"), []ToolCall{oujda2024}, true, ""},
		{"case does not matter", "", args("geo", "ma-02", "indicator", "UNEMPLOYMENT_RATE"), []ToolCall{oujda2024}, true, ""},
		{"a number as a value", "search_job_ads", args("limit", json.Number("5.0")), []ToolCall{nurseAdsCasa}, true, ""},
		{"a period is from or to", "indicator_series", args("period", json.Number("2024")), []ToolCall{oujda2024}, true, ""},
		{"the population the result reports in its cell", "indicator_series", args("sex", "female", "age", "15+", "area", "total"), []ToolCall{oujda2024}, true, ""},
		{"the region the tool resolved", "search_job_ads", args("region", "MA-06"), []ToolCall{nurseAdsCasa}, true, ""},
		{"one item of a resolved list", "search_job_ads", args("isco", "3221", "occupation", "infirmier"), []ToolCall{nurseAdsCasa}, true, ""},
		{"region names geo", "indicator_series", args("region", "MA-02"), []ToolCall{oujda2024}, true, ""},
		{"isco names a profile's code", "occupation_profile", args("isco", json.Number("7126")), []ToolCall{plumberProfile}, true, ""},
		{"any tool when none is expected", "", args("region", "MA-06"), []ToolCall{oujda2024, topCasa}, true, ""},
		{"a failed call's arguments", "compare_indicator", args("period", "2031"), []ToolCall{failedCompare}, true, ""},

		{"another region", "indicator_series", args("geo", "MA-06"), []ToolCall{oujda2024},
			false, "indicator_series(geo=MA-02)"},
		{"a value in the rows is not resolved", "top_occupations", args("isco", "2221"), []ToolCall{topCasa},
			false, "top_occupations(isco=none)"},
		{"what exists instead is not resolved", "top_occupations", args("region", "MA-06"), []ToolCall{nothingInLyon},
			false, "top_occupations(region=Lyon|MA)"},
		{"keys met by two different calls", "", args("geo", "MA-02", "isco", "7126"), []ToolCall{oujda2024, plumberProfile},
			false, "indicator_series(geo=MA-02, isco=none); occupation_profile(geo=none, isco=plombier|7126)"},
		{"not the expected tool", "compare_indicator", args("geo", "MA-02"), []ToolCall{oujda2024},
			false, "no call of compare_indicator"},
		{"no call at all", "", args("geo", "MA"), nil, false, "no call of any tool"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := turnRun{expect: Expect{Tool: tt.tool, Args: tt.args}, turn: Turn{ToolCalls: tt.calls}}
			ok, want, got := checkArgs(r)
			if ok != tt.ok || got != tt.got {
				t.Errorf("checkArgs = %v, got %q (want %q); want %v, got %q", ok, got, want, tt.ok, tt.got)
			}
		})
	}
}

func TestScoreArgsWantListsKeysInOrder(t *testing.T) {
	r := turnRun{expect: Expect{Args: args("sex", "male", "geo", "MA-02", "period", json.Number("2024"))}}
	if _, want, _ := checkArgs(r); want != "geo=MA-02, period=2024, sex=male" {
		t.Errorf("want = %q", want)
	}
}

func TestScoreArgValue(t *testing.T) {
	same := [][2]string{{"2024", "2024.0"}, {"13,3", "13.3"}, {" MA-06 ", "ma-06"}, {"Infirmière", "infirmie\u0300re"}, {"TRUE", "true"}}
	for _, p := range same {
		if argValue(p[0]) != argValue(p[1]) {
			t.Errorf("argValue(%q) = %q, argValue(%q) = %q; want equal", p[0], argValue(p[0]), p[1], argValue(p[1]))
		}
	}
	differ := [][2]string{{"2024", "2024-Q3"}, {"15-24", "15+"}, {"MA-01", "MA-10"}, {"1,580", "1580"}}
	for _, p := range differ {
		if argValue(p[0]) == argValue(p[1]) {
			t.Errorf("argValue(%q) = argValue(%q) = %q; want different", p[0], p[1], argValue(p[0]))
		}
	}
}

func TestScoreNotContains(t *testing.T) {
	tests := []struct {
		name, answer string
		not          []string
		ok           bool
		got          string
	}{
		{"absent", "Le taux est de 20,9 % dans l'Oriental.", []string{"Casablanca", "€"}, true, ""},
		{"present in another case", "À CASABLANCA, 15 %.", []string{"casablanca"}, false, "casablanca"},
		{"composed and decomposed accents are one", "Le métier d'infirmie\u0300re.", []string{"infirmière", "fermier"}, false, "infirmière"},
		{"each one found is listed", "fermier ou agriculteur", []string{"fermier", "agriculteur", "ممرض"}, false, "fermier | agriculteur"},
		{"Arabic", "هذا فلاح", []string{"فلاح"}, false, "فلاح"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, _, got := checkNotContains(turnRun{expect: Expect{NotContains: tt.not}, turn: Turn{Answer: tt.answer}})
			if ok != tt.ok || got != tt.got {
				t.Errorf("checkNotContains = %v, %q; want %v, %q", ok, got, tt.ok, tt.got)
			}
		})
	}
}

func TestScoreUnknown(t *testing.T) {
	tests := []struct {
		name, lang, question, answer string
		ok                           bool
		got                          string
	}{
		{"says so and names what it knows", "fr", "taux de chômage à Lyon ?",
			"Je ne connais pas le lieu « Lyon ». Les plus proches que je connais : Casablanca-Settat (MA-06), L'Oriental (MA-02).", true, ""},
		{"a year the user named may come back", "fr", "taux de chômage à Lyon en 2024",
			"Je n'ai pas de chiffre pour Lyon en 2024 : je ne connais que les régions du Maroc.", true, ""},
		{"the same year in Arabic-Indic digits", "ar", "معدل البطالة في ليون سنة 2024",
			"لا أعرف ليون، ولا يتوفر لدي رقم عنها سنة ٢٠٢٤. أعرف جهات المغرب.", true, ""},
		{"Arabizi", "ary-Latn", "ch7al chomage f lyon",
			"Ma l9itch Lyon f lblayes li kan3ref. Kan3ref ghir jihat dyal lmghrib.", true, ""},
		{"Darija in MSA words", "ary", "شحال البطالة ف ليون؟", "لم أجد ليون ضمن الجهات اللي كنعرف.", true, ""},

		{"a figure besides", "fr", "taux de chômage à Lyon",
			"Je n'ai pas de chiffre pour Lyon ; au Maroc il est de 13,3 %.", false, "numbers not in the question: [13.3]"},
		{"periods offered instead are what it knows, not figures", "en", "unemployment rate in 2031",
			"I don't know the rate for 2031. Periods available: 2024, 2025-Q3, T2 2025, 2024-05.", true, ""},
		{"populations offered by their age bands are what it knows", "en", "NEET rate in the Tangier region in 2022",
			"I have no figure for the NEET rate in the Tangier-Tetouan-Al Hoceima region in 2022. What exists: Morocco — among young people aged 15-24; Morocco — aged 18-24.", true, ""},
		{"a figure beside the age bands offered", "fr", "taux NEET à Casablanca",
			"Je n'ai pas de chiffre à Casablanca ; au Maroc, chez les 15-24 ans, il est de 25,2 %.", false, "numbers not in the question: [25.2]"},
		{"a figure beside the periods offered", "en", "unemployment rate in 2031",
			"I have no figure for 2031. In 2025 it was 13.3.", false, "numbers not in the question: [13.3]"},
		{"no statement of not knowing", "fr", "taux de chômage à Lyon",
			"Je réponds sur le marché du travail au Maroc.", false, `no phrase of prompts.UnknownPhrases("fr")`},
		{"a figure and no statement", "en", "unemployment in Lyon",
			"The unemployment rate in Morocco was 13.3%.", false, `no phrase of prompts.UnknownPhrases("en"); numbers not in the question: [13.3]`},
		{"another language's phrase", "fr", "taux de chômage à Lyon", "Ma l9itch Lyon.", false, `no phrase of prompts.UnknownPhrases("fr")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := turnRun{question: tt.question, expect: Expect{Unknown: true}, turn: Turn{Lang: tt.lang, Answer: tt.answer}}
			ok, _, got := checkUnknown(r)
			if ok != tt.ok || got != tt.got {
				t.Errorf("checkUnknown = %v, %q; want %v, %q", ok, got, tt.ok, tt.got)
			}
		})
	}
}

func TestScoreUnknownReadsTheExpectedLanguageForAFailedTurn(t *testing.T) {
	r := turnRun{question: "x", expect: Expect{Lang: "ary-Latn", Unknown: true}, turn: Turn{Answer: "ma3reftch"}}
	if ok, _, got := checkUnknown(r); !ok {
		t.Errorf("checkUnknown = false, %q; want true", got)
	}
}

// TestScoreCountsOnlyTheTurnsThatSetAField: each accuracy is over the
// turns that set its field, a conversation's turns each counting.
func TestScoreCountsOnlyTheTurnsThatSetAField(t *testing.T) {
	var s scorer
	s.score(Case{ID: "a", Category: "unknown"}, []turnRun{{id: "a", expect: Expect{Unknown: true, NotContains: []string{"13,3"}},
		turn: Turn{Lang: "fr", Answer: "Je ne connais pas Lyon."}}})
	s.score(Case{ID: "b", Turns: make([]CaseTurn, 2)}, []turnRun{
		{id: "b#1", expect: Expect{Args: args("geo", "MA-02")}, turn: Turn{ToolCalls: []ToolCall{oujda2024}}},
		{id: "b#2", expect: Expect{Unknown: true}, turn: Turn{Lang: "fr", Answer: "13,3 %"}},
	})
	r := s.report()
	if r.Cases != 2 || r.UnknownAcc != 0.5 || r.NotContainsAcc != 1 || r.ArgsAcc != 1 || r.LangAcc != 0 {
		t.Errorf("report = %+v", r)
	}
	if r.Conversations != 1 || r.ConversationAcc != 0 {
		t.Errorf("conversations = %d, acc %v; want 1, 0", r.Conversations, r.ConversationAcc)
	}
	if len(r.ByCategory) != 1 || r.ByCategory[0] != (CategoryRow{Category: "unknown", Cases: 1, Passed: 1}) {
		t.Errorf("by_category = %+v; want only unknown, passed", r.ByCategory)
	}
	if len(r.Failures) != 1 || r.Failures[0].ID != "b#2" || r.Failures[0].Check != "unknown" || r.Failures[0].Answer != "13,3 %" {
		t.Errorf("failures = %+v", r.Failures)
	}
}
