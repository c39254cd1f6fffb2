package toolstest

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/marsad/marsad/tools"
)

// Shape of the synthetic volume: every indicator of tools.Definitions, the
// 14 geos, 3 areas, 3 sexes and 9 (age, diploma) breakdowns published
// separately as labour-force surveys do (age bands with diploma total,
// diplomas with age 15+), in an order that alternates the two.
var (
	volumeGeos   = append([]string{"MA", "MA-SUD"}, tools.Regions...)
	volumeAgeDip = [][2]string{{"15+", "total"}, {"15-24", "total"}, {"15+", "none"}, {"25-34", "total"},
		{"15+", "medium"}, {"35-44", "total"}, {"15+", "higher"}, {"45+", "total"}, {"15+", "graduate"}}
)

// Periods of a series: every geo has the years 1990-2039; the country has
// the quarters 2000-2039 too, and one indicator in four the months
// 2015-2039 as well.
var (
	volumeYears     = periodRange(1990, 2039, false, false)
	volumeQuarterly = sortedPeriods(volumeYears, periodRange(2000, 2039, true, false))
	volumeMonthly   = sortedPeriods(volumeQuarterly, periodRange(2015, 2039, false, true))
)

func periodRange(from, to int, quarters, months bool) []string {
	var out []string
	for y := from; y <= to; y++ {
		ys := strconv.Itoa(y)
		switch {
		case quarters:
			for q := 1; q <= 4; q++ {
				out = append(out, ys+"-Q"+strconv.Itoa(q))
			}
		case months:
			for m := 1; m <= 12; m++ {
				out = append(out, ys+"-"+string(rune('0'+m/10))+string(rune('0'+m%10)))
			}
		default:
			out = append(out, ys)
		}
	}
	return out
}

func sortedPeriods(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.SortFunc(out, tools.ComparePeriods)
	return out
}

// VolumeMax is the number of distinct observations Volume can make.
var VolumeMax = func() int {
	n := 0
	for i := range tools.Definitions() {
		n += (len(volumeGeos)-1)*len(volumeYears) + len(volumePeriods(i, "MA"))
	}
	return n * len(volumeAgeDip) * len(tools.Sexes) * len(tools.Areas)
}()

func volumePeriods(indicator int, geo string) []string {
	switch {
	case geo != "MA":
		return volumeYears
	case indicator%4 == 0:
		return volumeMonthly
	}
	return volumeQuarterly
}

// Volume returns min(n, VolumeMax) distinct observations that pass
// tools.ValidateObservation, the same for the same seed: series of
// plausible values (percentages within 0-100, counts, yearly changes),
// each series contiguous and in period order. Breakdowns come in the
// order of volumeAgeDip, sexes, areas, indicators, geos, so a prefix
// covers every indicator and geo. The source addresses point to
// example.org: the figures are synthetic, for benchmarks only.
func Volume(n int, seed int64) []tools.Observation {
	n = min(n, VolumeMax)
	out := make([]tools.Observation, 0, n)
	r := rand.New(rand.NewPCG(uint64(seed), 0x766f6c))
	defs := tools.Definitions()
	urls := volumeURLs(defs)
	for _, ad := range volumeAgeDip {
		for _, sex := range tools.Sexes {
			for _, area := range tools.Areas {
				for i, d := range defs {
					for _, geo := range volumeGeos {
						cell := tools.Observation{Indicator: d.ID, Geo: geo, Area: area, Sex: sex, Age: ad[0], Diploma: ad[1],
							Unit: d.Unit, Publisher: "synthetic", ReportedBy: "toolstest.Volume"}
						out = appendSeries(out, n, r, cell, volumePeriods(i, geo), urls[d.ID])
						if len(out) == n {
							return out
						}
					}
				}
			}
		}
	}
	return out
}

// volumeURLs returns per indicator the address of each year's synthetic
// release, shared by all the rows of that year.
func volumeURLs(defs []tools.Definition) map[string]map[string]string {
	out := make(map[string]map[string]string, len(defs))
	for _, d := range defs {
		m := make(map[string]string, len(volumeYears))
		for _, y := range volumeYears {
			m[y] = "https://example.org/marsad-volume/" + d.ID + "/" + y
		}
		out[d.ID] = m
	}
	return out
}

// appendSeries appends cell's series over periods, at most up to n rows:
// a random walk around a level drawn for the unit.
func appendSeries(out []tools.Observation, n int, r *rand.Rand, cell tools.Observation, periods []string, urls map[string]string) []tools.Observation {
	level, step, round := walkOf(cell.Unit, r)
	for _, p := range periods {
		if len(out) == n {
			break
		}
		level += step * (2*r.Float64() - 1)
		if cell.Unit == "percent" {
			level = math.Min(99, math.Max(0.5, level))
		}
		o := cell
		o.Period, o.Value, o.SourceURL = p, math.Round(level/round)*round, urls[p[:4]]
		out = append(out, o)
	}
	return out
}

// walkOf returns a starting level, the largest step and the rounding of a
// random walk for a unit.
func walkOf(unit string, r *rand.Rand) (level, step, round float64) {
	switch unit {
	case "percent":
		return 3 + 60*r.Float64(), 0.8, 0.1
	case "persons":
		return 1e4 + 1e6*r.Float64(), 2e4, 1
	case "jobs (year on year)":
		return 1e5 * (r.Float64() - 0.3), 5e4, 1000
	}
	return 50 + 50*r.Float64(), 5, 0.1
}

// VolumeQueries returns n series queries and n compare queries across
// geos drawn from obs (as made by Volume) with seed: each series query
// names one series picked uniformly among the series of obs, whole; each
// compare query one such series' cell and one of its years.
func VolumeQueries(obs []tools.Observation, n int, seed int64) ([]tools.SeriesQuery, []tools.CompareQuery) {
	var starts []int
	for i, o := range obs {
		if o.Period == "1990" { // every series starts in 1990
			starts = append(starts, i)
		}
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x717279))
	series := make([]tools.SeriesQuery, n)
	compare := make([]tools.CompareQuery, n)
	for i := range n {
		o := obs[starts[r.IntN(len(starts))]]
		cell := tools.Cell{Geo: o.Geo, Area: o.Area, Sex: o.Sex, Age: o.Age, Diploma: o.Diploma}
		series[i] = tools.SeriesQuery{Indicator: o.Indicator, Cell: cell}
		compare[i] = tools.CompareQuery{Indicator: o.Indicator, By: "geo", Cell: cell,
			Period: volumeYears[r.IntN(len(volumeYears))]}
	}
	return series, compare
}

// MeasureLatency runs op b.N times, op(i) for the i-th time, and reports
// the median and 99th percentile of the calls (nearest rank) in
// milliseconds as p50-ms and p99-ms beside the mean ns/op, and the
// process's CPU time a call as cpu-ms (where it can be read): on a
// machine shared with other jobs the latencies are mostly their
// scheduling, the CPU time much less.
func MeasureLatency(b *testing.B, op func(i int) error) {
	b.Helper()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	cpu0, cpuOK := processCPU()
	for i := 0; i < b.N; i++ {
		t := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t))
	}
	b.StopTimer()
	if cpu1, ok := processCPU(); ok && cpuOK {
		b.ReportMetric(float64(cpu1-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms")
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		k := max(0, int(math.Ceil(p*float64(len(lat))))-1)
		return float64(lat[k]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
