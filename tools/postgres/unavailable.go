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

// dbPool is a store's pgx pool whose queries' errors go through
// Unavailable, so that every read of the store tells a server gone from
// a failed statement; writers' transactions (writeTx) wrap their own.
type dbPool struct{ *pgxpool.Pool }

func (p dbPool) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	rows, err := p.Pool.Query(ctx, sql, args...)
	if err != nil {
		return rows, Unavailable(err)
	}
	return unavailableRows{rows}, nil
}

func (p dbPool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	return unavailableRow{p.Pool.QueryRow(ctx, sql, args...)}
}

func (p dbPool) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	tag, err := p.Pool.Exec(ctx, sql, args...)
	return tag, Unavailable(err)
}

// unavailableRows and unavailableRow pass the errors of a query's rows
// through Unavailable.
type unavailableRows struct{ pgx.Rows }

func (r unavailableRows) Err() error { return Unavailable(r.Rows.Err()) }

type unavailableRow struct{ pgx.Row }

func (r unavailableRow) Scan(dest ...any) error { return Unavailable(r.Row.Scan(dest...)) }
