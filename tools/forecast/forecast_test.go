package forecast

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
)

func mustForecast(t *testing.T, s Series, h int) Result {
	t.Helper()
	res, err := Forecast(s, h)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func score(res Result, name string) Score {
	for _, s := range res.Backtest.Scores {
		if s.Method == name {
			return s
		}
	}
	return Score{}
}

func TestForecastChoosesTheRightMethod(t *testing.T) {
	cases := []struct {
		name string
		s    synth
		want []string // acceptable winners
		// fallback says whether seasonal naive must be the answer.
		fallback bool
	}{
		// An exact season: repeating it is perfect, nothing beats it.
		{"pure season", synth{n: 72, level: 100, amp: 20, seed: 1}, []string{SeasonalNaive}, false},
		// Season plus trend plus noise: Holt-Winters follows the trend that
		// seasonal naive misses by a year of growth.
		{"trend and season", synth{n: 72, level: 100, slope: 1.5, amp: 20, sd: 2, seed: 2}, []string{HoltWinters}, false},
		// A level shift half a year before the backtest window (months
		// 48–71), no season: the last value (or a level model) adapted
		// long ago; a year-old value is still wrong at the first origins.
		// (A shift inside the window makes every method's MASE exceed 1
		// against the quiet past: the fallback test's case.)
		{"level shock", synth{n: 72, level: 100, shockAt: 42, shock: 60, sd: 1, seed: 3}, []string{Naive, HoltWinters}, false},
		// Noise around a constant: a smoothed level beats last year's draw.
		{"white noise", synth{n: 72, level: 100, sd: 10, seed: 4}, []string{HoltWinters}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := mustForecast(t, c.s.series(), 12)
			ok := false
			for _, w := range c.want {
				ok = ok || res.Method == w
			}
			if !ok || res.Fallback != c.fallback {
				t.Fatalf("method %s (fallback %v, MASE %.3f), want one of %v; scores %+v", res.Method, res.Fallback, res.MASE, c.want, summary(res))
			}
			if c.name != "pure season" && !(res.MASE < score(res, SeasonalNaive).MASE) {
				t.Errorf("chosen MASE %.3f not below seasonal naive's %.3f", res.MASE, score(res, SeasonalNaive).MASE)
			}
		})
	}
}

func TestForecastFallsBackWhenNothingBeatsTheBaseline(t *testing.T) {
	// A quiet season that turns upside down where the backtest window
	// starts: for a year no method can know, and every error is many times
	// the small season-to-season changes of the past.
	c := synth{n: 60, level: 50, amp: 10, sd: 1, seed: 5}
	y := c.values()
	for i := 36; i < 60; i++ {
		y[i] = 100 - y[i]
	}
	res := mustForecast(t, Series{Start: Period{2020, 1, Monthly}, Values: y}, 6)
	if !res.Fallback || res.Method != SeasonalNaive {
		t.Fatalf("method %s fallback %v, want seasonal naive as fallback; %v", res.Method, res.Fallback, summary(res))
	}
	for _, s := range res.Backtest.Scores {
		if s.MASE < 1 {
			t.Errorf("%s: MASE %.2f < 1, yet the forecast fell back", s.Method, s.MASE)
		}
	}
}

func TestForecastAllZeroCounts(t *testing.T) {
	res := mustForecast(t, Series{Start: Period{2020, 1, Quarterly}, Values: make([]float64, 12), Counts: true}, 4)
	if res.Method != SeasonalNaive || res.MASE != 0 || res.Points[3] != (Point{Period: "2023-Q4"}) {
		t.Errorf("all zeros: %s MASE %g, last point %+v; want seasonal naive, 0, zeros", res.Method, res.MASE, res.Points[3])
	}
	if _, err := json.Marshal(res); err != nil {
		t.Errorf("the result must encode as JSON: %v", err)
	}
}

// TestIntervalsCoverFutureValues checks coverage on values the forecast
// never saw: 200 noisy series, each forecast 12 months past its end.
func TestIntervalsCoverFutureValues(t *testing.T) {
	var in, all int
	for seed := uint64(0); seed < 200; seed++ {
		c := synth{n: 84, level: 200, slope: 0.5, amp: 30, sd: 8, seed: 100 + seed}
		y := c.values()
		res := mustForecast(t, Series{Start: Period{2019, 1, Monthly}, Values: y[:72]}, 12)
		for h, p := range res.Points {
			all++
			if y[72+h] >= p.Lo && y[72+h] <= p.Hi {
				in++
			}
		}
	}
	cov := float64(in) / float64(all)
	t.Logf("coverage %.3f over %d future values", cov, all)
	if cov < 0.7 || cov > 0.92 {
		t.Errorf("80%% intervals covered %.3f of future values", cov)
	}
}

func TestForecastCountsNeverNegative(t *testing.T) {
	c := synth{n: 48, level: 3, amp: 3, sd: 2, seed: 9}
	y := c.values()
	for i := range y {
		y[i] = math.Max(0, math.Round(y[i]))
	}
	res := mustForecast(t, Series{Start: Period{2021, 1, Monthly}, Values: y, Counts: true}, 12)
	if score(res, HoltWintersLog).Method == "" {
		t.Error("counts: the log-transformed Holt-Winters was not tried")
	}
	for _, p := range res.Points {
		if p.Value < 0 || p.Lo < 0 || p.Hi < p.Lo || p.Value < p.Lo || p.Value > p.Hi {
			t.Errorf("%s: %.2f [%.2f, %.2f]: negative or out of order", p.Period, p.Value, p.Lo, p.Hi)
		}
	}
}

func TestForecastTooShort(t *testing.T) {
	cases := []struct {
		name         string
		start        Period
		n, needed    int
		wantInString string
	}{
		{"35 months", Period{2023, 1, Monthly}, 35, 36, "35 months, at least 36"},
		{"11 quarters", Period{2020, 1, Quarterly}, 11, 12, "11 quarters, at least 12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Forecast(Series{Start: c.start, Values: make([]float64, c.n)}, 1)
			var short *TooShortError
			if !errors.Is(err, ErrTooShort) || !errors.As(err, &short) {
				t.Fatalf("err = %v, want a *TooShortError", err)
			}
			if short.Found != c.n || short.Needed != c.needed {
				t.Errorf("found %d needed %d, want %d and %d", short.Found, short.Needed, c.n, c.needed)
			}
			if got := err.Error(); !contains(got, c.wantInString) {
				t.Errorf("message %q lacks %q", got, c.wantInString)
			}
		})
	}
	// The minimum itself is accepted.
	if _, err := Forecast(Series{Start: Period{2020, 1, Quarterly}, Values: make([]float64, 12)}, 4); err != nil {
		t.Errorf("12 quarters: %v", err)
	}
}

func TestForecastRejectsBadInput(t *testing.T) {
	ok := synth{n: 48, level: 10, seed: 1}.series()
	if _, err := Forecast(ok, 13); !errors.Is(err, ErrHorizon) {
		t.Errorf("horizon 13 monthly: err = %v", err)
	}
	if _, err := Forecast(ok, 0); !errors.Is(err, ErrHorizon) {
		t.Errorf("horizon 0: err = %v", err)
	}
	bad := ok
	bad.Values = append([]float64(nil), ok.Values...)
	bad.Values[5] = math.NaN()
	if _, err := Forecast(bad, 3); !errors.Is(err, ErrSeries) || !contains(err.Error(), "2019-06") {
		t.Errorf("NaN: err = %v, want ErrSeries naming 2019-06", err)
	}
	neg := Series{Start: ok.Start, Values: []float64{1, -1}, Counts: true}
	if _, err := Forecast(neg, 1); !errors.Is(err, ErrSeries) {
		t.Errorf("negative count: err = %v", err)
	}
}

func TestForecastDeterministic(t *testing.T) {
	s := synth{n: 70, level: 100, slope: 1, amp: 15, sd: 5, seed: 7}.series()
	a, b := mustForecast(t, s, 12), mustForecast(t, s, 12)
	for i := range a.Points {
		if a.Points[i] != b.Points[i] {
			t.Fatalf("point %d differs: %+v vs %+v", i, a.Points[i], b.Points[i])
		}
	}
	if a.Points[0].Period != "2024-11" || a.Points[11].Period != "2025-10" {
		t.Errorf("periods %s..%s, want 2024-11..2025-10", a.Points[0].Period, a.Points[11].Period)
	}
}

func summary(res Result) map[string]float64 {
	m := map[string]float64{}
	for _, s := range res.Backtest.Scores {
		m[s.Method] = math.Round(s.MASE*1000) / 1000
	}
	return m
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
