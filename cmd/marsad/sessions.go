package main

import (
	"context"

	"github.com/marsad/marsad/assistant"
	pgsessions "github.com/marsad/marsad/assistant/postgres"
)

// sessionOptions chooses where conversations live: in PostgreSQL when a
// database is configured, so that any replica can answer a session's next
// message; else in the Assistant's memory (no option). The store is closed
// with the app.
func (a *app) sessionOptions(ctx context.Context) ([]assistant.Option, error) {
	if a.cfg.DatabaseURL == "" {
		return nil, nil
	}
	s, err := pgsessions.Open(ctx, a.cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	a.closers = append(a.closers, s.Close)
	return []assistant.Option{assistant.WithSessions(s)}, nil
}
