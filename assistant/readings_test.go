package assistant

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/retrieval/lang"
)

var readingQuestions = []string{
	"Quel est le taux de chômage au Maroc en 2024 ?",
	"ما هو معدل البطالة لدى النساء سنة 2023؟",
	"bghit nkhdem f call center f rabat, chno khassni?",
	"et le deuxième ?",
	"salam",
	"What is the activity rate of women in 2024?",
}

func TestReadingsGiveWhatReadGives(t *testing.T) {
	c := newReadings()
	for round := range 3 {
		for _, q := range readingQuestions {
			if got, want := c.read(q), lang.Read(q); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %q:\n got %+v\nwant %+v", round, q, got, want)
			}
		}
	}
	if c.kept.Len() != len(readingQuestions) {
		t.Errorf("%d messages kept, want %d", c.kept.Len(), len(readingQuestions))
	}
}

func TestReadingsHandOutTheirOwn(t *testing.T) {
	c := newReadings()
	q := "Quels métiers recrutent le plus à Casablanca en 2024 ?"
	first := c.read(q)
	want := lang.Read(q)
	if len(first.Tokens) == 0 || len(first.Places) == 0 || len(first.Periods) == 0 {
		t.Fatalf("reading without tokens, places or periods: %+v", first)
	}
	first.Tokens[0] = "changed"
	first.Places[0].Surface = "changed"
	first.Periods[0].Year = 1
	second := c.read(q)
	second.RestTokens = append(second.RestTokens[:1], "appended")
	if got := c.read(q); !reflect.DeepEqual(got, want) {
		t.Errorf("a reading changed by its reader changed the next:\n got %+v\nwant %+v", got, want)
	}
}

// TestOwnReadingCopiesEverySlice fails when a slice is added to
// lang.Reading and ownReading does not copy it.
func TestOwnReadingCopiesEverySlice(t *testing.T) {
	r := lang.Read("Quel est le taux de chômage des femmes à Rabat et à Tombouctou en 2024 ? et le deuxième ?")
	own := ownReading(r)
	rv, ov := reflect.ValueOf(r), reflect.ValueOf(own)
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		if f.Type.Kind() != reflect.Slice {
			continue
		}
		if rv.Field(i).Len() == 0 {
			t.Errorf("field %s is empty in the test's reading: pick a message that fills it", f.Name)
			continue
		}
		if rv.Field(i).Pointer() == ov.Field(i).Pointer() {
			t.Errorf("field %s is shared, not copied", f.Name)
		}
	}
}

func TestReadingsKeepNoPersonalData(t *testing.T) {
	c := newReadings()
	q := "salam, ana CIN BE123456 w tel 06 61 23 45 67: kayn chi khedma f tanja?"
	got := c.read(q)
	if strings.Contains(got.Text, "BE123456") || got.Lang != lang.Read(q).Lang {
		t.Errorf("reading %+v: want the redacted text in the original's language %q", got, lang.Read(q).Lang)
	}
	if n := c.kept.Len(); n != 0 {
		t.Errorf("a message with personal data was kept (%d kept)", n)
	}
	if again := c.read(q); !reflect.DeepEqual(again, got) {
		t.Errorf("read again: %+v, want %+v", again, got)
	}
}

func TestReadingsAreBounded(t *testing.T) {
	c := newReadings()
	for i := range 3*readingsKept + 7 {
		c.read(fmt.Sprintf("emplois à Rabat numéro %d", i))
	}
	if n := c.kept.Len(); n > 2*readingsKept {
		t.Errorf("%d messages kept, want at most %d", n, 2*readingsKept)
	}
	long := "Quels métiers recrutent le plus à Casablanca ? " + strings.Repeat("vraiment ", maxKeptMessage/9)
	c.read(long)
	if _, ok := c.kept.Get(long); ok {
		t.Errorf("a message of %d bytes was kept, over %d", len(long), maxKeptMessage)
	}
}

func TestReadingsConcurrent(t *testing.T) {
	c := newReadings()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 200 {
				q := readingQuestions[(g+i)%len(readingQuestions)]
				if r := c.read(q); r.Text != q {
					t.Errorf("read %q: text %q", q, r.Text)
				}
			}
		})
	}
	wg.Wait()
}
