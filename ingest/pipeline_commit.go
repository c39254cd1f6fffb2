package ingest

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/tools"
)

// storeBatch is the number of new ads the committer hands the store at
// once: each call is a durable write (a sync), so fewer and larger calls.
const storeBatch = 4096

// committer takes normalised batches back in input order, sorts each
// record into quarantine, duplicate or new ad, stores the new ads and
// checkpoints the input's progress. It runs in one goroutine.
type committer struct {
	p          *Pipeline
	j          job
	sum        Summary
	sinceCheck int
	fresh      []tools.Ad // new ads not stored yet
}

// run consumes in until it is closed or an error occurs.
func (c *committer) run(ctx context.Context, in <-chan normBatch) error {
	pending := map[int]normBatch{}
	next := 0
	for b := range in {
		pending[b.seq] = b
		for {
			nb, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := c.commit(ctx, nb); err != nil {
				return err
			}
		}
	}
	if len(pending) > 0 && ctx.Err() == nil {
		return fmt.Errorf("ingest: %d batches never committed", len(pending))
	}
	return c.store(ctx)
}

// commit handles one batch.
func (c *committer) commit(ctx context.Context, b normBatch) error {
	for _, r := range b.recs {
		c.sum.Read++
		if r.reason != "" {
			c.sum.Quarantined++
			c.p.quar.add(QuarantineEntry{File: c.j.name, Line: r.line, Reason: r.reason, Raw: r.raw, SHA256: c.j.hash})
			continue
		}
		if c.duplicate(r.entry) {
			continue
		}
		c.fresh = append(c.fresh, r.ad)
	}
	c.sinceCheck += len(b.recs)
	c.report()
	if c.sinceCheck >= c.p.opts.CheckpointEvery {
		c.sinceCheck = 0
		if err := c.store(ctx); err != nil {
			return err
		}
		return c.checkpoint()
	}
	if len(c.fresh) >= storeBatch {
		return c.store(ctx)
	}
	return nil
}

// store hands the new ads to the store.
func (c *committer) store(ctx context.Context) error {
	if len(c.fresh) == 0 {
		return nil
	}
	s, err := c.p.store.AddAds(ctx, c.fresh)
	if err != nil {
		return fmt.Errorf("store ads: %w", err)
	}
	c.sum.Loaded += s.Inserted
	c.sum.Duplicates += s.Existing
	for _, ad := range c.fresh {
		c.count(ad)
	}
	c.fresh = nil // the store may keep the slice
	return nil
}

// duplicate reports whether the ad of e repeats a kept one, counting it;
// a new ad is kept in the dedup index.
func (c *committer) duplicate(e dedupEntry) bool {
	d := c.p.dedup
	if _, ok := d.exact(e); ok {
		c.sum.Duplicates++
		return true
	}
	if c.p.opts.MinSimilarity > 0 {
		if _, ok := d.near(e); ok {
			c.sum.Duplicates++
			c.sum.NearDuplicates++
			return true
		}
	}
	d.add(e)
	return false
}

// count adds a stored ad's placement and classification to the summary.
func (c *committer) count(ad tools.Ad) {
	if ad.Region == "" {
		c.sum.Unplaced++
	}
	if ad.Occupation == "" {
		c.sum.Unclassified++
	}
}

// checkpoint flushes the quarantine and records how many records of the
// input are committed, so that an interrupted run resumes after them.
func (c *committer) checkpoint() error {
	if err := c.p.quar.flush(); err != nil {
		return fmt.Errorf("quarantine: %w", err)
	}
	if c.j.hash == "" {
		return nil
	}
	fs := fileState{Name: c.j.name, Kind: c.j.kind, Records: c.j.skip + c.sum.Read, Summary: c.sum}
	if err := c.p.state.put(c.j.hash, fs); err != nil {
		return fmt.Errorf("ingest state: %w", err)
	}
	return nil
}
