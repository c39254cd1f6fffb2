package postgres

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

// One holder at a time across stores (replicas) on one schema: a second
// HoldAds waits, gives up with its context, and gets the hold once the
// first is released; FingerprintsAfter reads on from a position.
func TestHoldAdsIsOneWriterAtATime(t *testing.T) {
	dsn := newSchema(t)
	a, b := mustOpen(t, dsn), mustOpen(t, dsn)
	ctx := context.Background()
	ha, err := a.HoldAds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ads := toolstest.AdFixture()
	if _, err := ha.AddAds(ctx, ads[:4]); err != nil {
		t.Fatal(err)
	}
	wait, cancel := context.WithTimeout(ctx, 3*holdPoll)
	defer cancel()
	if _, err := b.HoldAds(wait); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a second hold while the first is held: %v, want the context's deadline", err)
	}
	pos, err := ha.FingerprintsAfter(ctx, 0, func(tools.AdFingerprint) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan tools.HeldAds, 1)
	go func() {
		hb, err := b.HoldAds(ctx)
		if err != nil {
			t.Error(err)
		}
		got <- hb
	}()
	time.Sleep(2 * holdPoll) // b waits meanwhile (not asserted: a slow machine may not have asked yet)
	ha.Release()
	ha.Release() // twice is harmless
	hb := <-got
	if hb == nil {
		return
	}
	defer hb.Release()
	if _, err := hb.AddAds(ctx, ads[4:]); err != nil {
		t.Fatal(err)
	}
	var after []string
	last, err := hb.FingerprintsAfter(ctx, pos, func(f tools.AdFingerprint) error { after = append(after, f.ID); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(ads)-4 || after[0] != ads[4].ID || last <= pos {
		t.Errorf("after position %d: %v up to %d, want the %d ads from %s", pos, after, last, len(ads)-4, ads[4].ID)
	}
	if again, _ := hb.FingerprintsAfter(ctx, last, func(tools.AdFingerprint) error { t.Error("an ad past the last"); return nil }); again != last {
		t.Errorf("nothing newer: position %d, want %d", again, last)
	}
}
