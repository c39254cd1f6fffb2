package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/marsad/marsad/tools"
)

// Unavailable wraps err with tools.ErrUnavailable when it says that the
// server could not be reached or dropped the connection: a refused or
// failed connection, a connection reset or closed under a statement. A
// timeout is not one (the caller's deadline says more), nor is any error
// the server sent. Other errors, and nil, are returned as they are.
func Unavailable(err error) error {
	if err == nil || errors.Is(err, tools.ErrUnavailable) {
		return err
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	var pe *pgconn.PgError
	switch {
	case errors.As(err, &pe), pgconn.Timeout(err), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.As(err, &ce), errors.As(err, &ne) && !ne.Timeout(),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed):
		return fmt.Errorf("%w: %w", tools.ErrUnavailable, err)
	}
	return err
}

// Pool is a pgx pool whose statements' errors go through Unavailable, so
// that every read tells a server gone from a failed statement; writers'
// transactions (writeTx) wrap their own. The indicator and job-ad store
// reads through one, and so do the conversations (assistant/postgres).
//
// A connection dropped under a statement says that the server went away
// or restarted: every connection the pool holds to it is suspect, and
// those left idle through a restart would each fail the first statement
// given them (the pool pings only connections idle for a second or more).
// So at the first such error the pool is reset (its connections closed
// as they come back) and a read is tried once more, on a new connection:
// a read the server never answered has nothing to undo, and a server
// still down refuses the new connection at once.
type Pool struct{ *pgxpool.Pool }

func (p Pool) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	rows, err := p.Pool.Query(ctx, sql, args...)
	if err = p.unavailable(err); dropped(err) {
		rows, err = p.Pool.Query(ctx, sql, args...)
		err = p.unavailable(err)
	}
	if err != nil {
		return rows, err
	}
	return &unavailableRows{Rows: rows, pool: p, again: query{ctx, sql, args}}, nil
}

func (p Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	return unavailableRow{p.Pool.QueryRow(ctx, sql, args...), p, query{ctx, sql, args}}
}

// Begin starts a transaction, on a new connection when the one taken had
// dropped: nothing of the transaction ran.
func (p Pool) Begin(ctx context.Context) (pgx.Tx, error) {
	tx, err := p.Pool.Begin(ctx)
	if err = p.unavailable(err); dropped(err) {
		tx, err = p.Pool.Begin(ctx)
		err = p.unavailable(err)
	}
	return tx, err
}

// Exec runs a statement once: a write the server may have run before the
// connection dropped is not sent again.
func (p Pool) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	tag, err := p.Pool.Exec(ctx, sql, args...)
	return tag, p.unavailable(err)
}

// unavailable is Unavailable, resetting the pool when err says the server
// went away.
func (p Pool) unavailable(err error) error {
	err = Unavailable(err)
	if dropped(err) {
		p.Pool.Reset()
	}
	return err
}

// dropped reports whether err, read by Unavailable, says the connection
// dropped.
func dropped(err error) bool { return err != nil && errors.Is(err, tools.ErrUnavailable) }

// query is a read to send again.
type query struct {
	ctx  context.Context // nil: not to be sent again
	sql  string
	args []any
}

// unavailableRows and unavailableRow pass the errors of a query's rows
// through the pool's unavailable; a read whose connection dropped before
// its first row is sent once more (again).
type unavailableRows struct {
	pgx.Rows
	pool  Pool
	again query // its ctx is nil once a row was read or it was sent again
}

// Next reads the next row; when the connection dropped before the first
// one, it sends the query again on a new connection and reads from there.
func (r *unavailableRows) Next() bool {
	if r.Rows.Next() {
		r.again.ctx = nil
		return true
	}
	if r.again.ctx == nil || !dropped(r.pool.unavailable(r.Rows.Err())) {
		return false
	}
	q := r.again
	r.again.ctx = nil
	r.Rows.Close()
	r.Rows, _ = r.pool.Pool.Query(q.ctx, q.sql, q.args...) // its error is the rows' (pgx)
	return r.Next()
}

func (r *unavailableRows) Err() error { return r.pool.unavailable(r.Rows.Err()) }

type unavailableRow struct {
	pgx.Row
	pool  Pool
	again query
}

func (r unavailableRow) Scan(dest ...any) error {
	err := r.pool.unavailable(r.Row.Scan(dest...))
	if dropped(err) {
		q := r.again
		err = r.pool.unavailable(r.pool.Pool.QueryRow(q.ctx, q.sql, q.args...).Scan(dest...))
	}
	return err
}
