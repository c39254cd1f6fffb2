// Package postgres is collect on PostgreSQL: the advisory lock that keeps
// scheduled collection to one replica at a time (pg_try_advisory_lock,
// held on a connection of its own for the length of a run), and the
// pages' states shared by the replicas (State).
package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// lockClass is the first key of the collection's advisory lock ("MAR"
// 0x10, beside tools/postgres's classes; lockClass+1 guards the state
// table's creation); the second is the hash of the current schema, so
// that stores in different schemas of one database collect
// independently.
const lockClass = 0x4d_41_52_10

// releaseTimeout bounds the unlock and close of a released lock.
const releaseTimeout = 5 * time.Second

// TryLock takes the collection lock of the database at dsn without
// waiting. It returns ok false (and no error) when another session holds
// it. When ok, release unlocks it and closes the connection; should the
// connection drop before, PostgreSQL releases the lock itself.
func TryLock(ctx context.Context, dsn string) (release func(), ok bool, err error) {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return nil, false, fmt.Errorf("collection lock: %w", err)
	}
	const try = `SELECT pg_try_advisory_lock($1, hashtext(coalesce(current_schema(), '')))`
	if err := conn.QueryRow(ctx, try, lockClass).Scan(&ok); err != nil || !ok {
		conn.Close(context.Background())
		if err != nil {
			return nil, false, fmt.Errorf("collection lock: %w", err)
		}
		return nil, false, nil
	}
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), releaseTimeout)
		defer cancel()
		_, _ = conn.Exec(ctx, `SELECT pg_advisory_unlock($1, hashtext(coalesce(current_schema(), '')))`, lockClass)
		conn.Close(ctx)
	}, true, nil
}
