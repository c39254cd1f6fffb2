package ingest

import (
	"context"
	"math"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// nameMatcher finds profile titles and aliases inside a text, by whole
// normalised words, the longest name winning.
type nameMatcher struct {
	codes  map[string]string // normalised name -> ISCO code
	maxLen int               // words in the longest name
}

func newNameMatcher(ps []tools.Profile) *nameMatcher {
	m := &nameMatcher{codes: map[string]string{}}
	for _, p := range ps {
		names := append([]string{p.Titles["fr"], p.Titles["ar"], p.Titles["en"]}, p.Aliases...)
		for _, n := range names {
			toks := lang.Tokens(n)
			if len(toks) == 0 || len(toks) == 1 && len([]rune(toks[0])) < 3 {
				continue // "CC", "RH": too ambiguous as words of a title
			}
			k := strings.Join(toks, " ")
			if _, taken := m.codes[k]; !taken {
				m.codes[k] = p.Code
			}
			m.maxLen = max(m.maxLen, len(toks))
		}
	}
	return m
}

// find returns the code of the longest name found in toks and its
// length in words; "", 0 for none. On a tie the first found wins.
func (m *nameMatcher) find(toks []string) (string, int) {
	best, bestLen := "", 0
	for i := range toks {
		for n := min(m.maxLen, len(toks)-i); n > bestLen; n-- {
			if code, ok := m.codes[strings.Join(toks[i:i+n], " ")]; ok {
				best, bestLen = code, n
				break
			}
		}
	}
	return best, bestLen
}

// ProfileOverlap returns a ClassifyFunc that picks the profile sharing the
// most informative words with the ad (idf-weighted, title words counting
// three times), or "" when no profile shares at least minOverlap of
// weight. Words are compared folded (lang.Fold).
func ProfileOverlap(ps []tools.Profile) ClassifyFunc {
	idx := newOverlapIndex(ps)
	return func(ctx context.Context, title, text string) (string, error) {
		return idx.best(title, text), nil
	}
}

// minOverlap is the weight below which ProfileOverlap has no answer:
// about two rare words in common.
const minOverlap = 6.0

type overlapIndex struct {
	codes    []string
	postings map[string][]int // folded word -> profiles having it
	idf      map[string]float64
}

func newOverlapIndex(ps []tools.Profile) *overlapIndex {
	ix := &overlapIndex{postings: map[string][]int{}, idf: map[string]float64{}}
	for i, p := range ps {
		ix.codes = append(ix.codes, p.Code)
		text := strings.Join(append(append(append([]string{}, p.Aliases...), p.Skills...), p.SkillsAR...), " ")
		for _, v := range p.Titles {
			text += " " + v
		}
		for _, v := range p.Descriptions {
			text += " " + v
		}
		for w := range foldedWords(text) {
			ix.postings[w] = append(ix.postings[w], i)
		}
	}
	for w, ps := range ix.postings {
		ix.idf[w] = math.Log(float64(len(ix.codes)+1) / float64(len(ps)))
	}
	return ix
}

// foldedWords returns the distinct folded words of text of three letters
// or more.
func foldedWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range lang.Tokens(text) {
		if len([]rune(t)) >= 3 {
			out[lang.Fold(t)] = true
		}
	}
	return out
}

func (ix *overlapIndex) best(title, text string) string {
	scores := make([]float64, len(ix.codes))
	add := func(words map[string]bool, weight float64) {
		for w := range words {
			for _, p := range ix.postings[w] {
				scores[p] += weight * ix.idf[w]
			}
		}
	}
	add(foldedWords(title), 3)
	add(foldedWords(text), 1)
	best := -1
	for i, s := range scores {
		if s >= minOverlap && (best < 0 || s > scores[best]) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return ix.codes[best]
}
