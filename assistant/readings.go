package assistant

import (
	"slices"

	"github.com/marsad/marsad/internal/recent"
	"github.com/marsad/marsad/retrieval/lang"
)

// readings keeps the readings (lang.Read) of the messages read last, so
// that a message asked again, as the page's example questions and the
// popular ones are, is not read again: reading is a fifth of a turn of
// the offline planner, and lang.Read is a function of the text alone.
// Only a message without personal data is kept (Redact leaves it as it
// is), so that the cache holds nothing the sessions may not.
//
// It is bounded: up to 2×readingsKept messages (recent.Map), none longer
// than maxKeptMessage bytes. Each get returns a Reading of its own (its
// slices copied), so that no turn sees what another does with its
// reading.
type readings struct {
	kept *recent.Map[string, lang.Reading]
}

func newReadings() readings {
	return readings{kept: recent.New[string, lang.Reading](readingsKept)}
}

const (
	readingsKept   = 512
	maxKeptMessage = 512
)

// read returns the reading of msg with its personal data redacted
// (Redact): the planner, the model and every store see the placeholders,
// never the user's CIN, phone or e-mail, which no labour-market answer
// needs. The language is the original's, which the placeholders' Latin
// words could tip ("[PHONE]" in a Darija question).
func (c *readings) read(msg string) lang.Reading {
	if r, ok := c.get(msg); ok {
		return r
	}
	red := Redact(msg)
	read := lang.Read(red)
	if red != msg {
		read.Lang = lang.Read(msg).Lang
		return read
	}
	c.put(msg, read)
	return read
}

func (c *readings) get(msg string) (lang.Reading, bool) {
	if len(msg) > maxKeptMessage {
		return lang.Reading{}, false
	}
	r, ok := c.kept.Get(msg)
	if !ok {
		return lang.Reading{}, false
	}
	return ownReading(r), true
}

func (c *readings) put(msg string, r lang.Reading) {
	if len(msg) <= maxKeptMessage {
		c.kept.Put(msg, ownReading(r)) // the caller's slices stay the caller's
	}
}

// ownReading returns r with copies of its slices.
func ownReading(r lang.Reading) lang.Reading {
	r.Tokens = slices.Clone(r.Tokens)
	r.References = slices.Clone(r.References)
	r.RestTokens = slices.Clone(r.RestTokens)
	r.Concepts = slices.Clone(r.Concepts)
	r.Places = slices.Clone(r.Places)
	r.Periods = slices.Clone(r.Periods)
	r.Unresolved = slices.Clone(r.Unresolved)
	return r
}
