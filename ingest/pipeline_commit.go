package ingest

import (
	"context"
	"fmt"
	"slices"

	"github.com/marsad/marsad/tools"
)

// storeBatch is the number of new ads the committer hands on at once:
// each store call is a durable write (a sync), so fewer and larger calls.
const storeBatch = 4096

// storeQueue is how many runs of new ads may wait for their embedding or
// their store call behind the one being stored.
const storeQueue = 2

// committer takes normalised batches back in input order and sorts each
// record into quarantine, duplicate or new ad; runs of new ads go on to be
// embedded (in parallel, by embedder) and stored (by storer, in order),
// so that a duplicate is never embedded. It runs in one goroutine.
type committer struct {
	p          *Pipeline
	j          job
	adds       addFunc // stores new ads
	sum        Summary // the sorting counts; the storer's are added at the end
	sinceCheck int
	fresh      []tools.Ad        // new ads not handed on yet
	freshLines []int             // the input line of each of fresh
	quar       []QuarantineEntry // quarantined records not handed on yet
	embed      *embedder
	// stored and committed are the storer's Stored and committed, once
	// it has returned.
	stored, committed int
}

// run consumes in until it is closed or an error occurs, and returns once
// every new ad is stored.
func (c *committer) run(ctx context.Context, in <-chan normBatch) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	c.embed = newEmbedder(c.p.opts.Embedder, c.p.opts.Workers)
	st := &storer{p: c.p, j: c.j, adds: c.adds, committed: c.j.skip}
	jobs := make(chan *storeJob, storeQueue)
	stored := make(chan error, 1)
	go func() {
		err := st.run(ctx, jobs)
		if err != nil {
			cancel(err) // the committer may be waiting to hand on a run
		}
		stored <- err
	}()
	err := c.sortAll(ctx, in, jobs)
	close(jobs)
	serr := <-stored
	c.sum.Add(st.sum)
	c.stored, c.committed = st.sum.Loaded, st.committed
	if serr != nil {
		return serr
	}
	return err
}

// sortAll sorts the batches of in, in input order, then hands on the rest.
func (c *committer) sortAll(ctx context.Context, in <-chan normBatch, jobs chan<- *storeJob) error {
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
			if err := c.commit(ctx, nb, jobs); err != nil {
				return err
			}
		}
	}
	if len(pending) > 0 && ctx.Err() == nil {
		return fmt.Errorf("ingest: %d batches never committed", len(pending))
	}
	return c.handOn(ctx, jobs, false)
}

// commit sorts one batch.
func (c *committer) commit(ctx context.Context, b normBatch, jobs chan<- *storeJob) error {
	for _, r := range b.recs {
		c.sum.Read++
		if r.reason != "" {
			c.sum.Quarantined++
			c.quar = append(c.quar, QuarantineEntry{File: c.j.name, Line: r.line, Reason: r.reason, Raw: r.raw, SHA256: c.j.hash})
			continue
		}
		if c.duplicate(r.entry) {
			continue
		}
		c.fresh, c.freshLines = append(c.fresh, r.ad), append(c.freshLines, r.line)
	}
	c.sinceCheck += len(b.recs)
	c.report()
	if c.sinceCheck >= c.p.opts.CheckpointEvery {
		c.sinceCheck = 0
		return c.handOn(ctx, jobs, true)
	}
	if len(c.fresh) >= storeBatch {
		return c.handOn(ctx, jobs, false)
	}
	return nil
}

// handOn starts embedding the new ads and queues them for the storer,
// with the quarantined records and, when check, a checkpoint of the
// counts so far to write once they are stored.
func (c *committer) handOn(ctx context.Context, jobs chan<- *storeJob, check bool) error {
	if len(c.fresh) == 0 && len(c.quar) == 0 && !check {
		return nil
	}
	sj := &storeJob{ads: c.fresh, lines: c.freshLines, quar: c.quar, ready: make(chan error, 1)}
	if check {
		snap := c.sum
		sj.check = &snap
	}
	c.fresh, c.freshLines, c.quar = nil, nil, nil // the store may keep the slice
	c.embed.start(ctx, sj)
	select {
	case jobs <- sj:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// duplicate reports whether the ad of e repeats a kept one, counting it;
// a new ad is kept in the dedup index. An ad that repeats one of its own
// source in another version is not a duplicate: it goes to the store,
// which replaces the earlier version (tools.AdStore.AddAds).
func (c *committer) duplicate(e dedupEntry) bool {
	d := c.p.dedup
	if i, ok := d.exact(e); ok {
		if d.edit(e, i) {
			return false
		}
		c.sum.Duplicates++
		return true
	}
	if c.p.opts.MinSimilarity > 0 {
		if i, ok := d.near(e); ok {
			if d.edit(e, i) {
				return false
			}
			c.sum.Duplicates++
			c.sum.NearDuplicates++
			return true
		}
	}
	d.add(e)
	return false
}

// storeJob is a run of new ads on its way to the store, in input order.
type storeJob struct {
	ads   []tools.Ad
	lines []int             // the input line of each ad, for the quarantine
	quar  []QuarantineEntry // records quarantined since the previous job
	check *Summary          // the sorting counts of a checkpoint due after these ads, or nil
	ready chan error        // receives once, when the ads' vectors are set
}

// storer stores the runs of new ads in order, once each is embedded,
// and writes the checkpoints. It runs in one goroutine, the only one that
// touches the quarantine during a run.
type storer struct {
	p         *Pipeline
	j         job
	adds      addFunc
	sum       Summary // Loaded, Duplicates the store already had, Quarantined by it, Unplaced, Unclassified
	committed int     // records of the input covered by the last checkpoint
}

func (s *storer) run(ctx context.Context, jobs <-chan *storeJob) error {
	for sj := range jobs {
		if err := <-sj.ready; err != nil {
			return err
		}
		if err := s.store(ctx, sj); err != nil {
			return err
		}
	}
	return nil
}

// store hands one run to the store, then checkpoints if it is due. The
// ads the store refuses go to quarantine (see add); a store failure is
// returned.
func (s *storer) store(ctx context.Context, sj *storeJob) error {
	for _, e := range sj.quar {
		s.p.quar.add(e)
	}
	if len(sj.ads) > 0 {
		sum, refused, err := s.add(ctx, sj.ads)
		if err != nil {
			return fmt.Errorf("store ads: %w", err)
		}
		s.sum.Loaded += sum.Inserted + sum.Updated
		s.sum.Updated += sum.Updated
		s.sum.Duplicates += sum.Existing
		s.quarantineRefused(sj, refused)
		for i, ad := range sj.ads {
			if !slices.ContainsFunc(refused, func(r refusal) bool { return r.at == i }) {
				s.count(ad)
			}
		}
	}
	if sj.check == nil {
		return nil
	}
	return s.checkpoint(ctx, *sj.check)
}

// count adds a stored ad's placement and classification to the summary.
func (s *storer) count(ad tools.Ad) {
	if ad.Region == "" {
		s.sum.Unplaced++
	}
	if ad.Occupation == "" {
		s.sum.Unclassified++
	}
}

// checkpoint flushes the quarantine and records how many records of the
// input are committed (sorted, and their new ads stored), so that an
// interrupted run resumes after them.
func (s *storer) checkpoint(ctx context.Context, sorted Summary) error {
	if err := s.p.quar.flush(ctx); err != nil {
		return fmt.Errorf("quarantine: %w", err)
	}
	if s.j.hash == "" {
		return nil
	}
	sorted.Add(s.sum)
	fs := Checkpoint{Name: s.j.name, Kind: s.j.kind, Records: s.j.skip + sorted.Read, Summary: sorted}
	if err := s.p.state.put(ctx, s.j.hash, fs); err != nil {
		return fmt.Errorf("ingest state: %w", err)
	}
	s.committed = fs.Records
	return nil
}

// stopped is the error of a run stopped by err, saying what it stored
// and where a re-run resumes.
func (c *committer) stopped(err error) *StoppedError {
	resume := c.committed
	if c.j.hash == "" {
		resume = -1
	}
	return &StoppedError{Name: c.j.name, Stored: c.stored, Resume: resume, Err: err}
}
