package match

import (
	"regexp"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// Person is what Marsad read in a profile.
type Person struct {
	// Lang is the profile's language and script (fr, ar, ary, ary-Latn, en).
	Lang string `json:"lang"`
	// Level is the highest education level named (one of Levels), ""
	// when none is.
	Level string `json:"level,omitempty"`
	// Fields are the fields of study named after a diploma ("électromécanique").
	Fields []string `json:"fields,omitempty"`
	// Skills are the lexicon's skill ids the profile names.
	Skills []string `json:"skills,omitempty"`
	// Years is the longest experience stated in years, 0 when none is.
	Years float64 `json:"years,omitempty"`
	// Named are the occupations the profile names, past or wished.
	Named []Named `json:"named,omitempty"`
	// Region is the ISO 3166-2:MA region of the place the person wishes to
	// work in, else of the first place named; "" when none is named.
	Region string `json:"region,omitempty"`
	// Place is the name of that place.
	Place string `json:"place,omitempty"`
	// Wishes are the contracts the profile asks for (cdi, stage...).
	Wishes []string `json:"wishes,omitempty"`

	level int
	words map[string]float64
	full  map[string]bool // the words uncut (fullWords), for names
}

// Named is an occupation a profile names.
type Named struct {
	Code string `json:"isco"`
	// Surface is the words as written.
	Surface string `json:"surface"`
	// Wished is true when the person wants it, false for a past or
	// current job (or a field named as a job: "technicien en froid").
	Wished bool `json:"wished"`
	// Confidence is 1 for a name of Marsad's lexicon, the classifier's
	// confidence otherwise.
	Confidence float64 `json:"confidence"`
}

// clauseSep splits a profile into clauses: a CV's lines, a message's
// sentences and their parts.
var clauseSep = regexp.MustCompile(`[\n\r.;!?؛،:|•·]+|,\s|\s-\s|\s–\s`)

// clauses splits a profile into clauses; a CV's line that starts with a
// header ("Centres d'intérêt : football, lecture") keeps its header on
// each clause, so that the clause says which section it lies in.
func clauses(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		head := ""
		if i := strings.IndexAny(line, ":："); i > 0 && len([]rune(line[:i])) <= 30 {
			head = line[:i] + " : "
		}
		for _, cl := range clauseSep.Split(line, -1) {
			if strings.TrimSpace(cl) != "" && cl+" : " != head {
				out = append(out, head+cl)
			}
		}
	}
	return out
}

// read reads a profile once.
func (m *Matcher) read(text string) Person {
	r := lang.Read(text)
	p := Person{Lang: string(r.Lang), level: -1}
	if ls := levelsIn(text); len(ls) > 0 {
		p.level = ls[len(ls)-1]
		p.Level = Levels[p.level]
	}
	for _, c := range r.Concepts {
		switch c.Concept.Kind {
		case lang.KindSkill:
			p.Skills = appendNew(p.Skills, c.Concept.Value)
		case lang.KindContract:
			p.Wishes = appendNew(p.Wishes, c.Concept.Value)
		}
	}
	var wishPlace string
	for _, cl := range clauses(text) {
		wish := wishes(cl)
		if jt := jobText(cl); jt != "" {
			p.Named = m.namedIn(jt, wish, p.Named)
		}
		p.Fields = append(p.Fields, fieldsIn(cl)...)
		if y := yearsIn(cl); y > p.Years && !ageClause(cl) {
			p.Years = y
		}
		if wish && wishPlace == "" {
			// the place wished comes after the wish: "j'habite à Fès
			// mais je veux travailler à Tanger"
			if ps := lang.FindPlaces(cl); len(ps) > 0 {
				wishPlace = ps[len(ps)-1].Place.Code
			}
		}
	}
	p.setPlace(r.Places, wishPlace)
	p.words = m.profileWords(text, r.Places, p.Fields)
	p.full = map[string]bool{}
	for _, t := range fullWords(text) {
		p.full[t] = true
	}
	return p
}

// setPlace sets the region from the wished place, else from the first
// city or province named, else from the first region: a region read from
// one word is the likelier mistake ("sais" in "je ne sais pas" is the
// Saïss plain, in Fès-Meknès).
func (p *Person) setPlace(ps []lang.PlaceMatch, wished string) {
	pick := func(ok func(lang.Place) bool) bool {
		for _, pm := range ps {
			if pm.Place.Kind != "country" && pm.Place.Region != "" && ok(pm.Place) {
				p.Region, p.Place = pm.Place.Region, pm.Place.Name
				return true
			}
		}
		return false
	}
	_ = wished != "" && pick(func(pl lang.Place) bool { return pl.Code == wished }) ||
		pick(func(pl lang.Place) bool { return pl.Kind == "city" || pl.Kind == "province" }) ||
		pick(func(lang.Place) bool { return true })
}

// profileWords returns the weighted words of a profile: its place names
// left out (a catalogue's descriptions name cities), the words of its
// fields of study counted twice.
func (m *Matcher) profileWords(text string, places []lang.PlaceMatch, fields []string) map[string]float64 {
	for _, pm := range places {
		text = strings.Replace(text, pm.Surface, " ", 1)
	}
	out := map[string]float64{}
	for _, t := range contentWords(text) {
		out[t] = 1
	}
	for _, f := range fields {
		for _, t := range contentWords(f) {
			out[t] = 2
		}
	}
	return out
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
