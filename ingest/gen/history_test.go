package gen

import (
	"bytes"
	"os"
	"testing"
	"time"
)

func nationalByMonth(rows []MonthlyCount, isco string) map[string]int {
	out := map[string]int{}
	for _, r := range rows {
		if r.ISCO == isco {
			out[r.Month] += r.Ads
		}
	}
	return out
}

func TestAdHistoryShape(t *testing.T) {
	rows := AdHistory(HistorySeed)
	iscos := historyISCO()
	if want := 82 * len(iscos) * 12; len(rows) != want {
		t.Fatalf("%d rows, want 82 months × %d ISCO × 12 regions = %d", len(rows), len(iscos), want)
	}
	for _, o := range occupations {
		if _, ok := dynamics[o.sector]; !ok {
			t.Errorf("sector %q of %s has no dynamics", o.sector, o.id)
		}
	}
	for _, d := range dynamics {
		var s float64
		for _, v := range d.season {
			s += v
		}
		if s < 11.6 || s > 12.4 {
			t.Errorf("a seasonal profile sums to %.2f, want about 12", s)
		}
	}
}

// TestAdHistoryHasItsStories checks the features the forecasts are
// measured on: seasons, the 2020 shock, growth.
func TestAdHistoryHasItsStories(t *testing.T) {
	rows := AdHistory(HistorySeed)
	teach := nationalByMonth(rows, "2341") // primary teachers: September
	for _, y := range []string{"2019", "2022", "2024"} {
		if teach[y+"-09"] <= teach[y+"-05"] {
			t.Errorf("teachers %s: September %d not above May %d", y, teach[y+"-09"], teach[y+"-05"])
		}
	}
	cook := nationalByMonth(rows, "5120") // hotels: the 2020 trough
	if cook["2020-05"]*2 > cook["2019-05"] {
		t.Errorf("cooks: May 2020 %d not below half of May 2019 %d", cook["2020-05"], cook["2019-05"])
	}
	dev := nationalByMonth(rows, "2512") // software: growth
	if dev["2025-03"] < dev["2019-03"]*3/2 {
		t.Errorf("developers: March 2025 %d, March 2019 %d: want growth", dev["2025-03"], dev["2019-03"])
	}
	nurse := nationalByMonth(rows, "2221") // health: hiring up in 2020
	if nurse["2020-05"] <= nurse["2019-05"] {
		t.Errorf("nurses: May 2020 %d not above May 2019 %d", nurse["2020-05"], nurse["2019-05"])
	}
}

// TestBundledAdHistoryIsCurrent fails when the generator changed without
// `go generate ./ingest/gen`.
func TestBundledAdHistoryIsCurrent(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAdHistoryCSV(&buf, AdHistory(HistorySeed)); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../seed/ad_history/monthly_ad_counts.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Error("seed/ad_history/monthly_ad_counts.csv differs from AdHistory(HistorySeed): run go generate ./ingest/gen")
	}
}

func TestRamadanShare(t *testing.T) {
	m := func(y, mo int) float64 { return ramadanShare(mustMonth(y, mo)) }
	if s := m(2025, 3); s < 0.93 || s > 1 {
		t.Errorf("March 2025: %.2f, want nearly all", s)
	}
	if s := m(2024, 4); s < 0.2 || s > 0.35 {
		t.Errorf("April 2024 (to the 9th): %.2f", s)
	}
	if m(2024, 8) != 0 || m(2018, 6) != 0 {
		t.Error("August 2024 and 2018 have no Ramadan here")
	}
}

func mustMonth(y, m int) time.Time { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
