package main

import (
	"context"
	"sync"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// seedHistory is the bundled demo history of monthly ad counts
// (ingest.SeedAdHistory) that forecast_demand reads, read at its first
// use: a fifth of a start's CPU that no other tool needs. serve reads it
// once it listens (warm), and logs there a history that does not read.
type seedHistory struct {
	load func() (*tools.MemoryAdHistory, error)
}

var _ tools.AdHistory = seedHistory{}

func newSeedHistory() seedHistory {
	return seedHistory{load: sync.OnceValues(ingest.SeedAdHistory)}
}

// warm reads the history now, if not yet read.
func (h seedHistory) warm() error {
	_, err := h.load()
	return err
}

// MonthlyAds implements tools.AdHistory.
func (h seedHistory) MonthlyAds(ctx context.Context, occupation, region string) (string, []float64, error) {
	m, err := h.load()
	if err != nil {
		return "", nil, err
	}
	return m.MonthlyAds(ctx, occupation, region)
}

// HistoryOccupations implements tools.AdHistory.
func (h seedHistory) HistoryOccupations(ctx context.Context) ([]string, error) {
	m, err := h.load()
	if err != nil {
		return nil, err
	}
	return m.HistoryOccupations(ctx)
}

// About implements tools.AdHistory; a history that does not read says
// nothing (its MonthlyAds and HistoryOccupations return the error).
func (h seedHistory) About() tools.HistorySource {
	m, err := h.load()
	if err != nil {
		return tools.HistorySource{}
	}
	return m.About()
}
