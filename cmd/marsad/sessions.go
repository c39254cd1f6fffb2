package main

import (
	"context"
	"path/filepath"

	"github.com/marsad/marsad/assistant"
	pgsessions "github.com/marsad/marsad/assistant/postgres"
)

// sessionOptions chooses where conversations and readers' feedback live
// and how long a turn may take (MARSAD_TURN_TIMEOUT). Conversations live
// in PostgreSQL when a database is configured, so that any replica can
// answer a session's next message; else in this process, within
// MARSAD_SESSION_MEMORY and MARSAD_SESSION_IDLE. Feedback goes to the same
// database (chat_feedback), else to feedback.jsonl in the data folder, so
// that it outlives the process. The stores are closed with the app.
func (a *app) sessionOptions(ctx context.Context) ([]assistant.Option, error) {
	timeout, err := a.cfg.turnTimeout()
	if err != nil {
		return nil, err
	}
	opts := []assistant.Option{assistant.WithTurnTimeout(timeout)}
	if a.cfg.DatabaseURL == "" {
		limits, err := a.cfg.sessionLimits()
		if err != nil {
			return nil, err
		}
		fb, err := assistant.OpenFileFeedback(filepath.Join(a.cfg.DataDir, "feedback.jsonl"))
		if err != nil {
			return nil, err
		}
		a.closers = append(a.closers, fb.Close)
		return append(opts, assistant.WithSessions(assistant.NewMemorySessions(limits)), assistant.WithFeedback(fb)), nil
	}
	s, err := pgsessions.Open(ctx, a.cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	a.closers = append(a.closers, s.Close)
	return append(opts, assistant.WithSessions(s), assistant.WithFeedback(s.Feedback())), nil
}
