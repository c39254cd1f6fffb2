package lang

import "strings"

// knownWords holds, folded, every word the package's tables hold: the
// words of the gazetteer, lexicon, topic and period entries, the cue and
// period words, the marker words of Detect, and the small words of
// unresolved_words.go. A word outside it names nothing Marsad knows.
var knownWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ix := range append([]*phraseIndex{gazetteer.index, lexicon.index, lexicon.topics, periodPhrases, foreignPlaces,
		occupationFrameIndex, indicatorFrameIndex}, ruleIndexes()...) {
		for _, list := range ix.byFirst {
			for _, e := range list {
				for _, w := range e.words {
					m[w] = true
				}
			}
		}
	}
	for w := range cueWords {
		m[w] = true
	}
	for _, set := range []map[string]bool{quarterWords, notYearAfter} {
		for w := range set {
			m[w] = true
		}
	}
	for _, set := range []map[string]int{ordinals, monthNames} {
		for w := range set {
			m[w] = true
		}
	}
	for _, set := range []map[string]float64{darijaWords, msaWords, arabiziWords, frenchWords, englishWords} {
		for w := range set {
			addFolded(m, w)
		}
	}
	for w := range functionWords {
		addFolded(m, w)
	}
	return m
}()

// functionWords are the small words of the five languages that name
// nothing: the place and year words, links, fillers and stop words of
// this package's tables.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{particles, locatives, conjunctions, placeFillers, alternativeWords, alternativeSkips, ageJoins,
		ageUnits, countLinks, placeNouns, placeNounLinks, toponymLinks, latinLocatives, arabicLocatives, stopWords, fillers,
		genericJobWords, occupationQualifiers, yearIntros, rateWords, englishWhWords, demandWords, discourseMarkers, workplaces, pastAuxiliaries} {
		for w := range set {
			m[w] = true
		}
	}
	for _, list := range []map[string]float64{darijaWords, msaWords, arabiziWords, frenchWords, englishWords} {
		for w := range list {
			m[Normalize(w)] = true
		}
	}
	return m
}()

// addFolded adds the folded forms of the words of w to m.
func addFolded(m map[string]bool, w string) {
	for _, t := range strings.Fields(Normalize(w)) {
		m[foldNormal(t)] = true
	}
}

// unread reports whether word i is read by no finder and is not a small
// word or a number: the word after a place noun or a toponym head that
// names the place ("الوسط" in جهة الوسط: a word of the lexicon's
// "الوسط القروي", but not read as it here).
func (s *scan) unread(i int) bool {
	if s.covered[i] != "" || isDigit(s.norm(i)[0]) {
		return false
	}
	return !functionWords[s.norm(i)] && !functionWords[s.tw.folded(i)]
}
