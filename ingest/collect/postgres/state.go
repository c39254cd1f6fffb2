package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad/ingest/collect"
)

// State is a collect.StateStore in the table collect_pages of the
// database: the replicas collecting in turn share the validators.
type State struct {
	pool *pgxpool.Pool
}

// schemaSQL creates the table on first use; the transaction's advisory
// lock keeps replicas starting together from racing on it.
const schemaSQL = `CREATE TABLE IF NOT EXISTS collect_pages (
	address    text PRIMARY KEY,
	state      jsonb NOT NULL,
	updated_at timestamptz NOT NULL DEFAULT now()
)`

// OpenState connects to the database at dsn and makes the table if it
// is missing; Close releases the connections.
func OpenState(ctx context.Context, dsn string) (*State, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("collect state: %w", err)
	}
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '')))`, lockClass+1); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, schemaSQL)
		return err
	})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("collect state: %w", err)
	}
	return &State{pool: pool}, nil
}

// Close closes the connections.
func (s *State) Close() { s.pool.Close() }

// Pages returns every kept state by address.
func (s *State) Pages(ctx context.Context) (map[string]collect.PageState, error) {
	rows, err := s.pool.Query(ctx, `SELECT address, state FROM collect_pages`)
	if err != nil {
		return nil, fmt.Errorf("collect state: %w", err)
	}
	out := map[string]collect.PageState{}
	var address string
	var raw []byte
	_, err = pgx.ForEachRow(rows, []any{&address, &raw}, func() error {
		var st collect.PageState
		if err := json.Unmarshal(raw, &st); err != nil {
			return fmt.Errorf("page %s: %w", address, err)
		}
		out[address] = st
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("collect state: %w", err)
	}
	return out, nil
}

// Put records the pages' states in one transaction.
func (s *State) Put(ctx context.Context, pages map[string]collect.PageState) error {
	if len(pages) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	for address, st := range pages {
		raw, err := json.Marshal(st)
		if err != nil {
			return fmt.Errorf("collect state: %w", err)
		}
		b.Queue(`INSERT INTO collect_pages (address, state) VALUES ($1, $2)
			ON CONFLICT (address) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`, address, raw)
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("collect state: %w", err)
	}
	return nil
}
