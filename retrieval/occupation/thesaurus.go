package occupation

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"hash/fnv"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/marsad/marsad/retrieval/lang"
)

//go:generate go run ./internal/escogen -data ../../../shared/data -out esco_titles.tsv.gz

//go:embed esco_titles.tsv.gz
var escoTitles []byte

// Thesaurus is a set of occupation names indexed for Classify. It is safe
// for concurrent use once built.
type Thesaurus struct {
	labels []entry
	byKey  map[word][]int32 // key → labels holding it
	byHead map[word][]int32 // key → labels of which it is a head
	weight map[word]float64 // key → its weight, rarer keys weighing more
	heads  map[rune][]word  // words a typo may be read as, by first letter (indexHeads)
	// generic are the head words of labels of many occupations
	// ("technicien", "agent", "chef", "opérateur"): alone, a label of
	// one such word names none of them when the title says more.
	generic map[word]bool
	// headed are, for each generic head word, the codes of the labels it
	// heads.
	headed map[word]map[string]bool
	// stems are the first stemLen bytes of the keys that long: a title
	// word no label holds but of a key's family ("frigorifique" of
	// "frigoriste") is a field's word, not a brand's.
	stems map[string]bool
	// preferred is, for each code, the first of ESCO's preferred labels
	// of its occupations (preferredOf).
	preferred map[string]int32
	// listed are the coding index's titles by their head keys, and
	// listedKeys their keys: kept apart from byKey and byHead, so that
	// the index adds whole titles to match without changing what the
	// other labels weigh, which heads are generic or which words are
	// known (addCodingIndex).
	listed     map[word][]int32
	listedKeys map[word]bool
}

// entry is one label of the thesaurus.
type entry struct {
	code, name, source string
	keys               []word
	heads              []word // the keys the title must hold for the label to be a candidate
	total              float64
	preferred          bool // ESCO's preferred label of its occupation
	english            bool // an English label: its modifiers come before its head
	computing          bool // a label of computing: it holds one of computingWords (ofComputingOnly)
}

// Default returns the thesaurus of ESCO's labels and Marsad's names, built
// on first use.
func Default() *Thesaurus { return WithNames(nil) }

// WithNames returns the thesaurus of ESCO's labels, Marsad's names and
// extra (the titles and aliases of the loaded occupation profiles, source
// "profile"). Thesauri are kept by their extra names, so that ingestion
// and every tool call asking with the same profiles share one, built on
// first use.
func WithNames(extra []Label) *Thesaurus {
	key := fingerprint(extra)
	cache.Lock()
	defer cache.Unlock()
	if th, ok := cache.byNames[key]; ok {
		return th
	}
	th, err := New(extra, nil)
	if err != nil {
		panic("occupation: an embedded table does not read: " + err.Error()) // esco_titles.tsv.gz or coding_index.tsv, with its line
	}
	if len(cache.byNames) >= maxCached { // profiles reloaded many times: start again
		cache.byNames = map[uint64]*Thesaurus{}
	}
	cache.byNames[key] = th
	return th
}

// maxCached bounds the thesauri kept (a test run loads many profile sets).
const maxCached = 16

var cache = struct {
	sync.Mutex
	byNames map[uint64]*Thesaurus
}{byNames: map[uint64]*Thesaurus{}}

func fingerprint(ls []Label) uint64 {
	h := fnv.New64a()
	for _, l := range ls {
		h.Write([]byte(l.Code))
		h.Write([]byte{0})
		h.Write([]byte(l.Name))
		h.Write([]byte{1})
	}
	return h.Sum64()
}

// New builds a thesaurus of ESCO's labels, Marsad's names and extra (an
// occupation profile's title and aliases, source "profile"). hold, when
// not nil, leaves out the ESCO labels it returns true for (an evaluation
// holds some out to measure titles the thesaurus has not seen).
func New(extra []Label, hold func(code, name string) bool) (*Thesaurus, error) {
	b := &builder{frHeads: map[word]bool{}, enHeads: map[word]bool{}, th: &Thesaurus{byKey: map[word][]int32{}, byHead: map[word][]int32{}, weight: map[word]float64{}}}
	if err := b.addESCO(hold); err != nil {
		return nil, err
	}
	titled := map[string]string{} // a Moroccan title's keys → its code
	for _, l := range marsadTitles {
		b.add(l.Code, l.Name, "marsad", "", "")
		titled[strings.Join(keys(l.Name), " ")] = l.Code
	}
	named := maps.Clone(titled) // and the lexicon's names
	for _, c := range lang.Concepts(lang.KindOccupation) {
		for _, term := range lang.ConceptTerms(c) {
			// The lexicon groups a question's words under the profiles'
			// codes ("délégué médical" with sales representatives); the
			// table of Moroccan titles says what a title names (2433).
			k := strings.Join(keys(term), " ")
			if code, ok := titled[k]; ok && code != c.Value {
				continue
			}
			b.add(c.Value, term, "marsad", "", "")
			if _, ok := named[k]; !ok {
				named[k] = c.Value
			}
		}
	}
	for _, l := range extra {
		b.add(l.Code, l.Name, "profile", "", "")
	}
	b.finish()
	if err := b.addCodingIndex(named); err != nil {
		return nil, err
	}
	return b.th, nil
}

type builder struct {
	th   *Thesaurus
	seen map[string]int32 // a label's code and keys → its index
	// frHeads and enHeads are the heads of ESCO's French and English
	// labels: a word that heads some French label ("technicien") heads a
	// name of Marsad's when it comes first, one that heads an English
	// label ("accountant") when it comes last.
	frHeads, enHeads map[word]bool
}

func (b *builder) addESCO(hold func(code, name string) bool) error {
	return eachESCO(func(code, l, kind, label string) {
		if (hold == nil || !hold(code, label)) && !otherSenseHere[code+"|"+label] {
			b.add(code, label, "esco", l, kind)
		}
	})
}

// otherSenseHere are ESCO's labels (code|label) that Moroccan job ads use
// in another sense, so that they would place every such ad wrong: a
// "gestionnaire de flux" manages a warehouse's or a bank's flows, not an
// energy analyst's (two blind sets, 25 and 26, four coders: 4321, 4312).
var otherSenseHere = map[string]bool{
	"3112|gestionnaire de flux": true,
}

// eachESCO calls f for each label of the embedded ESCO table.
func eachESCO(f func(code, l, kind, label string)) error {
	zr, err := gzip.NewReader(bytes.NewReader(escoTitles))
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.HasPrefix(s, "#") || s == "" {
			continue
		}
		p := strings.Split(s, "\t")
		if len(p) != 4 || len(p[0]) != 4 {
			return fmt.Errorf("esco_titles.tsv.gz:%d: want isco, lang, kind, label", line)
		}
		f(p[0], p[1], p[2], p[3])
	}
	return sc.Err()
}

// add adds one label; l is its language when known ("en" puts the head
// last), "" for names whose head may be either end (Marsad's names mix
// French, English and Arabic).
func (b *builder) add(code, name, source, l, kind string) {
	ks := withCombiningForms(keys(name))
	if len(ks) == 0 || len(code) != 4 {
		return
	}
	if b.seen == nil {
		b.seen = map[string]int32{}
	}
	id := code + "|" + strings.Join(ks, " ")
	if n, ok := b.seen[id]; ok {
		// ESCO gives some occupations an alternative label ("data
		// scientists") before the preferred one of the same words: the
		// label kept is preferred when either is.
		if kind == "p" {
			b.th.labels[n].preferred = true
		}
		// a Moroccan name that ESCO also gives this occupation is
		// Moroccan usage: it keeps its bonus ("responsable commercial"
		// is 1221's alternative label and 1120's preferred one)
		if source != "esco" {
			b.th.labels[n].source = source
		}
		return
	}
	b.seen[id] = int32(len(b.th.labels))
	e := entry{code: code, name: name, source: source, keys: ks, heads: b.heads(ks, name, l), preferred: kind == "p", english: l == "en",
		computing: holdsComputingWord(ks)}
	switch l {
	case "fr":
		b.frHeads[e.heads[0]] = true
	case "en":
		b.enHeads[e.heads[0]] = true
	}
	n := int32(len(b.th.labels))
	b.th.labels = append(b.th.labels, e)
	for _, k := range unique(ks) {
		b.th.byKey[k] = append(b.th.byKey[k], n)
	}
	for _, h := range unique(e.heads) {
		b.th.byHead[h] = append(b.th.byHead[h], n)
	}
}

// heads returns the keys of a label one of which the title must hold: the
// first for French and Arabic ("chef de projet", "مهندس برمجيات"), the
// last for English ("project manager") unless a preposition follows the
// head (englishHead). For a name of unknown language (Marsad's, a
// profile's), the first word when it heads French labels, the last when
// it heads English ones, either end when neither tells; an Arabic-script
// name is headed by its first word.
func (b *builder) heads(ks []word, name, l string) []word {
	first, last := ks[0], ks[len(ks)-1]
	switch {
	case len(ks) == 1:
		return []word{first}
	case l == "fr":
		return []word{first}
	case l == "en":
		return []word{englishHead(ks, name)}
	case isArabic(first):
		return []word{first}
	case frenchComplement(name):
		return []word{first} // "centre d'appel" is a centre, not an "appel"
	case first == teamKey && ks[1] == leaderKey:
		return []word{leaderKey} // "team leader customer care", as Moroccan ads write it, is a leader, not a "care"
	}
	var hs []word
	if b.frHeads[first] {
		hs = append(hs, first)
	}
	if b.enHeads[last] {
		hs = append(hs, last)
	}
	if len(hs) == 0 {
		return []word{first, last}
	}
	return hs
}

// teamKey and leaderKey begin the names of team leaders written head
// first in French titles ("Team leader service client").
var teamKey, leaderKey = keyOf("team"), keyOf("leader")

// finish weighs the keys: a key held by few labels tells more than one
// held by many ("soudeur" more than "technicien", "agent" least).
func (b *builder) finish() {
	th := b.th
	b.invertedHeads()
	n := float64(len(th.labels))
	for k, ids := range th.byKey {
		th.weight[k] = math.Max(0.5, math.Log(n/float64(len(ids))))
	}
	for i := range th.labels {
		e := &th.labels[i]
		for _, k := range unique(e.keys) {
			e.total += th.weight[k]
		}
	}
	th.indexHeads()
	th.preferred = map[string]int32{}
	for i := range th.labels {
		if e := &th.labels[i]; e.preferred {
			if _, ok := th.preferred[e.code]; !ok {
				th.preferred[e.code] = int32(i)
			}
		}
	}
	th.stems = map[string]bool{}
	for k := range th.byKey {
		if len(k) >= stemLen && !isArabic(k) {
			th.stems[k[:stemLen]] = true
		}
	}
	th.generic, th.headed = map[word]bool{}, map[word]map[string]bool{}
	for h, ids := range th.byHead {
		codes := map[string]bool{}
		for _, id := range ids {
			codes[th.labels[id].code] = true
		}
		if len(codes) >= genericCodes || anyOccupation[h] || arabicGenericHeads[h] {
			th.generic[h], th.headed[h] = true, codes
		}
	}
}

// arabicGenericHeads are the Arabic heads of many trades ("مكلف بالتواصل",
// "مكلف بتدبير الأرشيف": a chargé; an agent, a technician, an assistant,
// a cadre, an officer in charge, an expert): the Arabic labels are too few for them
// to head genericCodes occupations, as their French words do.
var arabicGenericHeads = wordSet("مكلف عون تقني مساعد إطار مسؤول خبير")

// anyOccupation are the words that name an occupation in general: as a
// head they are generic however few labels they head, and the word after
// them is no worker in apposition ("Quels métiers correspondent à mon
// profil ?" asks, it names no correspondent).
var anyOccupation = wordSet("metier metiers profession professions occupation occupations")

// genericCodes is how many occupations a head word heads labels of to be
// generic.
const genericCodes = 12

// namesNothing reports whether title word k is of no label and of no
// label word's family: a tool's, a brand's or a place's name ("WPF",
// "SOREC"), which says nothing of the occupation.
func (th *Thesaurus) namesNothing(k word) bool {
	return th.byKey[k] == nil && (len(k) < stemLen || isArabic(k) || !th.stems[k[:stemLen]])
}

func unique(ks []word) []word {
	out := make([]word, 0, len(ks))
	for _, k := range ks {
		if !contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func contains(ks []word, k word) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// frenchComplement reports whether a name's second word is a French
// preposition: the name is a head and its complement ("chef de partie",
// "centre d'appel", "technicien en froid"), so only its first word heads
// it.
func frenchComplement(name string) bool {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == '-' })
	return len(ws) > 2 && frenchPrepositions[ws[1]]
}

var englishPrepositions = map[string]bool{"of": true, "in": true, "for": true, "at": true, "on": true, "to": true, "with": true}

var frenchPrepositions = map[string]bool{"de": true, "d": true, "du": true, "des": true, "à": true, "au": true, "aux": true, "en": true, "pour": true}

// englishHead returns the head of an English label: its last key, or the
// last before the first preposition ("head of sales", "lecturer in
// communications", "customs manager in beverages", "policy officer at
// labour programme", "assistant to the director").
func englishHead(ks []word, name string) word {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if i > 0 && englishPrepositions[w] {
			if before := keys(strings.Join(words[:i], " ")); len(before) > 0 {
				return before[len(before)-1]
			}
			break
		}
	}
	return ks[len(ks)-1]
}

// invertedHeads heads ESCO's English labels written head first, as an
// index sorts them ("technician, civil engineering", "supervisor,
// highways", "manager, water treatment plant"), by the word before their
// comma when it heads more English labels than the last word does: a
// civil engineering technician is a technician, no "engineering". Lists
// ("fish, crustaceans and molluscs supply chain manager") keep their
// head, which heads more labels than their first item.
func (b *builder) invertedHeads() {
	th := b.th
	headed := map[word]int{} // English labels without a comma a word heads
	for i := range th.labels {
		if e := &th.labels[i]; e.english && !strings.Contains(e.name, ",") {
			headed[e.heads[0]]++
		}
	}
	for i := range th.labels {
		e := &th.labels[i]
		comma := strings.IndexByte(e.name, ',')
		if !e.english || comma < 0 || len(e.heads) != 1 {
			continue
		}
		before := keys(e.name[:comma])
		if len(before) == 0 || strings.Contains(" "+e.name[:comma]+" ", " in ") {
			continue
		}
		old, head := e.heads[0], before[len(before)-1]
		if headed[head] <= headed[old] {
			continue
		}
		th.byHead[old] = slices.DeleteFunc(th.byHead[old], func(id int32) bool { return id == int32(i) })
		if len(th.byHead[old]) == 0 {
			delete(th.byHead, old)
		}
		e.heads = []word{head}
		th.byHead[head] = append(th.byHead[head], int32(i))
	}
}
