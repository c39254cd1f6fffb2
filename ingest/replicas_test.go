package ingest_test

import (
	"context"
	"sync"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
	ingestpg "github.com/marsad/marsad/ingest/postgres"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// Two replicas, each its own store (connection pool), pipeline and data
// folder on one PostgreSQL schema, ingest overlapping files at once: each
// ad is stored once, and the store ends as one process's that ingested
// the files one after the other. Before the hold (dedup per process) the
// replicas stored the near duplicates of each other's ads twice.
func TestTwoReplicasIngestingOverlappingFilesStoreEachAdOnce(t *testing.T) {
	o, err := gen.WriteOverlap(t.TempDir(), 7, 1200)
	if err != nil {
		t.Fatal(err)
	}
	x, y, z, thirds := o.X, o.Y, o.Z, o.Thirds
	open := func(dsn string) *postgres.Store {
		s, err := postgres.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	opts := func() ingest.Options {
		return ingest.Options{DataDir: t.TempDir(), Workers: 2, BatchSize: 64, CheckpointEvery: 128}
	}

	ref := open(pgtest.NewSchema(t))
	one := mustPipeline(t, ref, opts())
	want := ingestFiles(t, one, x, y, z)

	t.Run("at once", func(t *testing.T) {
		dsn := pgtest.NewSchema(t)
		a, b := mustPipeline(t, open(dsn), opts()), mustPipeline(t, open(dsn), opts())
		var sa, sb ingest.Summary
		var wg sync.WaitGroup
		wg.Go(func() { sa = ingestFiles(t, a, x, y) })
		wg.Go(func() { sb = ingestFiles(t, b, z, y) })
		wg.Wait()
		checkReplicas(t, dsn, want, countStored(t, ref), sa, sb)
	})
	// With the ledger in PostgreSQL, a file one replica ingested whole is
	// skipped by the other, and each quarantined record is kept once.
	t.Run("sharing the ledger", func(t *testing.T) {
		dsn := pgtest.NewSchema(t)
		q, err := ingestpg.Open(context.Background(), dsn, ingestpg.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer q.Close()
		shared := func() ingest.Options {
			o := opts()
			o.Ledger = q.Ledger()
			return o
		}
		a, b := mustPipeline(t, open(dsn), shared()), mustPipeline(t, open(dsn), shared())
		var sa, sb ingest.Summary
		var wg sync.WaitGroup
		wg.Go(func() { sa = ingestFiles(t, a, x, y) })
		wg.Go(func() { sb = ingestFiles(t, b, z, y) })
		wg.Wait()
		if len(sa.Skipped)+len(sb.Skipped) != 1 {
			t.Errorf("skipped: %v and %v, want y once", sa.Skipped, sb.Skipped)
		}
		entries, err := q.Ledger().QuarantineEntries(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != want.Quarantined || sa.Quarantine != "postgres:ingest_quarantine" {
			t.Errorf("%d records quarantined in %q, one process quarantined %d", len(entries), sa.Quarantine, want.Quarantined)
		}
		// Records of y both replicas read are not counted twice: the
		// replicas read what one process read.
		sum := sa
		sum.Add(sb)
		if sum.Read != want.Read {
			t.Errorf("the replicas read %d records, one process %d", sum.Read, want.Read)
		}
		checkReplicas(t, dsn, want, countStored(t, ref), sa, sb)
	})
	// In turns, each replica's index must take in what the other stored
	// since its last run (tools.HeldAds.FingerprintsAfter): b reads the
	// first third, a the second, then b the last, which reposts ads of the
	// second.
	t.Run("in turns", func(t *testing.T) {
		dsn := pgtest.NewSchema(t)
		a, b := mustPipeline(t, open(dsn), opts()), mustPipeline(t, open(dsn), opts())
		sb := ingestFiles(t, b, thirds[0])
		sa := ingestFiles(t, a, thirds[1])
		sb.Add(ingestFiles(t, b, thirds[2]))
		sa.Add(ingestFiles(t, a, y))
		checkReplicas(t, dsn, want, countStored(t, ref), sa, sb)
	})
}

// ingestFiles ingests files as ads in order with p and adds up the
// summaries; a failure fails the test.
func ingestFiles(t *testing.T, p *ingest.Pipeline, files ...string) ingest.Summary {
	t.Helper()
	var sum ingest.Summary
	for _, f := range files {
		s, err := p.IngestFile(context.Background(), "ads", f)
		if err != nil {
			t.Error(err)
			return sum
		}
		sum.Add(s)
	}
	return sum
}

// checkReplicas checks the store at dsn, which replicas whose summaries
// are sa and sb filled, against one process's summary want and the
// number of ads it stored.
func checkReplicas(t *testing.T, dsn string, want ingest.Summary, wantStored int, sa, sb ingest.Summary) {
	t.Helper()
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	stored := countStored(t, s)
	t.Logf("one process: read %d, loaded %d, duplicates %d (near %d); replicas: loaded %d + %d, duplicates %d + %d",
		want.Read, want.Loaded, want.Duplicates, want.NearDuplicates, sa.Loaded, sb.Loaded, sa.Duplicates, sb.Duplicates)
	if stored != wantStored || stored != want.Loaded {
		t.Errorf("the replicas stored %d ads, one process %d (it loaded %d)", stored, wantStored, want.Loaded)
	}
	if got := sa.Loaded + sb.Loaded; got != stored {
		t.Errorf("the replicas say they loaded %d ads, the store holds %d", got, stored)
	}
	if got := pgtest.QueryInt(t, dsn, `SELECT ads FROM demand_totals`); got != stored {
		t.Errorf("demand_totals counts %d ads, job_ads holds %d", got, stored)
	}
	checkBalance(t, "replica a", sa)
	checkBalance(t, "replica b", sb)
}

// countStored counts the stored ads through Fingerprints.
func countStored(t *testing.T, s tools.AdStore) int {
	t.Helper()
	n := 0
	if err := s.Fingerprints(context.Background(), func(tools.AdFingerprint) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}
