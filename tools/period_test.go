package tools

import (
	"errors"
	"math"
	"testing"
)

// month is year*12+month-1, the unit of PeriodStart and PeriodEnd.
func month(y, m int) int { return y*12 + m - 1 }

func TestPeriodForms(t *testing.T) {
	cases := []struct {
		p          string
		freq       string // "" for an invalid period
		start, end int
	}{
		{"2024", FreqAnnual, month(2024, 1), month(2024, 12)},
		{"2024-Q3", FreqQuarterly, month(2024, 7), month(2024, 9)},
		{"2024-05", FreqMonthly, month(2024, 5), month(2024, 5)},
		{"2022-01/2022-07", FreqInterval, month(2022, 1), month(2022, 7)},
		{"2022-07/2023-06", FreqInterval, month(2022, 7), month(2023, 6)},
		{"2021-04-30", FreqDate, month(2021, 4), month(2021, 4)},
		{"2024-02-29", FreqDate, month(2024, 2), month(2024, 2)},
		{"2023-02-29", "", -1, -1},      // no such day
		{"2021-04-31", "", -1, -1},      // no such day
		{"2022-07/2022-01", "", -1, -1}, // runs backward
		{"2022-01/2022-01", "", -1, -1}, // a month, written as a month
		{"2022/2023", "", -1, -1},       // only months bound an interval
		{"2022-01/2022", "", -1, -1},
		{"2022-Q1/2022-Q3", "", -1, -1},
		{"2024-Q5", "", -1, -1},
		{"2024-13", "", -1, -1},
		{"2024-T3", "", -1, -1},
		{"24", "", -1, -1},
		{"2021-4-30", "", -1, -1},
	}
	for _, c := range cases {
		if got := PeriodFrequency(c.p); got != c.freq {
			t.Errorf("PeriodFrequency(%q) = %q, want %q", c.p, got, c.freq)
		}
		if ValidPeriod(c.p) != (c.freq != "") {
			t.Errorf("ValidPeriod(%q) = %v", c.p, !(c.freq != ""))
		}
		if s, e := PeriodStart(c.p), PeriodEnd(c.p); s != c.start || e != c.end {
			t.Errorf("%q covers %d..%d, want %d..%d", c.p, s, e, c.start, c.end)
		}
	}
}

// An interval is not a year: asking for annual figures leaves it out even
// when it spans twelve months, and a year range keeps it by its start.
func TestIntervalIsNotAYear(t *testing.T) {
	if MatchFrequency("2022-01/2022-12", FreqAnnual) || !MatchFrequency("2022-01/2022-12", FreqInterval) {
		t.Error("a twelve-month interval matched as a year")
	}
	for _, c := range []struct {
		p, from, to string
		in          bool
	}{
		{"2022-01/2022-07", "2022", "2022", true},
		{"2022-07/2023-06", "2023", "2023", false},
		{"2021-04-30", "2021", "2021", true},
		{"2021-04-30", "2021-Q2", "2021-Q2", true},
		{"2021-04-30", "2021-05", "", false},
		{"2022-03", "2022-01/2022-07", "2022-01/2022-07", true},
		{"2022-08", "", "2022-01/2022-07", false},
	} {
		if got := InRange(c.p, c.from, c.to); got != c.in {
			t.Errorf("InRange(%q, %q, %q) = %v", c.p, c.from, c.to, got)
		}
	}
}

func TestComparePeriodsOrdersEveryForm(t *testing.T) {
	ordered := []string{"2021", "2021-04", "2021-04-30", "2021-Q2", "2022", "2022-01", "2022-01/2022-07", "2022-Q1", "2022-07/2023-06", "2023-01/2023-07"}
	for i := range ordered {
		for j := range ordered {
			got, want := ComparePeriods(ordered[i], ordered[j]), sign(i-j)
			if got != want {
				t.Errorf("ComparePeriods(%q, %q) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// Age all (an administrative count, no age limit) is valid and is not
// the labour survey's 15+; an unknown word is refused with what is valid.
func TestValidateObservationAges(t *testing.T) {
	o := Observation{Indicator: "cnss_declared_employees", Geo: "MA", Area: "total", Sex: "total", Diploma: "total",
		Period: "2022", Value: 3.8e6, Unit: "persons", Publisher: "CNSS"}
	for age, ok := range map[string]bool{"all": true, "15+": true, "15-24": true, "total": true, "tous": false, "All": false, "": false} {
		o.Age = age
		err := ValidateObservation(o)
		var fe *FieldError
		switch {
		case ok && err != nil:
			t.Errorf("age %q refused: %v", age, err)
		case !ok && (!errors.As(err, &fe) || fe.Field != "age"):
			t.Errorf("age %q: err = %v, want a FieldError on age", age, err)
		}
	}
	if Compared(CompareQuery{By: "age"}, AgeAll) || !Compared(CompareQuery{By: "age"}, "15-24") {
		t.Error("age all compared as a band, or a band left out")
	}
}

// An indicator counted without age limit defaults to age all, a NEET
// figure to 15-24, a survey rate to 15+; an age asked is kept.
func TestWithDefaultsForTakesTheIndicatorsPopulation(t *testing.T) {
	for ind, want := range map[string]string{"cnss_declared_employees": AgeAll, "neet_rate": "15-24", "unemployment_rate": AgeSurvey, "not_defined": AgeSurvey} {
		if got := (Cell{}).WithDefaultsFor(ind).Age; got != want {
			t.Errorf("%s: default age %q, want %q", ind, got, want)
		}
	}
	if got := (Cell{Age: "15-17"}).WithDefaultsFor("neet_rate").Age; got != "15-17" {
		t.Errorf("asked age replaced by %q", got)
	}
}

// PeriodBounds is the range InRange filters on: open ends are the 32-bit
// extremes, an upper bound reaches its last month, and an invalid bound
// is -1 (nothing excluded below, everything above).
func TestPeriodBounds(t *testing.T) {
	cases := []struct {
		from, to string
		lo, hi   int
	}{
		{"", "", math.MinInt32, math.MaxInt32},
		{"2024", "2024", month(2024, 1), month(2024, 12)},
		{"2024-Q2", "2024-Q3", month(2024, 4), month(2024, 9)},
		{"2022-01/2022-07", "2022-01/2022-07", month(2022, 1), month(2022, 7)},
		{"2024-13", "", -1, math.MaxInt32},
		{"", "20x4", math.MinInt32, -1},
	}
	for _, c := range cases {
		if lo, hi := PeriodBounds(c.from, c.to); lo != c.lo || hi != c.hi {
			t.Errorf("PeriodBounds(%q, %q) = %d, %d; want %d, %d", c.from, c.to, lo, hi, c.lo, c.hi)
		}
	}
	if !InRange("2024-11", "2024", "2024") || InRange("2025-01", "2024", "2024") || InRange("2024", "", "20x4") {
		t.Error("InRange disagrees with PeriodBounds")
	}
}
