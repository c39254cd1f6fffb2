package lang

import (
	"reflect"
	"strings"
	"testing"
)

// TestReadAgreesWithTheFinders: a Reading holds what each finder returns
// on the message, with references blanked at the same offsets, and the
// places of words no concept took.
func TestReadAgreesWithTheFinders(t *testing.T) {
	for _, msg := range []string{
		"  Quel est le taux de sous-emploi à Tanger en 2024 ?  ",
		"et le deuxième ?",
		"chomage f casa wla sla f 2024?",
		"ما هو معدل البطالة في جهة الشرق سنة 2023؟",
		"comment devenir astro-boulanger quantique à Zagorix ?",
		"le loyer moyen à Casablanca",
		"salam",
		"",
	} {
		r := Read(msg)
		text := strings.TrimSpace(msg)
		if r.Text != text || len(r.Rest) != len(text) {
			t.Errorf("%q: text %q rest %q", msg, r.Text, r.Rest)
		}
		if got, want := r.Concepts, FindConcepts(r.Rest); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: concepts %v, want %v", msg, got, want)
		}
		if got, want := r.Periods, FindPeriods(r.Rest); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: periods %v, want %v", msg, got, want)
		}
		if got, want := r.Unresolved, FindUnresolved(r.Rest); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: unresolved %v, want %v", msg, got, want)
		}
		if !reflect.DeepEqual(r.Tokens, Tokens(text)) {
			t.Errorf("%q: tokens %v", msg, r.Tokens)
		}
	}
}

func TestReadBlanksReferencesAndHidesConceptWords(t *testing.T) {
	r := Read("et le deuxième ?")
	if len(r.References) == 0 || strings.Contains(r.Rest, "deuxième") {
		t.Errorf("references %v, rest %q: want the ordinal found and blanked", r.References, r.Rest)
	}
	r = Read("taux de sous-emploi en 2024")
	for _, p := range r.Places {
		if p.Place.Region == "MA-09" {
			t.Errorf("places %v: sous-emploi read as Souss", r.Places)
		}
	}
	r = Read("chomage f casa wla sla f 2024?")
	if len(r.Places) != 2 {
		t.Errorf("places %v: want Casablanca and Salé", r.Places)
	}
	if got := r.Named(KindIndicator); len(got) != 1 || got[0] != "unemployment_rate" {
		t.Errorf("Named(indicator) = %v", got)
	}
}

func TestReadTellsSmallTalkAndItsLanguage(t *testing.T) {
	for msg, want := range map[string]Tag{"salam": Arabizi, "merci beaucoup": French, "شكرا بزاف": Darija} {
		r := Read(msg)
		if r.SmallTalk.Kind == "" || r.Lang != want {
			t.Errorf("%q: small talk %+v lang %s, want %s", msg, r.SmallTalk, r.Lang, want)
		}
	}
	if r := Read("taux de chômage 2024"); r.SmallTalk.Kind != "" || r.Unmeasured != "" {
		t.Errorf("a figure question read as small talk or unmeasured: %+v", r)
	}
}

// BenchmarkRead is the cost of reading one message, every finder once.
func BenchmarkRead(b *testing.B) {
	msgs := []string{
		"Quel est le taux de chômage des jeunes à Tanger au troisième trimestre 2024 ?",
		"شحال كاينة البطالة عند العيالات ف جهة الشرق ف 2024؟",
		"bghit khdma f casa f call center, kayn chi offres daba?",
		"which occupations are most in demand in Souss-Massa?",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Read(msgs[i%len(msgs)])
	}
}

// TestDocumentConceptsAreTheQuestionsButForIndicators: a document is read
// with the lexicon a question is, but for the rules that read a question
// for the figure it asks.
func TestDocumentConceptsAreTheQuestionsButForIndicators(t *testing.T) {
	ad := "Société de BTP recrute un soudeur TIG (CDI) à Tanger : maîtrise de la soudure, permis B, bac professionnel, anglais souhaité."
	q, d := FindConcepts(ad), FindDocumentConcepts(ad)
	if len(q) != len(d) {
		t.Fatalf("question %v\ndocument %v", q, d)
	}
	for i := range q {
		if q[i] != d[i] {
			t.Errorf("%d: question %v, document %v", i, q[i], d[i])
		}
	}
}
