package forecast_test

import (
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools/forecast"
)

// The report's inputs, relative to this folder.
const (
	adHistoryPath = "../../ingest/seed/ad_history/monthly_ad_counts.csv"
	hcpPath       = "../../ingest/seed/indicators/hcp_labour_figures.csv" // ../shared/data/hcp_labour_figures.csv with each figure's series
)

// named is one series of the report with its group.
type named struct {
	group, name string
	s           forecast.Series
}

// outcome is what the report measures on one series: the backtest of the
// whole series, and a genuine hold-out: the forecast made one season
// before the end, compared with what came.
type outcome struct {
	method            string
	fallback          bool
	mase, smape       float64 // chosen method, backtest on the whole series
	snMASE, snSMAPE   float64 // seasonal naive, same backtest
	covered, held     int     // hold-out actuals inside the 80 % interval, of held
	holdMAE, holdSNAE float64 // hold-out mean absolute error: chosen, seasonal naive
}

func evaluate(t testing.TB, s forecast.Series) (outcome, error) {
	m := s.Season()
	res, err := forecast.Forecast(s, m)
	if err != nil {
		return outcome{}, err
	}
	o := outcome{method: res.Method, fallback: res.Fallback, mase: res.MASE, smape: res.SMAPE}
	sn := res.Backtest.Scores[0]
	o.snMASE, o.snSMAPE = sn.MASE, sn.SMAPE
	past := forecast.Series{Start: s.Start, Values: s.Values[:s.Len()-m], Counts: s.Counts}
	hold, err := forecast.Forecast(past, m)
	if err != nil {
		return o, nil // long enough to forecast, too short to hold a season out
	}
	for h, p := range hold.Points {
		y := s.Values[past.Len()+h]
		if y >= p.Lo && y <= p.Hi {
			o.covered++
		}
		o.held++
		o.holdMAE += abs(y - p.Value)
		o.holdSNAE += abs(y - past.Values[past.Len()-m+h])
	}
	o.holdMAE /= float64(o.held)
	o.holdSNAE /= float64(o.held)
	return o, nil
}

// TestBacktestReport backtests every series of the demo ad history
// (national per occupation, and per occupation in the five regions with
// most ads) and every official quarterly series long enough, and prints
// a table per group. Run it with
//
//	go test ./tools/forecast -run TestBacktestReport -v
//
// It fails if, nationally, the chosen methods do worse than seasonal naive
// or the intervals miss their coverage badly.
func TestBacktestReport(t *testing.T) {
	if testing.Short() {
		t.Skip("reads and forecasts ~500 series")
	}
	series := adHistorySeries(t)
	hcp, notes := hcpSeries(t)
	series = append(series, hcp...)
	groups := map[string][]outcome{}
	var order []string
	for _, n := range series {
		o, err := evaluate(t, n.s)
		if errors.Is(err, forecast.ErrTooShort) {
			notes = append(notes, fmt.Sprintf("%s %s: %v", n.group, n.name, err))
			continue
		} else if err != nil {
			t.Fatalf("%s %s: %v", n.group, n.name, err)
		}
		if _, ok := groups[n.group]; !ok {
			order = append(order, n.group)
		}
		groups[n.group] = append(groups[n.group], o)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n| group | series | chosen method (share) | fallback | median MASE chosen / s-naive | median sMAPE %% chosen / s-naive | hold-out MAE chosen ÷ s-naive (median) | 80 %% interval coverage, hold-out |\n|---|---|---|---|---|---|---|---|\n")
	for _, g := range order {
		b.WriteString(groupRow(g, groups[g]) + "\n")
	}
	for _, n := range notes {
		b.WriteString("\n- " + n)
	}
	t.Log(b.String())

	nat := groups["ads: national × occupation"]
	if len(nat) < 60 {
		t.Fatalf("%d national series, want one per ISCO code of the corpus", len(nat))
	}
	if median(nat, func(o outcome) float64 { return o.mase }) > median(nat, func(o outcome) float64 { return o.snMASE }) {
		t.Error("national: the chosen methods' median MASE is above seasonal naive's")
	}
	if c := coverage(nat); c < 0.65 || c > 0.95 {
		t.Errorf("national: hold-out coverage %.2f of the 80 %% intervals", c)
	}
}

func groupRow(g string, os []outcome) string {
	counts := map[string]int{}
	fb := 0
	for _, o := range os {
		counts[o.method]++
		if o.fallback {
			fb++
		}
	}
	var ms []string
	for m := range counts {
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b string) int { return cmp.Or(counts[b]-counts[a], strings.Compare(a, b)) })
	var share []string
	for _, m := range ms {
		share = append(share, fmt.Sprintf("%s %.0f %%", m, 100*float64(counts[m])/float64(len(os))))
	}
	ratio := median(os, func(o outcome) float64 {
		if o.holdSNAE == 0 {
			return 1
		}
		return o.holdMAE / o.holdSNAE
	})
	return fmt.Sprintf("| %s | %d | %s | %.0f %% | %.2f / %.2f | %.1f / %.1f | %.2f | %.2f |", g, len(os), strings.Join(share, ", "),
		100*float64(fb)/float64(len(os)),
		median(os, func(o outcome) float64 { return o.mase }), median(os, func(o outcome) float64 { return o.snMASE }),
		median(os, func(o outcome) float64 { return o.smape }), median(os, func(o outcome) float64 { return o.snSMAPE }),
		ratio, coverage(os))
}

func median(os []outcome, f func(outcome) float64) float64 {
	v := make([]float64, len(os))
	for i, o := range os {
		v[i] = f(o)
	}
	sort.Float64s(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func coverage(os []outcome) float64 {
	var in, all int
	for _, o := range os {
		in += o.covered
		all += o.held
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// adHistorySeries builds the national series of every ISCO code and the
// series of each code in the five regions with most ads.
func adHistorySeries(t *testing.T) []named {
	f, err := os.Open(adHistoryPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := ingest.ReadAdHistory(f, adHistoryPath)
	if err != nil {
		t.Fatal(err)
	}
	var months []string
	monthIdx := map[string]int{}
	regionTotal := map[string]int{}
	for _, r := range rows {
		if _, ok := monthIdx[r.Month]; !ok {
			monthIdx[r.Month] = len(months)
			months = append(months, r.Month)
		}
		regionTotal[r.Region] += r.Ads
	}
	regions := make([]string, 0, len(regionTotal))
	for r := range regionTotal {
		regions = append(regions, r)
	}
	slices.SortFunc(regions, func(a, b string) int { return cmp.Or(regionTotal[b]-regionTotal[a], strings.Compare(a, b)) })
	top := regions[:5]
	vals := map[string][]float64{} // "isco" or "isco region"
	add := func(k string, i, n int) {
		if vals[k] == nil {
			vals[k] = make([]float64, len(months))
		}
		vals[k][i] += float64(n)
	}
	for _, r := range rows {
		add(r.ISCO, monthIdx[r.Month], r.Ads)
		if slices.Contains(top, r.Region) {
			add(r.ISCO+" "+r.Region, monthIdx[r.Month], r.Ads)
		}
	}
	start, err := forecast.ParsePeriod(months[0])
	if err != nil {
		t.Fatal(err)
	}
	var out []named
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range vals {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		g := "ads: national × occupation"
		if strings.Contains(k, " ") {
			g = "ads: top-5 region × occupation (" + strings.Join(top, " ") + ")"
		}
		out = append(out, named{g, k, forecast.Series{Start: start, Values: vals[k], Counts: true}})
	}
	return out
}

// hcpSeries returns the official quarterly series usable without crossing
// a series break, and notes on the rest. Only figures after HCP's 2019
// revision count (2018-Q2 on, rows read before the revision left out):
// the 2017 survey reform and that revision are the breaks inside the
// quarterly range; census indicators have no quarters. Of each cell's
// quarters the longest run without a gap is taken.
func hcpSeries(t *testing.T) ([]named, []string) {
	f, err := os.Open(hcpPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	revised, _ := forecast.ParsePeriod("2018-Q2")
	cells := map[string]map[forecast.Period]float64{}
	annual := map[string]int{}
	for _, r := range recs[1:] {
		cell := strings.Join([]string{r[col["indicator"]], r[col["geo"]], r[col["area"]], r[col["sex"]], r[col["age"]], r[col["diploma"]]}, " ")
		per := r[col["period"]]
		if len(per) == 4 {
			if y, _ := strconv.Atoi(per); y >= 2017 && !strings.Contains(r[col["reported_by"]], "before HCP 2019 revision") {
				annual[cell]++
			}
			continue
		}
		p, err := forecast.ParsePeriod(per)
		if err != nil || p.Season != forecast.Quarterly || p.Since(revised) < 0 || strings.Contains(r[col["reported_by"]], "before HCP 2019 revision") {
			continue
		}
		v, err := strconv.ParseFloat(r[col["value"]], 64)
		if err != nil {
			t.Fatalf("%s %s: value %q", cell, per, r[col["value"]])
		}
		if cells[cell] == nil {
			cells[cell] = map[forecast.Period]float64{}
		}
		cells[cell][p] = v
	}
	var out []named
	var notes []string
	longestAnnual := 0
	for _, n := range annual {
		longestAnnual = max(longestAnnual, n)
	}
	notes = append(notes, fmt.Sprintf("HCP annual series: at most %d years since the 2017 survey reform, and the package forecasts months and quarters only: none qualifies", longestAnnual))
	best := 0
	for _, cell := range slices.Sorted(mapKeys(cells)) {
		run := longestRun(cells[cell])
		best = max(best, len(run))
		if len(run) < forecast.MinLength(forecast.Quarterly)-3 {
			continue // too short to mention
		}
		vals := make([]float64, len(run))
		for i, p := range run {
			vals[i] = cells[cell][p]
		}
		out = append(out, named{"HCP quarterly (2018-Q2 on)", fmt.Sprintf("%s %s..%s", cell, run[0], run[len(run)-1]), forecast.Series{Start: run[0], Values: vals}})
	}
	notes = append(notes, fmt.Sprintf("HCP quarterly series: longest gap-free run since the 2018-Q2 revision is %d quarters; %d needed", best, forecast.MinLength(forecast.Quarterly)))
	return out, notes
}

func longestRun(m map[forecast.Period]float64) []forecast.Period {
	ps := slices.SortedFunc(mapKeys(m), func(a, b forecast.Period) int { return a.Since(b) })
	var run, best []forecast.Period
	for _, p := range ps {
		if len(run) > 0 && p.Since(run[len(run)-1]) != 1 {
			run = nil
		}
		run = append(run, p)
		if len(run) > len(best) {
			best = slices.Clone(run)
		}
	}
	return best
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
