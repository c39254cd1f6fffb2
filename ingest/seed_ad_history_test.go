package ingest

import (
	"context"
	"testing"
)

// The bundled history loads as a demo history of every month from
// 2019-01 to 2025-10, long enough to forecast, its national series the
// sum of the regions' rows.
func TestSeedAdHistoryIsTheDemoHistory(t *testing.T) {
	h, err := SeedAdHistory()
	if err != nil {
		t.Fatal(err)
	}
	about := h.About()
	if !about.Demo || about.From != "2019-01" || about.To != "2025-10" || about.Source != "demo generator" {
		t.Fatalf("about = %+v", about)
	}
	ctx := context.Background()
	codes, err := h.HistoryOccupations(ctx)
	if err != nil || len(codes) < 50 {
		t.Fatalf("%d occupations, err %v", len(codes), err)
	}
	start, counts, err := h.MonthlyAds(ctx, "2221", "")
	if err != nil || start != "2019-01" || len(counts) != 82 {
		t.Fatalf("nurses: start %q, %d months, err %v; want 2019-01 and 82 months", start, len(counts), err)
	}
	var sum float64
	for _, r := range []string{"MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06", "MA-07", "MA-08", "MA-09", "MA-10", "MA-11", "MA-12"} {
		_, rc, err := h.MonthlyAds(ctx, "2221", r)
		if err != nil {
			t.Fatal(err)
		}
		if len(rc) == 82 {
			sum += rc[81]
		}
	}
	if sum != counts[81] {
		t.Errorf("national 2025-10 = %g, regions sum to %g", counts[81], sum)
	}
}
