package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// schema lists the versioned changes of the conversation tables; version
// i+1 is schema[i]. Append new versions, never edit applied ones. They are
// kept apart from tools/postgres's migrations (own table of applied
// versions, own lock) so that the two packages can change their tables
// independently in one database: assistant does not import tools/postgres.
//
// turn is json, not jsonb: json keeps the text Go wrote (tool arguments
// byte for byte as the model wrote them) and accepts \u0000, which a user
// may type and which jsonb refuses; nothing queries inside a turn.
var schema = []string{
	`CREATE TABLE chat_turns (
		session_id text        NOT NULL,
		seq        bigint      NOT NULL,
		turn       json        NOT NULL,
		created_at timestamptz NOT NULL DEFAULT now(),
		PRIMARY KEY (session_id, seq))`,
	// Feedback outlives the turns it rates (a session keeps its last
	// turns only), so it copies the question and answer it rated.
	`CREATE TABLE chat_feedback (
		session_id text        NOT NULL,
		turn       integer     NOT NULL CHECK (turn >= 0),
		rating     text        NOT NULL CHECK (rating IN ('up', 'down')),
		comment    text        NOT NULL DEFAULT '',
		question   text        NOT NULL DEFAULT '',
		answer     text        NOT NULL DEFAULT '',
		rated_at   timestamptz NOT NULL,
		PRIMARY KEY (session_id, turn))`,
	// Purge deletes by age (retention).
	`CREATE INDEX chat_turns_created_at ON chat_turns (created_at);
	CREATE INDEX chat_feedback_rated_at ON chat_feedback (rated_at)`,
}

// Advisory lock classes (first key of pg_advisory_xact_lock), distinct
// from those of tools/postgres ("MAR" 1 and 2). The second key hashes the
// current schema (and for an append the session), so that stores in other
// schemas or sessions do not wait for each other; a hash collision only
// makes two appends wait.
const (
	lockMigrate = 0x4d_41_52_11 // "MAR" 0x11
	lockAppend  = 0x4d_41_52_12 // "MAR" 0x12
)

// migrate applies the versions of schema not yet recorded in
// chat_schema_versions, in one transaction under an advisory lock:
// replicas starting together apply each version once, and a failed one
// leaves the tables as they were.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '')))`, lockMigrate); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS chat_schema_versions (
			version    integer PRIMARY KEY,
			applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
			return fmt.Errorf("create chat_schema_versions: %w", err)
		}
		var applied int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM chat_schema_versions`).Scan(&applied); err != nil {
			return fmt.Errorf("read chat_schema_versions: %w", err)
		}
		for v := applied + 1; v <= len(schema); v++ {
			if _, err := tx.Exec(ctx, schema[v-1]); err != nil {
				return fmt.Errorf("version %d: %w", v, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO chat_schema_versions (version) VALUES ($1)`, v); err != nil {
				return fmt.Errorf("record version %d: %w", v, err)
			}
		}
		return nil
	})
}
