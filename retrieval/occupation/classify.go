package occupation

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/retrieval/lang"
)

// Scoring constants, set on the labelled titles of testdata (see
// classify_test.go and the README's measured table).
const (
	// minScore is the fit below which a title is left unplaced: about
	// half of the label missing from the title, or half of the title
	// unexplained.
	minScore = 0.4
	// minConfidence is the confidence below which a code is not given:
	// on the labelled titles, codes under 0.3 were right about one time
	// in four, and a wrong code counts an ad in another occupation.
	minConfidence = 0.25
	// unknownWeight is the weight of a title word no label holds (a
	// brand, a technology, a place the gazetteer lacks): it lowers how
	// much of the title a label explains, less than a known word would.
	unknownWeight = 0.5
	// closeRatio: a code scoring within this ratio of the best is close
	// enough for the ad's context to choose between them.
	closeRatio = 0.9
	// contextWeight is what the description's support adds to a close
	// label's score.
	contextWeight = 0.15
	// ownBonus favours Marsad's and the profiles' names (Moroccan usage)
	// over an ESCO label that fits as well.
	ownBonus = 1.05
	// offHead lowers a label that holds neither end of the title: "chef
	// de projet" for "Acheteur chef de projet" is about another head;
	// offFirst, less, one that misses the first word, the head of a
	// French title ("hôtelier" for "Plombier - maintenance hôtelière").
	offHead  = 0.8
	offFirst = 0.9
	// preferredBonus favours ESCO's preferred label of an occupation over
	// another occupation's alternative label of the same words
	// ("aide-soignant", "vigile").
	preferredBonus = 1.02
	// stemLen and stemCredit: words that begin alike over stemLen letters
	// are of one family ("formation" and "formateur", "frigorifique" and
	// "frigoriste"), and count for stemCredit of a word.
	stemLen    = 6
	stemCredit = 0.7
	// descriptionDiscount lowers the confidence of a code read from the
	// description's recruiting phrase rather than the title.
	descriptionDiscount = 0.8
)

// Classify places a title (see the package doc). c may be empty. An ad
// without a title (a post copied from a social-media group) is read from
// its description: its recruiting phrase, else its first line.
func (th *Thesaurus) Classify(title string, c Context) Match {
	if degreeFirst.MatchString(title) || namesNoPost.MatchString(title) {
		return Match{}
	}
	title, how := withoutPublicWrapping(headlinePost(title))
	title = withoutAnnouncer(withoutWrapping(title))
	t := th.readTitle(title)
	if m, decided := th.publicPost(t, c, how); decided {
		return m
	}
	if m := th.placeRead(t, c); m.Code != "" {
		return m
	}
	if p := recruitingPhrase(c.Description); p != "" {
		if m := th.classifyTitle(p, Context{Sector: c.Sector}); m.Code != "" {
			m.Via, m.Confidence = "description", round(m.Confidence*descriptionDiscount)
			return m
		}
	}
	if strings.TrimSpace(title) == "" {
		return th.firstMentioned(c.Description)
	}
	if t.announces {
		return Match{} // a headline's parts are its employer and its call ("Recrutement APM Terminals, profils qualifiés recherchés")
	}
	return th.firstPart(title, c)
}

// partSeparator cuts a title into the parts it joins: "Executive
// Assistant & Compliance Support MEA", "Technicien / Superviseur GTB",
// "Quality Intern - 6 months Internship Program".
var partSeparator = regexp.MustCompile(`\s(?:&|/|-|–|—|\+)\s|,\s*|\s*/\s*`)

// partDiscount lowers the confidence of a code read from one part of a
// title: the rest was not understood.
const partDiscount = 0.8

// firstPart places a title no label fits whole by its first part that
// one fits: a title may join two posts, or a post and an aside on it,
// whose words together are no label's.
func (th *Thesaurus) firstPart(title string, c Context) Match {
	parts := partSeparator.Split(title, -1)
	if len(parts) < 2 {
		return Match{}
	}
	for _, p := range parts {
		if m := th.classifyTitle(p, c); m.Code != "" {
			m.Confidence = round(m.Confidence * partDiscount)
			return m
		}
	}
	return Match{}
}

// scored is the best label of one code for a title.
type scored struct {
	label int
	score float64
}

func (th *Thesaurus) classifyTitle(title string, c Context) Match {
	return th.placeRead(th.readTitle(title), c)
}

// placeRead places title t, read once by its caller: by its labels or
// its head and field, read as a field's worker when that fits whole, then
// corrected, else by its head alone.
func (th *Thesaurus) placeRead(t titleKeys, c Context) Match {
	t.inComputing = computingSector(c.Sector) // "Administrateur Sécurité" of an IT services firm secures its computers
	m := th.placeTitle(t, c)
	if m.Code == "" || m.Via == "head+field" {
		// no label fits the title as written: an English title may name
		// its field's activity where the worker would stand. The title
		// read so is a guess, taken only when a label fits it whole
		if ft, ok := th.asFieldWorker(t); ok {
			if fm := th.placeTitle(ft, c); (fm.Via == "title" || fm.Via == "title+context") && th.heldWhole(fm, ft) {
				t, m = ft, fm
			}
		}
	}
	for _, correct := range corrections {
		m = correct(th, t, c, m)
	}
	if m.Code == "" {
		m = th.headAlone(t)
	}
	return m
}

// corrections are the rules of ISCO-08 and of Moroccan usage that place
// a title otherwise than the label its words fit best, in order: each
// returns the match it was given when it does not apply.
var corrections = []func(th *Thesaurus, t titleKeys, c Context, m Match) Match{
	(*Thesaurus).managerOf,            // a manager of a function is that function's (manager.go)
	(*Thesaurus).managersAssistant,    // a director's assistant is a secretary (manager.go)
	(*Thesaurus).ministryDirector,     // a ministry's director is a senior official (public_service.go)
	(*Thesaurus).toolsWorker,          // an expert of tools is a developer (compose.go)
	(*Thesaurus).projectOf,            // a project's leader is of the project's field (project.go)
	(*Thesaurus).sectorWorker,         // a call centre's or a bank's customer-facing post (sector.go)
	(*Thesaurus).computingSales,       // a seller of computing (sector.go)
	(*Thesaurus).insuranceSales,       // a seller of insurance (sector.go)
	(*Thesaurus).shopSales,            // a seller in a shop (sector.go)
	(*Thesaurus).computingTests,       // a tester of software (sector.go)
	(*Thesaurus).customerClerk,        // an English customer service's clerk (english.go)
	(*Thesaurus).securityProfessional, // an English security expert secures computers (english.go)
	(*Thesaurus).universityTeacher,    // a teacher of higher education (teacher.go)
	(*Thesaurus).vocationalTeacher,    // a trainer of a vocational school (teacher.go)
}

// placeTitle places title t by its labels, else by its head and field.
func (th *Thesaurus) placeTitle(t titleKeys, c Context) Match {
	if len(t.keys) == 0 {
		return Match{}
	}
	if th.onlyGenericHeads(t) {
		return Match{} // "des ingénieurs et techniciens": kinds of workers, no occupation
	}
	ranked := th.rank(t)
	if len(ranked) == 0 || ranked[0].score < minScore {
		return th.composed(t)
	}
	// a best label that holds only the head and a relative of a
	// qualifier ("technicien industrialisation" for "Technicien en
	// plomberie industrielle") fits by a coincidence of word families:
	// the head and the field say more
	if e := &th.labels[ranked[0].label]; th.offComplement(e, t) && !th.sharesExactField(e, t) {
		if m := th.composed(t); m.Code != "" {
			return m
		}
	}
	via := "title"
	if th.decideByContext(ranked, t, c) {
		via = "title+context"
	}
	best := ranked[0]
	second := 0.0
	if len(ranked) > 1 {
		second = math.Min(ranked[1].score, best.score)
	}
	e := th.labels[best.label]
	conf := math.Min(1, best.score) * (1 - 0.5*second/best.score)
	if conf < minConfidence {
		return Match{}
	}
	return Match{Code: e.code, Confidence: round(conf), Via: via, Label: e.name, Source: e.source}
}

// degreeFirst finds a title that begins with a diploma in a field
// ("Master en droit / audit / finance", "Licence en éco et gestion /
// bac+3"): a graduate offering himself, as job seekers do on ad sites, or
// asking for graduates of a field that many occupations employ. It names
// no post, and its description, a CV, none either.
var degreeFirst = regexp.MustCompile(`(?i)^\s*(?:master|licence|licenci[ée]e?|doctorat|dipl[ôo]m[ée]e?s?|bts|dut)\s+(?:en|in|de|d['’]|professionnelle|pro)\b`)

// onlyGenericHeads reports whether every word of title t that labels
// hold is a generic head, there are two or more, and no label holds them
// all: a headline that recruits "ingénieurs et techniciens" names kinds
// of workers, and no label of one of them fits it better than another
// (an "executive assistant" is one occupation).
func (th *Thesaurus) onlyGenericHeads(t titleKeys) bool {
	var known []word
	for _, k := range t.keys {
		switch {
		case th.byKey[k] == nil:
		case !th.generic[k]:
			return false
		default:
			known = append(known, k)
		}
	}
	if len(known) < 2 {
		return false
	}
	for _, id := range th.byKey[known[0]] {
		if holdsAll(&th.labels[id], known[1:]) {
			return false
		}
	}
	return true
}

// holdsAll reports whether label e has every key of ks.
func holdsAll(e *entry, ks []word) bool {
	for _, k := range ks {
		if !holds(e, k) {
			return false
		}
	}
	return true
}

// title is a title read for matching: its keys, their weights, and the
// keys at its two ends.
type titleKeys struct {
	keys        []word
	has         map[word]bool // the keys, as a set
	support     map[word]bool // keys that count for a label, not in the title's weight (supportWords)
	announces   bool          // the title announces recruitment ("recrutement", "postes"): a headline
	french      bool          // the title is French: it has a French small word ("de", "des", "pour")
	englishEnd  bool          // the title is not French and ends on a word heading English labels ("Sales Supervisor"): its head
	guessed     map[word]bool // keys read from a typo ("Chiffreur" as "coiffeur"): weaker than a word as written
	alsoHead    word          // a head given as an alternative to the first ("Agent/Technicien"), or ""
	apposed     word          // the word right after the first, without a preposition ("Technicien soudeur"), or ""
	complement  word          // the word after the first and a preposition ("Technicien en tuyauterie"), or ""
	inComputing bool          // the ad's sector is computing's: its labels of computing fit a title that does not say it
	total       float64
	first, last word
}

func (th *Thesaurus) readTitle(title string) titleKeys {
	// "… | Tout le Maroc (Maroc)": where, not who
	title = siteLocation.ReplaceAllString(title, " ")
	title = atEmployer.ReplaceAllString(title, " ") // "… postes à saisir chez CFG Bank": who hires, not whom
	title = withoutPlaces(title)                    // "Commercial - Casablanca": the place names no occupation
	title = stateDiploma.ReplaceAllString(title, "$1$2")
	main, aside := title, ""
	if m := parenthesised.ReplaceAllString(title, " "); len(titleWords(m)) > 0 {
		main, aside = m, strings.Join(parenthesised.FindAllString(title, -1), " ")
	}
	toks := th.unglued(expandAbbreviations(lang.Tokens(withAmpersands(main)))) // cut once: keys, support and headline words all read them
	french := slices.ContainsFunc(toks, func(w string) bool { return frenchSmallWords[w] })
	ks, grade := titleTokenWords(toks), word("")
	if !french {
		ks, grade = th.withoutLeadingGrade(toks, ks) // "Lead Software Engineer" is a software engineer
	}
	t := th.titleOf(ks)
	t.support = map[word]bool{}
	if grade != "" {
		t.support[grade] = true // a label may hold it ("lead auditor")
	}
	asideToks := lang.Tokens(withAmpersands(aside))
	for _, k := range supportWords(append(toks, asideToks...)) {
		t.support[k] = !t.has[k]
	}
	for _, k := range titleTokenWords(asideToks) {
		t.support[k] = t.support[k] || !t.has[k]
	}
	t.announces = slices.ContainsFunc(toks, func(w string) bool { return announcing[w] })
	t.french = french
	t.englishEnd = !t.french && th.headsEnglish(t.last)
	read := th.asCorrected(toks, t)
	t.apposed = apposed(read, t.keys)
	t.complement = complement(read, t.keys)
	if m := alternativeHead.FindStringSubmatch(title); m != nil {
		if ks := titleWords(m[1]); len(ks) == 1 {
			t.alsoHead = ks[0]
		}
	}
	return t
}

// asCorrected returns toks with the head title t read from a typo
// written as that head ("Anayste RH" as "analyste RH"), so that the word
// beside its head is found beside the head t has; toks itself when t
// guessed no head. A word beside the head read from a typo stays as
// written: guessed, it names no worker ("Superviseur console" is no
// consul's supervisor).
func (th *Thesaurus) asCorrected(toks []string, t titleKeys) []string {
	if len(t.keys) == 0 || !t.guessed[t.keys[0]] || keyOf(t.keys[0]) != t.keys[0] {
		return toks
	}
	out := append([]string(nil), toks...)
	for i, tok := range out {
		if k := keyOf(tok); th.byKey[k] == nil && th.corrected(k) == t.keys[0] {
			out[i] = t.keys[0]
			break
		}
	}
	return out
}

// stateDiploma finds the state diploma an engineer's title names before
// his field ("Ingénieur d'état en électricité"): the field places him,
// as "Ingénieur en électricité" (2151), where the words "ingénieur
// d'état" alone fit a label of engineers of no field (2149) better.
var stateDiploma = regexp.MustCompile(`(?i)(ing[ée]nieure?s?)\s+d['’´]\s*[ée]tat(\s+\S)`)

// withoutPlaces blanks the places the gazetteer finds in text: they name
// no occupation, and some fold onto a label's word ("Salé" onto "sales").
func withoutPlaces(text string) string {
	for _, p := range lang.FindPlaces(text) {
		text = strings.Replace(text, p.Surface, " ", 1)
	}
	return text
}

// siteLocation finds the location a site appends to its titles after a
// bar, ending with the country in parentheses ("Comptable | Had Soualem
// (Maroc)", "Commercial | Marrakech et régions (Maroc)"): the gazetteer
// lacks some of its places, and its words ("tout", "nord", "régions")
// are no occupation's.
var siteLocation = regexp.MustCompile(`(?i)\s*\|[^|]*\((?:maroc|morocco)\)\s*$`)

// atEmployer finds the employer a title names after "chez" ("Opportunités
// à saisir chez Capgemini Engineering", "Offres d'emploi chez Hutchinson:
// qualité, production"), up to the punctuation that ends it: its name is
// no occupation's ("Engineering", "Bank").
var atEmployer = regexp.MustCompile(`(?i)\bchez\s+[^:,;|()–-]+`)

// parenthesised finds what a title says in parentheses: an aside on the
// post ("Business Analyst (Supply Analytics, Bangkok-based, Relocation
// provided)"), which a label may hold, but whose words a label need not
// explain, and which holds no head.
var parenthesised = regexp.MustCompile(`\([^()]*\)`)

// minGlued is the shortest part of a word two words glued together are
// cut into ("Profanglais" is "prof" and "anglais").
const minGlued = 4

// unglued cuts the words of a title that are two words typed without
// their space: a word no label holds, that is no typo of one nor a
// tool's name ("SharePoint" is not "share" and "point"), and whose two
// parts both are words of labels.
func (th *Thesaurus) unglued(toks []string) []string {
	var out []string
	for _, t := range toks {
		k := keyOf(t)
		if len(t) < 2*minGlued || isArabic(t) || technology[t] || th.byKey[k] != nil || th.corrected(k) != "" {
			out = append(out, t)
			continue
		}
		cut := false
		for i := minGlued; i <= len(t)-minGlued && !cut; i++ {
			if !utf8.RuneStart(t[i]) {
				continue
			}
			if a, b := keyOf(t[:i]), keyOf(t[i:]); th.byKey[a] != nil && th.byKey[b] != nil {
				out, cut = append(out, t[:i], t[i:]), true
			}
		}
		if !cut {
			out = append(out, t)
		}
	}
	return out
}

// frenchSmallWords tell a French title: the prepositions and articles
// that join its head to its complement, elided ones too ("Technicien
// d'installation").
var frenchSmallWords = wordSet("de d du des la le les l au aux pour et sur avec")

// reversed reports whether the head of English label e comes in title t
// before the label's other words: the title says them in French order,
// head first ("assistant location"), where they name another occupation
// than the English words do ("location assistant").
func reversed(e *entry, t titleKeys) bool {
	head := e.heads[0]
	hi := slices.Index(t.keys, head)
	if hi < 0 || len(e.keys) < 2 {
		return false
	}
	for _, k := range e.keys {
		if k != head && slices.Index(t.keys, k) > hi {
			return true
		}
	}
	return false
}

// holdsOrSupports reports whether title t has key k or supports it.
func (t titleKeys) holdsOrSupports(k word) bool { return t.has[k] || t.support[k] }

// titleOf reads the keys of a title, a typo of a head word read as that
// word.
func (th *Thesaurus) titleOf(ks []word) titleKeys {
	ks = withoutMaster(unique(ks))
	var t titleKeys
	kept := ks[:0]
	for _, k := range ks {
		if th.byKey[k] == nil && !technology[k] && !th.listedKeys[k] { // a tool's name is no typo: "Informatica" is no "informatics"
			if packagingTypo(k) {
				continue // "Commercial stagiare" is an intern, not a stadium's attendant ("stadiaire")
			}
			if c := th.corrected(k); c != "" {
				k = c
				if t.guessed == nil {
					t.guessed = map[word]bool{}
				}
				t.guessed[c] = true
			}
		}
		kept = append(kept, k)
	}
	ks = kept
	if len(ks) > 0 {
		// the ends of the title as written: a pair read as one word
		// ("cyber security" as "cybersecurity") is added after them, and
		// is not its head ("Cyber Security Manager" ends on "manager")
		t.first, t.last = ks[0], ks[len(ks)-1]
	}
	ks = append(ks, th.joined(ks)...)
	for _, k := range ks {
		t.total += th.titleWeight(k)
	}
	t.keys, t.has = ks, make(map[word]bool, len(ks))
	for _, k := range ks {
		t.has[k] = true
	}
	return t
}

// masterWords say that a craftsman is a master of his trade (m3allem
// bennay, معلم الصباغة): before a trade they are the trade's, alone the
// word is a teacher's.
var masterWords = wordSet("m3alem m3allem maalem maallem mallem mu3allim معلم")

func withoutMaster(ks []word) []word {
	if len(ks) < 2 {
		return ks
	}
	out := ks[:0:0]
	for _, k := range ks {
		if !masterWords[k] {
			out = append(out, k)
		}
	}
	return out
}

// joined returns the pairs of neighbouring keys that the thesaurus knows
// as one word: "cyber sécurité" is "cybersécurité", "data scientist"
// stays two.
func (th *Thesaurus) joined(ks []word) []word {
	var out []word
	for i := 0; i+1 < len(ks); i++ {
		if j := ks[i] + ks[i+1]; th.byKey[j] != nil {
			out = append(out, j)
		}
	}
	return out
}

func (th *Thesaurus) titleWeight(k word) float64 {
	if w, ok := th.weight[k]; ok {
		return w
	}
	return unknownWeight
}

// rank returns the best label of each code whose head the title holds,
// best first.
func (th *Thesaurus) rank(t titleKeys) []scored {
	best := map[string]scored{}
	seen := map[int32]bool{}
	for _, k := range t.keys {
		if k == languageKey {
			continue // a language names what is taught or spoken, no worker ("Deutsch- und englischsprachige Kundenberater")
		}
		for _, id := range th.byHead[k] {
			th.offer(best, seen, id, t)
		}
		for _, id := range th.listed[k] { // the coding index's titles, kept apart (addCodingIndex)
			th.offer(best, seen, id, t)
		}
	}
	out := make([]scored, 0, len(best))
	for _, s := range best {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return th.labels[out[i].label].code < th.labels[out[j].label].code
	})
	return out
}

// offer scores label id for title t, once, unless its words fit the
// title only by a coincidence the checks below name, and keeps it in best
// when it is its code's best so far.
func (th *Thesaurus) offer(best map[string]scored, seen map[int32]bool, id int32, t titleKeys) {
	if seen[id] {
		return
	}
	seen[id] = true
	e := &th.labels[id]
	switch {
	case th.onlyGeneric(e, t):
		return // "technicien" for "Technicien frigorifique", "agent de production" for "Agent de pointage"
	case th.otherModifiers(e, t):
		return // "chargé de communication" for "Chargé de formation"
	case t.french && e.english && reversed(e, t):
		return // "location assistant" (a film's) for "Assistante location de voitures"
	case toolMisread(e, t):
		return // "AI specialist" (of artificial insemination) for "AI Automation Specialist"
	case th.offGenericHead(e, t):
		return // "général" (an army's) for "Ingénieur installation générale"
	case th.ofComputingOnly(e, t):
		return // a label of computing fits only a title of computing: "Responsable de la documentation" keeps no ICT documents
	}
	s := th.score(e, t)
	if b, ok := best[e.code]; !ok || s > b.score {
		best[e.code] = scored{label: int(id), score: s}
	}
}

// ofComputingOnly reports whether label e names computing ("chargé de
// compte TIC", "responsable de la documentation informatique", an ICT
// project manager's) and title t neither says nor implies it: the word
// that makes the occupation one of computing is the one the title lacks.
// Systems and networks together are computing's ("Technicien systèmes et
// réseaux", OFPPT's speciality), either alone a plant's or a road's; an
// ad of the computing sector says it for its title.
func (th *Thesaurus) ofComputingOnly(e *entry, t titleKeys) bool {
	return e.computing && !t.inComputing &&
		!t.hasAny(computingWords) && !t.holdsOrSupports(ictKeys[0]) && !(t.has[systemsKey] && t.has[networksKey])
}

// holdsComputingWord reports whether keys hold one of computingWords.
func holdsComputingWord(ks []word) bool {
	return slices.ContainsFunc(ks, func(k word) bool { return computingWords[k] })
}

var systemsKey, networksKey = keyOf("systemes"), keyOf("reseaux")

// otherModifiers reports whether label e and title t share only head
// words while both say more: the same head with other modifiers names
// another occupation.
func (th *Thesaurus) otherModifiers(e *entry, t titleKeys) bool {
	labelMore := false
	for _, k := range e.keys {
		held := t.holdsOrSupports(k) || th.stemOfOther(e, t, k)
		switch {
		case contains(e.heads, k) && held, orgUnits[k] && held:
			continue // a part of an organisation says where, not what: "chef de section" of a zoo is no helpdesk's
		case held:
			return false
		}
		// a word the title lacks, even a head of a name headed at both
		// ends ("cadre comptable" for "cadres techniques")
		labelMore = true
	}
	if !labelMore {
		return false
	}
	for _, k := range t.keys {
		if !contains(e.keys, k) && th.byKey[k] != nil {
			return true
		}
	}
	return false
}

// orgUnits are the words for a part of an organisation, which a title
// and a label may share while naming other work ("Chef de la section
// helpdesk", "chef de section en parc zoologique"): like a head, such a
// word alone does not make them one occupation.
var orgUnits = wordSet("section sections departement division pole cellule unite")

// offGenericHead reports whether title t begins with a generic head
// ("ingénieur", "technicien", "responsable") that label e lacks, as it
// lacks the head given as its alternative and the noun set beside the
// head, while no label of e's occupation is headed by it: the head says what kind of worker is sought, so a label that
// explains only the words after it must name an occupation of that kind
// ("routier" is a driver, not the "Technicien projets routiers"; the
// "technicien outillage" is one of "Agent/Technicien outillage").
func (th *Thesaurus) offGenericHead(e *entry, t titleKeys) bool {
	h := th.headKey(t)
	if supportHeads[h] && e.code[0] == '1' && !holds(e, h) {
		return true // "Technicien CFO/CFA" works on high and low currents, no finance manager
	}
	if !th.generic[h] || th.headed[h][e.code] || th.workerApposed(t) && holds(e, t.apposed) && !anyOccupation[h] {
		return false // "Technicien soudeur", "Opérateur soudeur": a welder
	}
	return !holds(e, h) && (t.alsoHead == "" || !holds(e, t.alsoHead))
}

// supportHeads head the titles of technicians, clerks, operators and
// their helpers: the word beside one may name the worker ("Technicien
// soudeur"), never a manager (ISCO major group 1).
var supportHeads = wordSet("technicien technicienne agent agente operateur operatrice ouvrier ouvriere employe employee aide")

// workerApposed reports whether the word set beside title t's head names
// a worker, as "soudeur" in "Technicien soudeur" does (it heads labels):
// "back" in "Directeur Back Office" only says which office, and an
// "agent back-office" is no director.
func (th *Thesaurus) workerApposed(t titleKeys) bool {
	return t.apposed != "" && th.byHead[t.apposed] != nil
}

// headKey returns the first key of title t that some label holds: a
// brand or an unknown word before it ("SOREC Technicien…", "Quels
// métiers…") is not the head.
func (th *Thesaurus) headKey(t titleKeys) word {
	for _, k := range t.keys {
		if th.byKey[k] != nil {
			return k
		}
	}
	return ""
}

// apposed returns the title's second key when its token follows the
// first key's token with no small word between ("Technicien soudeur",
// not "Superviseur d'opérateurs"), else "".
func apposed(toks []string, ks []word) word {
	if len(ks) < 2 {
		return ""
	}
	for i := 0; i+1 < len(toks); i++ {
		if keyOf(toks[i]) == ks[0] {
			if keyOf(toks[i+1]) == ks[1] {
				return ks[1]
			}
			return ""
		}
	}
	return ""
}

// complementPrepositions join a French title's head to its complement.
var complementPrepositions = wordSet("de d du des en")

// complement returns the title's second key when its token follows the
// first key's token after a preposition ("Technicien en tuyauteries",
// "Chargé de la rémunération"), else "".
func complement(toks []string, ks []word) word {
	if len(ks) < 2 {
		return ""
	}
	for i, tok := range toks {
		if keyOf(tok) != ks[0] {
			continue
		}
		j := i + 1
		if j >= len(toks) || !complementPrepositions[toks[j]] {
			return ""
		}
		for j < len(toks) && (complementPrepositions[toks[j]] || toks[j] == "la" || toks[j] == "l") {
			j++
		}
		if j < len(toks) && keyOf(toks[j]) == ks[1] {
			return ks[1]
		}
		return ""
	}
	return ""
}

// offComplement reports whether label e, of title t's generic head,
// lacks the title's complement: in a French title the noun after the
// head and its preposition names the field ("Technicien en plomberie
// industrielle" works on pipes), the words after it qualify it.
func (th *Thesaurus) offComplement(e *entry, t titleKeys) bool {
	c := t.complement
	if c == "" || orgUnits[c] || !th.generic[t.first] || !holds(e, t.first) || th.byKey[c] == nil {
		return false
	}
	return !slices.ContainsFunc(e.keys, func(k word) bool { return k == c || sameFamily(k, c) })
}

// sharesExactField reports whether label e holds a title word, other than
// a generic head, as written, not only one of its family.
func (th *Thesaurus) sharesExactField(e *entry, t titleKeys) bool {
	return slices.ContainsFunc(e.keys, func(k word) bool { return t.has[k] && !th.generic[k] })
}

// sameFamily reports whether two keys begin alike over stemLen letters
// ("plomberie" and "plombier"), unless one is of computing
// ("informatique", "informaticien") and the other not: the words of
// information ("Agent informatique" is no "agent d'information").
func sameFamily(a, b word) bool {
	return len(a) >= stemLen && len(b) >= stemLen && !isArabic(a) && a[:stemLen] == b[:stemLen] &&
		ofComputing(a) == ofComputing(b)
}

func ofComputing(k word) bool {
	return strings.HasPrefix(k, "informatiq") || strings.HasPrefix(k, "informatic")
}

// alternativeHead finds a title's second head given as an alternative
// to the first: "Agent/Technicien outillage", "Serveur / Barman".
var alternativeHead = regexp.MustCompile(`^\s*[\p{L}'’-]+\s*/\s*([\p{L}'’-]+)`)

// onlyGeneric reports whether label e and title t share only generic
// head words ("agent", "technicien", "manager") while one of them says
// more: the shared word names none of the occupations it heads.
func (th *Thesaurus) onlyGeneric(e *entry, t titleKeys) bool {
	labelMore, supported := false, false
	for _, k := range e.keys {
		held := t.holdsOrSupports(k) || th.stemOfOther(e, t, k)
		switch {
		case held && !th.generic[k] && t.support[k]:
			supported = true // implied by a tool's name, not written
		case held && !th.generic[k]:
			return false
		}
		labelMore = labelMore || !held
	}
	if supported && !labelMore {
		return false // "technicien informatique" for "Technicien IT"
	}
	// a word only implied does not name the occupation when the label
	// says more: "Expert SharePoint" is no "expert sécurité informatique"
	// the same generic words on both sides ("executive assistant") name
	// one occupation; a title word no label holds (a tool's or a
	// brand's name: "WPF Developer") names none other
	return labelMore || slices.ContainsFunc(t.keys, func(k word) bool { return !holds(e, k) && !th.namesNothing(k) })
}

// stemOfOther reports whether title t holds a word of the family of label
// e's key k that is not itself one of e's keys: "responsable" stands for
// itself in "responsable RSE - responsabilité sociale", not also for
// "responsabilité". A tool's name is of no family ("ServiceNow" says
// nothing of "services").
func (th *Thesaurus) stemOfOther(e *entry, t titleKeys, k word) bool {
	return slices.ContainsFunc(t.keys, func(x word) bool { return sameFamily(k, x) && !holds(e, x) && !technology[x] })
}

// schoolLevels are the words of the level a teacher teaches at.
var schoolLevels = wordSet("primaire primary elementaire elementary maternelle prescolaire preschool kindergarten " +
	"college secondaire secondary lycee universite university")

// guessedDiscount lowers a label that holds a title's word only as read
// from a typo: a word written as the label writes it says more than one
// guessed one edit away.
const guessedDiscount = 0.85

// levelBonus favours, for a title that says a school level, the labels
// of that level.
const levelBonus = 1.15

// holds reports whether label e has key k.
func holds(e *entry, k word) bool { return contains(e.keys, k) }

// score is how well label e fits title t: how much of the label the title
// holds, and how much of the title the label explains, by weight.
func (th *Thesaurus) score(e *entry, t titleKeys) float64 {
	if e.source == "index" {
		return th.listedScore(e, t)
	}
	inter := 0.0
	for _, k := range unique(e.keys) {
		switch {
		case t.holdsOrSupports(k):
			inter += th.weight[k]
		case th.stemOfOther(e, t, k):
			inter += stemCredit * th.weight[k]
		}
	}
	if inter == 0 || e.total == 0 || t.total == 0 {
		return 0
	}
	s := math.Pow(inter/e.total, 0.5) * math.Pow(math.Min(1, inter/t.total), 0.5)
	switch {
	case e.source != "esco":
		s *= ownBonus
	case e.preferred:
		s *= preferredBonus
	}
	if slices.ContainsFunc(e.keys, func(k word) bool { return t.guessed[k] }) {
		s *= guessedDiscount // "Chiffreur métreur" is a quantity surveyor, not a hairdresser ("coiffeur")
	}
	if slices.ContainsFunc(e.keys, func(k word) bool { return schoolLevels[k] && t.has[k] }) {
		s *= levelBonus // ISCO sorts teachers by level, not by subject: "English teacher for primary" teaches in a primary school
	}
	switch {
	case t.guessed[t.first]:
		// a guessed first word is no sure head: labels missing it lose
		// only what they do not explain
	case !holds(e, t.first) && (!holds(e, t.last) || t.french && th.byHead[t.first] != nil && !th.generic[t.first]):
		s *= offHead
	case !holds(e, t.first):
		s *= offFirst
	case t.englishEnd && !holds(e, t.last):
		s *= offFirst // "Program Manager Assistant" is an assistant: English titles end on their head
	}
	return s
}

// headsEnglish reports whether k heads an English label: a title ending
// on it may be English, headed at its end ("Sales Supervisor").
func (th *Thesaurus) headsEnglish(k word) bool {
	return slices.ContainsFunc(th.byHead[k], func(id int32) bool { return th.labels[id].english })
}

// decideByContext reorders the codes that score close to the best by what
// the ad's description and sector say of their labels' other words (a
// bank's "chargé de clientèle" is a bank's), and reports whether that
// changed the best.
func (th *Thesaurus) decideByContext(ranked []scored, t titleKeys, c Context) bool {
	if c.Description == "" && c.Sector == "" || len(ranked) < 2 || ranked[1].score < closeRatio*ranked[0].score {
		return false
	}
	ctx := map[word]bool{}
	for _, k := range titleWords(c.Sector + " " + prefixRunes(c.Description, 1500)) {
		ctx[k] = true
	}
	n := 1
	for n < len(ranked) && ranked[n].score >= closeRatio*ranked[0].score {
		n++
	}
	first := ranked[0].label
	for i := 0; i < n; i++ {
		e := &th.labels[ranked[i].label]
		support := 0.0
		for _, k := range unique(e.keys) {
			if !t.has[k] && ctx[k] {
				support += th.weight[k]
			}
		}
		ranked[i].score += contextWeight * support / e.total
	}
	sort.SliceStable(ranked[:n], func(i, j int) bool { return ranked[i].score > ranked[j].score })
	return ranked[0].label != first
}

// recruiting finds the occupation a description says it recruits: "nous
// recrutons un comptable", "recherche une assistante de direction",
// "poste de technicien", "hiring a sales rep", "مطلوب محاسب", "bghina
// serveur".
var recruiting = regexp.MustCompile(`(?i)(?:recrut\p{L}*|recherch\p{L}*|cherch\p{L}*|poste\s+(?:de|d')|en\s+tant\s+que|hiring|seeking|looking\s+for|مطلوب\p{L}*|نبحث\s+عن|bghina|bghit|khassna|khasna|kan9lbo\s+3la|nabghiw)\s+(?:(?:wa7d|wahed|chi|واحد|شي)\s+)?(?:(?:un|une|des|d'|de|du|a|an|l'|le|la)\s*)?([^.,;:!?\n()،]{3,60})`)

// announcer finds the employer that a headline-like title puts before
// its verb: "Jardin Majorelle recrute, trois postes…", "Safran ouvre des
// stages PFE", "OCP lance une campagne de recrutement".
var announcer = regexp.MustCompile(`(?i)^[^,:;|]{2,60}?\s(?:recrute|recrutent|ouvre|ouvrent|lance|lancent|embauche|embauchent|recruits|is\s+hiring)\b`)

// announcedPossessive is the possessive that may open what a headline
// announces ("TotalEnergies lance son programme jeunes diplômés"): it
// belongs to the employer, and "son" would otherwise be read as sound.
var announcedPossessive = regexp.MustCompile(`(?i)^\s*(?:son|sa|ses|leur|leurs|its|their)\s`)

// withoutAnnouncer returns a title without the employer and verb of a
// headline, whose names ("Jardin", "Renault") are not the occupation.
func withoutAnnouncer(title string) string {
	if loc := announcer.FindStringIndex(title); loc != nil {
		rest := title[loc[1]:]
		if p := announcedPossessive.FindStringIndex(rest); p != nil {
			rest = rest[p[1]:]
		}
		return rest
	}
	return title
}

func recruitingPhrase(desc string) string {
	m := recruiting.FindStringSubmatch(prefixRunes(desc, 1000))
	if m == nil || forClient.MatchString(m[1]) {
		return ""
	}
	return m[1]
}

// forClient finds an agency's "recrute pour le compte de son client",
// "pour l'un de nos clients", which names the employer, not the post
// ("son" would be read as sound).
var forClient = regexp.MustCompile(`(?i)^(?:pour|for)\s+(?:le\s+compte\s+d|l['’]un\s+d|notre\s+client|un\s+client|one\s+of|our\s+client|a\s+client)`)

func prefixRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

func round(x float64) float64 { return math.Round(x*100) / 100 }

// ClassifyName is the package's ClassifyName on th.
func (th *Thesaurus) ClassifyName(name string) Match {
	t := th.readTitle(name)
	for _, k := range t.keys {
		if th.byKey[k] == nil {
			return Match{}
		}
	}
	return th.placeRead(t, Context{})
}
