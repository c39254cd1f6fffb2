package toolstest

import (
	"context"
	"errors"
	"testing"

	"github.com/marsad/marsad/tools"
)

// testSeriesRecorded: a figure's series and relay page come back from
// Series and Compare as loaded; changing only them is an update (so a file
// that gains the columns is stored), a series that contradicts the
// period is refused, and a figure loaded without them reads without them.
func testSeriesRecorded(t *testing.T, s tools.IndicatorStore) {
	ctx := context.Background()
	old := obs("unemployment_rate", "MA-01", "total", "2016", 10.1)
	old.Series = tools.SeriesENEPre2017
	hcp := obs("unemployment_rate", "MA-02", "total", "2016", 20.2)
	hcp.Series, hcp.SourceURL, hcp.RelayURL = tools.SeriesENEPre2017, "https://www.hcp.ma/page_a1.html", "https://relay.ma/1"
	bare := obs("unemployment_rate", "MA-03", "total", "2016", 12)
	mustLoad(t, s, []tools.Observation{old, hcp, bare})

	cmpd, err := s.Compare(ctx, tools.CompareQuery{Indicator: "unemployment_rate", Period: "2016", By: "geo"})
	if err != nil || len(cmpd) != 3 || cmpd[0] != hcp || cmpd[2] != old || cmpd[1] != bare {
		t.Fatalf("Compare = %+v, %v; want %+v, %+v, %+v", cmpd, err, hcp, bare, old)
	}
	got, err := s.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate", Cell: tools.Cell{Geo: "MA-02"}})
	if err != nil || len(got) != 1 || got[0] != hcp {
		t.Fatalf("Series = %+v, %v; want %+v", got, err, hcp)
	}

	relabelled := bare
	relabelled.Series = tools.SeriesENEPre2017
	if sum := mustLoad(t, s, []tools.Observation{relabelled}); sum.Updated != 1 || len(sum.Changes) != 0 {
		t.Fatalf("series added = %+v, want 1 updated and no value change", sum)
	}
	if got, _ := s.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate", Cell: tools.Cell{Geo: "MA-03"}}); len(got) != 1 || got[0] != relabelled {
		t.Fatalf("after the update Series = %+v, want %+v", got, relabelled)
	}

	wrong := obs("unemployment_rate", "MA-04", "total", "2024", 11)
	wrong.Series = tools.SeriesENEPre2017
	var fe *tools.FieldError
	if _, err := s.Load(ctx, []tools.Observation{wrong}); !errors.As(err, &fe) || fe.Field != "series" {
		t.Fatalf("a 2024 figure in the pre-2017 series: err = %v, want a series FieldError", err)
	}
}
