package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/ingest/seed"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// sharedFigures is the project's reference file of official figures,
// beside the repository (../shared/data/README.md).
const sharedFigures = "../../shared/data/hcp_labour_figures.csv"

// readSharedFigures returns the reference file, or skips the test when
// this checkout has no ../shared beside it.
func readSharedFigures(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(sharedFigures)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip(sharedFigures, "is not in this checkout")
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedWithoutShared is what the bundled seed holds beyond the shared file:
// the regional activity rates of 2022 read on a press page
// (hcp_regional_extra.csv) that the shared file does not carry.
const seedWithoutShared = 6

// TestSeedShipsEverySharedFigure: every row of the shared file loads into
// a store and is in the bundled seed with the same value, unit and source.
func TestSeedShipsEverySharedFigure(t *testing.T) {
	shared, err := ingest.ReadIndicators(bytes.NewReader(readSharedFigures(t)), "hcp_labour_figures.csv")
	if err != nil {
		t.Fatalf("shared file refused: %v", err)
	}
	store := mustIndicatorStore(t, "")
	if sum, err := store.Load(context.Background(), shared); err != nil || sum.Inserted != len(shared) {
		t.Fatalf("Load: %+v, %v; want %d inserted", sum, err, len(shared))
	}
	seed := seedByKey(t)
	for _, o := range shared {
		want := o
		want.Series = tools.SeriesByRule(o)
		got, ok := seed[o.Key()]
		if got.RelayURL != "" { // an HCP page verified (HCP_PAGES.tsv): the relay's address moved
			want.SourceURL, want.RelayURL = got.SourceURL, o.SourceURL
			if !strings.HasPrefix(got.SourceURL, "https://www.hcp.ma/") {
				t.Errorf("%v: source %s with a relay is not HCP's page", o.Key(), got.SourceURL)
			}
		}
		if !ok || got != want {
			t.Errorf("seed has %+v (present %v), want %+v", got, ok, want)
		}
	}
	if len(seed) != len(shared)+seedWithoutShared {
		t.Errorf("seed holds %d figures, want the shared file's %d and %d more", len(seed), len(shared), seedWithoutShared)
	}
}

// TestSeedLoadsAndPersistsEveryForm: the bundled seed, read with the
// product's own reader, loads whole into a data folder and reads back the
// same after a restart, intervals, dates and age all included.
func TestSeedLoadsAndPersistsEveryForm(t *testing.T) {
	seed := seedByKey(t)
	obs := make([]tools.Observation, 0, len(seed))
	for _, o := range seed {
		obs = append(obs, o)
	}
	file := filepath.Join(t.TempDir(), "indicators.csv")
	store := mustIndicatorStore(t, file)
	if _, err := store.Load(context.Background(), obs); err != nil {
		t.Fatal(err)
	}
	store.Close()
	dims, err := mustIndicatorStore(t, file).Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]bool{}
	for _, p := range dims.Periods {
		forms[tools.PeriodFrequency(p)] = true
	}
	for _, f := range []string{tools.FreqAnnual, tools.FreqQuarterly, tools.FreqInterval, tools.FreqDate} {
		if !forms[f] {
			t.Errorf("no %s period after reopening; periods %v", f, dims.Periods)
		}
	}
	if !slices.Contains(dims.Ages, tools.AgeAll) || !slices.Contains(dims.Ages, tools.AgeSurvey) {
		t.Errorf("ages %v, want both all and 15+", dims.Ages)
	}
}

// seedByKey returns the bundled figures by natural key, failing on a key
// that two rows of the seed share.
func seedByKey(t *testing.T) map[tools.Key]tools.Observation {
	t.Helper()
	obs, err := ingest.SeedObservations()
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[tools.Key]tools.Observation, len(obs))
	for _, o := range obs {
		if prev, dup := m[o.Key()]; dup {
			t.Errorf("seed holds %v twice: %v and %v", o.Key(), prev.Value, o.Value)
		}
		m[o.Key()] = o
	}
	return m
}

func mustIndicatorStore(t *testing.T, path string) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestSeedIsGeneratedFromTheSharedFile: the bundled figures are what
// `go generate ./ingest/gen` makes of the shared file and of the extra
// file (gen.SeedFigures: the series by rule, the verified HCP pages), and
// every verified page found its figure.
func TestSeedIsGeneratedFromTheSharedFile(t *testing.T) {
	pages := seedHCPPages(t)
	used := 0
	for name, src := range map[string][]byte{
		"indicators/hcp_labour_figures.csv": readSharedFigures(t),
		"indicators/hcp_regional_extra.csv": mustSeedFile(t, "indicators/hcp_regional_extra.csv"),
	} {
		var buf bytes.Buffer
		n, err := gen.SeedFigures(bytes.NewReader(src), pages, &buf)
		if err != nil {
			t.Fatal(err)
		}
		used += n
		if !bytes.Equal(buf.Bytes(), mustSeedFile(t, name)) {
			t.Errorf("%s is stale: run go generate ./ingest/gen", name)
		}
	}
	if used != len(pages) {
		t.Errorf("%d of the %d verified HCP pages found their figure", used, len(pages))
	}
}

// TestSeedCarriesEverySeries: every bundled figure records the series the
// README's rule gives it, so no answer depends on reading reported_by.
func TestSeedCarriesEverySeries(t *testing.T) {
	counts := map[string]int{}
	for _, o := range seedByKey(t) {
		if want := tools.SeriesByRule(o); o.Series != want {
			t.Errorf("%v: series %q, want %q", o.Key(), o.Series, want)
		}
		counts[o.Series]++
	}
	// Figures with no series are administrative counts (CNSS, ANAPEC,
	// Office des changes, consulates) and the informal-sector survey.
	want := map[string]int{"ene_2017": 946, "ene_2017_pre_revision": 88, "ene_pre2017": 30, "census_2024": 8, "census_2014": 3, "": 86}
	if d := cmp.Diff(want, counts); d != "" {
		t.Errorf("series counts (-want +got):\n%s", d)
	}
}

func seedHCPPages(t *testing.T) []gen.HCPPage {
	t.Helper()
	f, err := seed.FS.Open("indicators/HCP_PAGES.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pages, err := gen.ReadHCPPages(f)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

func mustSeedFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(seed.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
