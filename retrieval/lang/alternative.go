package lang

// altEntry stands for the intent compare read from "X ou Y" (its item is
// set with the lexicon).
var altEntry = &entry{surface: "ou"}

// alternativeWords ask to choose between two things (normal forms).
var alternativeWords = setOf("ou", "or", "wla", "wlla", "wela", "wella", "ola", "oula", "walla", "ولا", "او", "أو", "ولّا", "wala")

// alternativeSkips may stand between an alternative word and the second
// place or group ("à Rabat ou à Casa", "chez les hommes ou les femmes",
// "f casa wla f rbat") (normal forms).
var alternativeSkips = setOf("a", "au", "aux", "en", "dans", "chez", "les", "le", "la", "l", "des", "de", "d", "du",
	"in", "at", "the", "for", "among", "f", "fi", "3nd", "3and", "3end", "lil", "b", "mn", "men",
	"في", "ف", "عند", "ب", "ل", "من", "لدى", "داخل")

// groupKinds are the concept kinds whose values a question may compare.
var groupKinds = map[string]bool{KindSex: true, KindArea: true, KindAge: true, KindDiploma: true, KindSector: true}

// alternatives returns, for each alternative word standing between two
// places or two concepts of the same group kind ("casa wla rbat", "rjal wla
// 3yalat", "en ville ou à la campagne"), a hit of the intent compare on
// that word. hits are the concepts found so far.
func alternatives(tw *textWords, hits []hit) []hit {
	var out []hit
	var places []hit
	placesDone := false
	for i := 1; i+1 < len(tw.spans); i++ {
		if !alternativeWords[tw.spans[i].norm] || tw.spans[i].brk || tw.spans[i+1].brk {
			continue
		}
		if !placesDone {
			places, placesDone = tw.placeHits(), true
		}
		if sameKindAround(tw, hits, i, func(h hit) string {
			if c := lexicon.concepts[h.e.item]; groupKinds[c.Kind] {
				return c.Kind
			}
			return ""
		}) || sameKindAround(tw, places, i, func(hit) string { return "place" }) {
			out = append(out, hit{e: altEntry, from: i, to: i + 1})
		}
	}
	return out
}

// placeHits returns the gazetteer matches of tw without disturbing the
// state of the current search.
func (tw *textWords) placeHits() []hit {
	last := tw.lastEnd
	tw.lastEnd = -1
	h := gazetteer.index.find(tw)
	tw.lastEnd = last
	return h
}

// sameKindAround reports whether a hit of some kind ends just before token
// i and another of the same kind starts just after it, across at most two
// skip words.
func sameKindAround(tw *textWords, hits []hit, i int, kind func(hit) string) bool {
	left := ""
	for _, h := range hits {
		switch {
		case h.to == i:
			left = kind(h)
		case left != "" && h.from > i:
			gap := h.from - (i + 1)
			if gap > 2 || kind(h) != left {
				return false
			}
			for k := i + 1; k < h.from; k++ {
				if tw.spans[k].brk || !alternativeSkips[tw.spans[k].norm] {
					return false
				}
			}
			return !tw.spans[h.from].brk
		}
	}
	return false
}
