package main

import (
	"context"

	"github.com/marsad/marsad/tools/postgres"
)

// openPostgres opens the PostgreSQL store, which holds both the indicator
// tables and the job ads with their ad counts.
func openPostgres(ctx context.Context, url string) (*postgres.Store, error) {
	return postgres.Open(ctx, url)
}
