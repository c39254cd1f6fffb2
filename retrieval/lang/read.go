package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading is what Marsad understands of one message, found in one pass so
// that no later step reads the message again: its language, its words,
// what it says about the conversation (references), and what it names
// (concepts: indicators, populations, occupations, skills, intents...;
// places; periods), what it names that Marsad cannot resolve, and whether
// it is small talk. The finders are those of this package; Read runs each
// of them once.
type Reading struct {
	// Text is the message, trimmed.
	Text string
	// Lang is the language and script of the message: Detect's, or the
	// small-talk phrases' when Detect tells French or English by default
	// ("salam", "help" are one word Detect reads as French).
	Lang Tag
	// Tokens are the words of Text in normal form (Tokens).
	Tokens []string
	// References are the message's words about the conversation: an
	// ordinal, a demonstrative, an opening ellipsis, "there".
	References []ReferenceMatch
	// Rest is Text with the words of its references blanked, at the same
	// byte offsets: they name nothing, and read as words they would look
	// like an occupation or a place Marsad lacks ("comment devenir le
	// deuxième ?"). Every finder below reads Rest.
	Rest string
	// RestTokens are the words of Rest in normal form (Tokens(Rest)):
	// what the planner's cues read.
	RestTokens []string
	// Concepts are the concepts named in Rest.
	Concepts []ConceptMatch
	// Places are the places named in Rest once the words of its concepts
	// (other than intents and topics) are blanked: "sous-emploi" is not
	// Souss, while "wla" in "casa wla sla" keeps Sla a place.
	Places []PlaceMatch
	// Periods are the periods named in Rest.
	Periods []PeriodMatch
	// Unresolved are the places, occupations, indicators and periods Rest
	// names and Marsad cannot resolve (FindUnresolved).
	Unresolved []Unresolved
	// Unmeasured names what the message asks figures on when Marsad keeps
	// no figure of that kind (FindUnmeasured), "" when it asks none.
	Unmeasured string
	// SmallTalk is the small talk the message is, Kind "" when it is
	// not small talk (FindSmallTalk).
	SmallTalk SmallTalk
	// Trade is the occupation code of the trade a field of work in Rest
	// names, "" when it names none (TradeOf).
	Trade string
}

// Read reads msg once with every finder of the package. It never panics
// and returns a Reading with Lang French for an empty message.
func Read(msg string) Reading {
	msg = strings.TrimSpace(msg)
	// The message is prepared for matching once (a third of Read's time
	// when each finder made its own): the finders of the message share
	// it, and those of the rest share its preparation, which keeps the
	// message's for every word not blanked (again). Each finder starts
	// from the state a fresh preparation has.
	tw := prepare(msg)
	r := Reading{Text: msg, Tokens: tw.tokens(), References: referencesIn(tw)}
	r.Lang = detectPrepared(tw)
	tw.tag, tw.tagged = r.Lang, true
	if st, ok := smallTalkIn(tw.again(msg)); ok {
		r.SmallTalk = st
		r.Lang = smallTalkLang(st, r.Lang)
	}
	r.Rest = blank(msg, referenceSurfaces(r.References))
	rest := tw.again(r.Rest)
	r.RestTokens = rest.tokens()
	nw := questionHits(rest)
	r.Concepts = boysBesideGirls(conceptsOf(rest, nw.clone(), true))
	r.Places = placeMatches(rest.again(blank(r.Rest, placeHiding(r.Concepts))))
	r.Periods = periodMatches(rest.again(r.Rest))
	r.Trade, _ = tradeOf(rest.again(r.Rest))
	// FindUnresolved and FindUnmeasured read the same scan of the rest
	// (a tenth of Read's time when each made its own). Only where the
	// last phrase match ended changes as a scan is read: it is put back
	// as scanWith left it, so each finds what it would alone. The scan
	// takes the concepts' narrowed hits of the rest (a sixth of Read's
	// time when it searched them again).
	s := scanWith(rest.again(r.Rest), &nw)
	end := s.tw.lastEnd
	r.Unresolved = s.unresolved()
	s.tw.lastEnd = end
	r.Unmeasured, _ = s.unmeasured(r.Rest)
	return r
}

// Named returns the values of the concepts of kind the message names, in
// order, each once.
func (r Reading) Named(kind string) []string {
	var out []string
	for _, m := range r.Concepts {
		if m.Concept.Kind == kind && !contains(out, m.Concept.Value) {
			out = append(out, m.Concept.Value)
		}
	}
	return out
}

// smallTalkLang is the language of a small-talk message: Detect's when it
// finds Darija or Arabizi (which it tells only from their marker words)
// or when the phrases tell none, else the phrases'.
func smallTalkLang(st SmallTalk, detected Tag) Tag {
	if detected == Darija || detected == Arabizi || st.Lang == "" {
		return detected
	}
	return st.Lang
}

// referenceSurfaces returns the words of the references to blank: all but
// a glued Arabic و, which stays on its word ("والنساء" is still women).
func referenceSurfaces(ms []ReferenceMatch) []string {
	var out []string
	for _, m := range ms {
		if m.Surface != "و" {
			out = append(out, m.Surface)
		}
	}
	return out
}

// placeHiding returns the surfaces of the concepts that cannot also be a
// place. Intents are kept ("wla" is the context that makes Sla a place),
// and so are topics, which sit on words other concepts may also name.
func placeHiding(ms []ConceptMatch) []string {
	var out []string
	for _, m := range ms {
		if m.Surface != "" && m.Concept.Kind != KindIntent && m.Concept.Kind != KindTopic {
			out = append(out, m.Surface)
		}
	}
	return out
}

// blank returns s with the first occurrence of each surface that stands
// as whole words (or, without one, the first occurrence) replaced by as
// many spaces, so that offsets into s still hold: "ça" written "ca" is
// blanked in "ca consiste", not in "caissière".
func blank(s string, surfaces []string) string {
	for _, w := range surfaces {
		if w == "" {
			continue
		}
		i := wholeWordIndex(s, w)
		if i < 0 {
			i = strings.Index(s, w)
		}
		if i >= 0 {
			s = s[:i] + strings.Repeat(" ", len(w)) + s[i+len(w):]
		}
	}
	return s
}

// wholeWordIndex returns the offset of the first occurrence of w in s
// that no letter or digit touches on either side, -1 when there is none.
func wholeWordIndex(s, w string) int {
	for from := 0; from <= len(s)-len(w); {
		j := strings.Index(s[from:], w)
		if j < 0 {
			return -1
		}
		i := from + j
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !wordRune(before) && !wordRune(after) {
			return i
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	return -1
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}
