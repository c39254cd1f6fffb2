package offline

import (
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// followUp reads msg as the next message of history, as Planner.read does.
func followUp(msg string, history []assistant.Turn) (question, marketAsk) {
	r := lang.Read(msg)
	q := understand(r, now())
	return followUpAny(q, readMarketAsk(r, q), readRefs(r), readState(history))
}

// spokenTurn is a turn asked in l that called calls.
func spokenTurn(l lang.Tag, question string, calls ...assistant.ToolCall) assistant.Turn {
	t := turnOf(question, calls...)
	t.Lang = string(l)
	return t
}

func indicatorTurn(args string) assistant.Turn {
	return turnOf("?", call("indicator_series", args, tools.SeriesResult{}))
}

// Histories the tests below go on from.
var (
	// the unemployment rate of the Oriental in 2024
	orientalFigure = []assistant.Turn{indicatorTurn(`{"indicator":"unemployment_rate","geo":"MA-02","from":"2024","to":"2024"}`)}
	// the occupations in demand in Souss-Massa, then the trainings of the third
	soussTrainings = []assistant.Turn{
		turnOf("?", call(tools.NameTopOccupations, `{"region":"MA-09"}`, tools.TopOccupationsResult{Region: "MA-09",
			Rows: []tools.OccupationRow{{Rank: 1, Code: "5120"}, {Rank: 2, Code: "6111"}, {Rank: 3, Code: "3322"}}})),
		turnOf("?", call(tools.NameTrainingPaths, `{"occupation":"3322","region":"MA-09"}`, tools.TrainingResult{Occupation: "3322"})),
	}
)

// TestFollowUpKeepsTheConversationsPlace: a job-market follow-up that
// names no place is asked in the place of the last turn that had one,
// whatever the tool of that turn, and whether or not it says "there" or
// has words Marsad does not know; one that says "there" takes the
// figure's year too (years), one that does not only its place. A time
// word asks for the latest ads, not for ads containing it, and carries
// no period.
func TestFollowUpKeepsTheConversationsPlace(t *testing.T) {
	cases := []struct {
		history []assistant.Turn
		msg     string
		tool    string
		region  string
		occ     string // the occupation asked, "" for none
		years   bool   // the year of the figure is carried
	}{
		{orientalFigure, "quels sont les métiers les plus demandés ?", tools.NameTopOccupations, "MA-02", "", false},
		{orientalFigure, "quels métiers recrutent le plus là-bas ?", tools.NameTopOccupations, "MA-02", "", true},
		{orientalFigure, "ما هي المهن الأكثر طلبا؟", tools.NameTopOccupations, "MA-02", "", false},
		{orientalFigure, "شنو هي الخدمات لي مطلوبة بزاف تما؟", tools.NameTopOccupations, "MA-02", "", true},
		{orientalFigure, "ina khdmat matloubin?", tools.NameTopOccupations, "MA-02", "", false},
		{orientalFigure, "w chno l5dmat li kayna temma?", tools.NameTopOccupations, "MA-02", "", true},
		{orientalFigure, "which jobs are in demand?", tools.NameTopOccupations, "MA-02", "", false},
		{orientalFigure, "which jobs are employers asking for there?", tools.NameTopOccupations, "MA-02", "", true},
		{orientalFigure, "et des offres là-bas maintenant ?", tools.NameSearchJobAds, "MA-02", "", false},
		{soussTrainings, "y a des offres pour ce métier actuellement ?", tools.NameSearchJobAds, "MA-09", "3322", false},
		{soussTrainings, "هل توجد عروض عمل لهذه المهنة حاليا؟", tools.NameSearchJobAds, "MA-09", "3322", false},
		{soussTrainings, "واش كاينين شي إعلانات ديالها دابا؟", tools.NameSearchJobAds, "MA-09", "3322", false},
		{soussTrainings, "kayn chi offres dyalha daba?", tools.NameSearchJobAds, "MA-09", "3322", false},
		{soussTrainings, "any job ads for it now?", tools.NameSearchJobAds, "MA-09", "3322", false},
		{orientalFigure, "bghit khdma d plombier", tools.NameSearchJobAds, "MA-02", "plombier", false},
		{orientalFigure, "je cherche un emploi de plombier", tools.NameSearchJobAds, "MA-02", "plombier", false},
		{orientalFigure, "أبحث عن عمل كممرض", tools.NameSearchJobAds, "MA-02", "ممرض", false},
		{orientalFigure, "بغيت نخدم فرملي", tools.NameSearchJobAds, "MA-02", "فرملي", false},
		{orientalFigure, "I'm looking for a job as a nurse", tools.NameSearchJobAds, "MA-02", "nurse", false},
		// a turn about an occupation alone leaves the place as it was
		{append(orientalFigure[:1:1], turnOf("?", call(tools.NameOccupationProfile, `{"occupation":"soudeur"}`, tools.ProfileResult{Code: "7212"}))),
			"y a des offres pour ce métier ?", tools.NameSearchJobAds, "MA-02", "soudeur", false},
	}
	for _, c := range cases {
		q, a := followUp(c.msg, c.history)
		query := ""
		if a.tool == tools.NameSearchJobAds {
			query = (&turn{q: q, ask: a}).adQuery()
		}
		if a.tool != c.tool || q.region() != c.region || a.occupation != c.occ || query != "" || q.hasPeriod() != c.years {
			t.Errorf("%q: %s region %q occupation %q query %q period %v; want %s region %q occupation %q, no query, period %v",
				c.msg, a.tool, q.region(), a.occupation, query, q.hasPeriod(), c.tool, c.region, c.occ, c.years)
		}
	}
}

// TestFollowUpStartsAfreshElsewhere: a message that names its own place,
// indicator or occupation, or follows a turn on the whole country or on
// HCP's southern group (no region of the job ads), takes no region from
// the conversation.
func TestFollowUpStartsAfreshElsewhere(t *testing.T) {
	national := []assistant.Turn{indicatorTurn(`{"indicator":"unemployment_rate","from":"2024","to":"2024"}`)}
	south := []assistant.Turn{indicatorTurn(`{"indicator":"unemployment_rate","geo":"MA-SUD","from":"2024","to":"2024"}`)}
	byRegion := []assistant.Turn{turnOf("?", call("compare_indicator", `{"indicator":"unemployment_rate","by":"geo","period":"2024"}`, tools.CompareResult{By: "geo"}))}
	cases := []struct {
		history []assistant.Turn
		msg     string
		region  string
	}{
		{orientalFigure, "quels métiers recrutent à Tanger ?", "MA-01"},
		{orientalFigure, "Quel est le taux d'activité ?", ""},
		{orientalFigure, "what's the best tajine?", ""},
		{national, "which jobs are in demand?", ""},
		{south, "ina khdmat matloubin?", ""},
		{byRegion, "ما هي المهن الأكثر طلبا؟", ""},
	}
	for _, c := range cases {
		q, _ := followUp(c.msg, c.history)
		if q.region() != c.region {
			t.Errorf("%q: region %q, want %q", c.msg, q.region(), c.region)
		}
	}
}

// TestTimeWordsAreNoSearchWords: "now" asks for the newest ads; no ad is
// searched for the word.
func TestTimeWordsAreNoSearchWords(t *testing.T) {
	for _, msg := range []string{
		"des offres à Tanger actuellement ?",
		"هل توجد عروض عمل في طنجة حاليا؟",
		"واش كاينين شي إعلانات ف طنجة دابا؟",
		"kayn chi offres daba f tanja?",
		"any job ads in Tangier right now?",
	} {
		q, a := followUp(msg, nil)
		if tq := (turn{q: q, ask: a}); a.tool != tools.NameSearchJobAds || tq.adQuery() != "" || q.region() != "MA-01" {
			t.Errorf("%q: %s query %q region %q; want %s in MA-01 without words", msg, a.tool, tq.adQuery(), q.region(), tools.NameSearchJobAds)
		}
	}
}

// TestFollowUpForTheLatestFigure: "and now?" after a figure of a past
// year asks the latest figure of the same question.
func TestFollowUpForTheLatestFigure(t *testing.T) {
	women2019 := []assistant.Turn{indicatorTurn(`{"indicator":"unemployment_rate","sex":"female","geo":"MA-06","from":"2019","to":"2019"}`)}
	for _, msg := range []string{"et maintenant ?", "وحاليا؟", "و دابا؟", "w daba?", "and now?"} {
		q, a := followUp(msg, women2019)
		if a.tool != "" || q.indicator != "unemployment_rate" || q.cell.Sex != "female" || q.cell.Geo != "MA-06" || q.hasPeriod() {
			t.Errorf("%q: tool %q indicator %q cell %+v period %v; want the women's unemployment rate in MA-06, no period", msg, a.tool, q.indicator, q.cell, q.hasPeriod())
		}
	}
}

// TestPopulationFollowUpWithUnknownWords: a follow-up that opens with an
// ellipsis and names a population follows up though some of its words
// name nothing Marsad knows; one that names only a place does not.
func TestPopulationFollowUpWithUnknownWords(t *testing.T) {
	graduates := []assistant.Turn{indicatorTurn(`{"indicator":"unemployment_rate","diploma":"graduate","from":"2024","to":"2024"}`)}
	for _, c := range []struct {
		msg       string
		indicator string
	}{
		{"وبالنسبة لمن ليست لديهم أي شهادة؟", "unemployment_rate"},
		{"et pour ceux qui n'ont aucun diplôme ?", "unemployment_rate"},
		{"and what about the weather in Marrakech?", ""},
		{"et le temps à Marrakech ?", ""},
	} {
		q, _ := followUp(c.msg, graduates)
		if q.indicator != c.indicator || c.indicator != "" && (q.cell.Diploma != "none" || q.year != 2024) {
			t.Errorf("%q: %s %+v %d; want %q", c.msg, q.indicator, q.cell, q.year, c.indicator)
		}
	}
}

// TestPopulationFollowUpReplacesTheArea: after the rural rate, another
// population is asked over both areas, with the indicator, place and
// period of the last question.
func TestPopulationFollowUpReplacesTheArea(t *testing.T) {
	rural := []assistant.Turn{indicatorTurn(`{"indicator":"unemployment_rate","geo":"MA-06","area":"rural","from":"2025","to":"2025"}`)}
	for _, msg := range []string{"et les femmes ?", "وماذا عن النساء؟", "و عند العيالات؟", "w 3nd l3yalat?", "and women?"} {
		q, _ := followUp(msg, rural)
		want := tools.Cell{Geo: "MA-06", Sex: "female"}
		if q.indicator != "unemployment_rate" || q.cell != want || q.year != 2025 {
			t.Errorf("%q: %s %+v %d; want unemployment_rate %+v 2025", msg, q.indicator, q.cell, q.year, want)
		}
	}
}

// TestOrdinalOverAGuessedOccupation: an ordinal wins over the words the
// router only guessed were an occupation it lacks.
func TestOrdinalOverAGuessedOccupation(t *testing.T) {
	top := soussTrainings[:1]
	for _, msg := range []string{
		"التالتة، فين نقرا باش نوصل ليها؟",
		"الثالثة، أين أدرس للوصول إليها؟",
		"talta, fin n9ra bach nwsl liha?",
	} {
		_, a := followUp(msg, top)
		if a.tool != tools.NameTrainingPaths || a.occupation != "3322" {
			t.Errorf("%q: %s occupation %q; want %s of 3322", msg, a.tool, a.occupation, tools.NameTrainingPaths)
		}
	}
}

// TestShortFollowUpSpeaksTheConversationsLanguage: a follow-up of a few
// words that hardly tell its language is answered in the conversation's;
// one whose words tell another language, or in another script, keeps its
// own.
func TestShortFollowUpSpeaksTheConversationsLanguage(t *testing.T) {
	args := `{"indicator":"unemployment_rate","age":"15-24","geo":"MA-01","from":"2024","to":"2024"}`
	asked := func(l lang.Tag, question string) []assistant.Turn {
		return []assistant.Turn{spokenTurn(l, question, call("indicator_series", args, tools.SeriesResult{}))}
	}
	cases := []struct {
		history []assistant.Turn
		msg     string
		want    lang.Tag
	}{
		{asked(lang.Darija, "شحال البطالة عند الشباب ف طنجة ف 2024؟"), "و عند الرجال؟", lang.Darija},
		{asked(lang.Darija, "شحال البطالة عند الشباب ف طنجة ف 2024؟"), "وفي 2023؟", lang.Darija},
		{asked(lang.Arabic, "ما هو معدل البطالة لدى الشباب في طنجة سنة 2024؟"), "و عند الرجال؟", lang.Arabic},
		{asked(lang.English, "youth unemployment rate in Tangier in 2024"), "Rabat?", lang.English},
		{asked(lang.Arabizi, "ch7al chomage 3nd chabab f tanja f 2024?"), "Rabat ?", lang.Arabizi},
		{asked(lang.French, "taux de chômage des jeunes à Tanger en 2024"), "and women?", lang.English},
		{asked(lang.Darija, "شحال البطالة عند الشباب ف طنجة ف 2024؟"), "and women?", lang.English},
		{asked(lang.English, "youth unemployment rate in Tangier in 2024"), "w l3yalat?", lang.Arabizi},
		{asked(lang.Arabic, "ما هو معدل البطالة لدى الشباب في طنجة سنة 2024؟"), "و شحال عند العيالات؟", lang.Darija},
	}
	for _, c := range cases {
		q, _ := followUp(c.msg, c.history)
		if q.lang != c.want {
			t.Errorf("%q after %q: %s, want %s", c.msg, c.history[0].Question, q.lang, c.want)
		}
	}
}

// TestThisRegionIsTheConversationsPlace: a demonstrative or "same" before
// a noun of place points at the conversation's place, not at the
// occupation last talked about, and so does "in it" in a question for a
// figure.
func TestThisRegionIsTheConversationsPlace(t *testing.T) {
	for _, msg := range []string{
		"quel est le taux de chômage dans cette région ?",
		"ما هو معدل البطالة في هذه الجهة؟",
		"شحال البطالة ف هاد الجهة؟",
		"ch7al chomage f nfs jiha?",
		"what's the unemployment rate in that region?",
		"وما هو معدل البطالة فيها في نفس السنة؟",
		"ch7al chomage fiha?",
		"شحال البطالة فيها؟",
	} {
		q, a := followUp(msg, soussTrainings)
		if a.tool != "" || q.indicator != "unemployment_rate" || q.cell.Geo != "MA-09" {
			t.Errorf("%q: tool %q indicator %q geo %q; want unemployment_rate in MA-09", msg, a.tool, q.indicator, q.cell.Geo)
		}
	}
}

// TestInItIsTheOccupationOrThePlace: "in it" (فيها, fiha) points at the
// occupation last talked about, unless the message asks a figure or the
// occupations in demand: then at the conversation's place.
func TestInItIsTheOccupationOrThePlace(t *testing.T) {
	nurse := []assistant.Turn{turnOf("?", call(tools.NameSearchJobAds, `{"occupation":"infirmier","region":"MA-01"}`,
		tools.JobAdsResult{Search: tools.AdSearch{Occupations: []string{"2221"}, Region: "MA-01"}}))}
	cases := []struct {
		msg, tool, occ, region string
	}{
		{"وأين يمكنني التكوين فيها؟", tools.NameTrainingPaths, "infirmier", "MA-01"},
		{"شحال كيخلصو فيها؟", tools.NameOccupationProfile, "infirmier", "MA-01"},
		{"ch7al kaykhlsso fiha?", tools.NameOccupationProfile, "infirmier", "MA-01"},
		{"chno lkhdmat li kaynin fiha?", tools.NameTopOccupations, "", "MA-01"},
		{"شنو هي الخدمات لي مطلوبة بزاف فيها؟", tools.NameTopOccupations, "", "MA-01"},
	}
	for _, c := range cases {
		q, a := followUp(c.msg, nurse)
		if a.tool != c.tool || a.occupation != c.occ || q.region() != c.region {
			t.Errorf("%q: %s occupation %q region %q; want %s %q %q", c.msg, a.tool, a.occupation, q.region(), c.tool, c.occ, c.region)
		}
	}
}

// TestOccupationQuestionTakesTheFocus: a question for what only an
// occupation has (trainings, pay, skills) that names none is asked of the
// occupation last talked about; one that names its own occupation, a
// topic, or an occupation Marsad does not know, or asks the ranking, is
// not.
func TestOccupationQuestionTakesTheFocus(t *testing.T) {
	welder := []assistant.Turn{turnOf("?", call(tools.NameOccupationProfile, `{"occupation":"soudeur"}`, tools.ProfileResult{Code: "7212"}))}
	cases := []struct {
		msg, tool, occ string
	}{
		{"Quelles formations ?", tools.NameTrainingPaths, "soudeur"},
		{"ما هي التكوينات المتاحة؟", tools.NameTrainingPaths, "soudeur"},
		{"فين نقرا؟", tools.NameTrainingPaths, "soudeur"},
		{"fin n9ra?", tools.NameTrainingPaths, "soudeur"},
		{"what training do I need?", tools.NameTrainingPaths, "soudeur"},
		{"quelles compétences faut-il ?", tools.NameSkillsInDemand, "soudeur"},
		{"ما هي المهارات المطلوبة؟", tools.NameSkillsInDemand, "soudeur"},
		{"chno khass n3ref?", tools.NameSkillsInDemand, "soudeur"},
		{"كم هو الأجر؟", tools.NameOccupationProfile, "soudeur"},
		{"how much is the salary?", tools.NameOccupationProfile, "soudeur"},
		{"comment devenir plombier ?", tools.NameTrainingPaths, "plombier"},
		{"comment devenir astronaute ?", tools.NameTrainingPaths, "astronaute"},
		{"quels métiers recrutent le plus ?", tools.NameTopOccupations, ""},
	}
	for _, c := range cases {
		_, a := followUp(c.msg, welder)
		if a.tool != c.tool || a.occupation != c.occ {
			t.Errorf("%q: %s of %q; want %s of %q", c.msg, a.tool, a.occupation, c.tool, c.occ)
		}
	}
}

// TestQuarterFollowUpTakesTheYear: a quarter named without its year
// follows up on the last figure, in its year.
func TestQuarterFollowUpTakesTheYear(t *testing.T) {
	graduates := []assistant.Turn{indicatorTurn(`{"indicator":"unemployment_rate","diploma":"graduate","from":"2025","to":"2025"}`)}
	for _, msg := range []string{"et au deuxième trimestre ?", "وفي الفصل الثاني؟", "و ف التريمستر التاني؟", "w f trimestre tani?", "what about Q2?"} {
		q, a := followUp(msg, graduates)
		if a.tool != "" || q.indicator != "unemployment_rate" || q.cell.Diploma != "graduate" || q.year != 2025 || q.quarter != 2 {
			t.Errorf("%q: tool %q %s %+v %d-Q%d; want the graduates' unemployment rate in 2025-Q2", msg, a.tool, q.indicator, q.cell, q.year, q.quarter)
		}
	}
}
