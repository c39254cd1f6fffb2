package assistant

import (
	"bytes"
	"encoding/json"
	"errors"
	"sync"
)

// turnJSON encodes a turn's tool calls once, as their tool_result events
// leave, and the turn from them: the same bytes then carry the events
// (Event.JSON), the done event and the size a session counts, where each
// used to encode the calls again (a result's data, a series, ads, skills,
// is most of a turn's JSON). It is one turn's own; nothing outlives it.
type turnJSON []encodedCall

// encodedCall is a call (shallow: its result by pointer) and its JSON.
type encodedCall struct {
	call ToolCall
	json []byte
}

// nullCalls is the turn's tool_calls key when it has none.
const nullCalls = `"tool_calls":null`

// marshal is json.Marshal: HTML escaped, as encoding/json's Encoder
// writes by default, without the Encoder's newline.
func marshal(v any) ([]byte, error) { return json.Marshal(v) }

// emitter returns emit with every tool_result event's call encoded, kept
// and handed on in the event's JSON.
func (tj *turnJSON) emitter(emit Emit) Emit {
	return func(ev Event) error {
		if ev.Type == EventToolResult && ev.Call != nil && ev.Call.Result != nil && ev.JSON == nil {
			if b, err := marshal(ev.Call); err == nil {
				*tj = append(*tj, encodedCall{call: *ev.Call, json: b})
				ev.JSON = b
			}
		}
		return emit(ev)
	}
}

// find returns the JSON kept for c: the same result, by pointer, with the
// same id, name, arguments and error.
func (tj turnJSON) find(c ToolCall) ([]byte, bool) {
	for _, k := range tj {
		if k.call.Result == c.Result && k.call.ID == c.ID && k.call.Name == c.Name &&
			k.call.Error == c.Error && bytes.Equal(k.call.Arguments, c.Arguments) {
			return k.json, true
		}
	}
	return nil, false
}

// turnBuffers hold a turn's JSON while its done event is emitted and
// the encoding of a turn without its calls: the emit copies what it
// keeps (Event.JSON), and a turn's JSON, a few kilobytes, was otherwise
// garbage every turn.
var turnBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledTurn is the largest buffer put back in turnBuffers.
const maxPooledTurn = 64 << 10

func releaseTurn(b *bytes.Buffer) {
	if b.Cap() <= maxPooledTurn {
		turnBuffers.Put(b)
	}
}

// encodeTo writes t's JSON, as json.Marshal writes it, to out (emptied
// first): its calls
// kept written in place of their encoding when every one was kept, else
// t encoded whole.
func (tj turnJSON) encodeTo(out *bytes.Buffer, t Turn) error {
	out.Reset()
	if len(t.ToolCalls) == 0 || len(tj) == 0 {
		return encodeTo(out, t)
	}
	calls := make([][]byte, len(t.ToolCalls))
	for i, c := range t.ToolCalls {
		var ok bool
		if calls[i], ok = tj.find(c); !ok {
			return encodeTo(out, t)
		}
	}
	bare := turnBuffers.Get().(*bytes.Buffer)
	defer releaseTurn(bare)
	t.ToolCalls = nil
	if err := encodeTo(bare, t); err != nil {
		return err
	}
	// The first "tool_calls":null is the turn's key: the fields before it
	// are strings, inside which every quote is escaped.
	b := bare.Bytes()
	at := bytes.Index(b, []byte(nullCalls))
	if at < 0 { // cannot be: the key is always written
		return errors.New("encode turn: no tool_calls key")
	}
	size := len(b) + len(calls)
	for _, c := range calls {
		size += len(c)
	}
	out.Grow(size)
	out.Write(b[:at])
	out.WriteString(`"tool_calls":[`)
	for i, c := range calls {
		if i > 0 {
			out.WriteByte(',')
		}
		out.Write(c)
	}
	out.WriteByte(']')
	out.Write(b[at+len(nullCalls):])
	return nil
}

// encodeTo writes v's JSON, as json.Marshal writes it, to b, emptied
// first.
func encodeTo(b *bytes.Buffer, v any) error {
	b.Reset()
	if err := json.NewEncoder(b).Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode ends the value with a newline
	return nil
}
