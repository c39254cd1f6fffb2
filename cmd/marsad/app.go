package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/ingest"
	ingestpg "github.com/marsad/marsad/ingest/postgres"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/tokens"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/web"
	"github.com/marsad/marsad/web/chart"
)

// app is everything a command needs, built from the configuration; close
// releases it in reverse order of construction.
type app struct {
	cfg        config
	indicators tools.IndicatorStore
	market     tools.JobMarketStore
	history    seedHistory // what forecast_demand reads
	index      *retrieval.Index
	embedder   retrieval.Embedder // of the index, and of the ads' vectors
	pipeline   *ingest.Pipeline
	queue      *ingestpg.Queue       // uploads as jobs, with PostgreSQL; nil without
	progress   func(ingest.Progress) // set by the ingest command
	kit        *tools.Kit
	assistant  *assistant.Assistant
	closers    []func() error
	checks     []web.Check // what /readyz probes: the stores' servers, as they open

	charts   *chart.Store // pictures of the turns' charts (serve, ask)
	chartLog func(error)  // where a chart failure is logged
}

func newApp(ctx context.Context, cfg config) (*app, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	a := &app{cfg: cfg}
	lock, err := lockDataDir(cfg.DataDir, cfg.Command)
	if err != nil {
		return nil, err
	}
	a.closers = append(a.closers, lock.release)
	removeStaleUploads(cfg.DataDir)
	if err := a.openStores(ctx); err != nil {
		a.close()
		return nil, err
	}
	if err := a.openCorpus(ctx); err != nil {
		a.close()
		return nil, err
	}
	store := a.indicators
	kit := []tools.Tool{tools.SeriesTool{Store: store}, tools.CompareTool{Store: store},
		tools.DocumentsTool{Searcher: tools.CorpusSearcher{Index: tools.IndexSearcher{Index: a.index}, Ads: a.market, Embedder: a.embedder},
			Profiles: a.market.Profiles}}
	// forecast_demand reads the bundled demo history of monthly ad counts,
	// whatever the store: the stored ads cover too few months to forecast.
	a.history = newSeedHistory()
	kit = append(kit, tools.ForecastTool{History: a.history, Profiles: a.market.Profiles, Memo: &tools.ForecastMemo{}})
	a.kit = tools.NewKit(append(kit, tools.JobMarketTools(a.market, a.embedder)...)...)
	if cfg.Metrics != nil {
		a.kit = a.kit.WithObserver(cfg.Metrics.ToolCall)
	}
	planner, replayer, err := newPlanner(cfg, a.kit)
	if err != nil {
		a.close()
		return nil, err
	}
	opts, err := a.sessionOptions(ctx)
	if err != nil {
		a.close()
		return nil, err
	}
	charts, err := a.chartOptions()
	if err != nil {
		a.close()
		return nil, err
	}
	opts = append(opts, charts...)
	a.assistant = assistant.New(planner, append(opts, assistant.WithTokenBudget(countTokens, cfg.MaxMsgTokens),
		assistant.WithReplayPlanner(replayer))...)
	return a, nil
}

// openIndicators opens the indicator store: PostgreSQL when configured,
// which then also holds the job ads (market is set), else the embedded
// store under the data folder (market is nil).
func openIndicators(ctx context.Context, cfg config) (store tools.IndicatorStore, market tools.JobMarketStore, err error) {
	if cfg.DatabaseURL != "" {
		pg, err := openPostgres(ctx, cfg.DatabaseURL)
		if err != nil {
			return nil, nil, err
		}
		return pg, pg, nil
	}
	s, err := embedded.Open(filepath.Join(cfg.DataDir, "indicators.csv"))
	if err != nil {
		return nil, nil, err
	}
	return s, nil, nil
}

// seedIndicators loads the bundled official figures that the store does
// not hold yet: a fresh install answers at once, a newer binary adds its new
// seed rows, and an operator's corrections are never overwritten by the
// seed at the next start.
func seedIndicators(ctx context.Context, s tools.IndicatorStore) error {
	all, err := ingest.SeedObservations()
	if err != nil {
		return err
	}
	missing, err := absent(ctx, s, all)
	if err != nil || len(missing) == 0 {
		return err
	}
	if _, err := s.Load(ctx, missing); err != nil {
		return fmt.Errorf("load seed figures: %w", err)
	}
	return nil
}

// absent returns the observations whose natural key the store lacks,
// reading each series once.
func absent(ctx context.Context, s tools.IndicatorStore, obs []tools.Observation) ([]tools.Observation, error) {
	type series struct {
		indicator string
		cell      tools.Cell
	}
	stored := map[series]map[string]bool{}
	var out []tools.Observation
	for _, o := range obs {
		k := series{o.Indicator, tools.Cell{Geo: o.Geo, Area: o.Area, Sex: o.Sex, Age: o.Age, Diploma: o.Diploma}}
		periods, ok := stored[k]
		if !ok {
			ps, err := s.Periods(ctx, k.indicator, k.cell)
			if err != nil {
				return nil, fmt.Errorf("seed: %w", err)
			}
			periods = map[string]bool{}
			for _, p := range ps {
				periods[p] = true
			}
			stored[k] = periods
		}
		if !periods[o.Period] {
			out = append(out, o)
		}
	}
	return out, nil
}

// countTokens counts cl100k_base tokens; should the embedded encoding be
// unusable, it falls back to bytes, an upper bound of the token count.
func countTokens(s string) int {
	n, err := tokens.Count(s)
	if err != nil {
		return len(s)
	}
	return n
}

func (a *app) close() error {
	var errs []error
	for i := len(a.closers) - 1; i >= 0; i-- {
		errs = append(errs, a.closers[i]())
	}
	return errors.Join(errs...)
}

// loadedSources lists the sources of the figures, job ads, occupation
// sheets and notes the stores hold, for the page's footer.
func (a *app) loadedSources(ctx context.Context) ([]tools.LoadedSource, error) {
	var notes tools.NotePublishers
	if a.index != nil {
		notes = a.index.Store()
	}
	return tools.LoadedSources(ctx, a.indicators, a.market, notes)
}
