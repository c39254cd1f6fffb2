package collect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/marsad/marsad/ingest"
)

// IngestFunc ingests one input of job ads fetched at at, named name (its
// address): ingest.Pipeline.IngestFetched.
type IngestFunc func(ctx context.Context, name string, r io.Reader, at time.Time) (ingest.Summary, error)

// Config is what a Collector works with. Every field but State is
// required.
type Config struct {
	Fetcher Fetcher
	HTML    ParseFunc // collect/markup.Parse
	XML     ParseFunc // collect/feed.Parse
	Ingest  IngestFunc
	// State keeps the pages' validators between runs; nil keeps them for
	// the Collector's life only.
	State StateStore
	// Now is the clock of a run's start; nil is time.Now.
	Now func() time.Time
}

// Collector collects job ads from sources. Collect may be called from
// several goroutines; the pipeline runs one ingestion at a time.
type Collector struct {
	cfg Config
}

// New returns a Collector.
func New(cfg Config) (*Collector, error) {
	if cfg.Fetcher == nil || cfg.HTML == nil || cfg.XML == nil || cfg.Ingest == nil {
		return nil, errors.New("collect: a collector needs a fetcher, an HTML and an XML parser, and an ingest function")
	}
	if cfg.State == nil {
		cfg.State, _ = OpenState("")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Collector{cfg: cfg}, nil
}

// Collect collects src once: it fetches what changed since the last
// completed run, ingests the ads it found as one input named by the
// source's address, then records the pages' validators. It returns an
// error, having stored nothing and kept the validators it had, when the
// source's own address cannot be fetched or read, when ctx ends, or when
// the ingestion fails; the Report then says what was fetched. Pages that
// failed or were skipped are listed in the Report, not returned as an
// error.
func (c *Collector) Collect(ctx context.Context, src Source) (Report, error) {
	if err := src.Check(); err != nil {
		return Report{}, err
	}
	re, _ := src.adLinks()
	known, err := c.cfg.State.Pages(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("collect %s: %w", src.Address, err)
	}
	r := &run{c: c, src: src, adRe: re, at: c.cfg.Now(), known: known, pages: map[string]PageState{}, visited: map[string]bool{}}
	r.rep.Files = []string{}
	if err := r.walk(ctx); err != nil {
		return r.rep, fmt.Errorf("collect %s: %w", src.Address, err)
	}
	if err := ctx.Err(); err != nil {
		return r.rep, fmt.Errorf("collect %s: stopped, nothing stored: %w", src.Address, err)
	}
	if err := r.store(ctx); err != nil {
		return r.rep, fmt.Errorf("collect %s: %w", src.Address, err)
	}
	if err := c.cfg.State.Put(ctx, r.pages); err != nil {
		return r.rep, err
	}
	return r.rep, nil
}

// CollectAll collects each source in turn and adds up the reports; the
// error joins those of the sources that failed (the others are stored).
func (c *Collector) CollectAll(ctx context.Context, srcs []Source) (Report, error) {
	var all Report
	all.Files = []string{}
	var errs []error
	for _, s := range srcs {
		rep, err := c.Collect(ctx, s)
		all.Add(rep)
		if err != nil {
			errs = append(errs, err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	return all, errors.Join(errs...)
}
