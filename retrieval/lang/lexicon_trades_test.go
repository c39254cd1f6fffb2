package lang

import "testing"

// TestTradeOf: a field of work that is one occupation's trade leads to
// that occupation, in the five languages and as people spell it; a field
// several occupations share, alone, or a field that is no trade leads to
// none.
func TestTradeOf(t *testing.T) {
	for text, want := range map[string]string{
		"je veux faire mecanique auto, c'est quelle formation ?": "7231",
		"formation en mécanique automobile à Tanger":             "7231",
		"une formation en soudure":                               "7212",
		"formation coiffure à Casablanca":                        "5141",
		"CAP pâtisserie":                                         "7512",
		"formation électricité bâtiment OFPPT":                   "7411",
		"تكوين في التلحيم بطنجة":                                 "7212",
		"أين أدرس السباكة؟":                                      "7126",
		"فين نقرا الميكانيك ديال الطوموبيلات؟":                   "7231",
		"واش كاين شي تكوين ف الطبخ؟":                             "5120",
		"kayn chi takwin d soudure f ofppt?":                     "7212",
		"fin nt3lem lplombri?":                                   "7126",
		"a course in plumbing in Rabat":                          "7126",
		"where can I learn hairdressing?":                        "5141",
	} {
		if got, ok := TradeOf(text); !ok || got != want {
			t.Errorf("TradeOf(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
	for _, text := range []string{
		"formation en mécanique", "تكوين في الميكانيك", "takwin f trisiti", "formation en électricité", "formation informatique",
		"training in electricity", "comment devenir infirmier ?", "",
	} {
		if got, ok := TradeOf(text); ok {
			t.Errorf("TradeOf(%q) = %q; want none", text, got)
		}
	}
}
