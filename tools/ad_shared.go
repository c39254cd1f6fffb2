package tools

import "context"

// SharedAdStore is an AdStore that several processes (replicas) write at
// once, such as PostgreSQL. Deduplication decides on what is stored, so
// a writer that deduplicates holds the store for its whole run: between
// HoldAds and Release no other holder writes ads, and FingerprintsAfter
// shows what the others stored before. Two replicas ingesting
// overlapping files then store what one process ingesting them one after
// the other would.
type SharedAdStore interface {
	AdStore
	// HoldAds waits, honouring ctx, until no other process holds the
	// store, then holds it until Release. The wait is not bounded: an
	// ingestion waits for another replica's to end.
	HoldAds(ctx context.Context) (HeldAds, error)
}

// HeldAds is a SharedAdStore held by one writer. It is not safe for
// concurrent use.
type HeldAds interface {
	// AddAds is AdStore.AddAds, written through the hold: once the hold
	// is lost (its connection gone), it fails and stores nothing.
	AddAds(ctx context.Context, ads []Ad) (AddSummary, error)
	// FingerprintsAfter calls fn for every stored ad added after the
	// position after (0: all of them), in the order they were added, and
	// returns the position of the last stored ad (after itself when none
	// is newer), to be passed next time.
	FingerprintsAfter(ctx context.Context, after int64, fn func(AdFingerprint) error) (int64, error)
	// Release ends the hold; it is safe to call more than once.
	Release()
}
