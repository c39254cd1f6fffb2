package gen

import (
	"math"
	"time"
)

// regionShares splits an occupation's ads among regions the way pickCity
// draws an ad's city: 70 % among its preferred cities, the rest by the
// national city weights.
func regionShares(o *occupation) map[string]float64 {
	shares := map[string]float64{}
	pref := 0.0
	var known []int
	for _, k := range o.cities {
		if i, ok := cityIndex[k]; ok {
			known = append(known, i)
		}
	}
	if len(known) > 0 {
		pref = 0.7
		for _, i := range known {
			shares[cities[i].region] += pref / float64(len(known))
		}
	}
	total := 0
	for _, w := range cityWeights {
		total += w
	}
	for i, c := range cities {
		shares[c.region] += (1 - pref) * float64(cityWeights[i]) / float64(total)
	}
	return shares
}

// covidFactor is the multiplier of the ads of month m: the trough of April
// and May 2020 at 1 − depth, reached from March, a partial rebound to
// September, then the remaining gap halving every d.recovery months.
func covidFactor(m time.Time, d sectorDynamics) float64 {
	idx := (m.Year()-2020)*12 + int(m.Month()) - 1 // months since January 2020
	gap := 0.0
	switch {
	case idx < 2:
		return 1
	case idx <= 8: // March to September 2020
		gap = []float64{0.6, 1, 1, 0.85, 0.7, 0.6, 0.55}[idx-2]
	default:
		gap = 0.55 * math.Pow(0.5, float64(idx-8)/d.recovery)
	}
	return 1 - d.covid*gap
}

// ramadanShare is the share of month m's days spent in Ramadan.
func ramadanShare(m time.Time) float64 {
	start, ok := ramadanStarts[m.Year()]
	if !ok {
		return 0
	}
	first := time.Date(m.Year(), time.Month(start[0]), start[1], 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 0, 30) // exclusive
	monthEnd := m.AddDate(0, 1, 0)
	lo, hi := maxTime(first, m), minTime(last, monthEnd)
	if !hi.After(lo) {
		return 0
	}
	return hi.Sub(lo).Hours() / monthEnd.Sub(m).Hours()
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// poisson draws a Poisson count of mean mu: by multiplying uniforms
// (Knuth) below 30, by the rounded normal approximation above, where its
// error is far below the demo's other noise.
func (g *rng) poisson(mu float64) int {
	if mu <= 0 {
		return 0
	}
	if mu >= 30 {
		return max(0, int(math.Round(mu+math.Sqrt(mu)*g.r.NormFloat64())))
	}
	l, k, p := math.Exp(-mu), 0, 1.0
	for {
		p *= g.r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}
