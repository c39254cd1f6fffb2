package forecast

import (
	"errors"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Period
	}{
		{"2024-03", Period{2024, 3, Monthly}},
		{"2024-12", Period{2024, 12, Monthly}},
		{"2019-Q1", Period{2019, 1, Quarterly}},
		{"2025-Q4", Period{2025, 4, Quarterly}},
	} {
		got, err := ParsePeriod(c.in)
		if err != nil || got != c.want || got.String() != c.in {
			t.Errorf("ParsePeriod(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"2024", "2024-13", "2024-00", "2024-Q5", "2024-Q0", "24-01", "2024-3", "2024-01-31", "2024/01", "", "+024-01", "2024-+1", "2024-Q+1", "-001-01", "2024-Q01", "2024- 1"} {
		if _, err := ParsePeriod(bad); !errors.Is(err, ErrSeries) {
			t.Errorf("ParsePeriod(%q): err = %v, want ErrSeries", bad, err)
		}
	}
}

func TestPeriodAdd(t *testing.T) {
	p := Period{2019, 11, Monthly}
	for k, want := range map[int]string{0: "2019-11", 2: "2020-01", 14: "2021-01", -11: "2018-12", -23: "2017-12"} {
		if got := p.Add(k).String(); got != want {
			t.Errorf("2019-11 + %d = %s, want %s", k, got, want)
		}
		if k != 0 && p.Add(k).Since(p) != k {
			t.Errorf("Since after Add(%d) = %d", k, p.Add(k).Since(p))
		}
	}
	if got := (Period{2024, 4, Quarterly}).Add(1).String(); got != "2025-Q1" {
		t.Errorf("2024-Q4 + 1 = %s", got)
	}
}

func TestNewSeries(t *testing.T) {
	s, err := NewSeries([]string{"2024-11", "2024-12", "2025-01"}, []float64{1, 2, 3}, true)
	if err != nil || s.Start != (Period{2024, 11, Monthly}) || s.Len() != 3 || s.Period(2).String() != "2025-01" {
		t.Fatalf("NewSeries = %+v, %v", s, err)
	}
	for name, c := range map[string]struct {
		periods []string
		values  []float64
		want    string
	}{
		"gap":          {[]string{"2024-11", "2025-01"}, []float64{1, 2}, "point 2 is 2025-01, want 2024-12"},
		"mixed season": {[]string{"2024-Q4", "2025-01"}, []float64{1, 2}, "point 2"},
		"lengths":      {[]string{"2024-11"}, []float64{1, 2}, "1 periods for 2 values"},
		"negative":     {[]string{"2024-11", "2024-12"}, []float64{1, -2}, "count of 2024-12 is negative"},
		"empty":        {nil, nil, "no points"},
	} {
		_, err := NewSeries(c.periods, c.values, true)
		if !errors.Is(err, ErrSeries) || !contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want ErrSeries with %q", name, err, c.want)
		}
	}
}

func TestQuantileKeepsCoverageOnFewValues(t *testing.T) {
	v := []float64{5, 1, 4, 2, 3, 8, 7, 6, 9}
	if lo, hi := quantile(v, 0.1), quantile(v, 0.9); lo != 1 || hi != 9 {
		t.Errorf("9 values: 10/90 %% = %g, %g; want the extremes 1 and 9", lo, hi)
	}
	if got := quantile([]float64{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180}, 0.5); got != 90 {
		t.Errorf("median = %g, want 90", got)
	}
	if quantile(nil, 0.5) != 0 || v[0] != 5 {
		t.Error("empty input must give 0 and the input must stay unsorted")
	}
}

func TestHoltWintersFollowsTrendAndSeason(t *testing.T) {
	y := synth{n: 60, level: 100, slope: 2, amp: 25, seed: 1}.values()
	st := fitHoltWinters(y[:48], Monthly)
	for h, f := range st.forecast(12) {
		// A damped trend lags a straight line a little by month 12.
		if d := f - y[48+h]; d > 8 || d < -8 {
			t.Errorf("h=%d: forecast %.1f, actual %.1f", h+1, f, y[48+h])
		}
	}
}

func TestNelderMeadFindsTheMinimum(t *testing.T) {
	f := func(x []float64) float64 { return (x[0]-3)*(x[0]-3) + 10*(x[1]+1)*(x[1]+1) }
	x := nelderMead(f, []float64{0, 0}, 1, 500)
	if abs(x[0]-3) > 1e-3 || abs(x[1]+1) > 1e-3 {
		t.Errorf("minimum at %v, want (3, -1)", x)
	}
}
