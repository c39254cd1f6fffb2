package postgres

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Bounds on the pool's waits, which Open applies unless the DSN sets its
// own (connect_timeout=…, statement_timeout=…): without them a frozen or
// overloaded server holds every request for as long as it lasts.
const (
	// connectTimeout bounds opening one connection, TLS and authentication
	// included. A healthy server takes milliseconds; one that accepts the
	// TCP connection and then answers nothing is given up after this.
	connectTimeout = 5 * time.Second
	// statementTimeout bounds each statement on the server, lock waits
	// included: 35 times the p99 of the slowest read measured
	// (top_occupations, 279 ms at 1M ads), and a third of the Assistant's
	// default turn timeout, so that one stuck statement fails its tool call
	// and leaves the turn time to say so. writeTx lifts it.
	statementTimeout = 10 * time.Second
)

// timeouts are the bounds a pool is opened with.
type timeouts struct{ connect, statement time.Duration }

var defaultTimeouts = timeouts{connect: connectTimeout, statement: statementTimeout}

// PoolConfig parses dsn and bounds connecting to connect and each
// statement on the server to statement, unless the DSN sets its own
// connect_timeout or statement_timeout. Every pgx pool of Marsad (this
// store's, the conversations') is configured by it.
func PoolConfig(dsn string, connect, statement time.Duration) (*pgxpool.Config, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cc := cfg.ConnConfig
	if cc.ConnectTimeout == 0 {
		cc.ConnectTimeout = connect
	}
	if _, set := cc.RuntimeParams["statement_timeout"]; !set {
		cc.RuntimeParams["statement_timeout"] = strconv.FormatInt(statement.Milliseconds(), 10)
	}
	return cfg, nil
}

// writeTx runs fn in a transaction without the statement bound. Writers'
// statements grow with the data (a migration indexing a million ads, an
// ingestion batch) and wait for each other's advisory locks; they run at
// start and in ingestion, never inside a conversation turn.
func writeTx(ctx context.Context, db beginner, fn func(pgx.Tx) error) error {
	return Unavailable(pgx.BeginFunc(ctx, db, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SET LOCAL statement_timeout = 0`); err != nil {
			return fmt.Errorf("lift statement timeout: %w", err)
		}
		return fn(tx)
	}))
}

// beginner starts transactions: the pool, or one connection held apart
// from it (HoldAds).
type beginner interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}
