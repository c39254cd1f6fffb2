package postgres

import (
	"context"
	"time"
)

// OpenBounded opens a store with the given bounds instead of the
// defaults.
func OpenBounded(ctx context.Context, dsn string, connect, statement, call time.Duration) (*Sessions, error) {
	return open(ctx, dsn, timeouts{connect: connect, statement: statement, call: call})
}

// Show returns a server setting as the store's connections see it.
func (s *Sessions) Show(ctx context.Context, setting string) (string, error) {
	var v string
	err := s.pool.QueryRow(ctx, "SHOW "+setting).Scan(&v)
	return v, err
}

// SchemaVersions is the number of versions of the conversation tables.
var SchemaVersions = len(schema)
