package postgres

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// The test server helpers live in pgtest, shared with other packages'
// tests; these names keep this package's tests short.
func adminDSN() string                                { return pgtest.AdminDSN() }
func mustConnect(tb testing.TB, dsn string) *pgx.Conn { return pgtest.Connect(tb, dsn) }
func newSchema(tb testing.TB) string                  { return pgtest.NewSchema(tb) }
func createSchema(admin *pgx.Conn) (string, func() error, error) {
	return pgtest.CreateSchema(admin)
}

// mustOpen opens a store on dsn, closed when the test ends.
func mustOpen(tb testing.TB, dsn string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// mustQueryInt runs a query returning one integer on a fresh connection.
func mustQueryInt(tb testing.TB, dsn, sql string, args ...any) int {
	return pgtest.QueryInt(tb, dsn, sql, args...)
}
