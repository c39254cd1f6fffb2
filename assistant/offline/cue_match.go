package offline

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/retrieval/lang"
)

// cueWord is one word of a routing cue: its folded form (lang.Fold), or,
// for a word written with a final '*', a prefix of the word's normal form
// (lang.Normalize), so that "compétence*" finds compétences and
// "demand*" finds demandés and demandées.
type cueWord struct {
	form   string
	prefix bool
}

// cue is one phrase of the routing vocabulary and what it votes for.
type cue struct {
	vote   string // a tool name, cueFigure or a training kind (cueKind + kind)
	weight int
	words  []cueWord
}

// cueGap is how many other words may stand between two words of a cue
// ("métiers les plus demandés" matches "métier* demand*").
const cueGap = 3

// cueRow is a line of a cue table: a vote, its weight, and phrases
// separated by '|'.
type cueRow struct {
	vote   string
	weight int
	terms  string
}

// vocabulary is a compiled cue table.
type vocabulary []cue

func compileVocabulary(rows []cueRow) vocabulary {
	var out vocabulary
	for _, row := range rows {
		for _, term := range strings.Split(row.terms, "|") {
			if words := compileCue(term); len(words) > 0 {
				out = append(out, cue{vote: row.vote, weight: row.weight, words: words})
			}
		}
	}
	return out
}

// compileCue splits a phrase into cue words. A word written with a final
// '*' is a prefix; when it normalises to several words ("d'avenir*"), only
// the last one is.
func compileCue(term string) []cueWord {
	var out []cueWord
	for _, w := range strings.Fields(term) {
		prefix := strings.HasSuffix(w, "*")
		toks := lang.Tokens(strings.TrimSuffix(w, "*"))
		for i, t := range toks {
			p := prefix && i == len(toks)-1
			out = append(out, cueWord{form: foldOrNorm(t, p), prefix: p})
		}
	}
	return out
}

func foldOrNorm(tok string, prefix bool) string {
	if prefix {
		return tok
	}
	return lang.Fold(tok)
}

// cueText is a message prepared for cue matching: each word's normal form
// and folded forms (the fold, the word a chat shorthand stands for, the
// verb without an object pronoun, and the fold without an Arabizi
// article l- or a one-letter Arabic proclitic و ف ل ب).
type cueText struct {
	norm  []string
	folds [][]string
}

func prepareCues(msg string) cueText { return cueTextOf(lang.Tokens(msg)) }

// cueTextOf prepares the words toks (in normal form) for cue matching.
func cueTextOf(toks []string) cueText {
	ct := cueText{norm: toks, folds: make([][]string, len(toks))}
	for i, t := range toks {
		f := lang.Fold(t)
		ct.folds[i] = []string{f}
		if long, ok := shorthands[f]; ok {
			ct.folds[i] = append(ct.folds[i], long)
		}
		if stem, ok := withoutObjectPronoun(t); ok {
			ct.folds[i] = append(ct.folds[i], lang.Fold(stem))
		}
		if alt, ok := withoutProclitic(t); ok {
			ct.folds[i] = append(ct.folds[i], lang.Fold(alt))
		}
	}
	return ct
}

// shorthands are the Arabizi words written without their vowels in
// chats, folded, and the folded word they stand for: "matloubin bzf" is
// "matloubin bzaf".
var shorthands = map[string]string{"bzf": "bzaf"}

// objectPronouns are the object pronouns "it, her, them" a verb may end
// with, per script: "نقراها", "كيخلصوها", "n9raha", "kaykhalsoha" are
// the cue verbs نقرا, كيخلصو, n9ra, kaykhalso said of the occupation.
var objectPronouns = struct{ arabic, latin []string }{
	arabic: []string{"ها", "هم", "هوم"},
	latin:  []string{"ha", "hom", "hum", "houm"},
}

// withoutObjectPronoun strips an object pronoun from a word long enough
// to keep a stem of four letters; "him, it" (ه, h) only after a long
// vowel ("نقراه", "كيخلصوه", "kaykhalsouh"), where it cannot be a word's
// own last letter (ة is written ه once normalised; "wach").
func withoutObjectPronoun(t string) (string, bool) {
	list, him, vowels := objectPronouns.latin, "h", "aeiou"
	if strings.ContainsFunc(t, isArabicLetter) {
		list, him, vowels = objectPronouns.arabic, "ه", "او"
	}
	for _, p := range list {
		if stem, ok := strings.CutSuffix(t, p); ok && utf8.RuneCountInString(stem) >= 4 {
			return stem, true
		}
	}
	if stem, ok := strings.CutSuffix(t, him); ok && utf8.RuneCountInString(stem) >= 4 {
		if last, _ := utf8.DecodeLastRuneInString(stem); strings.ContainsRune(vowels, last) {
			return stem, true
		}
	}
	return "", false
}

// withoutProclitic strips a leading Arabizi article l- or an Arabic
// proclitic و ف ل ب from a word long enough to keep a stem.
func withoutProclitic(t string) (string, bool) {
	r := []rune(t)
	if len(r) < 4 {
		return "", false
	}
	switch r[0] {
	case 'l', 'و', 'ف', 'ل', 'ب':
		return string(r[1:]), true
	}
	return "", false
}

func (ct cueText) matches(i int, w cueWord) bool {
	if w.prefix {
		return strings.HasPrefix(ct.norm[i], w.form)
	}
	for _, f := range ct.folds[i] {
		if f == w.form {
			return true
		}
	}
	return false
}

// matchAt returns the index after the last word of c when c matches from
// word i, each next word within cueGap words of the previous one.
func (ct cueText) matchAt(i int, c cue) (int, bool) {
	if !ct.matches(i, c.words[0]) {
		return 0, false
	}
	pos := i
	for _, w := range c.words[1:] {
		found := false
		for j := pos + 1; j < len(ct.norm) && j <= pos+1+cueGap; j++ {
			if ct.matches(j, w) {
				pos, found = j, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return pos + 1, true
}

// votes adds up the weights of the cues of v found in msg, per vote. At
// each word the cue with the most words wins (then the heaviest), and the
// words it covers are not read again, so "offres de formation" votes for
// training_paths only and "par rapport à" for nothing.
func (v vocabulary) votes(msg string) map[string]int {
	return v.count(prepareCues(msg))
}

// count is votes on a prepared text.
func (v vocabulary) count(ct cueText) map[string]int {
	votes := map[string]int{}
	ix := v.index()
	var cands []int
	for i := 0; i < len(ct.norm); {
		best, end := -1, 0
		cands = ix.candidates(ct, i, cands)
		for _, k := range cands {
			c := v[k]
			e, ok := ct.matchAt(i, c)
			if ok && (best < 0 || ct.beats(i, c, v[best])) && !v.crossed(ct, i, e, c) {
				best, end = k, e
			}
		}
		if best < 0 {
			i++
			continue
		}
		if v[best].vote != "" {
			votes[v[best].vote] += v[best].weight
		}
		i = end
	}
	return votes
}

// crossed reports whether cue c, matched over words [from, to) with gaps,
// leaps over a word where a strong cue of another vote starts: in "les
// compétences les plus demandées" the ranking's "les plus demand*" would
// swallow compétences, which asks for skills.
func (v vocabulary) crossed(ct cueText, from, to int, c cue) bool {
	if to-from == len(c.words) {
		return false
	}
	ix := v.index()
	var cands []int
	for j := from + 1; j < to; j++ {
		cands = ix.candidates(ct, j, cands)
		for _, k := range cands {
			o := v[k]
			if o.vote != "" && o.vote != c.vote && o.weight >= strong && ct.matches(j, o.words[0]) {
				if _, ok := ct.matchAt(j, o); ok {
					return true
				}
			}
		}
	}
	return false
}

// beats reports whether cue a beats cue b at word i: the one with more
// words, then the one whose first word is the word as written rather
// than a form of it without a proclitic or a pronoun ("learn" is no "l" +
// "earn"), then the heavier.
func (ct cueText) beats(i int, a, b cue) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	if wa, wb := ct.asWritten(i, a.words[0]), ct.asWritten(i, b.words[0]); wa != wb {
		return wa
	}
	return a.weight > b.weight
}

// asWritten reports whether cue word w matches word i as written (its
// fold, or its normal form for a prefix).
func (ct cueText) asWritten(i int, w cueWord) bool {
	return w.prefix || ct.folds[i][0] == w.form
}
