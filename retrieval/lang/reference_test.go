package lang

import (
	"fmt"
	"strings"
	"testing"
)

// refString words the references of text as "kind[:n] surface" items.
func refString(text string) string {
	var out []string
	for _, r := range FindReferences(text) {
		k := r.Kind
		if r.Ordinal > 0 {
			k = fmt.Sprintf("%s:%d", k, r.Ordinal)
		}
		out = append(out, k+" "+r.Surface)
	}
	return strings.Join(out, "; ")
}

func TestFindReferences(t *testing.T) {
	cases := map[string]string{
		// ordinals, in the five languages
		"parle-moi du premier":                "ordinal:1 du premier",
		"comment devenir le 2e ?":             "ordinal:2 le 2e",
		"et la deuxième, elle paie combien ?": "ellipsis et; ordinal:2 la deuxième",
		"the first one":                       "ordinal:1 the first one",
		"how do I become the second one?":     "ordinal:2 the second one",
		"ما هي المهارات المطلوبة للأولى؟":     "ordinal:1 للأولى",
		"كيفاش نولي التانية؟":                 "ordinal:2 التانية",
		"اللول شنو كيدير؟":                    "ordinal:1 اللول",
		"lwla chno kaydir?":                   "ordinal:1 lwla",
		"kifach nwelli tanya?":                "ordinal:2 tanya",
		"numéro 3":                            "ordinal:3 numéro 3",
		// demonstratives
		"where can I train for that?":              "demonstrative that",
		"comment devenir ce métier ?":              "demonstrative ce métier",
		"celui-là paie combien ?":                  "demonstrative celui-là",
		"شنو خاص باش نخدم هادي؟":                   "demonstrative هادي",
		"فين نقرا هاد الخدمة؟":                     "demonstrative هاد الخدمة",
		"kifach nwelli had lkhdma?":                "demonstrative had lkhdma",
		"كيف أصبح في هذه المهنة؟":                  "demonstrative هذه المهنة",
		"and the unemployment rate there in 2023?": "ellipsis and; place there",
		"w chhal kayn temma?":                      "ellipsis w; place temma",
		// ellipses, on the first words only
		"وفي 2023؟":                        "ellipsis وفي",
		"وعند الرجال؟":                     "ellipsis وعند",
		"et à Rabat ?":                     "ellipsis et à",
		"w f 2023?":                        "ellipsis w",
		"and women?":                       "ellipsis and",
		"و العيالات؟":                      "ellipsis و",
		"والعيالات؟":                       "ellipsis و",
		"what about Tangier?":              "ellipsis what about",
		"وماذا عن الرباط؟":                 "ellipsis وماذا عن",
		"chômage des hommes et des femmes": "",
		"بالنسبة للنساء؟":                  "ellipsis بالنسبة",
		"نسبة الانخراط النقابي لدى الأجراء": "",
		"نسبة النقابيين ف الخدامة":          "",
		// periods and other words are no references
		"chomage f tanja trimestre lowel 2025":            "",
		"le taux de chômage au premier trimestre 2024":    "",
		"معدل البطالة في الفصل الأول من 2024":             "",
		"chhal dyal chomage had l3am?":                    "",
		"Which region had the highest unemployment rate?": "",
		"واش كاين شي خدمة ف طنجة؟":                        "",
		"وجدة": "",
	}
	for text, want := range cases {
		if got := refString(text); got != want {
			t.Errorf("FindReferences(%q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzFindReferences(f *testing.F) {
	for _, s := range []string{"parle-moi du premier", "و العيالات؟", "had lkhdma", "the 2nd one", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range FindReferences(s) {
			if r.Surface == "" || !strings.Contains(s, r.Surface) && r.Surface != "و" {
				t.Fatalf("FindReferences(%q): surface %q not in the text", s, r.Surface)
			}
			if (r.Kind == RefOrdinal) != (r.Ordinal > 0) {
				t.Fatalf("FindReferences(%q): %+v", s, r)
			}
		}
	})
}
