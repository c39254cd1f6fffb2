package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// Checkpoints and quarantined records written by one replica are read by
// another; a record with a NUL byte and invalid UTF-8 is kept readable.
func TestLedgerIsShared(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	a, b := mustQueue(t, dsn, "a", time.Minute).Ledger(), mustQueue(t, dsn, "b", time.Minute).Ledger()
	ctx := context.Background()
	if _, ok, err := b.Checkpoint(ctx, "h1"); ok || err != nil {
		t.Fatalf("a checkpoint never saved: %v %v", ok, err)
	}
	for _, c := range []ingest.Checkpoint{{Name: "a.csv", Kind: "ads", Records: 8192}, {Name: "a.csv", Kind: "ads", Records: 9000, Done: true,
		Summary: ingest.Summary{Read: 9000, Loaded: 8000, Duplicates: 1000, Files: []string{"a.csv"}}}} {
		if err := a.SaveCheckpoint(ctx, "h1", c); err != nil {
			t.Fatal(err)
		}
	}
	got, ok, err := b.Checkpoint(ctx, "h1")
	if err != nil || !ok || !got.Done || got.Records != 9000 || got.Summary.Loaded != 8000 {
		t.Errorf("the other replica reads %+v %v %v", got, ok, err)
	}
	at := time.Date(2026, 12, 6, 21, 0, 0, 0, time.UTC).Format(time.RFC3339)
	err = a.Quarantine(ctx, []ingest.QuarantineEntry{{File: "a.csv", Line: 3, Reason: "no title", Raw: "x\x00y\xff", SHA256: "h1", At: at},
		{File: "a.csv", Line: 7, Reason: "bad date", Raw: "z", SHA256: "h1", At: at}})
	if err != nil {
		t.Fatal(err)
	}
	es, err := b.QuarantineEntries(ctx)
	if err != nil || len(es) != 2 || es[0].Raw != "x\uFFFDy\uFFFD" || es[1].Line != 7 || es[0].At != at {
		t.Errorf("the other replica reads %+v %v", es, err)
	}
}
