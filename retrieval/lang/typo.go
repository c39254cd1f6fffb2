package lang

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Typo tolerance: a Latin word that starts no lexicon entry may stand for a
// single-word Latin form of the concept lexicon or the gazetteer that is
// close to it ("unemplyment", "chomag", "participaton", "casablnca"). The
// distance is counted between normal forms (Normalize), not folded ones
// (folding already merges spellings; on top of it one edit would join
// "courant" and "current"), in insertions, deletions, substitutions and
// swaps of adjacent letters: at most 1 for a form of 7 to 10 letters, 2
// from 11 letters, and the first two letters must agree (typing slips
// rarely hit them, while prefixes change meaning: "qualified",
// "unqualified"; "aviculture", "agriculture"). Only indicators, sectors,
// place names and occupations are corrected, occupations by one edit at
// most ("electrcien", "plombeir", "maintenace": a second edit reaches
// other trades and common words): the other kinds' words (classer,
// interns, seniors, progression) are too close to common words of other
// meanings.
// In Arabic script, where spellings differ in their long vowels, a word
// may miss or add one long vowel (ا و ي, neither the first letter nor
// the last two) of a single-word occupation form of five letters or more: "المكانيكي" is
// الميكانيكي, "الصدلي" الصيدلي, "فرمالي" فرملي (typo_arabic.go).
// Shorter forms, forms that need context (ambiguous place names, cued or
// restricted entries) and real words close to a form (typoStop) are matched
// exactly only. A misspelling is looked up through a table of the forms'
// deletions (symmetric delete): no scan of the lexicon.

const (
	typoMin1 = 7  // letters from which a form tolerates one edit
	typoMin2 = 11 // letters from which a form tolerates two edits
	typoMax  = 40 // longer words are not corrected
)

// typoIndex finds the lexicon word a misspelled word stands for.
type typoIndex struct {
	words  []typoWord
	dels   map[string][]int32 // a word or one of its deletions → words
	known  map[string]bool    // every folded word of every entry: never corrected
	arabic arabicTypos        // Arabic-script occupation forms by their long vowels
	stop   map[string]bool    // real words close to a form (normal forms): never corrected
	starts map[string]bool    // the first two letters of the forms
	minLen int                // shortest word worth looking up
	min2   int                // shortest word worth looking up two deletions deep
}

type typoWord struct {
	norm, folded string
	max          int // edits tolerated
}

var typos = buildTypos()

func buildTypos() *typoIndex {
	t := &typoIndex{dels: map[string][]int32{}, known: map[string]bool{}, stop: map[string]bool{}, starts: map[string]bool{},
		minLen: typoMax, min2: typoMax}
	for _, w := range typoStop {
		t.stop[Normalize(w)] = true
	}
	for _, ix := range []*phraseIndex{lexicon.index, lexicon.topics, gazetteer.index, periodPhrases} {
		for _, list := range ix.byFirst {
			for _, e := range list {
				for _, w := range e.words {
					t.known[w] = true
				}
			}
		}
	}
	for k := range knownFirst {
		t.known[k] = true
	}
	t.addIndex(lexicon.index, func(e *entry) int {
		switch lexicon.concepts[e.item].Kind {
		case KindIndicator, KindSector:
			return 2
		case KindOccupation:
			return 1
		}
		return 0
	})
	t.addIndex(gazetteer.index, func(*entry) int { return 2 })
	t.arabic = buildArabicTypos(lexicon.index, func(e *entry) bool { return lexicon.concepts[e.item].Kind == KindOccupation })
	return t
}

// addIndex registers the eligible single-word Latin entries of ix, in a
// fixed order, and marks them typoOK; limit returns at most how many edits
// an entry's kind tolerates (0: none).
func (t *typoIndex) addIndex(ix *phraseIndex, limit func(*entry) int) {
	keys := make([]string, 0, len(ix.byFirst))
	for k := range ix.byFirst {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, e := range ix.byFirst[k] {
			max := min(typoBudget(e), limit(e))
			if max == 0 {
				continue
			}
			e.flags |= typoOK
			t.add(Normalize(e.surface), e.words[0], max)
		}
	}
}

// typoBudget returns how many edits an entry tolerates (0: none).
func typoBudget(e *entry) int {
	if len(e.words) != 1 || e.flags&(needsLocative|block|needsNext|notCount) != 0 || e.cues[0] != 0 || e.onlyIn != "" {
		return 0
	}
	n := Normalize(e.surface)
	if !latinWord(n) || !latinWord(e.words[0]) {
		return 0 // other scripts, and glued hyphenated forms
	}
	switch n := len(n); {
	case n >= typoMin2:
		return 2
	case n >= typoMin1:
		return 1
	}
	return 0
}

// latinWord reports whether w is a folded Latin word: ASCII letters and
// digits with at least one letter, short enough to correct.
func latinWord(w string) bool {
	if len(w) > typoMax || !hasLetter(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || isDigit(c)) {
			return false
		}
	}
	return true
}

// add registers the normal form w of a word folded as folded, and the
// deletions of w up to max letters.
func (t *typoIndex) add(w, folded string, max int) {
	for _, x := range t.words {
		if x.norm == w {
			return
		}
	}
	id := int32(len(t.words))
	t.words = append(t.words, typoWord{norm: w, folded: folded, max: max})
	t.minLen = min(t.minLen, len(w)-max)
	if max == 2 {
		t.min2 = min(t.min2, len(w)-max)
	}
	t.starts[w[:2]] = true
	seen := map[string]bool{}
	var walk func(s string, left int)
	walk = func(s string, left int) {
		if seen[s] {
			return
		}
		seen[s] = true
		t.dels[s] = append(t.dels[s], id)
		if left == 0 {
			return
		}
		for i := 0; i < len(s); i++ {
			walk(s[:i]+s[i+1:], left-1)
		}
	}
	walk(w, max)
}

// correct returns the folded lexicon word that the word of normal form x
// and folded form folded misspells: the closest within its tolerance, the
// first registered on a tie; an Arabic-script word, the occupation form it
// misses or adds a long vowel of (arabicTypos). It reports false for a
// known word, a word of another script and a word that is close to
// nothing.
func (t *typoIndex) correct(x, folded string) (string, bool) {
	if x != "" && x[0] >= utf8.RuneSelf { // a word of the languages' dictionaries is no typo: مزيانة is no مزينة
		if t.known[folded] || knownWords[folded] {
			return "", false
		}
		return t.arabic.correct(folded)
	}
	if len(x) < t.minLen || !t.starts[x[:2]] || t.known[folded] || t.stop[x] || !latinWord(x) {
		return "", false
	}
	best, bestD := int32(-1), 3
	var checked [16]int32
	nChecked := 0
	try := func(key []byte) {
		for _, id := range t.dels[string(key)] {
			w := t.words[id]
			if w.norm[:2] != x[:2] || slices.Contains(checked[:nChecked], id) {
				continue
			}
			if nChecked < len(checked) {
				checked[nChecked] = id
				nChecked++
			}
			if d := editDistance(x, w.norm, w.max); d <= w.max && (d < bestD || d == bestD && id < best) {
				best, bestD = id, d
			}
		}
	}
	var buf, buf2 [typoMax]byte
	try(append(buf[:0], x...))
	deep := len(x) >= t.min2
	for i := 0; i < len(x); i++ {
		b := append(append(buf[:0], x[:i]...), x[i+1:]...)
		try(b)
		for j := i; deep && j < len(b); j++ {
			try(append(append(buf2[:0], b[:j]...), b[j+1:]...))
		}
	}
	if best < 0 {
		return "", false
	}
	return t.words[best].folded, true
}

// TypoDistance is the distance the package reads typos by (editDistance)
// for words of other packages' tables: max+1 when it exceeds max, or when
// a word is longer than the longest the package corrects (40 bytes).
func TypoDistance(a, b string, max int) int {
	if len(a) > typoMax || len(b) > typoMax {
		return max + 1
	}
	return editDistance(a, b, max)
}

// editDistance returns the optimal string alignment distance between a and
// b (insertions, deletions, substitutions, adjacent swaps), or max+1 as soon
// as it exceeds max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var rows [3][typoMax + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// typoStop are correctly spelled words close to a lexicon form that mean
// something else: they are never corrected.
var typoStop = strings.Fields(`
	activite activites service servise servicers chanter chanters chomer chomera chomerai chomez chomes
	participative participatif participatifs participatives tanners rational
	assistanat bouche bouches cahier cahiers casier casiers chauffer coiffer commerciales courrier courriers courtier courtiers
	cuisiner formater infirmer ingenieux lecture lectures livrer modelise modelisme nettoyer ouvrir pecher peindre
	porteurs programme programmes recruter recrute routiere routieres routiers specialite specialites traiter
	cleaned developed garden painted programmed recruited reported server servers teaches trainee trainees
`)
