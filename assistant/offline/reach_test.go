package offline

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// Every figure reachable (issue 15, item 4): every indicator the seed
// holds, asked in each language with its own name (tools.Definition's
// names: fr, ar, ary, ary-Latn, en) in a handful of sentence frames, is
// answered by indicator_series or compare_indicator for that indicator,
// with the stored figure.

var reachLangs = []string{"fr", "ar", "ary", "ary-Latn", "en"}

// reachFrames are sentence frames per language: {name} is the indicator's
// name, {who} and {place} its population (empty for the whole country),
// {year} the year asked. French frames take the article of the name:
// {det} ("le", "la", "l'", "les") and {is} ("Quel est", "Quelle est",
// "Quels sont").
var reachFrames = map[string][]string{
	"fr":       {"{is} {det}{name}{who}{place} en {year} ?", "Donne-moi {det}{name}{who}{place} en {year}.", "{name}{who}{place} {year}"},
	"ar":       {"ما هو {name}{who}{place} سنة {year}؟", "كم بلغ {name}{who}{place} في {year}؟", "{name}{who}{place} {year}"},
	"ary":      {"شحال {name}{who}{place} ف {year}؟", "عطيني {name}{who}{place} ديال {year}", "{name}{who}{place} {year}"},
	"ary-Latn": {"chhal {name}{who}{place} f {year}?", "3tini {name}{who}{place} dyal {year}", "{name}{who}{place} {year}"},
	"en":       {"What is the {name}{who}{place} in {year}?", "What was the {name}{who}{place} in {year}?", "{name}{who}{place} {year}"},
}

// reachCase is one figure to ask for: an indicator in one cell, and the
// observation an answer for its year must show.
type reachCase struct {
	indicator string
	cell      tools.Cell
	want      tools.Observation
}

func TestEveryIndicatorReachableInEveryLanguage(t *testing.T) {
	p := New(seededKit(t), now)
	cases := reachCases(t, true)
	reached := map[string]int{}
	var misses []string
	for _, c := range cases {
		for _, l := range reachLangs {
			ok := true
			for _, frame := range reachFrames[l] {
				if miss := askFor(t, p, c, l, frame); miss != "" {
					ok = false
					misses = append(misses, miss)
				}
			}
			if ok {
				reached[l]++
			}
		}
	}
	logReached(t, "indicator", reached, len(cases))
	for _, m := range misses {
		t.Error(m)
	}
}

// TestEveryPopulationReachable asks for every cell of every indicator
// (region, sex, area, age band, diploma), with the first frame of each
// language and the population worded as the answers word it.
func TestEveryPopulationReachable(t *testing.T) {
	p := New(seededKit(t), now)
	cases := reachCases(t, false)
	reached := map[string]int{}
	var misses []string
	for _, c := range cases {
		for _, l := range reachLangs {
			if miss := askFor(t, p, c, l, reachFrames[l][0]); miss != "" {
				misses = append(misses, miss)
				continue
			}
			reached[l]++
		}
	}
	logReached(t, "population", reached, len(cases))
	for _, m := range misses {
		t.Error(m)
	}
}

func logReached(t *testing.T, what string, reached map[string]int, n int) {
	total := 0
	for _, l := range reachLangs {
		t.Logf("%-8s %d/%d %ss reached", l, reached[l], n, what)
		total += reached[l]
	}
	t.Logf("all      %d/%d %s×language pairs reached", total, n*len(reachLangs), what)
}

// reachCases lists what to ask for, from a store loaded with the seed:
// for each indicator its headline cell (the one asked when no population
// is named, else its first cell) when headline is set, else every cell.
func reachCases(t *testing.T, headline bool) []reachCase {
	t.Helper()
	ctx := context.Background()
	s, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	if err := loadSeedFigures(ctx, s); err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []reachCase
	for _, ind := range dims.Indicators {
		cells, err := s.Cells(ctx, ind)
		if err != nil {
			t.Fatal(err)
		}
		if headline {
			cells = []tools.Cell{headlineCell(ind, cells)}
		}
		for _, c := range cells {
			obs, err := s.Series(ctx, tools.SeriesQuery{Indicator: ind, Cell: c})
			if err != nil || len(obs) == 0 {
				t.Fatalf("%s %+v: %d figures, %v", ind, c, len(obs), err)
			}
			out = append(out, reachCase{indicator: ind, cell: c, want: shownFor(obs)})
		}
	}
	return out
}

// headlineCell is the cell a question naming no population gets (the
// indicator's default, tools.Cell.WithDefaultsFor), when it has figures.
func headlineCell(ind string, cells []tools.Cell) tools.Cell {
	def := tools.Cell{}.WithDefaultsFor(ind)
	for _, c := range cells {
		if c == def {
			return c
		}
	}
	return cells[0]
}

// shownFor is the figure an answer for the latest year of obs must show:
// the year's own figure when there is one (an annual figure is shown
// instead of the year's quarters or interval), else its latest figure.
func shownFor(obs []tools.Observation) tools.Observation {
	last := obs[len(obs)-1]
	for _, o := range obs {
		if o.Period == last.Period[:4] {
			return o
		}
	}
	return last
}

// askFor asks for c in language l with a frame and returns "" when the
// planner called a figures tool for c's indicator and answered with the
// figure, every number of the answer from the turn's tool results, else
// what went wrong.
func askFor(t *testing.T, p *Planner, c reachCase, l, frame string) string {
	q := reachQuestion(c, l, frame)
	turn, _ := runTurn(t, p, nil, q)
	called := calledIndicators(turn.ToolCalls)
	figure := prompts.Number(l, c.want.Value)
	if !containsString(called, c.indicator) || !strings.Contains(turn.Answer, figure) {
		return fmt.Sprintf("%s %s: %q called %v, answer %.120q; want %s (%s) for %s", c.indicator, l, q, called, turn.Answer, figure, c.want.Period, c.indicator)
	}
	results, _ := json.Marshal(turn.ToolCalls)
	allowed := assistant.NumbersIn(string(results))
	for _, n := range assistant.NumbersIn(turn.Answer) {
		if !containsValue(allowed, n) { // the period and unit words too
			return fmt.Sprintf("%s %s: %q answer number %v is in no tool result: %q", c.indicator, l, q, n, turn.Answer)
		}
	}
	return ""
}

// reachQuestion fills a frame for c in language l.
func reachQuestion(c reachCase, l, frame string) string {
	d, _ := tools.LookupDefinition(c.indicator)
	name := d.Name(l)
	det, is := frenchArticle(name)
	r := strings.NewReplacer("{name}", name, "{det}", det, "{is}", is, "{year}", c.want.Period[:4],
		"{who}", prefixed(prompts.Who(l, c.cell.Area, c.cell.Sex, c.cell.Age, c.cell.Diploma)), "{place}", prefixed(placeOf(l, c.cell.Geo)))
	return r.Replace(frame)
}

func prefixed(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

// placeOf words a geo as answers do, and nothing for the country (the
// default).
func placeOf(l, geo string) string {
	if geo == "MA" {
		return ""
	}
	return prompts.PlacePhrase(l, geo)
}

// frenchArticle returns the definite article of a French name and the
// question words that agree with it.
func frenchArticle(name string) (det, is string) {
	first, _, _ := strings.Cut(name, " ")
	switch {
	case first != "taux" && (strings.HasSuffix(first, "s") || strings.HasSuffix(first, "x")):
		return "les ", "Quels sont"
	case strings.ContainsAny(first[:1], "aeéiouAEÉIOUhH"):
		return "l'", "Quel est"
	case oneOfStrings(first, "part", "population", "durée", "masse", "création"):
		return "la ", "Quelle est"
	}
	return "le ", "Quel est"
}

// calledIndicators lists the indicators of the figures tools called.
func calledIndicators(calls []assistant.ToolCall) []string {
	var out []string
	for _, tc := range calls {
		var a struct {
			Indicator string `json:"indicator"`
		}
		if tc.Name != "indicator_series" && tc.Name != "compare_indicator" {
			out = append(out, tc.Name)
			continue
		}
		if json.Unmarshal(tc.Arguments, &a) == nil {
			out = append(out, a.Indicator)
		}
	}
	sort.Strings(out)
	return out
}

func containsString(list []string, s string) bool { return oneOfStrings(s, list...) }

func oneOfStrings(s string, set ...string) bool {
	for _, v := range set {
		if s == v {
			return true
		}
	}
	return false
}

// checkSeriesRecorded: every survey figure of a turn's indicator_series
// results carries its series as the seed records it (the answer's breaks
// come from that field, not from reading reported_by), and the figures
// on both sides of a break said are there.
func checkSeriesRecorded(t *testing.T, msg string, turn assistant.Turn) {
	t.Helper()
	for _, tc := range turn.ToolCalls {
		if tc.Name != tools.NameIndicatorSeries || tc.Result == nil {
			continue
		}
		res, err := tools.DataAs[tools.SeriesResult](*tc.Result)
		if err != nil {
			t.Fatalf("%q: %v", msg, err)
		}
		seen := map[string]bool{}
		for _, o := range res.Observations {
			if want := tools.SeriesByRule(o); o.Series != want {
				t.Errorf("%q: %s %s carries series %q, want %q", msg, o.Indicator, o.Period, o.Series, want)
			}
			seen[o.Series] = true
		}
		for _, b := range res.Breaks {
			sides := map[string][2]string{"ene_2017": {tools.SeriesENEPre2017, tools.SeriesENE2017}, "hcp_revision_2019": {tools.SeriesENEPreRevision, tools.SeriesENE2017}}[b.ID]
			if !seen[sides[0]] || !seen[sides[1]] {
				t.Errorf("%q: break %s said without figures of %v on both sides: %v", msg, b.ID, sides, seen)
			}
		}
	}
}

// Series breaks (../shared/data/README.md): a trend across the 2017
// survey reform or mixing figures read before HCP's 2019 revision with
// revised ones says so; one after both does not; the census's rate is
// never the survey's.
func TestAnswersSayWhereASeriesBreaks(t *testing.T) {
	p := New(seededKit(t), now)
	cases := []struct {
		msg, lang string
		breaks    []string
	}{
		{"Évolution du taux de chômage depuis 2015", "fr", []string{"ene_2017", "hcp_revision_2019"}},
		{"تطور معدل البطالة منذ 2015", "ar", []string{"ene_2017", "hcp_revision_2019"}},
		{"kifach tbeddel chomage men 2015 l 2020", "ary-Latn", []string{"ene_2017", "hcp_revision_2019"}},
		{"How has the unemployment rate changed since 2015?", "en", []string{"ene_2017", "hcp_revision_2019"}},
		{"Évolution du taux de chômage depuis 2019", "fr", nil},
		{"Évolution du taux d'activité en milieu rural depuis 2017", "fr", []string{"hcp_revision_2019"}},
		{"Évolution des salariés déclarés à la CNSS depuis 2016", "fr", nil},
	}
	for _, c := range cases {
		turn, _ := runTurn(t, p, nil, c.msg)
		checkSeriesRecorded(t, c.msg, turn)
		for _, id := range []string{"ene_2017", "hcp_revision_2019"} {
			want := containsString(c.breaks, id)
			if got := strings.Contains(turn.Answer, prompts.BreakNote(c.lang, id)); got != want {
				t.Errorf("%q: break %s said %v, want %v:\n%s", c.msg, id, got, want, turn.Answer)
			}
		}
	}
	survey, _ := runTurn(t, p, nil, "Quel est le taux de chômage en 2024 ?")
	census, _ := runTurn(t, p, nil, "Quel est le taux de chômage du recensement en 2024 ?")
	if !strings.Contains(survey.Answer, "13,3") || strings.Contains(survey.Answer, "21,3") || !strings.Contains(census.Answer, "21,3") {
		t.Errorf("survey and census mixed:\n%s\n---\n%s", survey.Answer, census.Answer)
	}
}
