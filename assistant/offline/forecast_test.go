package offline

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// Words of the future route to forecast_demand in the five languages;
// today's questions, an occupation said to be in demand today, and an
// indicator in a future year keep their routes.
func TestForecastRouting(t *testing.T) {
	cases := []routeCase{
		{"quels métiers seront demandés en 2030", "fr", tools.NameForecastDemand},
		{"quels métiers seront demandés l'an prochain", "fr", tools.NameForecastDemand},
		{"quels métiers recrutent dans les prochains mois ?", "fr", tools.NameForecastDemand},
		{"prévision de la demande d'infirmiers à Casablanca", "fr", tools.NameForecastDemand},
		{"est-ce que les développeurs seront encore demandés l'année prochaine", "fr", tools.NameForecastDemand},
		{"ما هي المهن التي سيكثر عليها الطلب مستقبلا", "ar", tools.NameForecastDemand},
		{"شنو الخدمات اللي غادي يكون عليها الطلب العام الجاي", "ary", tools.NameForecastDemand},
		{"ach men khdma ghadi tkon matloba f lmosta9bal", "ary-Latn", tools.NameForecastDemand},
		{"which jobs will be in demand next year", "en", tools.NameForecastDemand},
		{"forecast for nurses", "en", tools.NameForecastDemand},
		{"which jobs in 2030?", "en", tools.NameForecastDemand},
		// how many ads an occupation will have in a year to come
		{"How many job offers will there be for nurses in 2030?", "en", tools.NameForecastDemand},
		{"شحال غادي تكون الخدمة ديال السودور ف 2030؟", "ary", tools.NameForecastDemand},
		// today's figures
		{"est-ce que les soudeurs sont demandés", "fr", tools.NameOccupationProfile},
		{"quels métiers recrutent à Tanger", "fr", tools.NameTopOccupations},
		{"Les métiers d'avenir à Casablanca ?", "fr", tools.NameTopOccupations},
		{"which jobs are in demand in 2024?", "en", tools.NameTopOccupations},
		{"شنو هي الخدمات اللي مطلوبة بزاف ف كازا؟", "ary", tools.NameTopOccupations},
		// an indicator in a year to come is no job-ad forecast
		{"taux de chômage en 2030", "fr", ""},
		{"شحال غادي تكون البطالة ف 2030؟", "ary", ""},
	}
	for _, c := range cases {
		msg := lang.Read(c.msg)
		q := understand(msg, now())
		q, got := followUpAny(q, readMarketAsk(msg, q), refs{}, state{})
		q, got = got.forecastRoute(q, now(), state{})
		if string(q.lang) != c.lang || got.tool != c.tool {
			t.Errorf("%q: lang %s, tool %q; want %s, %q", c.msg, q.lang, got.tool, c.lang, c.tool)
		}
	}
}

// forecastPlanner is a planner whose only tool is forecast_demand on a
// history of nurses (2221) and developers (2512) in Casablanca, 2020-01 …
// 2024-12, and of cooks (5120) since 2024-01, too short to forecast.
func forecastPlanner(t *testing.T) *Planner {
	t.Helper()
	var rows []tools.MonthlyAdCount
	for k, code := range []string{"2221", "2512", "5120"} {
		for i := 0; i < 60; i++ {
			if code == "5120" && i < 48 {
				continue
			}
			v := float64(50+30*k) * (1 + 0.01*float64(i)) * (1 + 0.2*math.Sin(2*math.Pi*float64(i%12)/12)) * (1 + 0.05*math.Sin(float64(7*i+k)))
			rows = append(rows, tools.MonthlyAdCount{Month: fmt.Sprintf("%d-%02d", 2020+i/12, i%12+1), Occupation: code, Region: "MA-06", Ads: int(math.Round(v))})
		}
	}
	h, err := tools.NewMemoryAdHistory(rows, "test generator", true)
	if err != nil {
		t.Fatal(err)
	}
	return New(tools.NewKit(tools.ForecastTool{History: h}), now)
}

// The answer states a projection as one, with its interval, method,
// backtest error and demo data; a year beyond the horizon says what
// Marsad can say instead; a too-short history says why there is none.
func TestForecastAnswers(t *testing.T) {
	p := forecastPlanner(t)
	cases := []struct {
		msg      string
		want     []string
		wantNot  []string
		horizon  string
		occupied bool
	}{
		{"prévision de la demande d'infirmiers à Casablanca", []string{"Projection (pas un constat)", "intervalle à 80 %", "Méthode :",
			"janvier 2025", "juin 2025", "données de démonstration"}, []string{"Marsad ne prévoit pas", "juillet 2025"}, `"horizon":6`, true},
		{"est-ce que les infirmiers seront encore demandés en 2030 ?", []string{"Marsad ne prévoit pas jusqu'en 2030", "Tendance actuelle",
			"décembre 2025"}, []string{"offres d'emploi dédoublonnées"}, `"horizon":12`, true},
		{"which jobs will be in demand next year", []string{"Projection (not an observed fact)", "1. ", "2 occupations projected",
			"1 have too short a history", "demo data"}, nil, `"horizon":12`, false},
		// a year beyond the horizon: each occupation with today's trend too
		{"quels métiers seront demandés en 2030 ?", []string{"Marsad ne prévoit pas jusqu'en 2030", "1. ", "; tendance actuelle "},
			nil, `"horizon":12`, false},
		{"which jobs will be in demand next year", []string{"1. "}, []string{"today's trend"}, `"horizon":12`, false},
		{"forecast for cooks", []string{"No projection", "only 12 months", "at least 36"}, []string{"80% interval"}, `"horizon":6`, true},
		// a span of months the question names is the horizon
		{"prévision pour les infirmiers à Casablanca sur les 3 prochains mois", []string{"Projection (pas un constat)", "mars 2025"},
			[]string{"avril 2025"}, `"horizon":3`, true},
	}
	for _, c := range cases {
		turn, _ := runTurn(t, p, nil, c.msg)
		if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Name != tools.NameForecastDemand || turn.ToolCalls[0].Error != "" {
			t.Fatalf("%q: calls %+v", c.msg, turn.ToolCalls)
		}
		args := string(turn.ToolCalls[0].Arguments)
		if !strings.Contains(args, c.horizon) || strings.Contains(args, `"occupation"`) != c.occupied {
			t.Errorf("%q: arguments %s, want %s and an occupation %v", c.msg, args, c.horizon, c.occupied)
		}
		for _, w := range c.want {
			if !strings.Contains(turn.Answer, w) {
				t.Errorf("%q: answer lacks %q:\n%s", c.msg, w, turn.Answer)
			}
		}
		for _, w := range c.wantNot {
			if strings.Contains(turn.Answer, w) {
				t.Errorf("%q: answer has %q:\n%s", c.msg, w, turn.Answer)
			}
		}
		if len(turn.Citations) != 1 || turn.Citations[0].Kind != tools.KindProjection || !turn.Citations[0].Demo {
			t.Errorf("%q: citations %+v, want one demo projection", c.msg, turn.Citations)
		}
	}
}

// A time to come after a forecast asks it again, with the occupation and
// the place of the conversation, over twelve months.
func TestForecastFollowUp(t *testing.T) {
	p := forecastPlanner(t)
	first, _ := runTurn(t, p, nil, "prévision de la demande d'infirmiers à Casablanca")
	next, _ := runTurn(t, p, []assistant.Turn{first}, "et l'an prochain ?")
	if len(next.ToolCalls) != 1 || next.ToolCalls[0].Name != tools.NameForecastDemand {
		t.Fatalf("calls %+v", next.ToolCalls)
	}
	d := resultOf[tools.ForecastResult](next.ToolCalls[0])
	if d.Occupation != "2221" || d.Region != "MA-06" || d.Horizon != 12 {
		t.Errorf("follow-up: occupation %q region %q horizon %d; want 2221, MA-06, 12", d.Occupation, d.Region, d.Horizon)
	}
}

// Skills of a time to come get no forecast in any language: the answer
// says Marsad has none, calls no tool and writes no figure, while skills
// asked today keep skills_in_demand.
func TestForecastOfSkillsIsUnknown(t *testing.T) {
	p := forecastPlanner(t)
	for _, msg := range []string{"Quelles compétences seront demandées l'an prochain ?", "ما هي المهارات التي ستكون مطلوبة في المستقبل؟",
		"شنو المهارات اللي غادي تكون مطلوبة العام الجاي؟", "chno lmaharat li ghadi ykono matloubin l3am jay?", "which skills will be in demand next year?"} {
		turn, _ := runTurn(t, p, nil, msg)
		if len(turn.ToolCalls) != 0 || !prompts.SaysUnknown(turn.Lang, turn.Answer) || len(assistant.NumbersIn(turn.Answer)) != 0 {
			t.Errorf("%q: calls %v, answer in %s %q; want no call, no figure, an unknown answer", msg, toolsCalled(turn), turn.Lang, turn.Answer)
		}
	}
	msg := lang.Read("chno lmaharat li khass l comptable?")
	q := understand(msg, now())
	q, got := followUpAny(q, readMarketAsk(msg, q), refs{}, state{})
	if _, got = got.forecastRoute(q, now(), state{}); got.tool != tools.NameSkillsInDemand || got.skillsAhead {
		t.Errorf("skills asked today: tool %q (skills ahead %v), want skills_in_demand", got.tool, got.skillsAhead)
	}
}
