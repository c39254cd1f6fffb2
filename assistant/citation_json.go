package assistant

import (
	"bytes"
	"encoding/json"

	"github.com/marsad/marsad/tools"
)

// citationsJSON is the JSON of a turn's labelled citations, encoded once
// for their citation events (Event.JSON) and written again in the turn
// of the done event, where each was encoded twice. The bytes live in one
// buffer of turnBuffers until release.
type citationsJSON struct {
	of   []tools.Citation // the citations encoded: the same memory
	buf  *bytes.Buffer
	ends []int // where each citation's JSON ends in buf
}

// encode encodes each of cs, as json.Marshal writes it. On an error it
// keeps none: the events and the turn are then encoded whole.
func (cj *citationsJSON) encode(cs []tools.Citation) {
	if len(cs) == 0 {
		return
	}
	cj.buf = turnBuffers.Get().(*bytes.Buffer)
	cj.buf.Reset()
	enc := json.NewEncoder(cj.buf)
	cj.ends = make([]int, len(cs))
	for i := range cs {
		if err := enc.Encode(&cs[i]); err != nil {
			cj.release()
			return
		}
		cj.buf.Truncate(cj.buf.Len() - 1) // Encode ends the value with a newline
		cj.ends[i] = cj.buf.Len()
	}
	cj.of = cs
}

// at returns the JSON of citation i, nil when not encoded. It is the
// turn's until release.
func (cj *citationsJSON) at(i int) []byte {
	if cj.of == nil || i >= len(cj.ends) {
		return nil
	}
	start := 0
	if i > 0 {
		start = cj.ends[i-1]
	}
	return cj.buf.Bytes()[start:cj.ends[i]:cj.ends[i]]
}

// kept returns the JSON of each of cs when they are the citations
// encoded, else nil.
func (cj *citationsJSON) kept(cs []tools.Citation) [][]byte {
	if cj == nil || cj.of == nil || !sameCitations(cj.of, cs) {
		return nil
	}
	out := make([][]byte, len(cs))
	for i := range cs {
		out[i] = cj.at(i)
	}
	return out
}

// sameCitations tells whether a and b are the same non-empty slice (the
// same memory, not equal citations).
func sameCitations(a, b []tools.Citation) bool {
	return len(a) > 0 && len(a) == len(b) && &a[0] == &b[0]
}

// release hands the buffer back; the JSON is no longer the turn's.
func (cj *citationsJSON) release() {
	if cj.buf != nil {
		releaseTurn(cj.buf)
	}
	*cj = citationsJSON{}
}
