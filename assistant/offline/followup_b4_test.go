package offline

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// runConversations scores conversations written as marsad eval's JSON
// lines, each in one session, and fails on any wrong turn.
func runConversations(t *testing.T, lines string) {
	t.Helper()
	cases, err := assistant.ReadCases(strings.NewReader(lines), t.Name())
	if err != nil {
		t.Fatal(err)
	}
	a := assistant.New(seededPlanner(t), assistant.WithSessions(jsonSessions{assistant.NewMemorySessions(assistant.MemoryLimits{})}))
	report, err := assistant.Evaluate(context.Background(), a.Chat, cases)
	if err != nil {
		t.Fatal(err)
	}
	for _, fl := range report.Failures {
		t.Errorf("%s: %s: want %s, got %s\n%s", fl.ID, fl.Check, fl.Want, fl.Got, fl.Answer)
	}
}

// TestSameThingForOpensAnEllipsis: "et 2025 alors ?", "same thing but for
// women?", "pareil pour les femmes", "نفس الشي للعيالات", "b7al b7al
// l3yalat" ask the last question again with the dimension they change.
func TestSameThingForOpensAnEllipsis(t *testing.T) {
	runConversations(t, `
{"id":"fr-alors","turns":[{"question":"taux de chômage dans l'Oriental en 2023 ?","expect":{"tool":"indicator_series","args":{"geo":"MA-02","period":"2023"}}},{"question":"et 2025 alors ?","expect":{"lang":"fr","tool":"indicator_series","args":{"geo":"MA-02","period":"2025","indicator":"unemployment_rate"}}}]}
{"id":"fr-pareil","turns":[{"question":"taux de chômage des 15-24 ans en 2022","expect":{"tool":"indicator_series"}},{"question":"pareil pour les femmes","expect":{"lang":"fr","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"fr-meme","turns":[{"question":"taux de chômage en 2022","expect":{"tool":"indicator_series"}},{"question":"la même chose mais pour les femmes ?","expect":{"lang":"fr","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"en-same","turns":[{"question":"what was the unemployment rate for 15-24 year olds in 2022?","expect":{"tool":"indicator_series"}},{"question":"same thing but for women?","expect":{"lang":"en","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate","age":"15+"}}}]}
{"id":"en-the-same","turns":[{"question":"unemployment rate in 2022","expect":{"tool":"indicator_series"}},{"question":"the same for men please","expect":{"lang":"en","tool":"indicator_series","args":{"sex":"male","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"en-so","turns":[{"question":"unemployment rate in Fes in 2023","expect":{"tool":"indicator_series"}},{"question":"and 2025 then?","expect":{"lang":"en","tool":"indicator_series","args":{"geo":"MA-03","period":"2025","indicator":"unemployment_rate"}}}]}
{"id":"ar-nafs","turns":[{"question":"ما هو معدل البطالة في 2022؟","expect":{"tool":"indicator_series"}},{"question":"نفس الشيء بالنسبة للنساء","expect":{"tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"ary-nafs","turns":[{"question":"شحال نسبة البطالة ف 2022؟","expect":{"tool":"indicator_series"}},{"question":"نفس الشي للعيالات","expect":{"lang":"ary","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"lat-b7al","turns":[{"question":"ch7al nisbat chomage f 2022?","expect":{"tool":"indicator_series"}},{"question":"b7al b7al l3yalat","expect":{"lang":"ary-Latn","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"en-question","turns":[{"question":"unemployment rate in 2022","expect":{"tool":"indicator_series"}},{"question":"same question for women","expect":{"lang":"en","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"fr-question","turns":[{"question":"taux de chômage en 2022","expect":{"tool":"indicator_series"}},{"question":"même question pour les hommes","expect":{"lang":"fr","tool":"indicator_series","args":{"sex":"male","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"ar-question","turns":[{"question":"ما هو معدل البطالة في 2022؟","expect":{"tool":"indicator_series"}},{"question":"نفس السؤال بالنسبة للرجال","expect":{"tool":"indicator_series","args":{"sex":"male","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"lat-kif","turns":[{"question":"ch7al nisbat chomage f 2022?","expect":{"tool":"indicator_series"}},{"question":"kif kif l rjal","expect":{"lang":"ary-Latn","tool":"indicator_series","args":{"sex":"male","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"ary-b7al","turns":[{"question":"شحال نسبة البطالة ف 2022؟","expect":{"tool":"indicator_series"}},{"question":"بحال بحال للرجال","expect":{"lang":"ary","tool":"indicator_series","args":{"sex":"male","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"lat-nafs","turns":[{"question":"ch7al nisbat chomage f 2022?","expect":{"tool":"indicator_series"}},{"question":"nafs l7aja l3yalat?","expect":{"lang":"ary-Latn","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
`)
}

// TestPlaceAfterAProfileSearchesTheAds: a follow-up naming only a place
// after a profile (which takes no place) goes to the last tool of the
// conversation that takes one, with the occupation in focus; أنونسات,
// anonsat and "l'annonces" are ads.
func TestPlaceAfterAProfileSearchesTheAds(t *testing.T) {
	runConversations(t, `
{"id":"lat","turns":[{"question":"kayn chi khedma dyal livreur f casa?","expect":{"tool":"search_job_ads","args":{"geo":"MA-06"}}},{"question":"ch7al kaykhalsou f dik lkhedma?","expect":{"tool":"occupation_profile"}},{"question":"w f rbat?","expect":{"lang":"ary-Latn","tool":"search_job_ads","args":{"geo":"MA-04","isco":"8321"}}}]}
{"id":"en","turns":[{"question":"I'm a cook looking for work in Marrakech, any openings?","expect":{"tool":"search_job_ads"}},{"question":"how much does that job usually pay?","expect":{"tool":"occupation_profile","args":{"isco":"5120"}}},{"question":"and in Agadir?","expect":{"lang":"en","tool":"search_job_ads","args":{"isco":"5120","geo":"MA-09"}}}]}
{"id":"fr","turns":[{"question":"des offres de soudeur à Tanger ?","expect":{"tool":"search_job_ads"}},{"question":"combien gagne ce métier ?","expect":{"tool":"occupation_profile","args":{"isco":"7212"}}},{"question":"et à Fès ?","expect":{"lang":"fr","tool":"search_job_ads","args":{"isco":"7212","geo":"MA-03"}}}]}
{"id":"ar","turns":[{"question":"هل توجد عروض عمل للممرضين في الرباط؟","expect":{"tool":"search_job_ads"}},{"question":"وكم يبلغ أجر هذه المهنة؟","expect":{"tool":"occupation_profile","args":{"isco":"2221"}}},{"question":"وفي أكادير؟","expect":{"tool":"search_job_ads","args":{"isco":"2221","geo":"MA-09"}}}]}
{"id":"ary","turns":[{"question":"كاين شي خدمة ديال الطباخ ف مراكش؟","expect":{"tool":"search_job_ads"}},{"question":"شحال كيخلصو هاد الخدمة؟","expect":{"tool":"occupation_profile","args":{"isco":"5120"}}},{"question":"و ف أكادير؟","expect":{"lang":"ary","tool":"search_job_ads","args":{"isco":"5120","geo":"MA-09"}}}]}
{"id":"ary-anonsat","turns":[{"question":"أشنو هوما الحرف لي مطلوبين بزاف ف طنجة؟","expect":{"tool":"top_occupations","args":{"geo":"MA-01"}}},{"question":"التانية شنو كتدير؟","expect":{"tool":"occupation_profile"}},{"question":"كاينين شي أنونسات ديالها؟","expect":{"lang":"ary","tool":"search_job_ads","args":{"geo":"MA-01"}}}]}
{"id":"lat-anonsat","turns":[{"question":"chno homa lkhdmat lmatlouba f tanja?","expect":{"tool":"top_occupations","args":{"geo":"MA-01"}}},{"question":"tanya chno katdir?","expect":{"tool":"occupation_profile"}},{"question":"kaynin chi anonsat dyalha?","expect":{"lang":"ary-Latn","tool":"search_job_ads","args":{"geo":"MA-01"}}}]}
{"id":"ar-laha","turns":[{"question":"أريد معلومات عن مهنة الممرض","expect":{"tool":"occupation_profile","args":{"isco":"2221"}}},{"question":"وكم يبلغ أجر هذه المهنة؟","expect":{"args":{"isco":"2221"}}},{"question":"هل توجد عروض عمل لها في أكادير؟","expect":{"tool":"search_job_ads","args":{"isco":"2221","geo":"MA-09"}}}]}
`)
}

// TestPlaceAfterTrainingsOrWithoutAdsBefore: after trainings too a place
// alone goes back to the ads; with no tool taking a place before, the
// profile is asked again there.
func TestPlaceAfterTrainingsOrWithoutAdsBefore(t *testing.T) {
	runConversations(t, `
{"id":"en-train","turns":[{"question":"any welder job openings in Tangier?","expect":{"tool":"search_job_ads"}},{"question":"how do I become one?","expect":{"tool":"training_paths","args":{"isco":"7212"}}},{"question":"what about Casablanca?","expect":{"lang":"en","tool":"search_job_ads","args":{"isco":"7212","geo":"MA-06"}}}]}
{"id":"ar-madha","turns":[{"question":"هل توجد عروض عمل للطباخين في مراكش؟","expect":{"tool":"search_job_ads"}},{"question":"كم يتقاضى الطباخ؟","expect":{"tool":"occupation_profile","args":{"isco":"5120"}}},{"question":"وماذا عن طنجة؟","expect":{"tool":"search_job_ads","args":{"isco":"5120","geo":"MA-01"}}}]}
{"id":"fr-profile-only","turns":[{"question":"parle-moi du métier de soudeur","expect":{"tool":"occupation_profile","args":{"isco":"7212"}}},{"question":"et à Tanger ?","expect":{"lang":"fr","tool":"occupation_profile","args":{"isco":"7212"}}}]}
`)
}

// TestPlaceAfterAProfileGoesBackToAFigure: when the last tool that takes
// a place was a figure, a place alone after a profile asks that figure
// there.
func TestPlaceAfterAProfileGoesBackToAFigure(t *testing.T) {
	runConversations(t, `
{"id":"fr","turns":[{"question":"taux de chômage à Tanger en 2024","expect":{"tool":"indicator_series"}},{"question":"parle-moi du métier de soudeur","expect":{"tool":"occupation_profile","args":{"isco":"7212"}}},{"question":"et à Fès ?","expect":{"lang":"fr","tool":"indicator_series","args":{"geo":"MA-03","indicator":"unemployment_rate"}}}]}
{"id":"lat","turns":[{"question":"ch7al nisbat chomage f tanja?","expect":{"tool":"indicator_series"}},{"question":"chno kaydir soudeur?","expect":{"tool":"occupation_profile","args":{"isco":"7212"}}},{"question":"w f fes?","expect":{"lang":"ary-Latn","tool":"indicator_series","args":{"geo":"MA-03","indicator":"unemployment_rate"}}}]}
`)
}
