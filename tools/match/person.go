package match

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/retrieval/occupation"
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

// hobbyCues are the headers of a CV's section on leisure, whose words
// ("football", "lecture") name no job the person held or wants.
var hobbyCues = padded("centres d'intérêt", "centres d'interet", "loisirs", "hobbies", "interests", "intérêts", "activités extra", "الهوايات", "هوايات", "الاهتمامات")

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
		if !tells(cl, hobbyCues) {
			p.Named = m.namedIn(cl, wish, p.Named)
		}
		p.Fields = append(p.Fields, fieldsIn(cl)...)
		if y := yearsIn(cl); y > p.Years {
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

// namedIn adds to out the occupations clause names: the lexicon's names,
// else what the classifier reads in it.
func (m *Matcher) namedIn(clause string, wish bool, out []Named) []Named {
	found := false
	for _, c := range lang.FindDocumentConcepts(clause) {
		if c.Concept.Kind == lang.KindOccupation && !diplomaName(c.Surface) {
			out = addNamed(out, Named{Code: c.Concept.Value, Surface: c.Surface, Wished: wish, Confidence: 1})
			found = true
		}
	}
	if tells(clause, skillCues) || onlySkills(clause) {
		return out // "kan9der ndir cablage", "Anglais (notions)": a skill, not a job
	}
	if mt := m.th.Classify(clause, occupation.Context{}); mt.Code != "" && mt.Confidence > minClassified && !diplomaName(mt.Label) {
		conf := min(1, (mt.Confidence-minClassified)/(fullClassified-minClassified))
		if found {
			conf *= 0.8 // a second reading of a clause the lexicon already read
		}
		out = addNamed(out, Named{Code: mt.Code, Surface: mt.Label, Wished: wish, Confidence: conf})
	}
	return out
}

// onlySkills reports whether a clause names nothing but skills and CV
// headers ("LANGUES : Anglais (notions)"): the classifier would read "prof
// d'anglais" in it.
func onlySkills(clause string) bool {
	rest := clause
	for _, c := range lang.FindDocumentConcepts(clause) {
		if c.Concept.Kind == lang.KindSkill {
			rest = strings.Replace(rest, c.Surface, " ", 1)
		}
	}
	for _, w := range contentWords(rest) {
		if !headerWords[w] {
			return false
		}
	}
	return true
}

// headerWords are the words of a CV's section headers and of the notes
// beside a skill.
var headerWords = set("langues", "langue", "compétences", "competences", "informatique", "outils", "logiciels", "formation", "formations", "expérience", "professionnelle",
	"notions", "courant", "lu", "écrit", "parlé", "maternelle", "intermédiaire", "débutant", "avancé", "bilingue",
	"languages", "language", "skills", "tools", "software", "education", "fluent", "native", "basic", "intermediate", "advanced",
	"اللغات", "المهارات", "الكفاءات", "التكوين", "الخبرة", "المهنية", "لغات", "مهارات")

// diplomaName reports whether the name of an occupation found is also the
// name of a diploma: "technicien spécialisé", "تقني", "ingénieur d'état"
// tell a level, and the field that follows tells the trade.
func diplomaName(surface string) bool {
	n := " " + lang.Normalize(surface) + " "
	for _, ps := range levelPhrases {
		for _, p := range ps {
			if n == p {
				return true
			}
		}
	}
	return false
}

// minClassified is the least confidence of the classifier taken as a
// named occupation: below it the classifier guesses from a lone field
// word ("licence en économie" → researcher in economics).
const minClassified = 0.3

// fullClassified is the classifier's confidence from which a code counts
// as much as a name of the lexicon; between the two it counts in
// proportion, since a clause of a profile is not a title and the
// classifier reads a stray word of it as a job ("quoi faire" → "femme à
// tout faire", 0.4).
const fullClassified = 0.7

// addNamed adds n to out, keeping for a code the strongest reading, a
// wish over a past job.
func addNamed(out []Named, n Named) []Named {
	for i, o := range out {
		if o.Code == n.Code {
			if n.Confidence > o.Confidence {
				out[i].Confidence, out[i].Surface = n.Confidence, n.Surface
			}
			out[i].Wished = o.Wished || n.Wished
			return out
		}
	}
	return append(out, n)
}

// wishCues are the words that make a clause a wish.
var wishCues = padded("veux", "voudrais", "souhaite", "souhaiterais", "aimerais", "cherche", "recherche", "devenir", "vise", "objectif", "intéressé", "intéressée", "projet professionnel",
	"want", "would like", "looking for", "become", "seeking", "hope", "aim",
	"أريد", "أرغب", "أطمح", "أبحث", "أود", "أصبح", "بغيت", "باغي", "باغية", "نولي", "نخدم", "كنقلب", "حاب", "نبغي", "كنبحث", "نكون",
	"bghit", "baghi", "baghya", "nwelli", "nweli", "kan9leb", "kanqelleb", "n9leb", "7ab", "nkhdem", "nkoun", "nkon", "nwli")

// skillCues are the words that make a clause a list of what the person
// can do: the classifier, which reads titles, is not asked about it.
var skillCues = padded("je sais", "je maîtrise", "maîtrise", "compétences", "I can", "skills", "proficient", "fluent",
	"أتقن", "أجيد", "كنعرف", "كنتقن", "مهارات", "kan9der", "kan3ref", "kanaaref", "kanakhdem b", "kan3rf", "n9der")

// wishes reports whether a clause says what the person wants.
func wishes(clause string) bool { return tells(clause, wishCues) }

// tells reports whether a clause holds one of cues (padded normal forms).
func tells(clause string, cues []string) bool {
	n := " " + lang.Normalize(clause) + " "
	for _, c := range cues {
		if strings.Contains(n, c) {
			return true
		}
	}
	return false
}

func padded(ws ...string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = " " + lang.Normalize(w) + " "
	}
	return out
}

// fieldIntro are the words that introduce a field of study after a
// diploma ("licence en économie", "إجازة في القانون", "bac+2 f
// l'informatique").
var fieldIntro = regexp.MustCompile(`(?i)(?:diplôme|diplome|licence|master(?:'s)?|bac\s*\+\s*\d|bts|dut|technicien(?:ne)?(?:\s+spécialisée?|\s+specialisee?)?|qualification|formation|degree|bachelor(?:'?s)?(?:\s+degree)?|ingénieur|ingenieur|doctorat|phd|lisans|diplom|إجازة|الإجازة|اجازة|ماستر|دبلوم|شهادة|تقني(?:\s+متخصص)?|ليسانس|تكوين|مهندس|مهندسة|engineer|engineering)\s+(?:d'état\s+)?(?:(?:en|in|of|dans|de|d|f|fi|في)\s+|d'|ف|فـ)(.+)`)

// fieldsIn returns the fields of study a clause names after a diploma.
func fieldsIn(clause string) []string {
	mt := fieldIntro.FindStringSubmatch(clause)
	if mt == nil {
		return nil
	}
	var ws []string
	for _, w := range strings.Fields(mt[1]) {
		if tells(w, skillCues) || tells(w, wishCues) || len(ws) == 5 {
			break // "licence f gestion w kan3ref excel": the field ends at what follows
		}
		ws = append(ws, w)
	}
	for len(ws) > 0 && conjunctions[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return nil
	}
	return []string{strings.Join(ws, " ")}
}

// yearSpan is a CV's span of years: "2021-2023", "2018 – 2024".
var yearSpan = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|à|to|إلى|الى)\s*((?:19|20)\d\d)\b`)

// spanYears returns the years a CV's line spans, 0 when it spans none or
// names a diploma (the years of a training are not experience).
func spanYears(clause string) float64 {
	mt := yearSpan.FindStringSubmatch(clause)
	if mt == nil || len(levelsIn(clause)) > 0 {
		return 0
	}
	from, _ := strconv.Atoi(mt[1])
	to, _ := strconv.Atoi(mt[2])
	if to <= from || to-from > 45 {
		return 0
	}
	return float64(to - from)
}

// conjunctions are the words a field does not end on.
var conjunctions = map[string]bool{"w": true, "et": true, "and": true, "و": true, "ou": true, "or": true, "wla": true, "mais": true, "but": true}

// yearWords are the units after a number of years of experience.
var yearWords = map[string]bool{"an": true, "ans": true, "annee": true, "annees": true, "year": true, "years": true, "yrs": true,
	"سنة": true, "سنوات": true, "سنين": true, "سنه": true, "عام": true, "أعوام": true, "اعوام": true, "snin": true, "sna": true, "3am": true, "3wam": true}

// yearsIn returns the years of experience a clause states ("5 ans",
// "3 d snin", "سنتين"), 0 when it states none.
func yearsIn(clause string) float64 {
	if y := spanYears(clause); y > 0 {
		return y
	}
	toks := lang.Tokens(clause)
	for i, t := range toks {
		if t == "سنتين" || t == "عامين" || t == "3amayn" || t == "3amin" {
			return 2
		}
		n, err := strconv.ParseFloat(t, 64)
		if err != nil || n <= 0 || n > 45 {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if yearWords[toks[j]] && !anAge(toks, i, j) {
				return n
			}
		}
	}
	return 0
}

// ageBefore are the words before a number of years that make it the
// person's age ("j'ai 24 ans", "I am 30 years old", "عمري 25 سنة"), and
// ageAfter the words after its unit that do ("30 years old", "24 ans,
// bac pro" is settled by ageBefore).
var (
	ageBefore = map[string]bool{"ai": true, "age": true, "agee": true, "am": true, "aged": true, "عمري": true, "3mri": true, "3omri": true, "omri": true}
	ageAfter  = map[string]bool{"old": true}
)

// anAge reports whether the number at toks[i], its unit at toks[j], is an
// age rather than experience: an age word around it and no word of
// experience after it ("j'ai 3 ans d'expérience" is experience).
func anAge(toks []string, i, j int) bool {
	if j+1 < len(toks) && ageAfter[toks[j+1]] {
		return true
	}
	if i == 0 || !ageBefore[toks[i-1]] {
		return false
	}
	for _, t := range toks[j+1 : min(len(toks), j+4)] {
		if strings.HasPrefix(t, "experience") || t == "خبرة" || t == "تجربة" || t == "d" || t == "of" {
			return false
		}
	}
	return true
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
