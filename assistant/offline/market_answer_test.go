package offline

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

func seededPlanner(t *testing.T) *Planner {
	t.Helper()
	return New(seededKit(t), now)
}

func toolsCalled(turn assistant.Turn) []string {
	var out []string
	for _, tc := range turn.ToolCalls {
		out = append(out, tc.Name)
	}
	return out
}

// TestDemandAnswers runs one question per tool and language on the seed
// corpus: the tool is called, the answer is in the question's language,
// says what its figures are and cites its sources.
func TestDemandAnswers(t *testing.T) {
	p := seededPlanner(t)
	cases := []struct {
		msg, tool string
		want      []string // each must be in the answer
	}{
		{"Quels sont les métiers les plus demandés à Tanger ?", tools.NameTopOccupations, []string{"Serveur / Chef de rang", "pas des statistiques officielles", "dédoublonnées"}},
		{"chno homa l5edmat li kayna f tanja?", tools.NameTopOccupations, []string{"Serveur / Chef de rang", "machi ar9am rasmiya"}},
		{"شنو هي الخدمات اللي مطلوبة بزاف ف كازا؟", tools.NameTopOccupations, []string{"مطور برمجيات", "ماشي أرقام رسمية"}},
		{"ما هي المهن الأكثر طلبا في جهة سوس ماسة؟", tools.NameTopOccupations, []string{"طباخ", "وليست إحصاءات رسمية"}},
		{"most in-demand jobs in Casablanca", tools.NameTopOccupations, []string{"Software developer", "not official statistics"}},
		{"Quelles compétences pour un développeur ?", tools.NameSkillsInDemand, []string{"java", "sur 15"}},
		{"chno khassni n3ref bach nkhdem comptable?", tools.NameSkillsInDemand, []string{"Comptable / Chef comptable", "comptabilité"}},
		{"ما المهارات المطلوبة لمطور البرمجيات؟", tools.NameSkillsInDemand, []string{"مطور برمجيات"}},
		{"skills needed for a nurse", tools.NameSkillsInDemand, []string{"Nurse", "out of 18"}},
		{"C'est quoi le métier d'infirmier ?", tools.NameOccupationProfile, []string{"2221", "ISPITS", "Salaire indicatif", "pas une statistique officielle"}},
		{"fermli chno kaydir w ch7al kaykhles?", tools.NameOccupationProfile, []string{"2221", "Description (kayna ghir b lfransawiya)", "5000", "9000"}},
		{"شنو هي الخدمة ديال الفرملي؟", tools.NameOccupationProfile, []string{"ممرض", "يقدم الممرض", "ماشي رقم رسمي"}},
		{"what does a welder do", tools.NameOccupationProfile, []string{"Welder", "7212", "A welder joins metal parts", "not an official statistic"}},
		{"Comment devenir infirmière ?", tools.NameTrainingPaths, []string{"Licence en sciences infirmières", "ISPITS"}},
		{"kifach nwelli soudeur?", tools.NameTrainingPaths, []string{"Qualification Soudeur", "OFPPT"}},
		{"كيفاش نولي فرملي؟", tools.NameTrainingPaths, []string{"ISPITS", "التكوينات اللي كتوصل"}},
		{"كيف أصبح تقني في الكهرباء؟", tools.NameTrainingPaths, []string{"التكوينات التي تُدرّس «الكهرباء»", "Électricité"}},
		{"how to become a nurse in Morocco", tools.NameTrainingPaths, []string{"Trainings that lead to", "ISPITS"}},
		{"CDI comptable Casablanca", tools.NameSearchJobAds, []string{"Comptable / Chef comptable", "CDI", "(données de démonstration)"}},
		{"bghit khedma f agadir f hotel", tools.NameSearchJobAds, []string{"Hôtel", "Agadir"}},
		{"عندكم شي خدمة ديال السائق ف مراكش؟", tools.NameSearchJobAds, []string{"سائق توصيل", "ما لقيت حتى إعلان"}},
		{"job offers for developers in Casablanca", tools.NameSearchJobAds, []string{"Software developer", "(demo data)"}},
		{"Que dit la note sur le chômage des jeunes ?", tools.NameSearchDocuments, []string{"Chômage des jeunes", "36,7"}},
		{"شنو كاين على الجفاف والخدمة ف العروبية؟", tools.NameSearchDocuments, []string{"الجفاف وفقدان مناصب الشغل في العالم القروي"}},
		{"ماذا تقول الدراسة عن القطاع غير المهيكل؟", tools.NameSearchDocuments, []string{"Le secteur informel"}},
		{"notes about women's employment", tools.NameSearchDocuments, []string{"ضعف مشاركة النساء"}},
	}
	for _, c := range cases {
		turn, _ := runTurn(t, p, nil, c.msg)
		if !slices.Contains(toolsCalled(turn), c.tool) || len(turn.Citations) == 0 {
			t.Errorf("%q: called %v with %d citations; want %s, cited", c.msg, toolsCalled(turn), len(turn.Citations), c.tool)
		}
		for _, w := range c.want {
			if !strings.Contains(turn.Answer, w) {
				t.Errorf("%q: answer lacks %q:\n%s", c.msg, w, turn.Answer)
			}
		}
		if strings.Contains(turn.Answer, "<no value>") || strings.Contains(turn.Answer, "{{") {
			t.Errorf("%q: template leftovers in\n%s", c.msg, turn.Answer)
		}
	}
}

// TestEveryDemandAnswerNumberComesFromTheTurnsTools runs every job-market
// routing case and every question of assistant/testdata/demand.jsonl, and
// checks that each number of the answer is in a tool result (or error) of
// the same turn.
func TestEveryDemandAnswerNumberComesFromTheTurnsTools(t *testing.T) {
	p := seededPlanner(t)
	var msgs []string
	for _, c := range routeCases {
		if c.tool != "" {
			msgs = append(msgs, c.msg)
		}
	}
	data, err := os.ReadFile("../testdata/demand.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct{ Question string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("demand.jsonl: %v", err)
		}
		msgs = append(msgs, c.Question)
	}
	for _, msg := range msgs {
		turn, _ := runTurn(t, p, nil, msg)
		results, _ := json.Marshal(turn.ToolCalls)
		allowed := assistant.NumbersIn(string(results))
		for _, n := range assistant.NumbersIn(turn.Answer) {
			if !containsValue(allowed, n) {
				t.Errorf("%q: answer number %v is in no tool result\n%s", msg, n, turn.Answer)
			}
		}
	}
}

// TestOccupationWithoutTrainingSaysSo: an occupation Marsad knows
// (ESCO names the astronaut, 3153) but no training leads to is said so as
// written, and no training of another is given as its.
func TestOccupationWithoutTrainingSaysSo(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "comment devenir astronaute ?")
	if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Error != "" || !strings.Contains(turn.Answer, "« astronaute »") ||
		!strings.Contains(turn.Answer, "je n'en invente pas") {
		t.Fatalf("turn %+v", turn)
	}
}

func TestNoAdInScopeSaysWhatTheAdsCover(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "métiers les plus demandés à Dakhla en 2019")
	for _, want := range []string{"Je n'ai trouvé aucune offre", "janvier 2024", "novembre 2025", "Dakhla-Oued Ed-Dahab"} {
		if !strings.Contains(turn.Answer, want) {
			t.Errorf("answer lacks %q:\n%s", want, turn.Answer)
		}
	}
	if len(turn.Citations) != 0 {
		t.Errorf("an empty count cites %v", turn.Citations)
	}
}

func TestAdSearchWidensAndSaysSo(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "offres de stage en informatique à Rabat")
	if len(turn.ToolCalls) < 2 || !strings.Contains(turn.Answer, "Je n'ai trouvé aucune offre") || !strings.Contains(turn.Answer, "Voici les plus récentes") {
		t.Fatalf("calls %v, answer:\n%s", toolsCalled(turn), turn.Answer)
	}
	var last tools.JobAdsArgs
	if err := json.Unmarshal(turn.ToolCalls[len(turn.ToolCalls)-1].Arguments, &last); err != nil || last.Query != "" || last.Region != "MA-04" {
		t.Errorf("widened search %+v (%v); want the place kept and the words dropped", last, err)
	}
}

func TestTrainingKindWithoutTrainingFallsBackToAll(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "quelle formation universitaire pour devenir soudeur ?")
	if len(turn.ToolCalls) != 2 || !strings.Contains(turn.Answer, "Je n'ai pas de formation de type « université »") ||
		!strings.Contains(turn.Answer, "Qualification Soudeur") {
		t.Fatalf("calls %v, answer:\n%s", toolsCalled(turn), turn.Answer)
	}
}

func TestDemandFollowUpInASession(t *testing.T) {
	p := seededPlanner(t)
	first, _ := runTurn(t, p, nil, "chno homa l5edmat li kayna f tanja?")
	second, _ := runTurn(t, p, []assistant.Turn{first}, "w f casa?")
	var args tools.TopOccupationsArgs
	if len(second.ToolCalls) != 1 || second.ToolCalls[0].Name != tools.NameTopOccupations || json.Unmarshal(second.ToolCalls[0].Arguments, &args) != nil ||
		args.Region != "MA-06" || second.Lang != "ary-Latn" {
		t.Fatalf("follow-up %+v", second.ToolCalls)
	}
}

func TestSnippetKeepsNumbersWhole(t *testing.T) {
	passage := "# Titre\n\n*Note de démonstration.*\n\nLe taux atteint 36,7 % en 2024.\n- 1 580 000 chômeurs\n- 2024\n123 postes"
	got := snippet(passage, 200)
	want := "Le taux atteint 36,7 % en 2024. 1 580 000 chômeurs 2024; 123 postes"
	if got != want {
		t.Errorf("snippet = %q, want %q", got, want)
	}
	if got := cut("il y a 1 580 000 chômeurs", 15); got != "il y a…" {
		t.Errorf("cut = %q, want the number left whole", got)
	}
	mid := "sentence ends. Then a full one follows here."
	if got := snippet(mid, 200); got != "…Then a full one follows here." {
		t.Errorf("mid-text snippet = %q", got)
	}
}
