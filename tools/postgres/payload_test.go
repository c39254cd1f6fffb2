package postgres

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

func samplePayload() []byte {
	return encodeSeries([]entry{
		{"2023", int32(tools.PeriodStart("2023")), 13, "percent", "HCP", "", "https://a/1", "ene_2017", ""},
		{"2024", int32(tools.PeriodStart("2024")), 13.3, "percent", "HCP", "LNT", "https://a/2", "ene_2017", "https://lnt/1"},
		{"2024-Q3", int32(tools.PeriodStart("2024-Q3")), 13.6, "percent", "HCP", "LNT", "", "", ""},
		{"2024-11", int32(tools.PeriodStart("2024-11")), -0.5, "jobs", "HCP", "", "https://a/2", "", ""},
	})
}

func TestPayloadRoundTripAndFilters(t *testing.T) {
	base := tools.Observation{Indicator: "x", Geo: "MA", Area: "total", Sex: "total", Age: "15+", Diploma: "total"}
	cases := []struct {
		name, from, to, freq string
		want                 []string
	}{
		{"all", "", "", "", []string{"2023", "2024", "2024-Q3", "2024-11"}},
		{"annual", "", "", "annual", []string{"2023", "2024"}},
		{"monthly", "", "", "monthly", []string{"2024-11"}},
		{"year bound covers months", "2024", "2024", "", []string{"2024", "2024-Q3", "2024-11"}},
		{"quarter bound", "2024-Q3", "2024-Q3", "", []string{"2024-Q3"}},
	}
	for _, c := range cases {
		lo, hi := tools.PeriodBounds(c.from, c.to)
		got, err := decodeSeries(nil, samplePayload(), base, lo, hi, c.freq)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var ps []string
		for _, o := range got {
			ps = append(ps, o.Period)
		}
		if d := cmp.Diff(c.want, ps); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, d)
		}
	}
	lo, hi := tools.PeriodBounds("", "")
	got, _ := decodeSeries(nil, samplePayload(), base, lo, hi, "")
	want := base
	want.Period, want.Value, want.Unit, want.Publisher, want.ReportedBy, want.SourceURL = "2024-11", -0.5, "jobs", "HCP", "", "https://a/2"
	if got[3] != want {
		t.Errorf("last entry = %+v, want %+v", got[3], want)
	}
	want.Period, want.Value, want.Unit, want.Publisher, want.ReportedBy, want.SourceURL = "2024", 13.3, "percent", "HCP", "LNT", "https://a/2"
	want.Series, want.RelayURL = "ene_2017", "https://lnt/1"
	if got[1] != want {
		t.Errorf("second entry = %+v, want %+v", got[1], want)
	}
}

// TestPayloadVersion1StillReads: a payload written before migration 0009
// (four words an entry, no series nor relay) reads as figures without them.
func TestPayloadVersion1StillReads(t *testing.T) {
	p := []byte{1, 3}
	for _, w := range []string{"percent", "HCP", ""} {
		p = append(binary.AppendUvarint(p, uint64(len(w))), w...)
	}
	p = append(binary.AppendUvarint(p, 1), 4)
	p = append(p, "2024"...)
	p = binary.AppendVarint(p, int64(tools.PeriodStart("2024")))
	p = binary.LittleEndian.AppendUint64(p, math.Float64bits(13.3))
	p = append(p, 0, 1, 2, 2)
	lo, hi := tools.PeriodBounds("", "")
	got, err := decodeSeries(nil, p, tools.Observation{Indicator: "x"}, lo, hi, "")
	want := []tools.Observation{{Indicator: "x", Period: "2024", Value: 13.3, Unit: "percent", Publisher: "HCP"}}
	if err != nil || !cmp.Equal(got, want) {
		t.Errorf("version 1 = %+v, %v; want %+v", got, err, want)
	}
}

func TestTruncatedPayloadIsCorrupt(t *testing.T) {
	p := samplePayload()
	for n := range len(p) {
		lo, hi := tools.PeriodBounds("", "")
		if _, err := decodeSeries(nil, p[:n], tools.Observation{}, lo, hi, ""); !errors.Is(err, ErrCorruptSeries) {
			t.Fatalf("payload cut at %d of %d: err = %v, want ErrCorruptSeries", n, len(p), err)
		}
	}
}

func FuzzDecodeSeriesNeverPanics(f *testing.F) {
	f.Add(samplePayload())
	f.Add([]byte{1, 0, 0})
	f.Fuzz(func(t *testing.T, p []byte) {
		lo, hi := tools.PeriodBounds("", "")
		_, _ = decodeSeries(nil, p, tools.Observation{}, lo, hi, "")
	})
}

func TestLoadRebuildsMissingSeries(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpen(t, dsn)
	ctx := context.Background()
	if _, err := s.Load(ctx, toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	conn := mustConnect(t, dsn)
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `DELETE FROM indicator_series`); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate"}); len(got) != 0 {
		t.Fatalf("Series without payload = %d rows", len(got))
	}
	sum, err := s.Load(ctx, toolstest.Fixture())
	if err != nil || sum.Unchanged != len(toolstest.Fixture()) {
		t.Fatalf("reload = %+v, %v", sum, err)
	}
	if got, _ := s.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate"}); len(got) != 5 {
		t.Fatalf("Series after the reload = %d rows, want 5", len(got))
	}
}

// Series decodes from pgx's read buffer, which the next query
// overwrites: what decodeSeries returns must not point into its payload.
func TestDecodedFiguresOwnTheirStrings(t *testing.T) {
	lo, hi := tools.PeriodBounds("", "")
	want, _ := decodeSeries(nil, samplePayload(), tools.Observation{}, lo, hi, "")
	p := samplePayload()
	got, err := decodeSeries(nil, p, tools.Observation{}, lo, hi, "")
	for i := range p {
		p[i] = 'z'
	}
	if err != nil || !cmp.Equal(want, got) {
		t.Fatalf("after the payload was overwritten: %+v, %v; want %+v", got, err, want)
	}
}
