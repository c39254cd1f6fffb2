package assistant

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"sync"
)

// turnJSON encodes a turn's tool calls once, as their tool_result events
// leave, and the turn from them: the same bytes then carry the events
// (Event.JSON), the done event and the size a session counts, where each
// used to encode the calls again (a result's data, a series, ads, skills,
// is most of a turn's JSON). It is one turn's own; nothing outlives it.
type turnJSON struct {
	calls []encodedCall
	// buf holds the calls' JSON one after another, from turnBuffers
	// until release: a call's JSON, a kilobyte or more, was garbage a
	// call.
	buf *bytes.Buffer
}

// encodedCall is a call (shallow: its result by pointer) and its JSON.
type encodedCall struct {
	call ToolCall
	json []byte
}

// nullCalls and nullCitations are the turn's tool_calls and citations
// keys when it has none.
const (
	nullCalls     = `"tool_calls":null`
	nullCitations = `"citations":null`
)

// emitter returns emit with every tool_result event's call encoded, kept
// and handed on in the event's JSON, which is the turn's until release.
func (tj *turnJSON) emitter(emit Emit) Emit {
	return func(ev Event) error {
		if ev.Type == EventToolResult && ev.Call != nil && ev.Call.Result != nil && ev.JSON == nil {
			if b, ok := tj.encode(ev.Call); ok {
				tj.calls = append(tj.calls, encodedCall{call: *ev.Call, json: b})
				ev.JSON = b
			}
		}
		return emit(ev)
	}
}

// encode appends c's JSON, as json.Marshal writes it, to buf and returns
// it. The bytes stay as written when buf grows: a larger array takes
// the next calls, the one they are in is left as it is.
func (tj *turnJSON) encode(c *ToolCall) ([]byte, bool) {
	if tj.buf == nil {
		tj.buf = turnBuffers.Get().(*bytes.Buffer)
		tj.buf.Reset()
	}
	start := tj.buf.Len()
	if err := json.NewEncoder(tj.buf).Encode(c); err != nil {
		tj.buf.Truncate(start)
		return nil, false
	}
	end := tj.buf.Len() - 1 // Encode ends the value with a newline
	tj.buf.Truncate(end)
	return tj.buf.Bytes()[start:end:end], true
}

// release hands buf back; the calls' JSON is no longer the turn's.
func (tj *turnJSON) release() {
	if tj.buf != nil {
		releaseTurn(tj.buf)
	}
	*tj = turnJSON{}
}

// find returns the JSON kept for c: the same result, by pointer, with the
// same id, name, arguments and error.
func (tj *turnJSON) find(c ToolCall) ([]byte, bool) {
	for _, k := range tj.calls {
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
// first): its calls kept written in place of their encoding when every
// one was kept, its citations likewise when cj encoded them (and the
// calls were written so, or there are none: a call's result has a
// citations key of its own), its charts encoded apart (encodeCharts)
// and written at its end, where the key of none is; t is encoded whole
// when it has none of the three.
func (tj *turnJSON) encodeTo(out *bytes.Buffer, t Turn, cj *citationsJSON) error {
	out.Reset()
	calls := tj.kept(t.ToolCalls)
	var cites [][]byte
	if calls != nil || len(t.ToolCalls) == 0 {
		cites = cj.kept(t.Citations)
	}
	if calls == nil && cites == nil && len(t.Charts) == 0 {
		return encodeTo(out, t)
	}
	bare := turnBuffers.Get().(*bytes.Buffer)
	defer releaseTurn(bare)
	if calls != nil {
		t.ToolCalls = nil
	}
	if cites != nil {
		t.Citations = nil
	}
	charts := turnBuffers.Get().(*bytes.Buffer)
	defer releaseTurn(charts)
	if err := encodeCharts(charts, t.Charts); err != nil {
		return err
	}
	t.Charts = nil
	if err := encodeTo(bare, t); err != nil {
		return err
	}
	b := bare.Bytes()
	size := len(b) + charts.Len()
	for _, list := range [][][]byte{calls, cites} {
		size += len(list)
		for _, c := range list {
			size += len(c)
		}
	}
	out.Grow(size)
	var err error
	if calls != nil {
		if b, err = spliceList(out, b, nullCalls, calls); err != nil {
			return err
		}
	}
	if cites != nil {
		if b, err = spliceList(out, b, nullCitations, cites); err != nil {
			return err
		}
	}
	if charts.Len() == 0 {
		out.Write(b)
		return nil
	}
	head, ok := bytes.CutSuffix(b, []byte(noCharts+"}"))
	if !ok { // cannot be: charts is the turn's last key
		return errors.New("encode turn: no " + noCharts + " at its end")
	}
	out.Write(head)
	out.WriteString(`"charts":`)
	out.Write(charts.Bytes())
	out.WriteByte('}')
	return nil
}

// noCharts is how a turn without charts ends, before its closing brace.
const noCharts = `"charts":[]`

// encodeCharts writes the JSON of cs to b, emptied first, as encoding a
// turn writes its charts (ChartList.MarshalJSON, then encoding/json's
// compaction of it with HTML characters escaped); nothing for none.
// Encoded here, a turn's charts were no longer encoded by MarshalJSON
// and then scanned again by encoding/json: a seventh of the CPU the
// server spent encoding JSON under `marsad bench chat`.
func encodeCharts(b *bytes.Buffer, cs ChartList) error {
	b.Reset()
	if len(cs) == 0 {
		return nil
	}
	return encodeTo(b, []Chart(cs))
}

// kept returns the JSON kept for each of calls, nil when there are none
// or one was not kept.
func (tj *turnJSON) kept(calls []ToolCall) [][]byte {
	if len(calls) == 0 || len(tj.calls) == 0 {
		return nil
	}
	out := make([][]byte, len(calls))
	for i, c := range calls {
		var ok bool
		if out[i], ok = tj.find(c); !ok {
			return nil
		}
	}
	return out
}

// spliceList writes b up to its first key (`"name":null`), the key with
// items as a JSON list, and returns what follows the key in b. The first
// is the turn's: the fields before it are strings, inside which every
// quote is escaped, or lists spliced already.
func spliceList(out *bytes.Buffer, b []byte, key string, items [][]byte) ([]byte, error) {
	at := bytes.Index(b, []byte(key))
	if at < 0 { // cannot be: the key is always written
		return nil, errors.New("encode turn: no " + key[:strings.IndexByte(key, ':')] + " key")
	}
	out.Write(b[:at+len(key)-len("null")])
	out.WriteByte('[')
	for i, c := range items {
		if i > 0 {
			out.WriteByte(',')
		}
		out.Write(c)
	}
	out.WriteByte(']')
	return b[at+len(key):], nil
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
