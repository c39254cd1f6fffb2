package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/assistant"
	pgstore "github.com/marsad/marsad/tools/postgres"
)

var _ assistant.FeedbackStore = (*Feedback)(nil)

// Feedback is an assistant.FeedbackStore on the table chat_feedback, one
// row per rated turn, on the pool of the Sessions it came from.
type Feedback struct {
	s *Sessions
}

// Feedback returns the feedback store sharing s's pool and bounds; closing
// s closes it.
func (s *Sessions) Feedback() *Feedback { return &Feedback{s: s} }

// Put implements assistant.FeedbackStore: an upsert on (session, turn).
func (f *Feedback) Put(ctx context.Context, fb assistant.Feedback) error {
	ctx, cancel := context.WithTimeout(ctx, f.s.call)
	defer cancel()
	_, err := f.s.pool.Exec(ctx, `INSERT INTO chat_feedback (session_id, turn, rating, comment, question, answer, rated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (session_id, turn) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
			question = excluded.question, answer = excluded.answer, rated_at = excluded.rated_at`,
		fb.SessionID, fb.Turn, fb.Rating, fb.Comment, fb.Question, fb.Answer, fb.Time)
	if err != nil {
		return fmt.Errorf("save feedback: %w", pgstore.Unavailable(err))
	}
	return nil
}

// List implements assistant.FeedbackStore. Times come back in UTC.
func (f *Feedback) List(ctx context.Context, id string) ([]assistant.Feedback, error) {
	ctx, cancel := context.WithTimeout(ctx, f.s.call)
	defer cancel()
	rows, err := f.s.pool.Query(ctx, `SELECT session_id, turn, rating, comment, question, answer, rated_at
		FROM chat_feedback WHERE session_id = $1 ORDER BY turn`, id)
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", pgstore.Unavailable(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (assistant.Feedback, error) {
		var fb assistant.Feedback
		var at time.Time
		err := r.Scan(&fb.SessionID, &fb.Turn, &fb.Rating, &fb.Comment, &fb.Question, &fb.Answer, &at)
		fb.Time = at.UTC()
		return fb, err
	})
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", pgstore.Unavailable(err))
	}
	return out, nil
}

// Purge implements assistant.Purger: it deletes the feedback given before
// cutoff.
func (f *Feedback) Purge(ctx context.Context, cutoff time.Time) (int64, error) {
	n, err := deleteBatches(ctx, f.s.pool.Pool, "chat_feedback", "rated_at", cutoff)
	if err != nil {
		return n, fmt.Errorf("purge feedback: %w", err)
	}
	return n, nil
}
