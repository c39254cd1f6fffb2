package lang

import "strings"

// ReadAlone is Read as each finder reads the message alone, preparing
// the text again: what Read, which prepares it once, must find.
func ReadAlone(msg string) Reading {
	msg = strings.TrimSpace(msg)
	r := Reading{Text: msg, Tokens: Tokens(msg), References: FindReferences(msg)}
	r.Lang = Detect(msg)
	if st, ok := FindSmallTalk(msg); ok {
		r.SmallTalk = st
		r.Lang = smallTalkLang(st, r.Lang)
	}
	r.Rest = blank(msg, referenceSurfaces(r.References))
	r.RestTokens = Tokens(r.Rest)
	r.Concepts = boysBesideGirls(FindConcepts(r.Rest))
	r.Places = FindPlaces(blank(r.Rest, placeHiding(r.Concepts)))
	r.Periods = FindPeriods(r.Rest)
	r.Unresolved = FindUnresolved(r.Rest)
	r.Unmeasured, _ = FindUnmeasured(r.Rest)
	r.Trade, _ = TradeOf(r.Rest)
	return r
}
