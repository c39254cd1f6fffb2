package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"golang.org/x/sync/errgroup"

	"github.com/marsad/marsad/tools"
)

// rawBatch is a run of consecutive records.
type rawBatch struct {
	seq  int
	recs []*rawAd
}

// normBatch is a rawBatch normalised.
type normBatch struct {
	seq  int
	recs []normalised
}

// ingestAds streams one export of job ads through read → normalise (in
// parallel, bounded) → dedup and store (in input order).
func (p *Pipeline) ingestAds(ctx context.Context, j job) (Summary, error) {
	rd, err := newAdReader(j.r, sniffAdFormat(j.head))
	if err != nil {
		var re *RowError
		if errors.As(err, &re) {
			re.File = j.name
		}
		return Summary{}, err
	}
	adds, release, err := p.holdAds(ctx)
	if err != nil {
		return Summary{}, err
	}
	defer release()
	if p.opts.Ledger != nil {
		// Another replica may have run the same input while this one
		// waited for the hold: its checkpoint is read again.
		if skipped, err := p.resume(ctx, &j); err != nil || skipped {
			return Summary{Files: []string{}, Skipped: []string{j.name}}, err
		}
	}
	c := &committer{p: p, j: j, adds: adds, sum: Summary{Files: []string{j.name}, Quarantine: p.quar.path}}
	if j.skip > 0 {
		c.sum.Resumed = []string{j.name}
	}
	if err := p.runAds(ctx, rd, c); err != nil {
		p.dedup = nil // it may hold ads that were not stored: rebuild from the store
		p.quar.discard()
		return Summary{}, c.stopped(err)
	}
	cols := rd.columns()
	c.sum.Mapped, c.sum.UnknownColumns = maps.Clone(cols.Mapped), slices.Clone(cols.Unknown)
	if len(c.sum.Mapped) == 0 {
		c.sum.Mapped = nil
	}
	if err := errors.Join(p.quar.flush(ctx), p.done(ctx, j, c.sum)); err != nil {
		return c.sum, fmt.Errorf("%s: %w", j.name, err)
	}
	return c.sum, nil
}

// addFunc stores a run of new ads: tools.AdStore.AddAds, or
// tools.HeldAds.AddAds.
type addFunc func(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error)

// holdAds readies the near-duplicate index for a run and returns how the
// run stores its ads and what ends the run's hold. A store that other
// processes write (tools.SharedAdStore) is held for the whole run, and
// the index first takes in the ads they stored since it last looked:
// deduplication then decides on everything stored, as it does in one
// process, and no replica stores an ad another stored meanwhile.
func (p *Pipeline) holdAds(ctx context.Context) (addFunc, func(), error) {
	shared, ok := p.store.(tools.SharedAdStore)
	if !ok {
		if err := p.loadDedup(ctx, p.store.Fingerprints); err != nil {
			return nil, nil, err
		}
		return p.store.AddAds, func() {}, nil
	}
	held, err := shared.HoldAds(ctx)
	if err != nil {
		return nil, nil, err
	}
	catchUp := func(ctx context.Context, fn func(tools.AdFingerprint) error) error {
		seen, err := held.FingerprintsAfter(ctx, p.seen, fn)
		p.seen = seen
		return err
	}
	if err := p.loadDedup(ctx, catchUp); err != nil {
		held.Release()
		return nil, nil, err
	}
	return held.AddAds, held.Release, nil
}

// loadDedup builds the near-duplicate index from the stored ads, once,
// or, for a shared store, adds to it the ads stored since it was built:
// read calls its function for them in the order they were stored. An
// ad the index holds (one this process stored) is not added again.
func (p *Pipeline) loadDedup(ctx context.Context, read func(context.Context, func(tools.AdFingerprint) error) error) error {
	if p.dedup == nil {
		p.dedup, p.seen = newDeduper(p.opts.MinSimilarity), 0
	} else if _, shared := p.store.(tools.SharedAdStore); !shared {
		return nil
	}
	d := p.dedup
	err := read(ctx, func(f tools.AdFingerprint) error {
		if _, ok := d.ids[idKey(f.ID)]; !ok {
			d.add(newEntry(f.ID, f.Signature, f.Region, f.Employer, f.SourceKey, f.Version))
		}
		return nil
	})
	if err != nil {
		p.dedup = nil
		return fmt.Errorf("load stored ads for dedup: %w", err)
	}
	return nil
}

// runAds reads batches and hands each to a worker (at most
// Options.Workers at a time); the committer takes them back in order. The
// first error stops everything.
func (p *Pipeline) runAds(ctx context.Context, rd adReader, c *committer) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	out := make(chan normBatch, p.opts.Workers)
	committed := make(chan error, 1)
	go func() {
		err := c.run(ctx, out)
		if err != nil {
			cancel(err)
		}
		committed <- err
	}()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(p.opts.Workers)
	norm := &normaliser{classifier: p.classifier, ref: c.j.ref, file: c.j.name, fetched: c.j.fetched}
	readErr := p.readBatches(gctx, rd, c.j.skip, func(b rawBatch) {
		g.Go(func() error {
			nb, err := norm.batch(gctx, b)
			if err != nil {
				return err
			}
			select {
			case out <- nb:
				return nil
			case <-gctx.Done():
				return context.Cause(gctx)
			}
		})
	})
	err := errors.Join(readErr, g.Wait())
	close(out)
	if cerr := <-committed; cerr != nil {
		return cerr
	}
	return err
}

// readBatches reads rd to its end in batches, skipping the first skip
// records (committed by an interrupted run), and calls emit for each.
func (p *Pipeline) readBatches(ctx context.Context, rd adReader, skip int, emit func(rawBatch)) error {
	b := rawBatch{}
	for n := 0; ; n++ {
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		r, err := rd.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if n < skip {
			continue
		}
		b.recs = append(b.recs, r)
		if len(b.recs) == p.opts.BatchSize {
			emit(b)
			b = rawBatch{seq: b.seq + 1}
		}
	}
	if len(b.recs) > 0 {
		emit(b)
	}
	return nil
}

func (n *normaliser) batch(ctx context.Context, b rawBatch) (normBatch, error) {
	out := normBatch{seq: b.seq, recs: make([]normalised, len(b.recs))}
	for i, r := range b.recs {
		nr, err := n.normalise(ctx, r)
		if err != nil {
			return out, err
		}
		out.recs[i] = nr
	}
	return out, nil
}
