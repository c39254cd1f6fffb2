package offline

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// refs is what a message says about the conversation it is part of
// (lang.FindReferences).
type refs struct {
	ordinal       int  // the position of a listed item ("le 2e": 2); 0 for none
	demonstrative bool // "ce métier", "that", "هادي"
	ellipsis      bool // opens with "et", "and", "w", "و", "what about"
	place         bool // "there", "là-bas", "لهيه": the place of the last question
	inIt          bool // "فيها", "fiha": in it (inItIsPlace)
}

// anchored reports whether the message says it goes on from the last
// question.
func (r refs) anchored() bool { return r.ellipsis || r.place }

// readRefs reads the references of msg. A pronoun of pronounRefs is a
// demonstrative; a determiner before a noun of place ("cette région",
// "هذه الجهة", "had jiha", "that city") points at the place of the
// conversation, not at an occupation.
func readRefs(msg lang.Reading) refs {
	var r refs
	placeDets := placeDeterminers(msg.Tokens)
	r.place = len(placeDets) > 0
	for _, m := range msg.References {
		switch m.Kind {
		case lang.RefOrdinal:
			if r.ordinal == 0 {
				r.ordinal = m.Ordinal
			}
		case lang.RefDemonstrative:
			r.demonstrative = r.demonstrative || !placeDets[lang.Fold(strings.TrimSpace(m.Surface))]
		case lang.RefEllipsis:
			r.ellipsis = true
		case lang.RefPlace:
			r.place = true
		}
	}
	for _, t := range msg.Tokens {
		r.demonstrative = r.demonstrative || pronounRefs[lang.Fold(t)]
		r.inIt = r.inIt || inItWords[lang.Fold(t)]
	}
	return r
}

// inItWords say "in it". Folded forms.
var inItWords = foldedSet("فيها فيه بها fiha fih biha")

// inItIsPlace reports whether "in it" points at the place of the
// conversation: in a question for a figure, which is of no occupation
// ("وما هو معدل البطالة فيها في نفس السنة؟"), or for the occupations in
// demand ("chno lkhdmat li kaynin fiha?"); elsewhere it points at the
// occupation last talked about ("وأين يمكنني التكوين فيها؟").
func inItIsPlace(q question, a marketAsk) bool {
	return q.indicator != "" || a.tool == tools.NameTopOccupations
}

// pronounRefs are the Darija pronouns, in both scripts, that point at the
// thing just talked about and that lang.FindReferences does not read as
// references: "of it", "to it", "for it" ("واش كاينين شي إعلانات ديالها
// دابا؟", "kayn chi offres dyalha?", "fin n9ra bach nwsl liha?"). They
// are demonstratives, and no word of a thing Marsad lacks (isObject).
// Arabic says it of the pronoun of "for": "هل توجد عروض عمل لها في أكادير؟".
// Folded forms.
var pronounRefs = foldedSet("ديالها ديالو ديالهم ديالهوم ليها عليها ليه ليهم لها له لهم " +
	"dyalha dyalo dyalou dyalhom dyalhoum dialha dialo diyalha liha 3liha lih lihom")

// placeDeterminers returns the determiners of tokens that a noun of
// place follows (folded): "هذه" in "معدل البطالة في هذه الجهة".
func placeDeterminers(tokens []string) map[string]bool {
	var out map[string]bool
	for i := 0; i+1 < len(tokens); i++ {
		if det := lang.Fold(tokens[i]); placeDets[det] && placeNouns[lang.Fold(tokens[i+1])] {
			if out == nil {
				out = map[string]bool{}
			}
			out[det] = true
		}
	}
	return out
}

// placeDets and placeNouns make the references to the place of the
// conversation that lang.FindReferences does not read ("cette région",
// "la même ville", "هذه الجهة", "نفس المدينة", "had jiha", "that region"):
// a demonstrative or "same", then a noun of place. Folded forms.
var placeDets, placeNouns = foldedSet("ce cet cette même meme this that same هذه هذا تلك ذلك نفس هاد هادي ديك داك had hadi dik dak nfs nafs"),
	foldedSet("région region régions jiha jihat ville villes city town province provinces جهة الجهة جهه مدينة المدينة اقليم الاقليم إقليم الإقليم lmdina mdina l3amala عمالة العمالة")

func foldedSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[lang.Fold(w)] = true
	}
	return m
}

// resolve puts into q and a what the message's ordinal or demonstrative
// points at, and returns the slot it filled ("" for none): the item of
// the list last shown at that position (an occupation, a skill, a region
// or group of a comparison), or, for a demonstrative (or "in it" that is
// no place: inItIsPlace) in a message that names no occupation and no
// indicator, the occupation last talked about (which wins over words the
// router only guessed were an unknown occupation: "how much does it
// pay?"). A position past the list, an item of a kind the message named
// itself, or a demonstrative with nothing to point at resolves nothing.
func (s state) resolve(r refs, q *question, a *marketAsk) string {
	if r.ordinal > 0 {
		if r.ordinal > len(s.list) || s.list[r.ordinal-1].value == "" {
			return ""
		}
		return s.list[r.ordinal-1].apply(q, a)
	}
	if (r.demonstrative || r.inIt && !inItIsPlace(*q, *a)) && !a.namesOccupation() && q.indicator == "" && s.focus.code != "" {
		a.occupation = s.focus.occupation()
		return "occupation"
	}
	return ""
}

// namesOccupation reports whether the message named an occupation the
// lexicon knows, rather than leaving words the router took for one it
// does not know (unmet).
func (a marketAsk) namesOccupation() bool {
	return a.occupation != "" && a.occupation != occupationArg(a.object)
}

// apply puts the item into the slot of its kind and returns that slot,
// or "" when the message named a value of that kind itself.
func (it item) apply(q *question, a *marketAsk) string {
	switch it.kind {
	case "occupation":
		if a.namesOccupation() { // words the router only guessed were an occupation it lacks give way
			return ""
		}
		a.occupation = it.value
	case "skill":
		if a.skill != "" {
			return ""
		}
		a.skill = it.value
	case "geo":
		if len(q.geos) > 0 {
			return ""
		}
		q.cell.Geo, q.geos = it.value, []string{it.value}
	default: // a group of a comparison: sex, age, area, diploma
		if cellValue(q.cell, it.kind) != "" {
			return ""
		}
		q.cell = tools.SetDimension(q.cell, it.kind, it.value)
	}
	return it.kind
}
