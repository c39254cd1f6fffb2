package main

import (
	"context"

	"github.com/marsad/marsad/assistant"
	pgsessions "github.com/marsad/marsad/assistant/postgres"
)

// sessionOptions chooses where conversations live and how long a turn may
// take (MARSAD_TURN_TIMEOUT). Conversations live in PostgreSQL when a
// database is configured, so that any replica can answer a session's next
// message; else in this process, within MARSAD_SESSION_MEMORY and
// MARSAD_SESSION_IDLE. The store is closed with the app.
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
		return append(opts, assistant.WithSessions(assistant.NewMemorySessions(limits))), nil
	}
	s, err := pgsessions.Open(ctx, a.cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	a.closers = append(a.closers, s.Close)
	return append(opts, assistant.WithSessions(s)), nil
}
