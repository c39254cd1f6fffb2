package web

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// readDelay is how long the slow client waits before reading anything.
const readDelay = 3 * time.Second

// longAnswers is how many of the longest answers, besides every
// occupation profile, the slow client asks again.
const longAnswers = 24

// TestSocketAnswersArriveWhole asks every question of
// assistant/testdata/*.jsonl over /ws to the real offline assistant on the
// seed corpus, read by a client that reads at once; then asks every
// occupation-profile question and the longest answers again from clients
// that read nothing for readDelay. Each answer must arrive whole: a done
// event whose answer equals the concatenated token texts.
func TestSocketAnswersArriveWhole(t *testing.T) {
	ts := newTestServer(t, Config{}, seededChat(t))
	var answered []answeredTurn
	t.Run("reading client", func(t *testing.T) {
		conn := mustDial(t, ts, nil)
		frames := 0
		for _, q := range seedQuestions(t) {
			mustSend(t, conn, assistant.Request{Message: q})
			a, err := readWholeAnswer(conn, q)
			if err != nil {
				t.Fatal(err)
			}
			answered = append(answered, a)
			frames += a.frames
		}
		t.Logf("%d answers, %.1f frames per turn", len(answered), float64(frames)/float64(len(answered)))
	})
	slow := slowSubset(answered)
	if len(slow) == 0 {
		t.Fatal("no answer to ask again")
	}
	t.Run("client reading after a delay", func(t *testing.T) {
		t.Logf("%d questions, %d per connection", len(slow), maxPendingTurns)
		var wg sync.WaitGroup
		errs := make(chan error, len(slow))
		for batch := range slices.Chunk(slow, maxPendingTurns) {
			conn := mustDial(t, ts, nil)
			for _, q := range batch {
				mustSend(t, conn, assistant.Request{Message: q})
			}
			wg.Go(func() {
				time.Sleep(readDelay)
				for _, q := range batch {
					if _, err := readWholeAnswer(conn, q); err != nil {
						errs <- err
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	})
}

// answeredTurn is what the reading client saw of one turn.
type answeredTurn struct {
	question string
	turn     assistant.Turn
	frames   int
}

// readWholeAnswer reads one turn's frames and checks that it ended with a
// done event whose answer is the concatenation of the token texts.
func readWholeAnswer(conn *websocket.Conn, q string) (answeredTurn, error) {
	var text strings.Builder
	for frames := 1; ; frames++ {
		_ = conn.SetReadDeadline(time.Now().Add(hangGuard))
		var ev assistant.Event
		if err := conn.ReadJSON(&ev); err != nil {
			return answeredTurn{}, fmt.Errorf("%q: after %d frames: %v", q, frames-1, err)
		}
		switch ev.Type {
		case assistant.EventToken:
			text.WriteString(ev.Text)
		case assistant.EventError:
			return answeredTurn{}, fmt.Errorf("%q: error event %q", q, ev.Message)
		case assistant.EventDone:
			if ev.Turn == nil || ev.Turn.Answer != text.String() {
				return answeredTurn{}, fmt.Errorf("%q: tokens %q, done carries %+v", q, text.String(), ev.Turn)
			}
			return answeredTurn{question: q, turn: *ev.Turn, frames: frames}, nil
		}
	}
}

// slowSubset returns the questions of every occupation-profile answer and
// of the longestAnswers longest ones, without repeats.
func slowSubset(answered []answeredTurn) []string {
	byLength := slices.Clone(answered)
	slices.SortStableFunc(byLength, func(a, b answeredTurn) int { return cmp.Compare(len(b.turn.Answer), len(a.turn.Answer)) })
	seen := map[string]bool{}
	var out []string
	add := func(q string) {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	for _, a := range answered {
		for _, c := range a.turn.ToolCalls {
			if c.Name == "occupation_profile" {
				add(a.question)
			}
		}
	}
	for _, a := range byLength[:min(longAnswers, len(byLength))] {
		add(a.question)
	}
	return out
}
