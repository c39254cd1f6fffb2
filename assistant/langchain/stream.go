package langchain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/assistant"
)

// stream passes the model's text to the client as token events while
// keeping DESIGN's number guarantee although the check can only be final
// once the whole answer is known.
//
// The choice: text is released word by word as long as every number in it
// is already held by a tool result of the turn (the final answer is
// written after the tool calls, so its figures usually are); the first
// number that is not grounded yet holds back everything after it. Held
// text is released when a later tool result grounds it, or at the end of a
// turn that passes the final check. A turn that fails the check has thus
// shown the client no ungrounded number: only the text before it, which the
// planner withdraws with an EventRetract before the fallback answer.
// Buffering every answer to the end would also be honest but would lose
// streaming for every reply; streaming everything and correcting afterwards
// would show an unsourced figure as fact.
type stream struct {
	emit   assistant.Emit
	ground *ground
	text   strings.Builder // everything the model wrote this turn
	sent   int             // bytes of text emitted as tokens
	gap    bool            // a step ended: separate the next step's text
}

// write adds a chunk of model text and emits what may be shown. It
// returns the emit error, if any.
func (s *stream) write(chunk string) error {
	if chunk == "" {
		return nil
	}
	if s.gap && s.text.Len() > 0 && !strings.HasSuffix(s.text.String(), "\n") {
		s.text.WriteString("\n\n")
	}
	s.gap = false
	s.text.WriteString(chunk)
	return s.release(false)
}

// endStep marks the end of one model reply: text of a later reply starts
// a new paragraph instead of gluing onto a preamble such as "I check.".
func (s *stream) endStep() { s.gap = true }

// release emits the text from sent up to the last safe cut (all of it when
// final), provided every number in it is grounded; else it emits nothing.
func (s *stream) release(final bool) error {
	all := s.text.String()
	end := len(all)
	if !final {
		end = safeCut(all, s.sent)
	}
	if end <= s.sent || len(s.ground.missingIn(all, s.sent, end)) > 0 {
		return nil
	}
	part := all[s.sent:end]
	s.sent = end
	return s.emit(assistant.Event{Type: assistant.EventToken, Text: part})
}

// answer returns all the text the model wrote this turn.
func (s *stream) answer() string { return s.text.String() }

// safeCut returns the index just after the last ASCII white space of
// text[from:] that no number can cross: the rune before it is not a digit,
// so the space is no thousands separator ("1 580 000") and the numbers
// before the cut read the same as in the whole text. It returns from when
// there is none.
func safeCut(text string, from int) int {
	for i := len(text) - 1; i > from; i-- {
		if c := text[i]; c != ' ' && c != '\n' && c != '\t' {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsDigit(r) {
			return i + 1
		}
	}
	return from
}
