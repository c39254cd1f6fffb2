package web

import (
	"bytes"

	"github.com/marsad/marsad/assistant"
)

// turnCalls keeps the JSON of a turn's tool calls as their tool_result
// events carried it, for the turn's done event to carry the same bytes
// instead of encoding every result again: a result's data (a series, ads,
// skills) is most of the JSON a turn encodes. It is the turn's own, kept
// by runTurn; nothing outlives the turn.
type turnCalls []encodedCall

// encodedCall is a call (shallow: its result by pointer) and its JSON.
type encodedCall struct {
	call assistant.ToolCall
	json []byte
}

// Where a tool_result event's call starts and ends in its JSON.
const (
	resultEventHead = `{"type":"tool_result","call":`
	resultEventTail = `}`
	nullCalls       = `"tool_calls":null`
)

// keep records the call of a tool_result event from the event's JSON.
func (tc *turnCalls) keep(ev assistant.Event, msg []byte) {
	if ev.Type != assistant.EventToolResult || ev.Call == nil || ev.Call.Result == nil ||
		!bytes.HasPrefix(msg, []byte(resultEventHead)) || !bytes.HasSuffix(msg, []byte(resultEventTail)) {
		return
	}
	body := msg[len(resultEventHead) : len(msg)-len(resultEventTail)]
	*tc = append(*tc, encodedCall{call: *ev.Call, json: bytes.Clone(body)})
}

// find returns the JSON kept for c: the same result, by pointer, with the
// same id, name, arguments and error.
func (tc turnCalls) find(c assistant.ToolCall) ([]byte, bool) {
	for _, k := range tc {
		if k.call.Result == c.Result && k.call.ID == c.ID && k.call.Name == c.Name &&
			k.call.Error == c.Error && bytes.Equal(k.call.Arguments, c.Arguments) {
			return k.json, true
		}
	}
	return nil, false
}

// encodeDone returns the JSON of a done event whose every tool call was
// kept, the kept calls written in place of their encoding: the bytes
// encodeEvent would write. ok is false when a call is missing (the
// event is then encoded whole).
func (tc turnCalls) encodeDone(ev assistant.Event) (msg *bytes.Buffer, ok bool, err error) {
	if ev.Type != assistant.EventDone || ev.Turn == nil || len(ev.Turn.ToolCalls) == 0 || len(tc) == 0 {
		return nil, false, nil
	}
	calls := make([][]byte, len(ev.Turn.ToolCalls))
	for i, c := range ev.Turn.ToolCalls {
		if calls[i], ok = tc.find(c); !ok {
			return nil, false, nil
		}
	}
	bare := *ev.Turn
	bare.ToolCalls = nil
	ev.Turn = &bare
	enc, err := encodeEvent(ev)
	if err != nil {
		return nil, false, err
	}
	defer releaseEvent(enc)
	// The first "tool_calls":null is the turn's key: the fields before it
	// are strings, inside which every quote is escaped.
	b := enc.Bytes()
	at := bytes.Index(b, []byte(nullCalls))
	if at < 0 {
		return nil, false, nil
	}
	msg = eventBuffers.Get().(*bytes.Buffer)
	msg.Reset()
	msg.Write(b[:at])
	msg.WriteString(`"tool_calls":[`)
	for i, c := range calls {
		if i > 0 {
			msg.WriteByte(',')
		}
		msg.Write(c)
	}
	msg.WriteByte(']')
	msg.Write(b[at+len(nullCalls):])
	return msg, true, nil
}

// encode returns ev's JSON (encodeEvent), keeping a tool result's call
// in tc and reusing the kept calls in a done event; a nil tc keeps none.
func (tc *turnCalls) encode(ev assistant.Event) (*bytes.Buffer, error) {
	if tc == nil {
		return encodeEvent(ev)
	}
	if msg, ok, err := tc.encodeDone(ev); ok || err != nil {
		return msg, err
	}
	msg, err := encodeEvent(ev)
	if err == nil {
		tc.keep(ev, msg.Bytes())
	}
	return msg, err
}
