package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"path"

	"github.com/marsad/marsad/ingest/seed"
	"github.com/marsad/marsad/tools"
)

// SeedObservations returns the official figures bundled in seed.FS
// (indicators/*.csv), read as ReadIndicators reads a file.
func SeedObservations() ([]tools.Observation, error) {
	names, err := seedFiles(KindIndicators)
	if err != nil {
		return nil, err
	}
	var all []tools.Observation
	for _, name := range names {
		f, err := seed.FS.Open(name)
		if err != nil {
			return nil, err
		}
		obs, err := ReadIndicators(f, "seed/"+name)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("bundled seed is invalid: %w", err)
		}
		all = append(all, obs...)
	}
	return all, nil
}

// IngestSeed loads the bundled files of one kind (ads, profiles, notes)
// through p, each input named seed/<path>.
func (p *Pipeline) IngestSeed(ctx context.Context, kind string) error {
	names, err := seedFiles(kind)
	if err != nil {
		return err
	}
	for _, name := range names {
		f, err := seed.FS.Open(name)
		if err != nil {
			return err
		}
		_, err = p.Ingest(ctx, kind, "seed/"+name, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("seed %s: %w", kind, err)
		}
	}
	return nil
}

// seedFiles lists the bundled data files of a kind, leaving out the keys
// of the evaluations (*.tsv: duplicates, labels, bad records).
func seedFiles(kind string) ([]string, error) {
	names, err := fs.Glob(seed.FS, kind+"/*")
	if err != nil {
		return nil, err
	}
	out := names[:0]
	for _, n := range names {
		if path.Ext(n) != ".tsv" {
			out = append(out, n)
		}
	}
	return out, nil
}

// AdHistoryFile is the bundled monthly history of ad counts, in seed.FS.
const AdHistoryFile = "ad_history/monthly_ad_counts.csv"

// SeedAdHistory returns the bundled demo history of monthly ad counts
// (AdHistoryFile, read by ReadAdHistory) as the in-memory history that
// forecast_demand reads. It is demonstration data whatever store holds
// the ads, and the history says so (HistorySource.Demo).
func SeedAdHistory() (*tools.MemoryAdHistory, error) {
	f, err := seed.FS.Open(AdHistoryFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := ReadAdHistory(f, "seed/"+AdHistoryFile)
	if err != nil {
		return nil, fmt.Errorf("bundled ad history is invalid: %w", err)
	}
	cells := make([]tools.MonthlyAdCount, len(rows))
	source := ""
	for i, r := range rows {
		cells[i] = tools.MonthlyAdCount{Month: r.Month, Occupation: r.ISCO, Region: r.Region, Ads: r.Ads}
		source = r.Source
	}
	return tools.NewMemoryAdHistory(cells, source, true)
}
