package offline

import (
	"testing"

	"github.com/marsad/marsad/tools"
)

// TestTrainingInATradeAsksItsOccupation: a training asked in a field that
// is one occupation's trade asks that occupation's trainings, the skill
// kept for when it has none, in the five languages; a field several
// occupations share (mécanique, الكهرباء alone) asks the trainings
// teaching the skill; other tools keep the skill (ads asking for
// welding).
func TestTrainingInATradeAsksItsOccupation(t *testing.T) {
	cases := []struct{ msg, tool, occupation, skill string }{
		{"je veux faire mécanique automobile, quelle formation à Casablanca ?", tools.NameTrainingPaths, "7231", "mechanics"},
		{"formation en coiffure à Rabat", tools.NameTrainingPaths, "5141", ""},
		{"formation menuiserie OFPPT", tools.NameTrainingPaths, "7115", ""},
		{"تكوين في التلحيم بطنجة", tools.NameTrainingPaths, "7212", "welding"},
		{"أين يمكنني دراسة السباكة؟", tools.NameTrainingPaths, "7126", "plumbing"},
		{"فين نقرا الميكانيك ديال الطوموبيلات؟", tools.NameTrainingPaths, "7231", "mechanics"},
		{"واش كاين شي تكوين ف الحلويات ف فاس؟", tools.NameTrainingPaths, "7512", "cooking"},
		{"fin n9der nt3lem lplombri f casa?", tools.NameTrainingPaths, "7126", "plumbing"},
		{"bghit ndir takwin f la pâtisserie", tools.NameTrainingPaths, "7512", "cooking"},
		{"where can I train in welding in Tangier?", tools.NameTrainingPaths, "7212", "welding"},
		{"courses in hairdressing in Marrakech", tools.NameTrainingPaths, "5141", ""},
		{"kayn chi takwin f l7lawiyat?", tools.NameTrainingPaths, "7512", "cooking"},
		// a shared field keeps the skill; another tool keeps it too
		{"formation en mécanique à Tanger", tools.NameTrainingPaths, "", "mechanics"},
		{"شنو التكوين ديال الميكانيك؟", tools.NameTrainingPaths, "", "mechanics"},
		{"training in electricity", tools.NameTrainingPaths, "", "electricity"},
		{"offres qui demandent la soudure à Tanger", tools.NameSearchJobAds, "", "welding"},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool || got.occupation != c.occupation || got.skill != c.skill {
			t.Errorf("%q: tool %q, occupation %q, skill %q; want %q, %q, %q", c.msg, got.tool, got.occupation, got.skill, c.tool, c.occupation, c.skill)
		}
	}
}
