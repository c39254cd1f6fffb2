package occupation

import (
	"slices"
	"sort"
	"strings"
)

// A title often joins a generic head to a field no label joins it to:
// "Agent de restauration", "Responsable pépinière", "Agent méthodes".
// No label fits it, yet the head tells the kind of work (an agent, a
// technician, a manager) and the field tells where: the occupation is
// one whose labels say both, in different labels ("agent de
// restauration": labels with "agent" and labels with "restauration" meet
// at food-service attendants).

// composeShare is the share of a field word's labels (of the occupations
// the head heads) a code must hold to be the field's: below it the word
// is spread over too many occupations to tell one.
const composeShare = 0.3

// minFieldLabels is how many labels of a code must hold a field word for
// the word to tell that code in a cadre's title ("إطار في القانون"), whose
// head meets no field's labels. A title with another generic head is
// placed only where the head's and the field's labels meet.
const minFieldLabels = 2

// cadreHeads are the Arabic words for a cadre (إطار): a professional of
// the field the title names.
var cadreHeads = keySet("اطار إطار")

// breadthWords say how broad a post is, not in which field: a title
// holding only them beside its head names no field.
var breadthWords = keySet("polyvalent polyvalente polyvalents polyvalentes")

// composeConfidence caps the confidence of a code composed from a head and
// a field: no label said it as a whole.
const composeConfidence = 0.4

// composed places a title whose head is generic by its field words, or
// returns no code.
func (th *Thesaurus) composed(t titleKeys) Match {
	head := t.first
	if !th.generic[head] {
		head = t.last
	}
	if anyOccupation[th.headKey(t)] {
		return Match{} // "les métiers de l'hôtellerie" are many occupations, not one
	}
	var headCodes map[string]int // nil for a cadre, whose field's codes all count
	cadre := false               // a cadre of a field: its codes of managers, professionals and associate professionals
	switch {
	case th.generic[head] && th.onlyTechnology(t, head):
		return th.developer(t) // "Expert Informatica", "Consultant Salesforce": a kind of worker of computing tools
	case th.generic[head] && cadreHeads[head]:
		// "إطار في القانون", "إطار في البرمجيات": the Arabic labels
		// holding إطار are too few to meet the field's, whose own
		// labels tell the professional (or the manager, or the
		// associate professional) of that field
		headCodes, cadre = nil, true
	case th.generic[head]:
		headCodes = th.codesOf(head)
	case t.announces:
		return Match{} // "PROMAN recrute, plusieurs postes en hôtellerie": the field is the employer's
	case th.onlyTechnology(t, ""):
		return th.developer(t)
	default:
		// no generic head: the title's words are those of other labels
		// ("Pilote Qualité", "SPA Thérapeute", "People Operations"), and
		// their fields alone placed real ads wrong 11 times in 11 (blind
		// set 25): leave the title unplaced
		return Match{}
	}
	field := map[string]float64{}
	label := map[string]int32{} // a label of the code that says the field
	for _, k := range t.keys {
		if th.generic[k] || th.byKey[k] == nil || technology[k] || k == languageKey || orgUnits[k] || breadthWords[k] {
			continue // a tool is no field ("spring" of "box spring maker"), nor is a language, a part of an organisation or a breadth ("Consultant polyvalent" is no sports instructor's "animateur sportif polyvalent")
		}
		// the field's share is counted among the labels of the head's
		// occupations: "maternelle" is mostly teachers' and nursery
		// assistants', yet of the occupations "responsable" heads it is
		// a school head's
		codes := th.titleFieldCodes(k, t)
		admitted := 0
		for code, n := range codes {
			if headCodes == nil || headCodes[code] > 0 {
				admitted += n
			}
		}
		for code, n := range codes {
			switch {
			case headCodes != nil && headCodes[code] == 0:
				continue // labels of the field, none of the head: "chargé de facturation" is no billing clerk's
			case headCodes == nil && n < minFieldLabels:
				continue // one label's odd word: "trois" of "animateur en trois dimensions"
			case cadre && code[0] > '3':
				continue // a cadre is no clerk nor craftsman of his field
			}
			field[code] += float64(n) / float64(admitted)
			if _, ok := label[code]; !ok {
				label[code] = th.labelOf(k, code)
			}
		}
	}
	type cand struct {
		code  string
		share float64
	}
	var cs []cand
	for code, s := range field {
		cs = append(cs, cand{code, s})
	}
	if len(cs) == 0 {
		return Match{}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].share != cs[j].share {
			return cs[i].share > cs[j].share
		}
		return cs[i].code < cs[j].code
	})
	best := cs[0]
	if best.share < composeShare {
		return Match{}
	}
	second := 0.0
	if len(cs) > 1 {
		second = cs[1].share
	}
	conf := composeConfidence * (1 - 0.5*second/best.share)
	e := th.labels[label[best.code]]
	return Match{Code: best.code, Confidence: round(conf), Via: "head+field", Label: e.name, Source: e.source}
}

// labelOf returns the first label of code holding key k.
func (th *Thesaurus) labelOf(k word, code string) int32 {
	for _, id := range th.byKey[k] {
		if th.labels[id].code == code {
			return id
		}
	}
	return -1
}

// matchOf is the match of label id found by via with confidence conf.
func (th *Thesaurus) matchOf(id int32, conf float64, via string) Match {
	e := &th.labels[id]
	return Match{Code: e.code, Confidence: conf, Via: via, Label: e.name, Source: e.source}
}

// fieldCodesOf counts the labels holding key k by code; for a French
// title only the labels that are not English: a word both languages
// write alike may name another thing in each ("dépôt" is a warehouse, a
// "depot" a rail yard).
func (th *Thesaurus) fieldCodesOf(k word, french bool) map[string]int {
	return th.codesKept(k, func(e *entry) bool { return !french || !e.english })
}

// titleFieldCodes is fieldCodesOf for a word of title t, without the
// labels of computing when t names none ("Chargé de comptes" is no ICT
// account manager).
func (th *Thesaurus) titleFieldCodes(k word, t titleKeys) map[string]int {
	return th.codesKept(k, func(e *entry) bool { return (!t.french || !e.english) && !th.ofComputingOnly(e, t) })
}

// codesKept counts the labels holding key k that keep keeps, by code.
func (th *Thesaurus) codesKept(k word, keep func(e *entry) bool) map[string]int {
	out := map[string]int{}
	for _, id := range th.byKey[k] {
		if e := &th.labels[id]; keep(e) {
			out[e.code]++
		}
	}
	return out
}

// codesOf counts the labels holding key k by code.
func (th *Thesaurus) codesOf(k word) map[string]int { return th.fieldCodesOf(k, false) }

// onlyTechnology reports whether every word of title t but its head (""
// for none) names a computing tool or is unknown, and one does: "DevOps
// Senior Azure", "Full stack Java/AWS" recruit software developers.
func (th *Thesaurus) onlyTechnology(t titleKeys, head word) bool {
	if !t.support[ictKeys[0]] {
		return false
	}
	for _, k := range t.keys {
		if k != head && !technology[k] && th.byKey[k] != nil {
			return false
		}
	}
	return true
}

// developer is the match of a title made of technology words: software
// developers, web developers when its tools are all the web's ("Expert
// Technique Drupal"), with the confidence of a composed code.
func (th *Thesaurus) developer(t titleKeys) Match {
	id := th.labelOf(keyOf("developer"), "2512")
	if onlyWebTools(t) {
		id = th.labelHoldingMost("2513", []word{keyOf("web"), keyOf("developer")})
	}
	if id < 0 {
		return Match{}
	}
	return th.matchOf(id, composeConfidence*0.75, "technology")
}

// toolExperts are the heads of a computing post that names its tools
// and no field: "Expert Technique Java", "Technical Leader Java -
// Angular", "Consultant Salesforce"; techQualifiers the words that say
// its rank or kind beside them.
var (
	toolExperts    = keySet("expert experte consultant consultante lead leader technical referent")
	techQualifiers = keySet("technique technical techniques lead leader referent")
)

// toolsWorker returns the software developer for title t when t is
// headed by an expert or a consultant and holds, besides qualifiers of
// rank, only named tools ("Java", not "IT": a recruiter of IT staff or an
// IT technician names computing, not its tools); else m. A label that
// fits such a title by its qualifier ("ICT technical security expert"
// for "Expert Technique Java") fits a field the title does not name.
func (th *Thesaurus) toolsWorker(t titleKeys, _ Context, m Match) Match {
	if !toolExperts[t.first] {
		return m
	}
	tool := false
	for _, k := range t.keys {
		switch {
		case technology[k] && !computingWords[k]:
			tool = true
		case toolExperts[k] || techQualifiers[k] || computingWords[k]:
		default:
			return m
		}
	}
	if d := th.developer(t); tool && d.Code != "" && d.Code != m.Code && th.labelMisses(m, t) {
		return d
	}
	return m
}

// labelMisses reports whether the label m was found by holds a key title
// t neither has nor supports: it names a field the title does not
// ("security" of "ICT technical security expert" for "Expert Technique
// Java"), where "ICT consultants" for "Consultant GCP" names none.
func (th *Thesaurus) labelMisses(m Match, t titleKeys) bool {
	if m.Code == "" {
		return true
	}
	for _, id := range th.byKey[t.first] {
		e := &th.labels[id]
		if e.code != m.Code || e.name != m.Label {
			continue
		}
		for _, k := range e.keys {
			if !t.holdsOrSupports(k) {
				return true
			}
		}
		return false
	}
	return true
}

// computingWords are the words of technology that name computing itself,
// no tool of it.
var computingWords = keySet("it si tic ict informatique")

// toolMisread reports whether label e holds a word that title t, which
// names computing twice ("AI Automation Specialist (IT Support)"),
// writes as a computing tool's name ("AI", "Spring", "SAP") while e's
// occupation is not of computing: the label means another thing by it
// (the "AI specialist" of ESCO insemates cattle). Once only, the word
// may be the label's ("drift net maker", "compression spring maker").
func toolMisread(e *entry, t titleKeys) bool {
	if computingCode(e.code) || !namesComputingTwice(t) {
		return false
	}
	return slices.ContainsFunc(e.keys, func(k word) bool { return technology[k] && !computingWords[k] && t.has[k] })
}

// namesComputingTwice reports whether title t, its aside included, has
// two words of computing.
func namesComputingTwice(t titleKeys) bool {
	n := 0
	for _, k := range t.keys {
		if technology[k] {
			n++
		}
	}
	for k, aside := range t.support {
		if aside && technology[k] && !t.has[k] && !slices.Contains(ictKeys, k) { // ictKeys: implied by a tool's name, not written
			n++
		}
	}
	return n >= 2
}

// computingCode reports whether an ISCO-08 unit group is one of
// computing: ICT managers, professionals, technicians, sellers and
// trainers, electronics and telecommunications engineers.
func computingCode(code string) bool {
	switch {
	case strings.HasPrefix(code, "25"), strings.HasPrefix(code, "35"):
		return true
	}
	switch code {
	case "1330", "2152", "2153", "2166", "2356", "2434", "3114", "7422":
		return true
	}
	return false
}

// webTools are the tools only web sites are built with: content
// management systems, shops, markup.
var webTools = keySet("drupal wordpress joomla magento prestashop shopify html css tailwind")

// onlyWebTools reports whether every tool title t names is a web tool,
// and it names one.
func onlyWebTools(t titleKeys) bool {
	web := false
	for _, k := range t.keys {
		switch {
		case webTools[k]:
			web = true
		case technology[k] && !computingWords[k]:
			return false
		}
	}
	return web
}
