package lang

import "testing"

// TestMonthCount: a span of months in the five languages, and numbers
// that are not one.
func TestMonthCount(t *testing.T) {
	for msg, want := range map[string]int{
		"Prévision des annonces pour les plombiers sur les 12 prochains mois": 12,
		"prevision dyal cuisinier f marrakech 12 chhar jaya":                  12,
		"over the next 6 months?":                                             6,
		"خلال 6 أشهر القادمة":                                                 6,
		"f 3 chhor jayin":                                                     3,
		"les infirmiers en 2026":                                              0,
		"12 offres pour les soudeurs":                                         0,
	} {
		if got := Read(msg).MonthCount(); got != want {
			t.Errorf("%q: %d, want %d", msg, got, want)
		}
	}
}
