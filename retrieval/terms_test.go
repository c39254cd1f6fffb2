package retrieval

import (
	"slices"
	"testing"
)

func TestTermsShareConceptsAcrossLanguages(t *testing.T) {
	for _, tc := range []struct {
		concept string
		texts   []string
	}{
		{"c:indicator:unemployment_rate", []string{"le chômage des jeunes", "البطالة في المغرب", "ch7al lbitala f lmghrib", "unemployment in Morocco"}},
		{"c:occupation:2221", []string{"poste d'infirmier", "مطلوب ممرض", "khdma dyal fermli", "nurse wanted"}},
		{"r:MA-06", []string{"à Casablanca", "في الدار البيضاء", "f casa", "f kaza"}},
	} {
		for _, text := range tc.texts {
			if !slices.Contains(Terms(text), tc.concept) {
				t.Errorf("Terms(%q) = %q, lacks %s", text, Terms(text), tc.concept)
			}
		}
	}
}

func TestTermsDropStopWords(t *testing.T) {
	got := Terms("chno homa les postes li kaynin f la région?")
	for _, stop := range []string{"chno", "homa", "les", "li", "kaynin", "f", "la"} {
		if slices.Contains(got, stop) {
			t.Errorf("Terms kept stop word %q: %q", stop, got)
		}
	}
}

func TestTermEncoder(t *testing.T) {
	e := NewTermEncoder()
	docs := e.EncodeDocs([]string{"chômage chômage chômage emploi", ""})
	if docs[1].Len() != 0 {
		t.Errorf("empty text gives %+v", docs[1])
	}
	w := map[uint32]float32{}
	for i, id := range docs[0].Indices {
		w[id] = docs[0].Values[i]
	}
	rep, once := w[TermID(Terms("chômage")[0])], w[TermID(Terms("emploi")[0])]
	if !(rep > once && rep < float32(e.K1+1)) {
		t.Errorf("weights: repeated %v once %v", rep, once)
	}
	q := e.EncodeQuery("bitala")
	var hasConcept, hasExpansion bool
	for i, id := range q.Indices {
		hasConcept = hasConcept || id == TermID("c:indicator:unemployment_rate") && q.Values[i] == 1
		hasExpansion = hasExpansion || q.Values[i] == e.ExpansionWeight
	}
	if !hasConcept || !hasExpansion {
		t.Errorf("query vector lacks the concept or its expansions: %+v", q)
	}
}
