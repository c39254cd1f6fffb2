package langchain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"

	"github.com/marsad/marsad/assistant/langchain/chattest"
)

// forecastWords frame a scripted model's answer in each language: the
// projection of one occupation (name, value, period, interval bounds,
// coverage, method, MASE, sMAPE), of a ranking's first row (name, change,
// sMAPE), and what Marsad says of a year beyond its horizon (year, max
// horizon, last month of history, trend, trend months).
var forecastWords = map[string]struct{ one, row, beyond string }{
	"fr": {"Projection (pas un constat, données de démonstration) pour %s : %s offres en %s, entre %s et %s (intervalle à %s %%). Méthode %s, erreur de backtest MASE %s, sMAPE %s %%.",
		"Projection (pas un constat, données de démonstration) : %s, %s %% (sMAPE %s %%).",
		"Marsad ne prévoit pas jusqu'en %d : au plus %d mois après %s. Tendance actuelle : %s %% sur les %d derniers mois. "},
	"ar": {"إسقاط (ليس حقيقة، بيانات تجريبية) لمهنة %s: %s إعلانا في %s، بين %s و%s (مجال %s %%). الطريقة %s، خطأ الاختبار MASE %s وsMAPE %s %%.",
		"إسقاط (ليس حقيقة، بيانات تجريبية): %s، %s %% (sMAPE %s %%).", ""},
	"ary": {"توقع (ماشي حقيقة، بيانات ديال التجربة) ل %s: %s إعلان ف %s، بين %s و %s (مجال %s %%). الطريقة %s، الغلط MASE %s و sMAPE %s %%.",
		"توقع (ماشي حقيقة، بيانات ديال التجربة): %s، %s %% (sMAPE %s %%).", ""},
	"ary-Latn": {"Tawa9o3 (machi 7a9i9a, données de démonstration) l %s: %s i3lan f %s, bin %s w %s (majal %s %%). Tari9a %s, ghalat MASE %s w sMAPE %s %%.",
		"Tawa9o3 (machi 7a9i9a, données de démonstration): %s, %s %% (sMAPE %s %%).", ""},
	"en": {"Projection (not a fact, demo data) for %s: %s ads in %s, between %s and %s (%s %% interval). Method %s, backtest error MASE %s, sMAPE %s %%.",
		"Projection (not a fact, demo data): %s, %s %% (sMAPE %s %%).",
		"Marsad does not forecast as far as %d: at most %d months after %s. Today's trend: %s %% over the last %d months. "},
}

// forecastAnswer is what a model following the prompt writes from a
// forecast_demand result, in language l, every number as the tool gave it.
func forecastAnswer(l string, d tools.ForecastResult) string {
	w := forecastWords[l]
	var b strings.Builder
	if tr := d.Trend; d.AskedYear > 0 {
		if len(d.Rows) > 0 {
			tr = d.Rows[0].Trend
		}
		fmt.Fprintf(&b, w.beyond, d.AskedYear, d.MaxHorizon, d.Source.To, num(l, *tr.Change), tr.Months)
	}
	if len(d.Points) > 0 {
		p := d.Points[0]
		fmt.Fprintf(&b, w.one, d.OccupationName, num(l, p.Value), p.Period, num(l, p.Lo), num(l, p.Hi), num(l, d.CoveragePct),
			d.Method, num(l, d.MASE), num(l, d.SMAPE))
	} else if len(d.Rows) > 0 {
		r := d.Rows[0]
		fmt.Fprintf(&b, w.row, r.Name, num(l, *r.Growth.Change), num(l, r.SMAPE))
	}
	return b.String()
}

// forecastCases are questions about the future in the five languages and
// the call a model makes for each: one occupation in a region, a year
// beyond the horizon, a ranking for next year.
var forecastCases = []struct {
	lang, q, args   string
	occupation, geo string
	horizon, asked  int
	demo, guidance  string // the answer's word for demo data; a phrase of the language's guidance
}{
	{"fr", "Combien d'offres d'infirmiers à Casablanca en 2030 ?", `{"occupation":"infirmier","region":"Casablanca","year":2030,"lang":"fr"}`,
		"2221", "MA-06", 12, 2030, "données de démonstration", "jamais comme un constat"},
	{"ar", "ما توقعات الطلب على الممرضين في الدار البيضاء؟", `{"occupation":"2221","region":"الدار البيضاء","lang":"ar"}`,
		"2221", "MA-06", 6, 0, "بيانات تجريبية", "لا كحقيقة مثبتة"},
	{"ary", "شنو الخدمات اللي غادي يكون عليها الطلب العام الجاي؟", `{"horizon":12,"lang":"ary"}`,
		"", "", 12, 0, "بيانات ديال التجربة", "ماشي بحال شي حقيقة"},
	{"ary-Latn", "wach l'infirmier ghadi ykon matloub l3am jay f tanja?", `{"occupation":"infirmier","region":"tanja","horizon":12,"lang":"fr"}`,
		"2221", "MA-01", 12, 0, "données de démonstration", "machi b7al chi 7a9i9a"},
	{"en", "Which jobs will be in demand in 2030?", `{"year":2030,"lang":"en"}`,
		"", "", 12, 2030, "demo data", "never as a fact"},
}

// A model following the prompt calls forecast_demand with the question's
// occupation, place and year in each language, reads the real result and
// answers with its figures (interval, coverage, method, MASE, sMAPE, and
// for 2030 the horizon Marsad supports and today's trend): the answer is
// grounded and kept, and the prompt sent holds the forecast guidance.
func TestForecastThroughTheModel(t *testing.T) {
	for _, c := range forecastCases {
		t.Run(c.lang, func(t *testing.T) {
			h := newSeedHarness(t, chattest.CallTool(tools.NameForecastDemand, c.args),
				answer(func(d tools.ForecastResult) string { return forecastAnswer(c.lang, d) }))
			turn := h.run(t, c.q)
			h.mustKeep(t, turn, c.lang, tools.NameForecastDemand)
			call := turn.ToolCalls[0]
			var sent bytes.Buffer
			_ = json.Compact(&sent, []byte(c.args))
			if string(call.Arguments) != sent.String() {
				t.Errorf("arguments %s, want %s", call.Arguments, sent.String())
			}
			d, err := tools.DataAs[tools.ForecastResult](*call.Result)
			if err != nil {
				t.Fatal(err)
			}
			if d.Occupation != c.occupation || d.Region != c.geo || d.Horizon != c.horizon || d.AskedYear != c.asked {
				t.Errorf("resolved occupation %q region %q horizon %d asked year %d; want %q %q %d %d",
					d.Occupation, d.Region, d.Horizon, d.AskedYear, c.occupation, c.geo, c.horizon, c.asked)
			}
			if want := forecastAnswer(c.lang, d); turn.Answer != want || !strings.Contains(turn.Answer, c.demo) {
				t.Errorf("answer %q, want the model's %q saying %q", turn.Answer, want, c.demo)
			}
			if len(turn.Citations) != 1 || turn.Citations[0].Kind != tools.KindProjection || !turn.Citations[0].Demo {
				t.Errorf("citations %+v, want the demo projection", turn.Citations)
			}
			sys := h.srv.Request(0).Messages[0].Content
			for _, want := range []string{c.guidance, tools.NameForecastDemand, "coverage_pct", "asked_year", "max_horizon", "trend", "mase", "smape", "source.demo"} {
				if !strings.Contains(sys, want) {
					t.Errorf("system prompt sent lacks %q", want)
				}
			}
			msgs := h.srv.Request(1).Messages
			if last := msgs[len(msgs)-1]; last.Role != "tool" || !strings.Contains(last.Content, `"coverage_pct":80`) {
				t.Errorf("second request does not carry the result: %.200s", last.Content)
			}
		})
	}
}

// A follow-up naming only a place ("et à Tanger ?") reaches the model
// with the previous call, which it repeats with the new place.
func TestForecastFollowUpReusesTheCall(t *testing.T) {
	again := repeatCall(tools.NameForecastDemand, "region", "Tanger")
	write := answer(func(d tools.ForecastResult) string { return forecastAnswer("fr", d) })
	h := newSeedHarness(t, chattest.CallTool(tools.NameForecastDemand, `{"occupation":"infirmier","region":"Casablanca"}`), write, again, write)
	first := h.runAfter(t, nil, "prévision de la demande d'infirmiers à Casablanca")
	second := h.runAfter(t, []assistant.Turn{first}, "et à Tanger ?")
	if len(h.fallbacks) != 0 || len(second.ToolCalls) != 1 || second.ToolCalls[0].Result == nil {
		t.Fatalf("fallbacks %+v, calls %+v", h.fallbacks, second.ToolCalls)
	}
	d, _ := tools.DataAs[tools.ForecastResult](*second.ToolCalls[0].Result)
	if d.Occupation != "2221" || d.Region != "MA-01" || !strings.Contains(second.Answer, d.Method) {
		t.Errorf("follow-up forecast %s in %q (answer %q), want nurses in MA-01", d.Occupation, d.Region, second.Answer)
	}
	if args := callArgs(t, second.ToolCalls[0]); args["occupation"] != "infirmier" || args["region"] != "Tanger" {
		t.Errorf("follow-up arguments %v, want the first call's with region Tanger", args)
	}
}
