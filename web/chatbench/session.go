package chatbench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// request is the frame that asks a question, as the chat page sends it.
type request struct {
	Message string `json:"message"`
}

// frameKind is what a frame means to a session waiting for its answer.
type frameKind int

const (
	frameOther frameKind = iota // a frame of the answer: keep reading
	frameDone                   // the done event: the answer is whole
	frameError                  // an error event: the question failed
)

// typeHead is how Marsad's event frames begin, as encoding/json writes
// an Event: its type comes first.
var typeHead = []byte(`{"type":"`)

// kindOf reads the type of an event frame. A frame that begins with its
// type, as every frame of Marsad and of the ceiling does, is read there
// without decoding the rest: decoding each frame whole (a done event holds
// the turn, a few kilobytes) was half of the client's CPU under load, on
// the cores the server under test shares. Any other frame is decoded.
func kindOf(frame []byte) frameKind {
	t, ok := bytes.CutPrefix(frame, typeHead)
	if end := bytes.IndexByte(t, '"'); ok && end >= 0 && bytes.IndexByte(t[:end], '\\') < 0 {
		return kindNamed(string(t[:end]))
	}
	var ev struct {
		Type string `json:"type"`
	}
	if json.Unmarshal(frame, &ev) != nil {
		return frameOther
	}
	return kindNamed(ev.Type)
}

func kindNamed(typ string) frameKind {
	switch typ {
	case "done":
		return frameDone
	case "error":
		return frameError
	}
	return frameOther
}

// errAnswer is an answer that ended in an error event.
var errAnswer = errors.New("error event")

// client is one session's connection, with the buffer its frames are
// read into, reused from frame to frame.
type client struct {
	conn *websocket.Conn
	buf  bytes.Buffer
}

// next reads the next frame into c.buf; the frame is valid until the next
// call.
func (c *client) next() ([]byte, error) {
	_, r, err := c.conn.NextReader()
	if err != nil {
		return nil, err
	}
	c.buf.Reset()
	_, err = c.buf.ReadFrom(r)
	return c.buf.Bytes(), err
}

// requestFrame returns the request frame asking q, as WriteJSON writes it
// (the JSON and a newline); those of Questions are encoded once.
func requestFrame(q string) ([]byte, error) {
	if f, ok := questionFrames()[q]; ok {
		return f, nil
	}
	f, err := json.Marshal(request{Message: q})
	return append(f, '\n'), err
}

var questionFrames = sync.OnceValue(func() map[string][]byte {
	frames := make(map[string][]byte, len(Questions))
	for _, q := range Questions {
		f, _ := json.Marshal(request{Message: q}) // a string always encodes
		frames[q] = append(f, '\n')
	}
	return frames
})

// ask sends q and reads frames up to the done event, handing each to keep
// when it is not nil (the frame is valid during the call). An error event
// is errAnswer.
func (c *client) ask(q string, timeout time.Duration, keep func([]byte)) error {
	req, err := requestFrame(q)
	if err != nil {
		return err
	}
	c.conn.SetWriteDeadline(time.Now().Add(timeout))
	if err := c.conn.WriteMessage(websocket.TextMessage, req); err != nil {
		return err
	}
	c.conn.SetReadDeadline(time.Now().Add(timeout))
	for {
		frame, err := c.next()
		if err != nil {
			return err
		}
		if keep != nil {
			keep(frame)
		}
		switch kindOf(frame) {
		case frameDone:
			return nil
		case frameError:
			return fmt.Errorf("%w: %s", errAnswer, frame)
		}
	}
}

var dialer = websocket.Dialer{HandshakeTimeout: 30 * time.Second}

// record asks each question once on one session and returns the frames
// of each answer.
func record(ctx context.Context, target string, questions []string, timeout time.Duration) (map[string][][]byte, error) {
	conn, _, err := dialer.DialContext(ctx, target, nil)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	c := &client{conn: conn}
	out := make(map[string][][]byte, len(questions))
	for _, q := range questions {
		var frames [][]byte
		if err := c.ask(q, timeout, func(f []byte) { frames = append(frames, slices.Clone(f)) }); err != nil {
			return nil, fmt.Errorf("question %q: %w", q, err)
		}
		out[q] = frames
	}
	return out, nil
}

// tally is what a load measured.
type tally struct {
	mu        sync.Mutex
	latencies []time.Duration
	errors    int
}

func (t *tally) add(lat []time.Duration, errs int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.latencies = append(t.latencies, lat...)
	t.errors += errs
}

// percentile returns the nearest-rank percentile p of the latencies, in
// milliseconds; 0 without any.
func (t *tally) percentile(p float64) float64 {
	if len(t.latencies) == 0 {
		return 0
	}
	s := slices.Clone(t.latencies)
	slices.Sort(s)
	k := max(0, int(math.Ceil(p*float64(len(s))))-1)
	return math.Round(float64(s[k])/float64(time.Microsecond)) / 1000
}

// load runs o.Sessions sessions at once on target, each asking
// o.Questions questions in turn.
func load(ctx context.Context, target string, o Options) *tally {
	t := &tally{}
	var wg sync.WaitGroup
	for i := range o.Sessions {
		wg.Go(func() {
			lat, errs := session(ctx, target, i, o)
			t.add(lat, errs)
		})
	}
	wg.Wait()
	return t
}

// session is session i: it connects, asks its questions and returns the
// latency of each answer and how many failed. An error event fails one
// question; a connection that breaks fails the questions still to ask.
func session(ctx context.Context, target string, i int, o Options) ([]time.Duration, int) {
	conn, _, err := dialer.DialContext(ctx, target, nil)
	if err != nil {
		return nil, o.Questions
	}
	defer conn.Close()
	c := &client{conn: conn}
	var lat []time.Duration
	errs := 0
	for k := range o.Questions {
		q := Questions[(i+k)%len(Questions)]
		start := time.Now()
		err := c.ask(q, o.TurnTimeout, nil)
		switch {
		case err == nil:
			lat = append(lat, time.Since(start))
		case errors.Is(err, errAnswer):
			errs++
		default:
			return lat, errs + o.Questions - k
		}
	}
	return lat, errs
}
