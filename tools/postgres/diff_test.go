package postgres

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// periodLadder holds years, quarters and months around a year change,
// and intervals and dates starting in the same months.
var periodLadder = []string{"1999", "1999-Q4", "1999-10", "1999-11", "1999-12", "2000", "2000-Q1", "2000-01",
	"2000-02", "2000-03", "2000-Q2", "2000-04", "2000-Q3", "2000-09", "2000-Q4", "2000-12", "2001", "2001-Q1", "2001-01",
	"1999-12-31", "2000-01/2000-07", "2000-01-15", "2000-06/2001-05", "2000-12/2001-01"}

// randomBatch draws rows from a small key space so that batches repeat
// keys, rows and values, and sometimes carries one invalid row.
func randomBatch(r *rand.Rand) []tools.Observation {
	n := 1 + r.IntN(12)
	out := make([]tools.Observation, n)
	for i := range out {
		out[i] = tools.Observation{
			Indicator: []string{"unemployment_rate", "activity_rate"}[r.IntN(2)],
			Geo:       []string{"MA", "MA-01", "MA-SUD"}[r.IntN(3)], Area: "total",
			Sex: []string{"total", "female"}[r.IntN(2)], Age: "15+", Diploma: "total",
			Period: periodLadder[r.IntN(len(periodLadder))], Value: float64(r.IntN(4)) + 0.5, Unit: "percent",
			Publisher: "HCP", ReportedBy: []string{"", "press"}[r.IntN(2)],
			SourceURL: []string{"", "https://a.example/1", "https://a.example/2"}[r.IntN(3)],
		}
	}
	if r.IntN(8) == 0 {
		out[r.IntN(n)].Period = "2000-13"
	}
	return out
}

// TestSameAnswersAsEmbedded loads the same random batches into the
// embedded reference store and into PostgreSQL and compares every answer.
func TestSameAnswersAsEmbedded(t *testing.T) {
	pg := mustOpen(t, newSchema(t))
	ref, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 11))
	var total tools.LoadSummary
	for i := range 60 {
		batch := randomBatch(r)
		want, werr := ref.Load(ctx, batch)
		got, gerr := pg.Load(ctx, batch)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("batch %d: embedded err %v, postgres err %v", i, werr, gerr)
		}
		total.Inserted += got.Inserted
		total.Updated += got.Updated
		total.Unchanged += got.Unchanged
		total.Changes = append(total.Changes, got.Changes...)
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("batch %d %+v: summary (-embedded +postgres):\n%s", i, batch, d)
		}
	}
	if total.Inserted == 0 || total.Updated == 0 || total.Unchanged == 0 || len(total.Changes) == 0 {
		t.Fatalf("random batches did not exercise every outcome: %d inserted, %d updated, %d unchanged, %d changes",
			total.Inserted, total.Updated, total.Unchanged, len(total.Changes))
	}
	t.Logf("%d inserted, %d updated, %d unchanged, %d changes", total.Inserted, total.Updated, total.Unchanged, len(total.Changes))
	compareStores(t, ref, pg, append([]string{"", "bogus"}, periodLadder...))
}

// compareStores compares every answer of the two stores, Series for each
// pair of bounds.
func compareStores(t *testing.T, ref, pg tools.IndicatorStore, bounds []string) {
	t.Helper()
	ctx := context.Background()
	same := func(what string, want, got any, werr, gerr error) {
		t.Helper()
		if werr != nil || gerr != nil {
			t.Fatalf("%s: errors %v / %v", what, werr, gerr)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s (-embedded +postgres):\n%s", what, d)
		}
	}
	wd, werr := ref.Dimensions(ctx)
	gd, gerr := pg.Dimensions(ctx)
	same("Dimensions", wd, gd, werr, gerr)
	for _, ind := range wd.Indicators {
		wc, werr := ref.Cells(ctx, ind)
		gc, gerr := pg.Cells(ctx, ind)
		same("Cells "+ind, wc, gc, werr, gerr)
		for _, c := range wc {
			wp, werr := ref.Periods(ctx, ind, c)
			gp, gerr := pg.Periods(ctx, ind, c)
			same("Periods", wp, gp, werr, gerr)
			freqs := []string{"", "annual", "quarterly", "monthly", "interval", "date"}
			for i, from := range bounds {
				for j, to := range bounds {
					q := tools.SeriesQuery{Indicator: ind, Cell: c, From: from, To: to, Frequency: freqs[(i+j)%len(freqs)]}
					ws, werr := ref.Series(ctx, q)
					gs, gerr := pg.Series(ctx, q)
					same("Series", ws, gs, werr, gerr)
				}
			}
		}
		for _, p := range wd.Periods {
			for _, by := range tools.CompareBy {
				q := tools.CompareQuery{Indicator: ind, Period: p, By: by}
				ws, werr := ref.Compare(ctx, q)
				gs, gerr := pg.Compare(ctx, q)
				same("Compare", ws, gs, werr, gerr)
			}
			q := tools.CompareQuery{Indicator: ind, Period: p, By: "geo", Geos: []string{"MA", "MA-SUD"}}
			ws, werr := ref.Compare(ctx, q)
			gs, gerr := pg.Compare(ctx, q)
			same("Compare chosen geos", ws, gs, werr, gerr)
		}
	}
}

// TestPeriodStartAgreesWithColumn checks tools.PeriodStart, used for
// range bounds, against the period_start column, and the column's order
// against tools.ComparePeriods.
func TestPeriodStartAgreesWithColumn(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpen(t, dsn)
	var batch []tools.Observation
	for _, p := range periodLadder {
		batch = append(batch, tools.Observation{Indicator: "x", Geo: "MA", Area: "total", Sex: "total", Age: "15+",
			Diploma: "total", Period: p, Value: 1, Unit: "percent", Publisher: "HCP"})
	}
	if _, err := s.Load(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	for _, p := range periodLadder {
		if n := mustQueryInt(t, dsn, `SELECT period_start FROM indicators WHERE period = $1`, p); n != tools.PeriodStart(p) {
			t.Errorf("period_start(%s) = %d in SQL, %d in Go", p, n, tools.PeriodStart(p))
		}
	}
	got, err := s.Periods(context.Background(), "x", tools.Cell{})
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(periodLadder)
	slices.SortFunc(want, tools.ComparePeriods)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Periods order (-ComparePeriods +postgres):\n%s", d)
	}
}
