package offline

import (
	"reflect"
	"strings"
	"testing"

	"github.com/marsad/marsad/retrieval/lang"
)

func TestReadCuesKeepsTheVotesOfAText(t *testing.T) {
	for _, q := range []string{
		"Quels métiers recrutent le plus à Casablanca ?",
		"bghit nkhdem f call center f rabat, chno khassni?",
		"I am a guidance counselor preparing a talk. Which occupations are most in demand there?",
		"ما هي المهارات المطلوبة لمطور البرمجيات؟",
	} {
		r := lang.Read(q)
		first := readCues(r.Rest, r.RestTokens)
		if want := countCues(r.Rest, r.RestTokens); !reflect.DeepEqual(first, want) {
			t.Errorf("%q: kept votes %+v, counted %+v", q, first, want)
		}
		if again := readCues(r.Rest, r.RestTokens); again != first {
			t.Errorf("%q read again: its votes were counted again", q)
		}
	}
	long := strings.Repeat("offres d'emploi ", maxKeptCueText/16+1)
	r := lang.Read(long)
	if first := readCues(r.Rest, r.RestTokens); first == readCues(r.Rest, r.RestTokens) {
		t.Errorf("a text of %d bytes was kept, over %d", len(long), maxKeptCueText)
	}
}

func TestCueKeyTellsTextsApart(t *testing.T) {
	pairs := [][2]struct {
		text string
		toks []string
	}{
		{{"a b", []string{"a", "b"}}, {"a", []string{"b", "a", "b"}}},
		{{"ab", []string{"a", "b"}}, {"ab", []string{"ab"}}},
		{{"x", nil}, {"x", []string{""}}},
	}
	for _, p := range pairs {
		if cueKey(p[0].text, p[0].toks) == cueKey(p[1].text, p[1].toks) {
			t.Errorf("%+v and %+v share a key", p[0], p[1])
		}
	}
}
