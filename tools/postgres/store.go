// Package postgres is the IndicatorStore and the JobMarketStore of
// production runs: observations in a PostgreSQL table in long format, job
// ads with the ad counts counted on them, and occupation
// profiles, read and written through one pgx connection pool. The schema
// lives in embedded, versioned migrations that Open applies; every
// statement takes its values as parameters.
package postgres

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/marsad/marsad/tools"
)

var _ tools.IndicatorStore = (*Store)(nil)

// Store is a tools.IndicatorStore and a tools.JobMarketStore on PostgreSQL.
// It is safe for concurrent use, and several stores (replicas) may share
// one database: of the job market it keeps only the profiles, checked
// against the database's version on each read.
type Store struct {
	pool Pool

	mu          sync.Mutex
	dims        tools.Dimensions // copy of indicator_dimensions
	dimsVersion int64            // its indicator_catalog version; -1: none read yet
	// profiles is the last profile set read, shared by Profiles until
	// profile_catalog's version moves past profilesVersion.
	profiles        []tools.Profile
	profilesVersion int64

	// needAds is the mirror of job_ads that need search ranks in.
	needAds adMirror
}

// Open connects to the database at dsn (a postgres:// URL or key=value
// string, as pgx reads it), applies the pending migrations and refreshes
// the indicator definitions. The tables go in the first schema of the
// connection's search_path. Connecting and each statement are bounded
// (timeout.go) unless the DSN sets connect_timeout or statement_timeout.
// The caller closes the store.
func Open(ctx context.Context, dsn string) (*Store, error) {
	return open(ctx, dsn, defaultTimeouts)
}

func open(ctx context.Context, dsn string, bounds timeouts) (*Store, error) {
	cfg, err := PoolConfig(dsn, bounds.connect, bounds.statement)
	if err != nil {
		return nil, fmt.Errorf("open indicator store: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open indicator store: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open indicator store: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open indicator store: migrate: %w", err)
	}
	return &Store{pool: Pool{pool}, dimsVersion: -1}, nil
}

// Close implements tools.IndicatorStore: it closes the pool, waiting for
// the connections in use to be released.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Ping checks that the database answers, on a connection of the pool
// (a new one when none is idle): the readiness probe of /readyz.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("ping postgres: %w", Unavailable(err))
	}
	return nil
}
