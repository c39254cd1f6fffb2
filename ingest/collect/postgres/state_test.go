package postgres_test

import (
	"context"
	"testing"

	"github.com/marsad/marsad/ingest/collect"
	"github.com/marsad/marsad/ingest/collect/collecttest"
	"github.com/marsad/marsad/ingest/collect/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// Replicas on one database share the pages' states.
func TestState(t *testing.T) {
	collecttest.TestStateStore(t, func(t *testing.T) (collect.StateStore, func() collect.StateStore) {
		dsn := pgtest.NewSchema(t)
		return mustOpen(t, dsn), func() collect.StateStore { return mustOpen(t, dsn) }
	})
}

func mustOpen(t *testing.T, dsn string) *postgres.State {
	t.Helper()
	s, err := postgres.OpenState(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}
