package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// outFrame is what the writer is handed: a token's text, to be gathered
// with the next ones into one token frame, or another event already
// encoded (msg set), which is written after the text gathered before it.
// last marks a turn's last event (done or error).
type outFrame struct {
	text string
	msg  *bytes.Buffer // from eventBuffers; the writer puts it back
	last bool
}

// eventBuffers hold encoded events between send and the writer, which
// puts each back once written (the websocket copies it into its frame):
// an event's JSON was a tenth of the bytes a turn allocated.
var eventBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledEvent is the largest buffer put back in eventBuffers; a larger
// one, left by an unusually long turn, is dropped.
const maxPooledEvent = 64 << 10

// encodeEvent returns ev's JSON, as json.Marshal writes it, in a buffer
// of eventBuffers.
func encodeEvent(ev assistant.Event) (*bytes.Buffer, error) {
	b := eventBuffers.Get().(*bytes.Buffer)
	b.Reset()
	if head := encodedHead(ev); head != "" {
		b.WriteString(head)
		b.Write(ev.JSON)
		b.WriteByte('}')
		return b, nil
	}
	if err := json.NewEncoder(b).Encode(ev); err != nil {
		releaseEvent(b)
		return nil, err
	}
	b.Truncate(b.Len() - 1) // Encode ends the value with a newline
	return b, nil
}

// tokenHead is how encoding/json begins a token event with text.
const tokenHead = `{"type":"token","text":`

// encodeToken returns the JSON of a token event of text (not empty), as
// encodeEvent writes it, in a buffer of eventBuffers: the text is
// encoded alone, without walking the fields of an Event.
func encodeToken(text string) (*bytes.Buffer, error) {
	b := eventBuffers.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString(tokenHead)
	if err := json.NewEncoder(b).Encode(text); err != nil {
		releaseEvent(b)
		return nil, err
	}
	b.Truncate(b.Len() - 1) // Encode ends the value with a newline
	b.WriteByte('}')
	return b, nil
}

// encodedHead is what precedes ev's JSON (assistant.Event.JSON) in the
// event's encoding, or "" when ev carries none, or fields the head does
// not write, and must be encoded whole.
func encodedHead(ev assistant.Event) string {
	if ev.JSON == nil || ev.Text != "" || ev.Message != "" {
		return ""
	}
	switch {
	case ev.Type == assistant.EventToolResult && ev.Call != nil && ev.Citation == nil && ev.Turn == nil:
		return `{"type":"tool_result","call":`
	case ev.Type == assistant.EventCitation && ev.Citation != nil && ev.Call == nil && ev.Turn == nil:
		return `{"type":"citation","citation":`
	case ev.Type == assistant.EventDone && ev.Turn != nil && ev.Call == nil && ev.Citation == nil:
		return `{"type":"done","turn":`
	}
	return ""
}

// releaseEvent puts b back in eventBuffers.
func releaseEvent(b *bytes.Buffer) {
	if b.Cap() <= maxPooledEvent {
		eventBuffers.Put(b)
	}
}

// send hands ev, its citations made safe (safeEvent), to the writer,
// waiting while the writer is outFrames or outBytes behind: this wait is
// what slows a turn down to the pace of its client. It returns an encoding error, or the
// cause of the connection's end if it ends first (wrapping errSlowClient
// when a write timed out).
func (sc *socket) send(ev assistant.Event) error {
	ev = safeEvent(ev)
	f := outFrame{text: ev.Text, last: ev.Type == assistant.EventDone || ev.Type == assistant.EventError}
	if ev.Type != assistant.EventToken {
		msg, err := encodeEvent(ev)
		if err != nil {
			return fmt.Errorf("encode %s event: %w", ev.Type, err)
		}
		f.msg = msg
	} else if ev.Text == "" {
		return nil
	}
	if sc.ctx.Err() != nil {
		return context.Cause(sc.ctx)
	}
	for sc.queued.Load() > 0 && sc.queued.Load()+int64(f.size()) > outBytes {
		select {
		case <-sc.room:
		case <-sc.ctx.Done():
			return context.Cause(sc.ctx)
		}
	}
	sc.queued.Add(int64(f.size()))
	select {
	case sc.out <- f:
		return nil
	case <-sc.ctx.Done():
		return context.Cause(sc.ctx)
	}
}

// size is how many bytes f holds.
func (f outFrame) size() int {
	n := len(f.text)
	if f.msg != nil {
		n += f.msg.Len()
	}
	return n
}

// took tells a turn waiting in send that the writer took f from out.
func (sc *socket) took(f outFrame) {
	sc.queued.Add(-int64(f.size()))
	select {
	case sc.room <- struct{}{}:
	default: // a turn will find room told already
	}
}

// writePump writes the frames it is handed and periodic pings until ctx is
// done or a write fails. Token text is gathered and written as one token
// event once flushBytes have gathered, or before any other event, so that
// frames keep the order of the events. Frames are written to the socket's
// batch (batchConn), which is sent at a turn's last event or flushDelay
// after its first frame, whichever comes first: an answer written at once
// leaves in one write, and one streamed slowly still reaches the reader
// within flushDelay.
func (sc *socket) writePump() {
	ping := time.NewTicker(sc.timing.pingPeriod)
	defer ping.Stop()
	flush := time.NewTimer(sc.timing.flushDelay)
	flush.Stop()
	defer flush.Stop()
	// text is kept from frame to frame: a strings.Builder let go of its
	// bytes at each token frame and grew them again, five copies a frame.
	var text []byte
	open := false // a batch is open, and flush set to send it
	for {
		var err error
		select {
		case <-sc.ctx.Done():
			return
		case f := <-sc.out:
			sc.took(f)
			if !open {
				open = true
				sc.batch.begin()
				flush.Reset(sc.timing.flushDelay)
			}
			text = append(text, f.text...)
			if f.msg != nil || len(text) >= flushBytes {
				err = sc.writeText(&text)
			}
			if err == nil && f.msg != nil {
				err = sc.write(f.msg.Bytes())
			}
			if f.msg != nil {
				releaseEvent(f.msg)
			}
			if err == nil && f.last {
				flush.Stop()
				open = false
				err = sc.flushBatch()
			}
		case <-flush.C:
			open = false
			err = sc.writeText(&text)
			if err == nil {
				err = sc.flushBatch()
			}
		case <-ping.C:
			err = sc.writeErr("ping", sc.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(sc.timing.writeWait)))
		}
		if err != nil {
			sc.cancel(err)
			return
		}
	}
}

// flushBatch sends the frames the batch holds within writeWait.
func (sc *socket) flushBatch() error {
	return sc.writeErr("write", sc.batch.flush(time.Now().Add(sc.timing.writeWait)))
}

// writeText writes the gathered token text, if any, as one token event
// and empties it.
func (sc *socket) writeText(text *[]byte) error {
	if len(*text) == 0 {
		return nil
	}
	msg, err := encodeToken(string(*text))
	*text = (*text)[:0]
	if err != nil {
		return fmt.Errorf("encode token event: %w", err) // a string always encodes
	}
	defer releaseEvent(msg)
	return sc.write(msg.Bytes())
}

// write writes one text frame within writeWait.
func (sc *socket) write(msg []byte) error {
	_ = sc.ws.SetWriteDeadline(time.Now().Add(sc.timing.writeWait))
	err := sc.writeErr("write", sc.ws.WriteMessage(websocket.TextMessage, msg))
	if err == nil {
		sc.obs.Frame("out")
	}
	return err
}

// writeErr returns nil for nil, an error wrapping errSlowClient for a
// write that timed out (the client did not read), and otherwise the error
// with what was being written.
func (sc *socket) writeErr(what string, err error) error {
	switch {
	case err == nil:
		return nil
	case isTimeout(err):
		return fmt.Errorf("%w: websocket %s: %v", errSlowClient, what, err)
	default:
		return fmt.Errorf("websocket %s: %w", what, err)
	}
}
