package offline

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// matchRouteCases are messages of a person who describes themselves and
// asks what fits them, in the five languages, and messages close to them
// that keep their own tool.
var matchRouteCases = []routeCase{
	{"j'ai un bac+2 en comptabilité, quel métier pour moi ?", "fr", tools.NameMatchProfile},
	{"quels métiers correspondent à mon profil", "fr", tools.NameMatchProfile},
	{"Je suis diplômée d'un BTS en hôtellerie à Agadir, quels emplois me conviennent ?", "fr", tools.NameMatchProfile},
	{"عندي دبلوم تقني متخصص في الكهرباء، شنو الخدمة اللي تناسبني؟", "ary", tools.NameMatchProfile},
	{"عندي الإجازة ف القانون، اش نخدم؟", "ary", tools.NameMatchProfile},
	{"لدي إجازة في الاقتصاد، ما هي المهن المناسبة لي؟", "ar", tools.NameMatchProfile},
	{"ما هي المهن التي تناسب ملفي؟", "ar", tools.NameMatchProfile},
	{"3ndi bac w bghit nkhdem f l'hotellerie, chno tnasbni?", "ary-Latn", tools.NameMatchProfile},
	{"ana 3ndi bac+2 f comptabilite, chno les metiers li mnasbin lia f rabat?", "ary-Latn", tools.NameMatchProfile},
	{"I have a BSc in computer science, what jobs fit me?", "en", tools.NameMatchProfile},
	{"What can I do with my degree in economics?", "en", tools.NameMatchProfile},
	// not a profile: their own tools
	{"comment devenir infirmier", "fr", tools.NameTrainingPaths},
	{"je suis infirmière au chômage", "fr", tools.NameSearchJobAds},
	{"compétences pour un développeur", "fr", tools.NameSkillsInDemand},
	{"ana 3ndi bac pro w bghit nwelli technicien f l'automobile. ina formations kaynin f ofppt wla f chi blasa khra?", "ary-Latn", tools.NameTrainingPaths},
	{"3ndi s2al: sous-emploi f lmdon ch7al f 2024", "ary-Latn", ""},
	{"des offres d'emploi pour moi à Rabat ?", "fr", tools.NameSearchJobAds},
	{"any job offers for me in Rabat?", "en", tools.NameSearchJobAds},
	{"comment améliorer mon CV ?", "fr", ""},
}

func TestMatchRouting(t *testing.T) {
	for _, c := range matchRouteCases {
		r := lang.Read(c.msg)
		q := understand(r, now())
		_, got := followUpAny(q, readMarketAsk(r, q), refs{}, state{})
		if got.tool != c.tool {
			t.Errorf("%q: tool %q, want %q", c.msg, got.tool, c.tool)
		}
	}
}

// frenchCV is a pasted CV with its headings and no question.
const frenchCV = `CURRICULUM VITAE
Nadia El Amrani — Casablanca
Formation : Licence professionnelle en logistique, Université Hassan II, 2022
Expérience : 2 ans magasinier chez un distributeur à Casablanca
Compétences : gestion des stocks, Excel, cariste
Langues : arabe, français, anglais`

func TestPastedCV(t *testing.T) {
	for text, want := range map[string]bool{
		frenchCV: true,
		"التكوين: دبلوم تقني متخصص في المحاسبة\nالخبرة المهنية: مساعدة محاسب\nالمهارات: إكسيل": true,
		"Education: Master in finance\nWork experience: 2 years\nSkills: Excel":                true,
		"Formation : licence en droit":                                                    false,
		"Quelle formation pour devenir soudeur ?\nEt quelle expérience faut-il ?":         false,
		"compétences : lesquelles faut-il pour un comptable ?\nformation : où la faire ?": true,
	} {
		if got := pastedCV(text); got != want {
			t.Errorf("pastedCV(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestMatchAnswers runs the planner on the seed: each profile gets
// match_profile once, an answer in its language that says what was read,
// numbers taken from the tool's result only, and demo sheets marked.
func TestMatchAnswers(t *testing.T) {
	p := seededPlanner(t)
	readBack := map[string]string{"fr": "Ce que j'ai lu", "ar": "ما قرأته", "ary": "هادشي اللي قريت", "ary-Latn": "Hadchi li 9rit", "en": "What I read"}
	askMore := map[string]string{"fr": "Décrivez-vous", "ar": "عرّف بنفسك", "ary": "عرّف براسك", "ary-Latn": "3erref b rasek", "en": "Describe yourself"}
	long := frenchCV + strings.Repeat("\nExpérience : préparation de commandes, inventaires mensuels, réception des marchandises chez un distributeur", 70)
	msgs := []string{frenchCV, long}
	for _, c := range matchRouteCases {
		if c.tool == tools.NameMatchProfile {
			msgs = append(msgs, c.msg)
		}
	}
	for _, msg := range msgs {
		turn, _ := runTurn(t, p, nil, msg)
		if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Name != tools.NameMatchProfile || turn.ToolCalls[0].Result == nil {
			t.Errorf("%.60q: calls %v, want match_profile once", msg, toolsCalled(turn))
			continue
		}
		d, err := tools.DataAs[tools.MatchResult](*turn.ToolCalls[0].Result)
		if err != nil {
			t.Fatal(err)
		}
		if want := askMore[turn.Lang]; len(d.Matches) == 0 && !strings.Contains(turn.Answer, want) {
			t.Errorf("%.60q: nothing matched and the answer in %s does not ask for more (%q):\n%s", msg, turn.Lang, want, turn.Answer)
		}
		if want := readBack[turn.Lang]; len(d.Matches) > 0 && !strings.Contains(turn.Answer, want) {
			t.Errorf("%.60q: answer in %s does not say what was read (%q):\n%s", msg, turn.Lang, want, turn.Answer)
		}
		results, _ := json.Marshal(turn.ToolCalls)
		allowed := assistant.NumbersIn(string(results))
		for _, n := range assistant.NumbersIn(turn.Answer) {
			if !containsValue(allowed, n) {
				t.Errorf("%.60q: answer number %v is in no tool result", msg, n)
			}
		}
		if len(d.Matches) > 0 && !slices.ContainsFunc(turn.Citations, func(c tools.Citation) bool { return c.Kind == tools.KindReference && c.Demo }) {
			t.Errorf("%.60q: no demo sheet among the citations %+v", msg, turn.Citations)
		}
	}
}

// TestMatchReadsTheWholeCV: a CV longer than the tool reads is cut, not
// refused, and what it says first (its diploma and city) is read.
func TestMatchReadsTheWholeCV(t *testing.T) {
	long := frenchCV + strings.Repeat("\nExpérience : préparation de commandes et inventaires", 200)
	if n := len([]rune(long)); n <= tools.MaxProfileChars {
		t.Fatalf("the CV has %d characters, want more than %d", n, tools.MaxProfileChars)
	}
	turn, _ := runTurn(t, seededPlanner(t), nil, long)
	if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Result == nil {
		t.Fatalf("calls %+v, want match_profile answered", turn.ToolCalls)
	}
	d, err := tools.DataAs[tools.MatchResult](*turn.ToolCalls[0].Result)
	if err != nil {
		t.Fatal(err)
	}
	if d.Person.Level != "bac+3" || d.Region != "MA-06" || len(d.Matches) == 0 || d.Matches[0].Code != "4321" {
		t.Errorf("read %+v in %q, first %v; want the licence, Casablanca and the storekeeper", d.Person, d.Region, d.Matches)
	}
}

// TestMatchFollowUps: after the occupations that fit, a place asks the
// same profile there, an ordinal points at a listed occupation, and a
// question of its own is not taken for the profile.
func TestMatchFollowUps(t *testing.T) {
	p := seededPlanner(t)
	first, _ := runTurn(t, p, nil, "J'ai un bac+2 en comptabilité, quel métier pour moi ?")
	first.Question = "J'ai un bac+2 en comptabilité, quel métier pour moi ?"
	d, err := tools.DataAs[tools.MatchResult](*first.ToolCalls[0].Result)
	if err != nil || len(d.Matches) == 0 {
		t.Fatalf("first turn: %v, %+v", err, d)
	}
	history := []assistant.Turn{first}
	there, _ := runTurn(t, p, history, "et à Rabat ?")
	if len(there.ToolCalls) != 1 || there.ToolCalls[0].Name != tools.NameMatchProfile {
		t.Fatalf("\"et à Rabat ?\": calls %v, want match_profile", toolsCalled(there))
	}
	var args tools.MatchArgs
	if err := json.Unmarshal(there.ToolCalls[0].Arguments, &args); err != nil || args.Region != "MA-04" || !strings.Contains(args.Profile, "comptabilité") {
		t.Errorf("\"et à Rabat ?\": arguments %s, want the first profile in MA-04", there.ToolCalls[0].Arguments)
	}
	firstOne, _ := runTurn(t, p, history, "comment devenir le premier ?")
	var training struct{ Occupation string }
	if len(firstOne.ToolCalls) == 1 {
		_ = json.Unmarshal(firstOne.ToolCalls[0].Arguments, &training)
	}
	if len(firstOne.ToolCalls) != 1 || firstOne.ToolCalls[0].Name != tools.NameTrainingPaths || training.Occupation != d.Matches[0].Code {
		t.Errorf("\"comment devenir le premier ?\": calls %+v, want training_paths of %s", firstOne.ToolCalls, d.Matches[0].Code)
	}
	rate, _ := runTurn(t, p, history, "et le taux de chômage à Rabat ?")
	if len(rate.ToolCalls) == 0 || rate.ToolCalls[0].Name == tools.NameMatchProfile {
		t.Errorf("\"et le taux de chômage à Rabat ?\": calls %v, want the indicator", toolsCalled(rate))
	}
}
