package main

import (
	"context"
	"path/filepath"

	"golang.org/x/sync/errgroup"

	ingestpg "github.com/marsad/marsad/ingest/postgres"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/web"
)

// opened is what openStores opens; a nil field was not opened.
type opened struct {
	indicators tools.IndicatorStore
	pgMarket   tools.JobMarketStore // the indicator store, when it is PostgreSQL
	embedder   retrieval.Embedder
	vectors    retrieval.Store
	qdrant     *web.Check // its probe, when the vectors are in Qdrant
	index      *retrieval.Index
	market     *embedded.JobMarket // without PostgreSQL
	queue      *ingestpg.Queue     // with PostgreSQL
}

// openStores opens the stores that start-up needs, each on its own goroutine: they read different folders, files
// and servers, and one after the other they were most of a start (the
// job-ad store's index snapshot, the retrieval index with its tokenizer,
// the seed figures). Then it sets a's
// fields and its closers in the order of construction (indicators,
// vectors, job ads, upload queue), also for what opened when another
// part failed, and returns the first error. The upload queue opens after
// the indicator store: both migrate the same PostgreSQL database.
func (a *app) openStores(ctx context.Context) error {
	var o opened
	var g errgroup.Group
	g.Go(func() error {
		if err := o.openIndicators(ctx, a.cfg); err != nil {
			return err
		}
		if a.cfg.DatabaseURL == "" {
			return nil
		}
		// Replicas share the checkpoints and the quarantine, and the
		// queue of uploads: any of them runs an upload another received.
		q, err := ingestpg.Open(ctx, a.cfg.DatabaseURL, ingestpg.Options{SpoolDir: uploadsDir(a.cfg.DataDir)})
		o.queue = q
		return err
	})
	g.Go(func() error { return o.openIndex(ctx, a.cfg) })
	if a.cfg.DatabaseURL == "" { // the embedded job-ad store under the data folder
		g.Go(func() (err error) {
			o.market, err = embedded.OpenJobMarket(filepath.Join(a.cfg.DataDir, "demand"))
			return err
		})
	}
	err := g.Wait()
	a.adopt(o)
	return err
}

// openIndicators opens the indicator store (openIndicators) and loads the
// seed figures it lacks.
func (o *opened) openIndicators(ctx context.Context, cfg config) error {
	s, market, err := openIndicators(ctx, cfg)
	if err != nil {
		return err
	}
	o.indicators, o.pgMarket = s, market
	return seedIndicators(ctx, s)
}

// openIndex opens the embedder, the vector store and the retrieval index
// over them.
func (o *opened) openIndex(ctx context.Context, cfg config) error {
	emb, err := newEmbedder(ctx, cfg)
	if err != nil {
		return err
	}
	o.embedder = emb
	if o.vectors, o.qdrant, err = openVectors(ctx, cfg, emb.Dimension()); err != nil {
		return err
	}
	var opts []retrieval.Option
	if cfg.Metrics != nil {
		opts = append(opts, retrieval.WithSearchObserver(cfg.Metrics.Search))
	}
	o.index, err = retrieval.NewIndex(o.vectors, emb, opts...)
	return err
}

// adopt sets a's stores from o, with their closers and /readyz probes.
func (a *app) adopt(o opened) {
	if o.indicators != nil {
		if pg, ok := o.indicators.(interface{ Ping(context.Context) error }); ok {
			a.checks = append(a.checks, web.Check{Name: "postgres", Probe: pg.Ping})
		}
		a.indicators, a.market = o.indicators, o.pgMarket
		a.closers = append(a.closers, o.indicators.Close)
	}
	if o.qdrant != nil {
		a.checks = append(a.checks, *o.qdrant)
	}
	if o.vectors != nil {
		a.closers = append(a.closers, o.vectors.Close)
	}
	a.embedder, a.index = o.embedder, o.index
	if o.market != nil {
		a.market = o.market
		a.closers = append(a.closers, o.market.Close)
	}
	if o.queue != nil {
		a.queue = o.queue
		a.closers = append(a.closers, func() error { o.queue.Close(); return nil })
	}
}
