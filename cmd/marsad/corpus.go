package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/embed"
	vectors "github.com/marsad/marsad/retrieval/embedded"
	"github.com/marsad/marsad/retrieval/qdrant"
	"github.com/marsad/marsad/web"
)

// seedReference is the date the bundled demo ads were collected: their
// relative dates ("il y a 3 jours") are read from it, not from the day of
// the first start, so every install holds the same corpus.
var seedReference = time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)

// openCorpus opens the ingestion pipeline over the stores openStores
// opened, and loads the bundled demo corpus into a store that has no
// occupation profile yet.
func (a *app) openCorpus(ctx context.Context) error {
	ingestOpts := ingest.Options{DataDir: ingestDir(a.cfg.DataDir), Index: a.index.Add, Embedder: a.embedder}
	if a.queue != nil {
		ingestOpts.Ledger = a.queue.Ledger()
	}
	if err := a.seedCorpus(ctx, ingestOpts); err != nil {
		return err
	}
	ingestOpts.Progress = func(pr ingest.Progress) {
		if a.progress != nil {
			a.progress(pr)
		}
	}
	ingestOpts.Force = a.cfg.Force
	var err error
	a.pipeline, err = ingest.NewPipeline(ctx, a.market, ingestOpts) // after the seed: it reads the profiles
	return err
}

// ingestDir is where ingestion keeps its state in the data folder dir:
// checkpoints and, without a database, the quarantine.
func ingestDir(dir string) string { return filepath.Join(dir, "ingest") }

func newEmbedder(ctx context.Context, cfg config) (retrieval.Embedder, error) {
	switch cfg.Embedder {
	case "", "builtin":
		return embed.NewBuiltin(), nil
	case "openai":
		return embed.NewOpenAI(ctx, cfg.LLMBaseURL, cfg.EmbedModel, cfg.LLMAPIKey)
	case "ollama":
		return embed.NewOllama(ctx, cfg.LLMBaseURL, cfg.EmbedModel)
	}
	return nil, fmt.Errorf("MARSAD_EMBEDDER=%q: want builtin, openai or ollama", cfg.Embedder)
}

// openVectors opens the vector store: Qdrant when configured (then
// with its /readyz probe), else the embedded one under the data folder.
func openVectors(ctx context.Context, cfg config, dim int) (retrieval.Store, *web.Check, error) {
	if cfg.QdrantURL == "" {
		s, err := vectors.Open(filepath.Join(cfg.DataDir, "vectors"), dim)
		if err != nil { // not a nil *vectors.Store in an interface
			return nil, nil, err
		}
		return s, nil, nil
	}
	client, err := qdrant.Connect(cfg.QdrantURL, "")
	if err != nil {
		return nil, nil, err
	}
	s, err := qdrant.New(ctx, client, "marsad", dim)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	return s, &web.Check{Name: "qdrant", Probe: func(ctx context.Context) error { return qdrant.Ping(ctx, client) }}, nil
}

// seedCorpus loads the bundled profiles, notes and ads, in that order
// (ads are classified against the profiles), when the store has no
// profile: a fresh install has a rich corpus at once, and an operator's
// own data is never mixed with the demo one afterwards.
//
// A store seeded by another process (PostgreSQL shared by replicas) with
// an index of its own that is empty (the embedded one of a new data
// folder) gets the demo profiles and notes indexed again, not its ads.
func (a *app) seedCorpus(ctx context.Context, opts ingest.Options) error {
	ps, err := a.market.Profiles(ctx)
	if err != nil {
		return err
	}
	kinds := []string{ingest.KindProfiles, ingest.KindNotes, ingest.KindAds}
	if len(ps) > 0 {
		n, err := a.index.Store().Count(ctx)
		if err != nil || n > 0 {
			return err
		}
		kinds = kinds[:2]
	}
	opts.DataDir = "" // the demo's planted bad records stay out of the operator's quarantine
	opts.Now = func() time.Time { return seedReference }
	p, err := ingest.NewPipeline(ctx, a.market, opts)
	if err != nil {
		return err
	}
	for _, kind := range kinds {
		if err := p.IngestSeed(ctx, kind); err != nil {
			return err
		}
	}
	return nil
}
