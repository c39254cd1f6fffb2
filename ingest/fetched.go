package ingest

import (
	"context"
	"io"
	"strings"
	"time"
)

// MetaCollectedAt is the Meta key of the time a collected ad was fetched
// (RFC 3339, UTC). tools.AdVersion leaves it out: the same ad fetched
// again is not an edit.
const MetaCollectedAt = "collected_at"

// IngestFetched reads job ads fetched from the web at time at, as one
// input named name (its address: it is each ad's Meta "file" and the
// quarantine's file). It is Ingest with at as the reference date, and
// every ad keeps when it was collected in Meta[MetaCollectedAt]: the time
// its record gives as seen, when that is a full RFC 3339 time (the fetch
// of its own page), else at. The input is always read whole.
func (p *Pipeline) IngestFetched(ctx context.Context, name string, r io.Reader, at time.Time) (Summary, error) {
	return p.ingest(ctx, job{kind: KindAds, name: name, r: r, ref: at, fetched: at})
}

// collectedAt is the collection time of a record of an input fetched at
// (see IngestFetched), "" for an input that was not fetched.
func collectedAt(seen string, at time.Time) string {
	if at.IsZero() {
		return ""
	}
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(seen)); err == nil {
		at = t
	}
	return at.UTC().Format(time.RFC3339)
}
