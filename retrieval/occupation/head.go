package occupation

import "unicode/utf8"

// minHeadLen is the shortest head placed alone: shorter ones are acronyms.
const minHeadLen = 4

// headConfidence is the confidence of a code read from a title's head
// alone: the rest of the title was not understood.
const headConfidence = 0.3

// headAlone places a title no label fits and no field composes by the
// occupation its head names on its own ("Développeur Power Platform /
// Copilot Studio": the tools' words are other labels' words, so no label
// explains enough of the title). The head is the first word of a French
// title and the last of an English one; it must be no generic head
// ("chef", "agent", "assistant" say nothing alone), and its one-word
// labels must all be of one code: "contrôleur" alone is many
// occupations' and places nothing.
func (th *Thesaurus) headAlone(t titleKeys) Match {
	head := t.first
	if t.englishEnd {
		head = t.last
	}
	if utf8.RuneCountInString(string(head)) < minHeadLen || th.generic[head] || t.announces {
		return Match{} // an acronym is many things: "CFO" of "Technicien CFO/CFA" is Moroccan sites' "courant fort"
	}
	best := int32(-1)
	for _, id := range th.byKey[head] {
		e := &th.labels[id]
		if len(e.keys) != 1 {
			continue
		}
		switch {
		case best < 0:
			best = id
		case th.labels[best].code != e.code:
			return Match{}
		}
	}
	if best < 0 {
		return Match{}
	}
	return th.matchOf(best, headConfidence, "head")
}
