package tools

import (
	"errors"
	"math"
	"testing"
)

func TestValidateObservationRefusesNonFiniteValues(t *testing.T) {
	o := Observation{Indicator: "unemployment_rate", Geo: "MA", Area: "total", Sex: "total", Age: "15+", Diploma: "total", Period: "2024", Unit: "persons", Publisher: "HCP"}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		o.Value = v
		if err := ValidateObservation(o); !errors.Is(err, ErrBadData) {
			t.Errorf("value %v accepted: %v", v, err)
		}
	}
	o.Value = 13.3
	if err := ValidateObservation(o); err != nil {
		t.Errorf("valid row refused: %v", err)
	}
}

func TestPeriodOrder(t *testing.T) {
	if !(ComparePeriods("2024", "2024-Q1") < 0 && ComparePeriods("2024-Q4", "2025") < 0 && ComparePeriods("2024-05", "2024-Q3") < 0) {
		t.Error("periods out of order")
	}
	if !(PeriodEnd("2025") > PeriodEnd("2025-Q3") && PeriodEnd("2025-Q4") == PeriodEnd("2025")) {
		t.Error("PeriodEnd wrong")
	}
	for p, want := range map[string]bool{"2024": true, "2024-Q3": true, "2024-05": true, "2024-Q5": false, "2024-13": false, "24": false, "2024-T3": false} {
		if ValidPeriod(p) != want {
			t.Errorf("ValidPeriod(%q) = %v", p, !want)
		}
	}
}
