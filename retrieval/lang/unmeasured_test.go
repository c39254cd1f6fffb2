package lang

import "testing"

// TestFindUnmeasured: a figure asked on prices, rents or counted firms and
// tourists is found with its words as written, in the five languages; a
// labour question, or firms named without a count, is not.
func TestFindUnmeasured(t *testing.T) {
	cases := map[string]string{
		"Combien y a-t-il d'entreprises de textile au Maroc ?": "entreprises de textile",
		"Quel est le prix du pain au Maroc ?":                  "prix du pain",
		"Combien de touristes ont visité Marrakech en 2023 ?":  "touristes",
		"كم عدد الشركات الصغيرة والمتوسطة في المغرب؟":          "الشركات الصغيرة والمتوسطة",
		"كم يبلغ سعر الطماطم في الدار البيضاء؟":                "سعر الطماطم",
		"بشحال الكرا ديال الدار ف كازا؟":                       "الكرا ديال الدار",
		"bch7al lkra dyal dar f rabat?":                        "lkra dyal dar",
		"How many textile companies are there in Morocco?":     "textile companies",
		"What is the average rent in Casablanca in 2024?":      "average rent",
		"taux de chômage en 2024":                              "",
		"Quelles entreprises recrutent à Tanger ?":             "",
		"شحال كيخلص الفرملي ف كازا؟":                           "",
	}
	for q, want := range cases {
		got, ok := FindUnmeasured(q)
		if got != want || ok != (want != "") {
			t.Errorf("FindUnmeasured(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
}
