package embedded_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

func TestConformanceInMemory(t *testing.T) {
	toolstest.TestIndicatorStore(t, func(t *testing.T) tools.IndicatorStore {
		s, err := embedded.Open("")
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestConformancePersisted(t *testing.T) {
	toolstest.TestIndicatorStore(t, func(t *testing.T) tools.IndicatorStore {
		s, err := embedded.Open(filepath.Join(t.TempDir(), "indicators.csv"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsState(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "indicators.csv")
	s, err := embedded.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background(), toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	again, err := embedded.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if again.Len() != len(toolstest.Fixture()) {
		t.Fatalf("reopened store has %d rows, want %d", again.Len(), len(toolstest.Fixture()))
	}
	got, _ := again.Series(context.Background(), tools.SeriesQuery{Indicator: "unemployment_rate", Cell: tools.Cell{Sex: "female"}})
	if len(got) != 1 || got[0].Value != 19.4 || got[0].SourceURL == "" {
		t.Fatalf("reopened female series = %+v", got)
	}
}
