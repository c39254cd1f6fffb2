// Package postgres keeps conversations in PostgreSQL, so that chat
// servers hold no state and any replica can answer the next message of a
// session: Sessions implements assistant.Sessions on a pgx pool. Its table
// is created and changed by its own versioned schema (schema.go), applied
// by Open.
package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad/assistant"
	pgstore "github.com/marsad/marsad/tools/postgres"
)

var _ assistant.Sessions = (*Sessions)(nil)

// Sessions is an assistant.Sessions on the table chat_turns, one row per
// turn numbered by seq from 1 in its session. A session keeps its last
// assistant.TurnsKept turns: an append deletes the older ones in its own
// transaction, so that the table grows with the number of sessions, not of
// messages. Turns older than the retention are deleted by Purge (by
// created_at). Several Sessions (replicas) may share one database and
// append to one session at the same time.
type Sessions struct {
	pool pgstore.Pool  // a restart's dropped connections cost no Load or Append
	call time.Duration // bound of one Load or Append
}

// Open connects to the database at dsn (a postgres:// URL or key=value
// string, as pgx reads it) and brings the conversation tables to the
// current version; they go in the first schema of the connection's
// search_path. Connecting, each statement and each Load or Append are
// bounded (timeout.go); the DSN's connect_timeout and statement_timeout win
// over the first two. The caller closes the store.
func Open(ctx context.Context, dsn string) (*Sessions, error) {
	return open(ctx, dsn, defaultTimeouts)
}

func open(ctx context.Context, dsn string, bounds timeouts) (*Sessions, error) {
	cfg, err := pgstore.PoolConfig(dsn, bounds.connect, bounds.statement)
	if err != nil {
		return nil, fmt.Errorf("open sessions: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open sessions: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open sessions: migrate: %w", err)
	}
	return &Sessions{pool: pgstore.Pool{Pool: pool}, call: bounds.call}, nil
}

// Close closes the pool, waiting for the connections in use to be
// released.
func (s *Sessions) Close() error {
	s.pool.Close()
	return nil
}

// Load implements assistant.Sessions.
func (s *Sessions) Load(ctx context.Context, id string, n int) ([]assistant.Turn, error) {
	if n <= 0 {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.call)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT turn FROM (
			SELECT seq, turn FROM chat_turns WHERE session_id = $1 ORDER BY seq DESC LIMIT $2) last
		ORDER BY seq`, id, n)
	if err != nil {
		return nil, fmt.Errorf("load session: %w", pgstore.Unavailable(err))
	}
	raw, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
	if err != nil {
		return nil, fmt.Errorf("load session: %w", pgstore.Unavailable(err))
	}
	var turns []assistant.Turn
	for _, b := range raw {
		var t assistant.Turn
		if err := json.Unmarshal(b, &t); err != nil {
			return nil, fmt.Errorf("load session: stored turn: %w", err)
		}
		turns = append(turns, t)
	}
	return turns, nil
}

// Append implements assistant.Sessions. The session's advisory lock,
// taken first in the transaction, orders the appends to one session from
// every replica: each reads the last seq after the previous one committed,
// so that seqs never collide (the primary key would refuse it anyway).
func (s *Sessions) Append(ctx context.Context, id string, t assistant.Turn) error {
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("save session: %w", pgstore.Unavailable(err))
	}
	ctx, cancel := context.WithTimeout(ctx, s.call)
	defer cancel()
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		batch := &pgx.Batch{}
		batch.Queue(`SELECT pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '') || '/' || $2))`, lockAppend, id)
		batch.Queue(`INSERT INTO chat_turns (session_id, seq, turn)
			SELECT $1::text, coalesce(max(seq), 0) + 1, $2::json FROM chat_turns WHERE session_id = $1`, id, string(b))
		batch.Queue(`DELETE FROM chat_turns WHERE session_id = $1
			AND seq <= (SELECT max(seq) FROM chat_turns WHERE session_id = $1) - $2`, id, assistant.TurnsKept)
		return tx.SendBatch(ctx, batch).Close()
	})
	if err != nil {
		return fmt.Errorf("save session: %w", pgstore.Unavailable(err))
	}
	return nil
}

// History implements assistant.Sessions: seq counts from 1 in a session
// and is never reused, so the first kept turn's index is its seq - 1.
func (s *Sessions) History(ctx context.Context, id string) (int, []assistant.Turn, error) {
	ctx, cancel := context.WithTimeout(ctx, s.call)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT seq, turn FROM chat_turns WHERE session_id = $1 ORDER BY seq`, id)
	if err != nil {
		return 0, nil, fmt.Errorf("load session history: %w", pgstore.Unavailable(err))
	}
	type row struct {
		Seq  int64
		Turn []byte
	}
	raw, err := pgx.CollectRows(rows, pgx.RowToStructByPos[row])
	if err != nil {
		return 0, nil, fmt.Errorf("load session history: %w", pgstore.Unavailable(err))
	}
	if len(raw) == 0 {
		return 0, nil, nil
	}
	turns := make([]assistant.Turn, len(raw))
	for i, r := range raw {
		if err := json.Unmarshal(r.Turn, &turns[i]); err != nil {
			return 0, nil, fmt.Errorf("load session history: stored turn %d: %w", r.Seq, err)
		}
	}
	return int(raw[0].Seq - 1), turns, nil
}

// Purge implements assistant.Purger: it deletes the turns created before
// cutoff. A session keeps its later turns, whose indices do not change
// (History's first turn is the oldest kept).
func (s *Sessions) Purge(ctx context.Context, cutoff time.Time) (int64, error) {
	n, err := deleteBatches(ctx, s.pool.Pool, "chat_turns", "created_at", cutoff)
	if err != nil {
		return n, fmt.Errorf("purge turns: %w", err)
	}
	return n, nil
}
