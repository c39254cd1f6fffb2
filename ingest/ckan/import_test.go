package ckan_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/ckan"
	"github.com/marsad/marsad/ingest/ckan/ckantest"
	"github.com/marsad/marsad/ingest/xlsx"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// importAll imports NewHCP's tables into store and returns each
// resource's outcome by resource id.
func importAll(t *testing.T, p *ckantest.Portal, store tools.IndicatorStore) map[string]ingest.ResourceImport {
	t.Helper()
	maps, err := ingest.ReadTableMappings(strings.NewReader(ckantest.Mapping), "mapping.yaml")
	if err != nil {
		t.Fatal(err)
	}
	imp := ingest.PortalImport{Portal: mustClient(t, p), Mappings: maps, Store: store,
		Readers: map[string]ingest.TableReader{"CSV": ingest.CSVTableReader, "XLSX": xlsx.ReadTable}}
	got := map[string]ingest.ResourceImport{}
	if err := imp.Run(context.Background(), "hcp", func(r ingest.ResourceImport) { got[r.Resource.ID] = r }); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestImportEmbedded(t *testing.T) {
	s, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	testImport(t, s)
}

func TestImportPostgres(t *testing.T) {
	s, err := postgres.Open(context.Background(), pgtest.NewSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	testImport(t, s)
}

func testImport(t *testing.T, store tools.IndicatorStore) {
	p := ckantest.NewHCP(t)
	got := importAll(t, p, store)
	inserted := map[string]int{"r-milieu": 6, "r-region": 8, "r-activite": 3}
	for id, n := range inserted {
		if r := got[id]; r.Err != nil || r.Skipped != "" || r.Load.Inserted != n {
			t.Errorf("%s: inserted %d (skipped %q, error %v), want %d", id, r.Load.Inserted, r.Skipped, r.Err, n)
		}
	}
	if r := got["r-note"]; r.Skipped == "" {
		t.Errorf("the PDF note was not skipped: %+v", r)
	}
	var row *ingest.RowError
	if err := got["r-diplome"].Err; !errors.As(err, &row) || row.Line != 4 || row.Field != "diploma" ||
		!strings.Contains(err.Error(), "chomage-diplome/Chômage par diplôme:4: field diploma") {
		t.Errorf("bad row: %v, want a RowError naming the resource, line 4 and field diploma", err)
	}
	if err := got["r-secteur"].Err; !errors.Is(err, ckan.ErrDownload) || !strings.Contains(err.Error(), "emploi-secteur/Emploi par secteur") {
		t.Errorf("404 resource: %v, want ErrDownload naming the resource", err)
	}
	ctx := context.Background()
	diplomas, err := store.Cells(ctx, "unemployment_rate")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range diplomas {
		if c.Diploma != "total" {
			t.Errorf("a row of the refused table was stored: %+v", c)
		}
	}
	oriental, err := store.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate",
		Cell: tools.Cell{Geo: "MA-02", Area: "total", Sex: "total", Age: "15+", Diploma: "total"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(oriental) != 2 || oriental[0].Period != "2021" || oriental[1].Value != 17.1 {
		t.Errorf("wide table, L'Oriental: %+v, want 2021 and 2022 (2023 left empty)", oriental)
	}
	o := oriental[0]
	if o.Publisher != "Haut-Commissariat au Plan" || o.ReportedBy != strings.TrimPrefix(p.URL, "http://") ||
		o.SourceURL != p.ResourcePage("chomage-region-annuel", "r-region") {
		t.Errorf("source %q %q %q, want the organisation, the portal and the resource's page", o.Publisher, o.ReportedBy, o.SourceURL)
	}
	women, err := store.Series(ctx, tools.SeriesQuery{Indicator: "activity_rate",
		Cell: tools.Cell{Geo: "MA", Area: "total", Sex: "female", Age: "15+", Diploma: "total"}})
	if err != nil || len(women) != 1 || women[0].Value != 19 || women[0].Period != "2023" {
		t.Errorf("XLSX, women: %+v %v", women, err)
	}
	urban, err := store.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate",
		Cell: tools.Cell{Geo: "MA", Area: "urban", Sex: "total", Age: "15+", Diploma: "total"}})
	if err != nil || len(urban) != 2 || urban[1].Value != 17 || urban[1].Publisher != "HCP" {
		t.Errorf("French CSV, urban: %+v %v", urban, err)
	}

	again := importAll(t, p, store)
	for id, n := range inserted {
		if r := again[id]; r.Err != nil || r.Load.Inserted+r.Load.Updated != 0 || r.Load.Unchanged != n {
			t.Errorf("second import of %s: %+v, want %d unchanged and nothing else", id, r.Load, n)
		}
	}
}

func TestImportRefusesANamedResourceOfAnotherFormat(t *testing.T) {
	p := ckantest.NewHCP(t)
	s, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	m := `tables:
  - dataset: chomage-milieu
    resource: r-note
    columns: {period: Année}
    fixed: {indicator: unemployment_rate, geo: MA, area: total, sex: total, age: "15+", diploma: total, unit: percent}
    value: Taux
`
	maps, err := ingest.ReadTableMappings(strings.NewReader(m), "m.yaml")
	if err != nil {
		t.Fatal(err)
	}
	imp := ingest.PortalImport{Portal: mustClient(t, p), Mappings: maps, Store: s,
		Readers: map[string]ingest.TableReader{"CSV": ingest.CSVTableReader}}
	var got []ingest.ResourceImport
	if err := imp.Run(context.Background(), "hcp", func(r ingest.ResourceImport) { got = append(got, r) }); err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		named := r.Resource.ID == "r-note"
		if named && (!errors.Is(r.Err, ingest.ErrBadFile) || !strings.Contains(r.Err.Error(), `format "PDF" is not imported (only CSV)`)) {
			t.Errorf("named PDF: %v, want it refused for its format", r.Err)
		}
		if !named && (r.Err != nil || r.Skipped == "") {
			t.Errorf("%s: %+v, want skipped", r.Resource.ID, r)
		}
	}
}
