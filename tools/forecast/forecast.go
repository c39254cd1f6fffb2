package forecast

import (
	"fmt"
	"math"
)

// Coverage is the nominal coverage of the intervals: between the 10th and
// the 90th percentile of the backtest errors.
const Coverage = 0.8

// minErrors is how many backtest errors an interval quantile is read from;
// fewer at a long horizon are topped up from shorter horizons.
const minErrors = 12

// Point is one forecast period.
type Point struct {
	Period string  `json:"period"`
	Value  float64 `json:"value"`
	Lo     float64 `json:"lo"` // 80 % interval
	Hi     float64 `json:"hi"`
}

// Result is a forecast with the evidence for trusting it.
type Result struct {
	Method   string   `json:"method"`   // the method that produced Points
	Fallback bool     `json:"fallback"` // no method had MASE < 1: seasonal naive, the best available
	MASE     float64  `json:"mase"`     // Method's backtest MASE
	SMAPE    float64  `json:"smape"`    // Method's backtest sMAPE, percent
	Points   []Point  `json:"points"`   // horizons 1..h after the last period
	Backtest Backtest `json:"backtest"` // every candidate's score
}

// Forecast projects s horizon periods past its end (1 ≤ horizon ≤ one
// season). It returns a *TooShortError when s has fewer than
// MinLength(season) values, an error wrapping ErrHorizon or ErrSeries for a
// bad horizon or series, and otherwise the chosen method's points with
// their 80 % intervals; see the package documentation for the rules.
func Forecast(s Series, horizon int) (Result, error) {
	if err := s.Validate(); err != nil {
		return Result{}, err
	}
	m := s.Season()
	if horizon < 1 || horizon > m {
		return Result{}, fmt.Errorf("%w: %d, want 1 to %d", ErrHorizon, horizon, m)
	}
	if need := MinLength(m); s.Len() < need {
		return Result{}, &TooShortError{Found: s.Len(), Needed: need, Season: m}
	}
	bt := backtest(s.Values, m, s.Counts)
	chosen := bt.Scores[0] // seasonal naive, the baseline
	for _, sc := range bt.Scores[1:] {
		if sc.MASE < chosen.MASE {
			chosen = sc
		}
	}
	fallback := !(chosen.MASE < 1)
	if fallback {
		chosen = bt.Scores[0]
	}
	var fc []float64
	for _, meth := range methods(s.Counts) {
		if meth.name == chosen.Method {
			fc = meth.forecast(s.Values, m, horizon)
		}
	}
	res := Result{Method: chosen.Method, Fallback: fallback, MASE: chosen.MASE, SMAPE: chosen.SMAPE, Backtest: bt}
	last := s.Period(s.Len() - 1)
	for h := 1; h <= horizon; h++ {
		lo, hi := intervalErrors(chosen.errs, h)
		p := Point{Period: last.Add(h).String(), Value: fc[h-1]}
		p.Lo, p.Hi = math.Min(p.Value+lo, p.Value), math.Max(p.Value+hi, p.Value)
		if s.Counts {
			p.Value, p.Lo, p.Hi = math.Max(p.Value, 0), math.Max(p.Lo, 0), math.Max(p.Hi, 0)
		}
		res.Points = append(res.Points, p)
	}
	return res, nil
}

// intervalErrors returns the 10th and 90th percentiles of the backtest
// errors at horizon h. When fewer than minErrors exist there, errors of
// shorter horizons h′ are added, nearest first, scaled by √(h/h′): errors
// of a model whose uncertainty accumulates like a random walk.
func intervalErrors(errs [][]float64, h int) (lo, hi float64) {
	pool := append([]float64(nil), errs[h-1]...)
	for k := h - 1; k >= 1 && len(pool) < minErrors; k-- {
		f := math.Sqrt(float64(h) / float64(k))
		for _, e := range errs[k-1] {
			pool = append(pool, e*f)
		}
	}
	return quantile(pool, (1-Coverage)/2), quantile(pool, 1-(1-Coverage)/2)
}
