package lang

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// detectCase is one labelled sentence of testdata/detect.tsv.
type detectCase struct {
	want  Tag
	text  string
	round int // 0: written before tuning; 1, 2: fresh rounds written after tuning
}

func mustReadDetectCases(t *testing.T) []detectCase {
	t.Helper()
	f, err := os.Open("testdata/detect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []detectCase
	round := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# fresh") {
			round++
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		tag, text, ok := strings.Cut(line, "\t")
		if !ok || !Tag(tag).Valid() {
			t.Fatalf("bad line %q", line)
		}
		cases = append(cases, detectCase{want: Tag(tag), text: text, round: round})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// score counts right answers per tag.
type score struct{ right, total map[Tag]int }

func newScore() score { return score{right: map[Tag]int{}, total: map[Tag]int{}} }

func (s score) add(want, got Tag) {
	s.total[want]++
	if want == got {
		s.right[want]++
	}
}

func (s score) overall() (int, int) {
	r, n := 0, 0
	for _, t := range Tags {
		r += s.right[t]
		n += s.total[t]
	}
	return r, n
}

// TestDetect reports accuracy per language on the tuning sentences and on
// each fresh round, and requires 95% overall and 90% per language.
func TestDetect(t *testing.T) {
	cases := mustReadDetectCases(t)
	if len(cases) < 180 {
		t.Errorf("%d sentences, want at least 180", len(cases))
	}
	rounds := []score{newScore(), newScore(), newScore()}
	all := newScore()
	for _, c := range cases {
		got := Detect(c.text)
		all.add(c.want, got)
		rounds[c.round].add(c.want, got)
		if got != c.want {
			t.Logf("miss: want %s got %s: %s", c.want, got, c.text)
		}
	}
	t.Logf("%-9s %14s %14s %14s %14s", "lang", "tuning", "fresh 1", "fresh 2", "all")
	for _, tag := range Tags {
		t.Logf("%-9s %14s %14s %14s %14s", tag, ratio(rounds[0], tag), ratio(rounds[1], tag), ratio(rounds[2], tag), ratio(all, tag))
		if r, n := all.right[tag], all.total[tag]; n < 30 || float64(r) < 0.9*float64(n) {
			t.Errorf("%s: %d/%d right, want at least 30 sentences and 90%%", tag, r, n)
		}
	}
	var cols []string
	for _, s := range append(rounds, all) {
		cols = append(cols, pct(s.overall()))
	}
	t.Logf("%-9s %14s %14s %14s %14s", "overall", cols[0], cols[1], cols[2], cols[3])
	if r, n := all.overall(); float64(r) < 0.95*float64(n) {
		t.Errorf("overall accuracy %d/%d, want at least 95%%", r, n)
	}
}

func ratio(s score, t Tag) string { return pct(s.right[t], s.total[t]) }

func pct(r, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", r, n, 100*float64(r)/float64(n))
}

func TestDetectEdgeCases(t *testing.T) {
	cases := map[string]Tag{
		"":               French,
		"   ":            French,
		"?!":             French,
		"2024":           French,
		"\xff\xfe":       French,
		"casablanca":     French,
		"البطالة":        Arabic,
		"wach":           Arabizi,
		"the":            English,
		"ch7al":          Arabizi,
		"شنو":            Darija,
		"هل":             Arabic,
		"ok merci":       French,
		"thanks a lot!!": English,
		"Offre: Commercial terrain H/F - Marrakech - CDI - Permis B obligatoire": French,
		"a maintenance technician":    English, // the noun tells, "a" being French too
		"il a un poste de technicien": French,
		"un électricien":              French,
	}
	for text, want := range cases {
		if got := Detect(text); got != want {
			t.Errorf("Detect(%q) = %s, want %s", text, got, want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("")
	f.Add("wach kayn chi stage f casa?")
	f.Add("ما هو معدل البطالة؟")
	f.Add("\xff\xfe\x00")
	f.Fuzz(func(t *testing.T, s string) {
		if got := Detect(s); !got.Valid() {
			t.Fatalf("Detect(%q) = %q, not one of the five tags", s, got)
		}
	})
}

func TestDetectReadsTheStartOfLongTexts(t *testing.T) {
	long := strings.Repeat("Quel est le taux de chômage à Casablanca ? ", 200) + strings.Repeat("ما هو معدل البطالة؟ ", 500)
	if got := Detect(long); got != French {
		t.Errorf("Detect(long French then Arabic) = %s, want fr", got)
	}
	if got := Detect(strings.Repeat("é", 3000)); got != French {
		t.Errorf("Detect(é×3000) = %s, want fr", got)
	}
}

// Place names and other proper nouns do not vote for Arabizi: Safi is a
// city in English and French sentences, and "safi" (enough) only where it
// is a word of the sentence.
func TestDetectNamesDoNotVote(t *testing.T) {
	cases := []struct {
		want Tag
		text string
	}{
		{English, "compare Casablanca-Settat and Marrakech-Safi unemployment in 2024"},
		{English, "compare unemployement in Casablanca-Settat and Marrakech-Safi for 2024"},
		{English, "unemployment in safi and rabat"},
		{English, "jobs in Safi"},
		{English, "what about Tanja?"},
		{English, "unemployment rate in Tanja-Titwan-Lhoceima"},
		{English, "how many job ads in Dar Bouazza and Sidi Maarouf"},
		{English, "youth unemployment in Beni Mellal-Khenifra vs Draa-Tafilalet"},
		{English, "is Tan-Tan doing better than Safi?"},
		{French, "chômage à Safi en 2024"},
		{French, "comparer Marrakech-Safi et Casablanca-Settat"},
		{French, "taux de chômage Tanger-Tétouan-Al Hoceïma et Marrakech-Safi"},
		{French, "offres à Safi"},
		{French, "Safi ou Essaouira pour travailler ?"},
		{Arabizi, "chomage f safi 2024"},
		{Arabizi, "ch7al chomage f Marrakech-Safi?"},
		{Arabizi, "safi, w f rbat?"},
		{Arabizi, "Safi w f casa?"},
		{Arabizi, "wach kayn khdma f Safi?"},
		{Arabizi, "safi chokran"},
		{Arabizi, "9aren bin Casa w Safi"},
		{Darija, "شحال البطالة ف آسفي؟"},
		{Darija, "واش كاينة الخدمة ف مراكش آسفي؟"},
		{Arabic, "ما هو معدل البطالة في جهة مراكش آسفي؟"},
		{Arabic, "قارن بين الدار البيضاء سطات و مراكش آسفي"},
		{English, "unemployment in Tanger-Tetouan-Al Hoceima and Souss-Massa in 2023"},
		{English, "jobs at Marjane in Ain Sebaa"},
		{English, "how many offers in Sidi Bennour and Khouribga?"},
		{English, "is Dar Bouazza hiring?"},
		{English, "compare Fes-Meknes with Beni Mellal-Khenifra"},
		{English, "Safi vs Essaouira unemployment 2024"},
		{English, "activity rate Draa-Tafilalet 2024"},
		{English, "what about Laayoune-Sakia El Hamra?"},
		{English, "any jobs in Kech?"},
		{French, "offres chez Inwi à Casa"},
		{French, "chômage à Sidi Slimane et Sidi Kacem"},
		{French, "taux d'activité Guelmim-Oued Noun 2023"},
		{French, "emploi à Dakhla-Oued Ed-Dahab"},
		{Arabizi, "chomage f Beni Mellal 2024 ch7al"},
		{Arabizi, "kayn chi khdma f Sidi Bennour?"},
		{Arabizi, "bghit nkhdem f Tanja wla f Titwan"},
		{Arabizi, "ch7al lbitala f Safi?"},
	}
	for _, c := range cases {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
