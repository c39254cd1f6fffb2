package chatbench

import (
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

// frameType reads the type of an event frame.
func frameType(frame []byte) string {
	var ev struct {
		Type string `json:"type"`
	}
	if json.Unmarshal(frame, &ev) != nil {
		return ""
	}
	return ev.Type
}

// errAnswer is an answer that ended in an error event.
var errAnswer = errors.New("error event")

// ask sends q on conn and reads frames up to the done event, handing each
// to keep when it is not nil. An error event is errAnswer.
func ask(conn *websocket.Conn, q string, timeout time.Duration, keep func([]byte)) error {
	conn.SetWriteDeadline(time.Now().Add(timeout))
	if err := conn.WriteJSON(request{Message: q}); err != nil {
		return err
	}
	conn.SetReadDeadline(time.Now().Add(timeout))
	for {
		_, frame, err := conn.ReadMessage()
		if err != nil {
			return err
		}
		if keep != nil {
			keep(frame)
		}
		switch frameType(frame) {
		case "done":
			return nil
		case "error":
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
	out := make(map[string][][]byte, len(questions))
	for _, q := range questions {
		var frames [][]byte
		if err := ask(conn, q, timeout, func(f []byte) { frames = append(frames, slices.Clone(f)) }); err != nil {
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
	var lat []time.Duration
	errs := 0
	for k := range o.Questions {
		q := Questions[(i+k)%len(Questions)]
		start := time.Now()
		err := ask(conn, q, o.TurnTimeout, nil)
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
