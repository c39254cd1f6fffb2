package assistant

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
)

// CountTokens returns the number of model tokens in a text. A token is at
// least one byte of the text (byte-level BPE, as tiktoken's encodings), so
// a text never counts more tokens than its length in bytes: the Assistant
// counts only a message longer than its budget in bytes.
type CountTokens func(text string) int

// Assistant runs turns for sessions: it checks the message, loads the
// session's history, runs the planner, stores the turn and emits the final
// done or error event.
type Assistant struct {
	planner   Planner
	replayer  Planner // rebuilds a client-kept conversation; planner when nil
	sessions  Sessions
	feedback  FeedbackStore
	count     CountTokens
	maxTokens int // per message
	historyN  int // previous turns given to the planner
	timeout   time.Duration

	charter     ChartFunc   // WithCharts; nil makes none
	chartFailed func(error) // told why charts could not be made

	readings readings // the messages read last
}

// Option configures an Assistant.
type Option func(*Assistant)

// WithTokenBudget refuses messages over max tokens as counted by count.
func WithTokenBudget(count CountTokens, max int) Option {
	return func(a *Assistant) { a.count, a.maxTokens = count, max }
}

// DefaultTurnTimeout bounds a turn unless WithTurnTimeout says otherwise:
// the offline planner answers in milliseconds, and an LLM turn that takes
// longer is better refused than waited for.
const DefaultTurnTimeout = 30 * time.Second

// WithTurnTimeout bounds each turn, from the check of the message to the
// storing of the turn, to d; 0 leaves turns unbounded.
func WithTurnTimeout(d time.Duration) Option { return func(a *Assistant) { a.timeout = d } }

// WithReplayPlanner has p, instead of the Assistant's planner, rebuild
// the turns of a conversation that the client keeps (Request.History):
// an LLM planner would cost one model run per past turn, on every
// request, when a cheaper planner reading the same tools (the offline
// one) gives back the tool calls a follow-up needs.
func WithReplayPlanner(p Planner) Option { return func(a *Assistant) { a.replayer = p } }

// WithSessions stores conversations in s instead of memory.
func WithSessions(s Sessions) Option { return func(a *Assistant) { a.sessions = s } }

// WithFeedback stores readers' ratings in f instead of memory.
func WithFeedback(f FeedbackStore) Option { return func(a *Assistant) { a.feedback = f } }

// New returns an Assistant running p. Without options, sessions live in
// memory within MemoryLimits' defaults, messages are limited to 4,000
// characters and turns to DefaultTurnTimeout.
func New(p Planner, opts ...Option) *Assistant {
	memFeedback, _ := OpenFileFeedback("") // without a path it cannot fail
	a := &Assistant{planner: p, sessions: NewMemorySessions(MemoryLimits{}), feedback: memFeedback, historyN: 6, timeout: DefaultTurnTimeout,
		readings: newReadings()}
	for _, o := range opts {
		o(a)
	}
	return a
}

// maxChars bounds a message when no token counter is configured.
const maxChars = 4000

// Chat answers one request. It emits the planner's events but its
// citations, then one citation event per source of the turn's labelled
// list (LabelCitations), then exactly one done event carrying the turn, or one error event whose message is in
// the language of the question. It returns ErrEmptyMessage, ErrTooLong or
// ErrBadSession (an id ValidSessionID refuses) for a bad request, the emit
// error when the client went away, an error wrapping ErrTurnTimeout when
// the turn outlived its timeout, and the planner's error otherwise.
func (a *Assistant) Chat(ctx context.Context, req Request, emit Emit) (Turn, error) {
	if a.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, a.timeout, ErrTurnTimeout)
		defer cancel()
	}
	msg := strings.TrimSpace(req.Message)
	if err := a.check(msg); err != nil { // before reading: a refused message is not worth the finders
		return Turn{}, a.fail(ctx, lang.Detect(msg), err, emit)
	}
	read := a.readings.read(msg)
	tag := read.Lang
	if req.SessionID != "" && !ValidSessionID(req.SessionID) {
		err := fmt.Errorf("%w: %s", ErrBadSession, sessionIDRule)
		return Turn{}, a.fail(ctx, tag, err, emit)
	}
	id := req.SessionID
	if id == "" {
		id = NewSessionID()
	}
	history, err := a.sessions.Load(ctx, id, a.historyN)
	if err == nil && req.SessionID == "" && len(req.History) > 0 {
		history, err = a.replay(ctx, req.History)
	}
	if err != nil {
		return Turn{}, a.fail(ctx, tag, fmt.Errorf("load session: %w", err), emit)
	}
	var encoded turnJSON
	defer encoded.release()
	turn, err := a.planner.Run(ctx, history, read, encoded.emitter(withoutCitations(emit)))
	if err != nil {
		return Turn{}, a.fail(ctx, tag, err, emit)
	}
	turn.SessionID, turn.Question = id, read.Text
	turn.Citations = LabelCitations(turn.Lang, turn.Citations)
	var cites citationsJSON
	defer cites.release()
	cites.encode(turn.Citations)
	for i := range turn.Citations {
		if err := emit(Event{Type: EventCitation, Citation: &turn.Citations[i], JSON: cites.at(i)}); err != nil {
			return Turn{}, err
		}
	}
	turn.Charts = a.charts(ctx, turn)
	js := turnBuffers.Get().(*bytes.Buffer)
	defer releaseTurn(js)
	if err = encoded.encodeTo(js, turn, &cites); err == nil {
		err = a.append(ctx, id, turn, int64(js.Len()))
	} else {
		err = a.sessions.Append(ctx, id, turn) // which tells why the turn does not encode
		js = nil
	}
	if err != nil {
		return Turn{}, a.fail(ctx, tag, fmt.Errorf("save session: %w", err), emit)
	}
	done := Event{Type: EventDone, Turn: &turn}
	if js != nil {
		done.JSON = js.Bytes()
	}
	return turn, emit(done)
}

// append adds turn, whose JSON is size bytes long, to session id: a
// store that counts a turn's size by its JSON is given it rather than
// encoding the turn again.
func (a *Assistant) append(ctx context.Context, id string, turn Turn, size int64) error {
	if s, ok := a.sessions.(*MemorySessions); ok {
		return s.appendSized(id, turn, size)
	}
	return a.sessions.Append(ctx, id, turn)
}

// withoutCitations passes every event but the planner's citations, one a
// tool result's source: the Assistant emits instead, once the turn is
// answered, the turn's one list of sources (LabelCitations), so that a
// streaming client receives each source once, labelled, as done carries
// them.
func withoutCitations(emit Emit) Emit {
	return func(ev Event) error {
		if ev.Type == EventCitation {
			return nil
		}
		return emit(ev)
	}
}

// replay rebuilds the last historyN turns of a conversation the client
// kept (Request.History) by running each question again through the
// replay planner (WithReplayPlanner, else the planner), with the turns
// rebuilt before it as history, emitting nothing. A follow-up ("et en
// 2023 ?") is read from the previous turns' tool calls, which the client
// does not send and only a planner can tell again from the question; a
// turn keeps the answer the client showed, as that is what the user
// replies to. The cost is one replay planner run per past turn, bounded
// by historyN. A question that cannot be replayed stays as it was sent,
// without tool calls; only the end of ctx stops the replay.
func (a *Assistant) replay(ctx context.Context, past []Turn) ([]Turn, error) {
	past = past[max(0, len(past)-a.historyN):]
	history := make([]Turn, 0, len(past))
	quiet := func(Event) error { return nil }
	planner := a.replayer
	if planner == nil {
		planner = a.planner
	}
	for _, p := range past {
		q := Redact(strings.TrimSpace(p.Question))
		t := Turn{Question: q, Answer: Redact(p.Answer)}
		if a.check(q) == nil {
			if run, err := planner.Run(ctx, history, lang.Read(q), quiet); err == nil {
				run.Question = q
				run.Answer = cmp.Or(t.Answer, run.Answer)
				t = run
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("replay the conversation: %w", err)
		}
		history = append(history, t)
	}
	return history, nil
}

func (a *Assistant) check(msg string) error {
	switch {
	case msg == "":
		return ErrEmptyMessage
	case a.count != nil && len(msg) > a.maxTokens && a.count(msg) > a.maxTokens:
		return fmt.Errorf("%w: over %d tokens", ErrTooLong, a.maxTokens)
	case a.count == nil && len([]rune(msg)) > maxChars:
		return fmt.Errorf("%w: over %d characters", ErrTooLong, maxChars)
	}
	return nil
}

// fail emits the error event in the user's language (unless the client is
// gone) and returns err, wrapped with ErrTurnTimeout when the turn's
// deadline caused it (whatever error the planner or store made of it).
func (a *Assistant) fail(ctx context.Context, tag lang.Tag, err error, emit Emit) error {
	if context.Cause(ctx) == ErrTurnTimeout && !errors.Is(err, ErrTurnTimeout) {
		err = fmt.Errorf("%w after %v: %w", ErrTurnTimeout, a.timeout, err)
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	name := "error"
	switch {
	case errors.Is(err, ErrEmptyMessage):
		name = "error.empty"
	case errors.Is(err, ErrTooLong):
		name = "error.long"
	case errors.Is(err, ErrBadSession):
		name = "error.session"
	case errors.Is(err, ErrTurnTimeout):
		name = "error.timeout"
	}
	text, rerr := prompts.Render(name, string(tag), nil)
	if rerr != nil {
		text = "error"
	}
	_ = emit(Event{Type: EventError, Message: text}) // the turn failed already
	return err
}
