package gen

import (
	"encoding/csv"
	"io"
	"math"
	"slices"
	"strconv"
	"time"
)

//go:generate go run ./cmd/genhistory -out ../seed/ad_history/monthly_ad_counts.csv

// The monthly ad history covers these months, both included.
const (
	HistoryFrom   = "2019-01"
	HistoryTo     = "2025-10"
	HistorySeed   = 20251101 // the seed of the bundled file
	HistorySource = "demo generator"
)

// MonthlyCount is the number of job ads of one occupation (ISCO-08 unit
// group) posted in one region (ISO 3166-2:MA, as the gazetteer writes it)
// in one month ("2024-03").
type MonthlyCount struct {
	Month  string
	ISCO   string
	Region string
	Ads    int
}

// adsPerWeight is the national monthly level, in January 2019, of an
// occupation of weight 1 (the weights of occ_*.go run from 1 to 9).
const adsPerWeight = 40

// AdHistory returns the demo monthly counts of ads from HistoryFrom to
// HistoryTo for every occupation and region of the demo corpus, sorted by
// month, ISCO code and region, zeros included. Occupations sharing an ISCO
// code are summed. Each occupation has a level (its corpus weight), a
// yearly trend, a seasonal profile and a COVID shock from its sector, a
// Ramadan slowdown, and noise; each region a share (its cities' weight, the
// occupation's preferred cities first, as the ad generator draws them).
// The same seed gives the same counts. It is demo data, not a measure.
func AdHistory(seed int64) []MonthlyCount {
	months := historyMonths()
	g := newRNG(seed, 17)
	type key struct{ month, isco, region string }
	sum := map[key]int{}
	for oi := range occupations {
		o := &occupations[oi]
		d, ok := dynamics[o.sector]
		if !ok {
			d = defaultDynamics
		}
		shares := regionShares(o)
		for mi, m := range months {
			mu := float64(o.weight*adsPerWeight) * math.Pow(1+d.growth, float64(mi)/12) *
				d.season[m.Month()-1] * covidFactor(m, d) * (1 - d.ramadan*ramadanShare(m))
			// Monthly swings beyond counting noise: a big client, a slow
			// month; 8 % of the level, shared by the regions.
			mu *= math.Exp(0.08*g.r.NormFloat64() - 0.0032)
			for _, r := range regionOrder {
				if s := shares[r]; s > 0 {
					sum[key{m.Format("2006-01"), o.isco, r}] += g.poisson(mu * s)
				}
			}
		}
	}
	var out []MonthlyCount
	for _, m := range months {
		for _, isco := range historyISCO() {
			for _, r := range regionOrder {
				out = append(out, MonthlyCount{m.Format("2006-01"), isco, r, sum[key{m.Format("2006-01"), isco, r}]})
			}
		}
	}
	return out
}

// WriteAdHistoryCSV writes rows as the bundled file: a header
// month,isco,region,ads,source and one line per row.
func WriteAdHistoryCSV(w io.Writer, rows []MonthlyCount) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"month", "isco", "region", "ads", "source"}); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write([]string{r.Month, r.ISCO, r.Region, strconv.Itoa(r.Ads), HistorySource}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func historyMonths() []time.Time {
	from, _ := time.Parse("2006-01", HistoryFrom)
	to, _ := time.Parse("2006-01", HistoryTo)
	var out []time.Time
	for m := from; !m.After(to); m = m.AddDate(0, 1, 0) {
		out = append(out, m)
	}
	return out
}

// historyISCO lists the ISCO codes of the corpus' occupations, sorted.
func historyISCO() []string {
	var out []string
	for _, o := range occupations {
		if !slices.Contains(out, o.isco) {
			out = append(out, o.isco)
		}
	}
	slices.Sort(out)
	return out
}

// regionOrder lists the regions MA-01..MA-12.
var regionOrder = func() []string {
	var out []string
	for _, c := range cities {
		if !slices.Contains(out, c.region) {
			out = append(out, c.region)
		}
	}
	slices.Sort(out)
	return out
}()
