package tools

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/marsad/marsad/tools/forecast"
)

// AdHistory is the monthly history of job-ad counts that forecast_demand
// reads: how many ads of each occupation were posted in each region in
// each month. It is kept apart from the ads themselves because a forecast
// needs years of months, which the stored ads do not cover. Marsad ships
// one history, the demo history of ingest/seed/ad_history, whatever the
// store of ads (embedded or PostgreSQL). Implementations are safe for
// concurrent use.
type AdHistory interface {
	// MonthlyAds returns the monthly counts of an occupation (ISCO-08
	// code) in a region (MA-01 … MA-12; "" for the whole country, the sum
	// of the regions), one per month without gaps from start (YYYY-MM) to
	// the history's last month; no counts when the history has none.
	MonthlyAds(ctx context.Context, occupation, region string) (start string, counts []float64, err error)
	// HistoryOccupations lists the codes the history covers, sorted.
	HistoryOccupations(ctx context.Context) ([]string, error)
	// About says where the history comes from.
	About() HistorySource
}

// HistorySource describes an AdHistory: who counted, which months it
// covers, and whether it is demonstration data (then every forecast made
// from it is one too).
type HistorySource struct {
	Source string `json:"source"` // who counted ("demo generator")
	From   string `json:"from"`   // first month, YYYY-MM
	To     string `json:"to"`     // last month
	Demo   bool   `json:"demo"`
}

// MonthlyAdCount is one cell of a history: the ads of one occupation in
// one region in one month.
type MonthlyAdCount struct {
	Month      string // YYYY-MM
	Occupation string // ISCO-08 code
	Region     string // MA-01 … MA-12
	Ads        int
}

// MemoryAdHistory is an AdHistory held in memory.
type MemoryAdHistory struct {
	about HistorySource
	last  forecast.Period
	// first month with a row, per occupation; its series run from there
	first map[string]forecast.Period
	cells map[historyKey]float64
	codes []string
	// occupations and regions index the codes of the cells' keys
	occupations, regions map[string]int32
}

// indexOf returns the index of s in m, adding it (a copy) when absent, and
// the copy when names is not nil (the copies by index).
func indexOf(m map[string]int32, names *[]string, s string) (int32, string) {
	i, ok := m[s]
	if !ok {
		i = int32(len(m))
		c := strings.Clone(s)
		m[c] = i
		if names != nil {
			*names = append(*names, c)
		}
	}
	if names == nil {
		return i, ""
	}
	return i, (*names)[i]
}

// historyKey is a cell: its month as a count of months since year 0,
// its occupation and region as indexes into the history's lists. It holds
// no pointer, so the garbage collector of a server holding the history
// for its life never scans the cells (some 70,000 for the seed history),
// as it did when they were keyed by the rows' strings.
type historyKey struct{ month, occupation, region int32 }

// monthZero is the month a historyKey counts from.
var monthZero = forecast.Period{Year: 0, Sub: 1, Season: forecast.Monthly}

// NewMemoryAdHistory builds a history from rows counted by source (demo
// marks demonstration data). A month that is not YYYY-MM, a negative
// count or a repeated cell is an error wrapping ErrBadData that names the
// row; months absent between an occupation's first month and the
// history's last one count no ad.
func NewMemoryAdHistory(rows []MonthlyAdCount, source string, demo bool) (*MemoryAdHistory, error) {
	h := &MemoryAdHistory{first: map[string]forecast.Period{}, cells: make(map[historyKey]float64, len(rows)),
		occupations: map[string]int32{}, regions: map[string]int32{}}
	h.about = HistorySource{Source: strings.Clone(source), Demo: demo}
	var codes []string // by index, each a copy, not a row's string
	var first forecast.Period
	for i, r := range rows {
		p, err := forecast.ParsePeriod(r.Month)
		if err != nil || p.Season != forecast.Monthly {
			return nil, fmt.Errorf("%w: ad history row %d: month %q, want YYYY-MM", ErrBadData, i+1, r.Month)
		}
		if r.Ads < 0 {
			return nil, fmt.Errorf("%w: ad history row %d: %d ads, want 0 or more", ErrBadData, i+1, r.Ads)
		}
		oi, code := indexOf(h.occupations, &codes, r.Occupation)
		ri, _ := indexOf(h.regions, nil, r.Region)
		k := historyKey{int32(p.Since(monthZero)), oi, ri}
		if _, dup := h.cells[k]; dup {
			return nil, fmt.Errorf("%w: ad history row %d: %s %s %s repeats an earlier row", ErrBadData, i+1, r.Month, r.Occupation, r.Region)
		}
		h.cells[k] = float64(r.Ads)
		if f, ok := h.first[code]; !ok || p.Since(f) < 0 {
			h.first[code] = p
		}
		if i == 0 || p.Since(first) < 0 {
			first = p
		}
		if i == 0 || p.Since(h.last) > 0 {
			h.last = p
		}
	}
	for c := range h.first {
		h.codes = append(h.codes, c)
	}
	slices.Sort(h.codes)
	if len(rows) > 0 {
		h.about.From, h.about.To = first.String(), h.last.String()
	}
	return h, nil
}

// MonthlyAds implements AdHistory.
func (h *MemoryAdHistory) MonthlyAds(_ context.Context, occupation, region string) (string, []float64, error) {
	start, ok := h.first[occupation]
	if !ok {
		return "", nil, nil
	}
	regions := Regions
	if region != "" {
		regions = []string{region}
	}
	n := h.last.Since(start) + 1
	counts := make([]float64, n)
	seen := false
	oi := h.occupations[occupation] // there, as first is
	for i := range n {
		m := int32(start.Add(i).Since(monthZero))
		for _, r := range regions {
			ri, ok := h.regions[r]
			if !ok {
				continue
			}
			v, ok := h.cells[historyKey{m, oi, ri}]
			counts[i] += v
			seen = seen || ok
		}
	}
	if !seen {
		return "", nil, nil
	}
	return start.String(), counts, nil
}

// HistoryOccupations implements AdHistory.
func (h *MemoryAdHistory) HistoryOccupations(context.Context) ([]string, error) {
	return slices.Clone(h.codes), nil
}

// About implements AdHistory.
func (h *MemoryAdHistory) About() HistorySource { return h.about }
