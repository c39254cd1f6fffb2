package offline

import (
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// TestStudyingItAsksItsTrainings: where or what to study, learn or train
// for an occupation pointed at by an ordinal or a demonstrative (a verb
// with an object pronoun included: نقراها، n9raha, l'étudier, learn it)
// asks its trainings, in the five languages; "how much do they pay it"
// after an occupation asks that occupation's pay.
func TestStudyingItAsksItsTrainings(t *testing.T) {
	top := []assistant.Turn{turnOf("?", call(tools.NameTopOccupations, `{"region":"MA-09"}`, tools.TopOccupationsResult{Region: "MA-09",
		Rows: []tools.OccupationRow{{Rank: 1, Code: "5120"}, {Rank: 2, Code: "7212"}, {Rank: 3, Code: "3322"}}}))}
	profile := []assistant.Turn{turnOf("?", call(tools.NameOccupationProfile, `{"occupation":"plombier"}`, tools.ProfileResult{Code: "7126"}))}
	cases := []struct {
		history               []assistant.Turn
		msg, tool, occupation string
		salary                bool
	}{
		{top, "التانية، فين نقدر نقراها؟", tools.NameTrainingPaths, "7212", false},
		{top, "الثالثة، أين يمكنني دراستها؟", tools.NameTrainingPaths, "3322", false},
		{top, "tanya fin n9der n9raha?", tools.NameTrainingPaths, "7212", false},
		{top, "lwla chno khasni nqra bach nwliha?", tools.NameTrainingPaths, "5120", false},
		{top, "la deuxième, où est-ce que je peux l'étudier ?", tools.NameTrainingPaths, "7212", false},
		{top, "the third one, where can I learn it?", tools.NameTrainingPaths, "3322", false},
		{profile, "هاد الخدمة فين نقدر نقراها؟", tools.NameTrainingPaths, "plombier", false},
		{profile, "ce métier, où l'étudier ?", tools.NameTrainingPaths, "plombier", false},
		{profile, "et pour m'y former, je vais où ?", tools.NameTrainingPaths, "plombier", false},
		{profile, "w ch7al kaykhalsoha?", tools.NameOccupationProfile, "plombier", true},
		{profile, "وشحال كيخلصوها؟", tools.NameOccupationProfile, "plombier", true},
		{profile, "w ch7al kaykhalsouh?", tools.NameOccupationProfile, "plombier", true},
		{profile, "شحال كيخلصوه؟", tools.NameOccupationProfile, "plombier", true},
		{profile, "فين نقراه؟", tools.NameTrainingPaths, "plombier", false},
	}
	for _, c := range cases {
		_, got := followUp(c.msg, c.history)
		if got.tool != c.tool || got.occupation != c.occupation || got.salary != c.salary {
			t.Errorf("%q: tool %q, occupation %q, salary %v; want %q, %q, %v", c.msg, got.tool, got.occupation, got.salary, c.tool, c.occupation, c.salary)
		}
	}
}

// TestCueAsWrittenBeatsItsStrippedForm: at a word, a cue matching the
// word as written beats one matching it without what looks like a
// proclitic: "learn" is no l- + "earn".
func TestCueAsWrittenBeatsItsStrippedForm(t *testing.T) {
	votes := routingVocabulary.votes("where can I learn it?")
	if votes[tools.NameOccupationProfile] != 0 || votes[tools.NameTrainingPaths] == 0 {
		t.Errorf("votes(where can I learn it?) = %v, want training and no profile", votes)
	}
	if votes := routingVocabulary.votes("lkhdmat li kaynin f tanja"); votes[tools.NameTopOccupations] < strong { // the stripped form still counts
		t.Errorf("votes(lkhdmat li kaynin) = %v, want a strong ranking", votes)
	}
}
