package lang

import "testing"

func TestFindSmallTalk(t *testing.T) {
	cases := []struct {
		text, kind string
		tag        Tag
	}{
		{"bonjour", SmallGreeting, French},
		{"Salut Marsad !", SmallGreeting, French},
		{"salam", SmallGreeting, Arabizi},
		{"slm labas?", SmallGreeting, Arabizi},
		{"السلام عليكم", SmallGreeting, ""},
		{"hi there", SmallGreeting, English},
		{"Merci beaucoup !", SmallThanks, French},
		{"chokran bzaf", SmallThanks, Arabizi},
		{"شكرا", SmallThanks, ""},
		{"thanks a lot", SmallThanks, English},
		{"Qui es-tu ?", SmallIdentity, French},
		{"salam, chkon nta?", SmallIdentity, Arabizi},
		{"شكون نتا؟", SmallIdentity, Darija},
		{"من أنت؟", SmallIdentity, Arabic},
		{"who are you?", SmallIdentity, English},
		{"aide", SmallHelp, French},
		{"Tu peux m'aider ?", SmallHelp, French},
		{"صباح الخير", SmallGreeting, ""},
		{"help", SmallHelp, English},
		{"chno t9der dir?", SmallHelp, Arabizi},
		{"ماذا يمكنك أن تفعل؟", SmallHelp, Arabic},
		{"au revoir", SmallGoodbye, French},
		{"bslama", SmallGoodbye, Arabizi},
		{"مع السلامة", SmallGoodbye, Arabic},
		{"Qui va gagner la Coupe du monde 2030 ?", SmallOutOfScope, ""},
		{"Who will win the 2030 World Cup?", SmallOutOfScope, ""},
		{"شكون غادي يربح كاس العالم 2030؟", SmallOutOfScope, ""},
		{"quel temps fera-t-il demain à Rabat ?", SmallOutOfScope, ""},
		{"wach ghadi tchta ghda f rbat?", SmallOutOfScope, ""},
		{"ما هي وصفة الطاجين؟", SmallOutOfScope, ""},
		{"chno homa a7san tajine f mrakch?", SmallOutOfScope, ""},
	}
	for _, c := range cases {
		got, ok := FindSmallTalk(c.text)
		if !ok || got.Kind != c.kind || got.Lang != c.tag {
			t.Errorf("FindSmallTalk(%q) = %+v, %v; want %s %q", c.text, got, ok, c.kind, c.tag)
		}
	}
}

func TestLabourQuestionsAreNoSmallTalk(t *testing.T) {
	for _, text := range []string{
		"bonjour, quel est le taux de chômage en 2024 ?", "salam, chhal chomage f casa?", "merci, et pour les femmes ?",
		"Quel est l'impact de la Coupe du monde 2030 sur l'emploi ?", "l'emploi dans le BTP avant le Mondial", "كأس العالم 2030 والتشغيل",
		"salaire d'un cuisinier", "offres de cuisinier à Marrakech", "Comment la sécheresse touche l'emploi agricole ?",
		"help me find a job in Tangier", "aide-moi à trouver une formation", "", "?",
	} {
		if got, ok := FindSmallTalk(text); ok {
			t.Errorf("FindSmallTalk(%q) = %+v, want no small talk", text, got)
		}
	}
}
