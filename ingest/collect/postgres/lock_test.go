package postgres_test

import (
	"context"
	"testing"

	"github.com/marsad/marsad/ingest/collect/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// Two replicas on one database: the second cannot take the collection
// lock while the first holds it, and takes it once it is released; a
// replica on another schema collects on its own.
func TestOneReplicaCollectsAtATime(t *testing.T) {
	dsn, other := pgtest.NewSchema(t), pgtest.NewSchema(t)
	ctx := context.Background()
	release, ok, err := postgres.TryLock(ctx, dsn)
	if err != nil || !ok {
		t.Fatalf("first replica: ok %v, %v; want the lock", ok, err)
	}
	if _, ok, err := postgres.TryLock(ctx, dsn); err != nil || ok {
		t.Fatalf("second replica while the first collects: ok %v, %v; want no lock and no error", ok, err)
	}
	relOther, ok, err := postgres.TryLock(ctx, other)
	if err != nil || !ok {
		t.Fatalf("a replica of another schema: ok %v, %v; want its own lock", ok, err)
	}
	relOther()
	release()
	release2, ok, err := postgres.TryLock(ctx, dsn)
	if err != nil || !ok {
		t.Fatalf("second replica after the first: ok %v, %v; want the lock", ok, err)
	}
	release2()
}
