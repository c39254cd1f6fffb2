package postgres

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

func TestConformance(t *testing.T) {
	toolstest.TestIndicatorStore(t, func(t *testing.T) tools.IndicatorStore {
		s, err := Open(context.Background(), newSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestOpenTwiceRecordsEachMigrationOnce(t *testing.T) {
	dsn := newSchema(t)
	mustOpen(t, dsn)
	mustOpen(t, dsn)
	all, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM schema_migrations`); n != len(all) {
		t.Fatalf("schema_migrations has %d rows after two Opens, want %d", n, len(all))
	}
	if n := mustQueryInt(t, dsn, `SELECT count(DISTINCT version) FROM schema_migrations`); n != len(all) {
		t.Fatalf("%d distinct versions, want %d", n, len(all))
	}
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM indicator_definitions`); n != len(tools.Definitions()) {
		t.Fatalf("indicator_definitions has %d rows, want %d", n, len(tools.Definitions()))
	}
}

func TestConcurrentOpensOnFreshSchemaBothSucceed(t *testing.T) {
	dsn := newSchema(t)
	const replicas = 4
	errs := make([]error, replicas)
	var wg sync.WaitGroup
	for i := range replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(context.Background(), dsn)
			if err == nil {
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("replica %d: Open: %v", i, err)
		}
	}
	all, _ := migrations()
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM schema_migrations`); n != len(all) {
		t.Fatalf("schema_migrations has %d rows, want %d", n, len(all))
	}
}

func TestDefinitionsHaveThreeLanguages(t *testing.T) {
	dsn := newSchema(t)
	mustOpen(t, dsn)
	d, _ := tools.LookupDefinition("unemployment_rate")
	n := mustQueryInt(t, dsn, `SELECT count(*) FROM indicator_definitions
		WHERE id = $1 AND name_fr = $2 AND name_ar = $3 AND name_en = $4 AND unit = $5`,
		d.ID, d.Names["fr"], d.Names["ar"], d.Names["en"], d.Unit)
	if n != 1 {
		t.Fatalf("unemployment_rate definition not stored as in tools.Definitions")
	}
}

func TestCorrectionIsLoggedOnce(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpen(t, dsn)
	ctx := context.Background()
	if _, err := s.Load(ctx, toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	fixed := toolstest.Fixture()[1] // MA 2024, 13.3
	fixed.Value = 13.4
	for range 2 {
		if _, err := s.Load(ctx, []tools.Observation{fixed}); err != nil {
			t.Fatal(err)
		}
	}
	n := mustQueryInt(t, dsn, `SELECT count(*) FROM indicator_changes WHERE indicator = $1 AND geo = 'MA'
		AND area = 'total' AND sex = 'total' AND age = '15+' AND diploma = 'total' AND period = '2024'
		AND old_value = 13.3 AND new_value = 13.4 AND changed_at <= now()`, fixed.Indicator)
	if n != 1 {
		t.Fatalf("indicator_changes has %d rows for the correction, want 1", n)
	}
	if all := mustQueryInt(t, dsn, `SELECT count(*) FROM indicator_changes`); all != 1 {
		t.Fatalf("indicator_changes has %d rows, want 1", all)
	}
}

func TestLoadCreatesSourcesOnce(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpen(t, dsn)
	for range 2 {
		if _, err := s.Load(context.Background(), toolstest.Fixture()); err != nil {
			t.Fatal(err)
		}
	}
	urls := map[string]bool{}
	for _, o := range toolstest.Fixture() {
		urls[o.SourceURL] = true
	}
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM sources WHERE publisher = 'HCP' AND reported_by = 'test'`); n != len(urls) {
		t.Fatalf("sources has %d rows, want %d", n, len(urls))
	}
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM indicators i JOIN sources USING (source_url)`); n != len(toolstest.Fixture()) {
		t.Fatalf("%d indicator rows reference a source, want %d", n, len(toolstest.Fixture()))
	}
}

func TestRefusedBatchLeavesEveryTable(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpen(t, dsn)
	ctx := context.Background()
	if _, err := s.Load(ctx, toolstest.Fixture()[:2]); err != nil {
		t.Fatal(err)
	}
	const counts = `SELECT (SELECT count(*) FROM indicators) * 1000000 + (SELECT count(*) FROM sources) * 1000
		+ (SELECT count(*) FROM indicator_changes) * 10 + (SELECT dimensions_version FROM indicator_catalog)
		+ (SELECT sum(length(payload)) FROM indicator_series) * 100000000`
	before := mustQueryInt(t, dsn, counts)
	bad := toolstest.Fixture()
	bad[0].Value = 12.5             // a correction...
	bad[5].SourceURL = "https://x/" // ...a new source...
	bad[len(bad)-1].Geo = "MA-13"   // ...and one bad row
	if _, err := s.Load(ctx, bad); !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("Load with a bad geo: err = %v, want ErrBadData", err)
	}
	if after := mustQueryInt(t, dsn, counts); after != before {
		t.Fatalf("refused batch changed the tables: %d -> %d", before, after)
	}
}

func TestCompareUnknownDimension(t *testing.T) {
	s := mustOpen(t, newSchema(t))
	_, err := s.Compare(context.Background(), tools.CompareQuery{Indicator: "unemployment_rate", Period: "2024", By: "region"})
	if !errors.Is(err, tools.ErrBadArgs) {
		t.Fatalf("Compare by region: err = %v, want ErrBadArgs", err)
	}
}

func TestHostileValuesAreOnlyData(t *testing.T) {
	dsn := newSchema(t)
	s := mustOpen(t, dsn)
	ctx := context.Background()
	if _, err := s.Load(ctx, toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	evil := "x'; DROP TABLE indicators; --"
	got, err := s.Series(ctx, tools.SeriesQuery{Indicator: evil, Cell: tools.Cell{Geo: evil}, From: evil})
	if err != nil || len(got) != 0 {
		t.Fatalf("Series with a hostile indicator = %v, %v; want empty", got, err)
	}
	if _, err := s.Compare(ctx, tools.CompareQuery{Indicator: evil, Period: evil, By: "geo", Geos: []string{evil}}); err != nil {
		t.Fatal(err)
	}
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM indicators`); n != len(toolstest.Fixture()) {
		t.Fatalf("indicators has %d rows", n)
	}
}

// TestNoSQLBuiltFromStrings guards the rule that every value reaches the
// server as a parameter: the package formats no strings at all outside
// error messages.
func TestNoSQLBuiltFromStrings(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, banned := range []string{"fmt.Sprint", "strings.Join", "strings.Builder", "strconv.Quote"} {
			if strings.Contains(string(b), banned) {
				t.Errorf("%s uses %s: build no SQL text from values", f, banned)
			}
		}
	}
}

func TestOtherReplicaSeesNewDimensions(t *testing.T) {
	dsn := newSchema(t)
	a, b := mustOpen(t, dsn), mustOpen(t, dsn)
	ctx := context.Background()
	if _, err := a.Load(ctx, toolstest.Fixture()[:1]); err != nil {
		t.Fatal(err)
	}
	if d, err := b.Dimensions(ctx); err != nil || len(d.Indicators) != 1 {
		t.Fatalf("Dimensions = %+v, %v", d, err)
	}
	if _, err := a.Load(ctx, toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	d, err := b.Dimensions(ctx)
	if err != nil || len(d.Indicators) != 2 || len(d.Geos) != 5 {
		t.Fatalf("Dimensions after the other replica's Load = %+v, %v", d, err)
	}
}
