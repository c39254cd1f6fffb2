package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

// Series decodes the payload where pgx received it when it comes in
// binary form; a connection set to the simple protocol receives it as
// text, and must read the same figures.
func TestSeriesOverTheSimpleProtocol(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpen(t, dsn)
	ctx := context.Background()
	if _, err := s.Load(ctx, toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	simple := mustOpen(t, withSimpleProtocol(dsn))
	for _, q := range []tools.SeriesQuery{
		{Indicator: "unemployment_rate"},
		{Indicator: "unemployment_rate", From: "2024", Frequency: "quarterly"},
		{Indicator: "unemployment_rate", Cell: tools.Cell{Geo: "MA-12"}},
	} {
		want, err := s.Series(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := simple.Series(ctx, q)
		if err != nil || !cmp.Equal(want, got) {
			t.Errorf("%+v over the simple protocol: %+v, %v; want %+v", q, got, err, want)
		}
	}
}

// withSimpleProtocol returns dsn (a URL with a query, or key=value
// words, as pgtest writes them) set to pgx's simple protocol.
func withSimpleProtocol(dsn string) string {
	if strings.Contains(dsn, "://") {
		return dsn + "&default_query_exec_mode=simple_protocol"
	}
	return dsn + " default_query_exec_mode=simple_protocol"
}
