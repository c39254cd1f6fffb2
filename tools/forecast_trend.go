package tools

import (
	"math"
	"strconv"

	"github.com/marsad/marsad/tools/forecast"
)

// trend returns today's trend of s (see Trend), nil when s has fewer than
// 2×TrendMonths months.
func trend(s forecast.Series) *Trend {
	n := s.Len()
	if n < 2*TrendMonths {
		return nil
	}
	tr := Trend{From: s.Period(n - TrendMonths).String(), To: s.Period(n - 1).String(), Months: TrendMonths}
	for i := n - 2*TrendMonths; i < n; i++ {
		if i < n-TrendMonths {
			tr.Before += s.Values[i]
		} else {
			tr.Recent += s.Values[i]
		}
	}
	if tr.Before > 0 {
		c := math.Round((tr.Recent/tr.Before-1)*1000) / 10
		tr.Change = &c
	}
	return &tr
}

// askedYear returns year when it is beyond the last month res projects
// (the last month of its history when it projects nothing), else 0: a
// year Marsad does not forecast, which the answer must say.
func askedYear(res ForecastResult, year int) int {
	last := res.Source.To
	switch {
	case len(res.Points) > 0:
		last = res.Points[len(res.Points)-1].Period
	case len(res.Rows) > 0:
		last = res.Rows[0].Growth.To
	}
	if y, err := strconv.Atoi(last[:min(4, len(last))]); err == nil && year > y {
		return year
	}
	return 0
}
