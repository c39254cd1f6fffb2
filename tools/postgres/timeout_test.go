package postgres

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// mustOpenWith opens a store on dsn with the bounds t, closed when the
// test ends.
func mustOpenWith(t *testing.T, dsn string, bounds timeouts) *Store {
	t.Helper()
	s, err := open(context.Background(), dsn, bounds)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func show(t *testing.T, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}, setting string) string {
	t.Helper()
	var v string
	if err := q.QueryRow(context.Background(), "SHOW "+setting).Scan(&v); err != nil {
		t.Fatalf("SHOW %s: %v", setting, err)
	}
	return v
}

func TestOpenBoundsConnectingAndStatements(t *testing.T) {
	s := mustOpen(t, newSchema(t))
	if got := show(t, s.pool, "statement_timeout"); got != "10s" {
		t.Errorf("statement_timeout = %s, want 10s", got)
	}
	if got := s.pool.Config().ConnConfig.ConnectTimeout; got != connectTimeout {
		t.Errorf("connect timeout = %v, want %v", got, connectTimeout)
	}
}

func TestTheDSNsOwnBoundsWin(t *testing.T) {
	dsn := newSchema(t)
	sep := "&"
	if !strings.Contains(dsn, "://") {
		sep = " "
	}
	s := mustOpen(t, dsn+sep+"statement_timeout=1234"+sep+"connect_timeout=7")
	if got := show(t, s.pool, "statement_timeout"); got != "1234ms" {
		t.Errorf("statement_timeout = %s, want the DSN's 1234ms", got)
	}
	if got := s.pool.Config().ConnConfig.ConnectTimeout; got != 7*time.Second {
		t.Errorf("connect timeout = %v, want the DSN's 7s", got)
	}
}

// isStatementTimeout reports whether err is the server cancelling a
// statement (SQLSTATE 57014, query_canceled).
func isStatementTimeout(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "57014"
}

func TestAStatementOverTheBoundFails(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpenWith(t, dsn, timeouts{connect: connectTimeout, statement: 100 * time.Millisecond})
	// the guard only ends a test whose bound is not applied
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	t.Run("a slow statement", func(t *testing.T) {
		if _, err := s.pool.Exec(ctx, "SELECT pg_sleep(3)"); !isStatementTimeout(err) {
			t.Errorf("pg_sleep(3) on the pool: err = %v, want the statement timeout (57014)", err)
		}
	})
	t.Run("a wait for a lock another connection holds", func(t *testing.T) {
		holder := mustConnect(t, dsn)
		defer holder.Close(context.Background())
		tx, err := holder.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(context.Background())
		if _, err := tx.Exec(ctx, "LOCK TABLE job_ads IN ACCESS EXCLUSIVE MODE"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.pool.Exec(ctx, "SELECT count(*) FROM job_ads"); !isStatementTimeout(err) {
			t.Errorf("read of a locked table: err = %v, want the statement timeout (57014)", err)
		}
	})
}

func TestWritersAreNotBounded(t *testing.T) {
	s := mustOpenWith(t, newSchema(t), timeouts{connect: connectTimeout, statement: 100 * time.Millisecond})
	err := writeTx(context.Background(), s.pool, func(tx pgx.Tx) error {
		if got := show(t, tx, "statement_timeout"); got != "0" {
			t.Errorf("statement_timeout in a write transaction = %s, want 0", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
