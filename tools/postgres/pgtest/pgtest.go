// Package pgtest gives tests a PostgreSQL schema of their own on the test
// server (MARSAD_TEST_DATABASE_URL, else the local server), dropped when
// the test ends. A test skips with a message saying how to start the
// server when none answers, and fails instead when MARSAD_REQUIRE_PG=1.
// Proxy stands between a test and the server, to freeze or stop it.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

const defaultTestDSN = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// AdminDSN is the server the tests use: MARSAD_TEST_DATABASE_URL, or the
// local server of the development machine.
func AdminDSN() string {
	if dsn := os.Getenv("MARSAD_TEST_DATABASE_URL"); dsn != "" {
		return dsn
	}
	return defaultTestDSN
}

// unreachable remembers why the test server could not be reached, so
// that the tests after the first skip at once.
var unreachable struct {
	sync.Mutex
	err error
}

// Connect connects to the test server, or skips the test (fails it
// when MARSAD_REQUIRE_PG=1, as in CI) when the server cannot be reached.
func Connect(tb testing.TB, dsn string) *pgx.Conn {
	tb.Helper()
	unreachable.Lock()
	err := unreachable.err
	unreachable.Unlock()
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var conn *pgx.Conn
		if conn, err = pgx.Connect(ctx, dsn); err == nil {
			return conn
		}
		unreachable.Lock()
		unreachable.err = err
		unreachable.Unlock()
	}
	msg := "PostgreSQL is not reachable at " + redact(dsn) + ": " + err.Error() +
		"\n    Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start" +
		"\n    or point MARSAD_TEST_DATABASE_URL at a server."
	if os.Getenv("MARSAD_REQUIRE_PG") == "1" {
		tb.Fatal("MARSAD_REQUIRE_PG=1 and " + msg)
	}
	tb.Skip("\n!!! SKIPPING the PostgreSQL store tests !!!\n    " + msg + "\n    Set MARSAD_REQUIRE_PG=1 to make this a failure.")
	return nil
}

func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxx")
		}
		return u.String()
	}
	return dsn
}

// NewSchema creates a schema with a random name on the test server and
// returns a DSN whose search_path is that schema; the schema and all it
// holds are dropped when the test ends.
func NewSchema(tb testing.TB) string {
	tb.Helper()
	admin := Connect(tb, AdminDSN())
	dsn, drop, err := CreateSchema(admin)
	if err != nil {
		admin.Close(context.Background())
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		defer admin.Close(context.Background())
		if err := drop(); err != nil {
			tb.Error(err)
		}
	})
	return dsn
}

// CreateSchema creates a schema with a random name through admin and
// returns a DSN whose search_path is that schema, and the function that
// drops it with all it holds.
func CreateSchema(admin *pgx.Conn) (dsn string, drop func() error, err error) {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "marsad_test_" + hex.EncodeToString(b)
	ident := pgx.Identifier{name}.Sanitize() // DDL takes no parameters; the name is ours
	ctx := context.Background()
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+ident); err != nil {
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	drop = func() error {
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+ident+" CASCADE"); err != nil {
			return fmt.Errorf("drop schema %s: %w", name, err)
		}
		return nil
	}
	return withSearchPath(AdminDSN(), name), drop, nil
}

// withSearchPath returns dsn with its search_path set to schema.
func withSearchPath(dsn, schema string) string {
	if !strings.Contains(dsn, "://") {
		return dsn + " search_path=" + schema
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// QueryInt runs a query returning one integer on a fresh connection.
func QueryInt(tb testing.TB, dsn, sql string, args ...any) int {
	tb.Helper()
	conn := Connect(tb, dsn)
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(context.Background(), sql, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", sql, err)
	}
	return n
}

// Exec runs a statement on a fresh connection, failing the test on error.
func Exec(tb testing.TB, dsn, sql string, args ...any) {
	tb.Helper()
	conn := Connect(tb, dsn)
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), sql, args...); err != nil {
		tb.Fatalf("%s: %v", sql, err)
	}
}
