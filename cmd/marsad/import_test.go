package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest/ckan/ckantest"
)

func importJSON(t *testing.T, getenv func(string) string, args ...string) (importSummary, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), append([]string{"import", "ckan", "--json"}, args...), getenv, nil, &out, &errb)
	var sum importSummary
	lastSummaryLine(t, out.String(), &sum, &sum.Summary)
	return sum, errb.String(), err
}

func TestImportCKANThenAskSeesTheFigure(t *testing.T) {
	p := ckantest.NewHCP(t)
	mapping := filepath.Join(t.TempDir(), "hcp.yaml")
	if err := os.WriteFile(mapping, []byte(ckantest.Mapping+absentDataset), 0o644); err != nil {
		t.Fatal(err)
	}
	getenv := env(t)
	args := []string{"--portal", p.URL, "--organization", "hcp", "--mapping", mapping}
	sum, stderr, err := importJSON(t, getenv, args...)
	if err == nil || !strings.Contains(err.Error(), "2 of 5 mapped resources refused") {
		t.Errorf("status: %v, want the two refused resources named", err)
	}
	if sum.Resources != 6 || sum.ResourcesLoaded != 3 || sum.ResourcesRefused != 2 || sum.ResourcesSkipped != 1 || sum.Read != 17 || len(sum.Files) != 3 {
		t.Errorf("first import: %+v, want 6 resources (3 loaded, 2 refused, 1 skipped) and 17 rows", sum)
	}
	for _, want := range []string{"chomage-diplome/Chômage par diplôme:4: field diploma", "secteur.csv: HTTP 404", `dataset "chomage-jeunes", which "hcp" does not publish`, p.ResourcePage("chomage-diplome", "r-diplome")} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	again, _, _ := importJSON(t, getenv, args...)
	if again.Loaded != 0 || again.Duplicates != 17 {
		t.Errorf("second import: loaded %d, duplicates %d; want 0 and 17", again.Loaded, again.Duplicates)
	}
	if a := askAnswer(t, getenv, "Quel était le taux de chômage dans la région Drâa-Tafilalet en 2023 ?"); !strings.Contains(a, "21,1") {
		t.Errorf("ask after import = %q, want 21,1", a)
	}
}

// absentDataset is a mapping of a dataset the portal does not have.
const absentDataset = `  - dataset: chomage-jeunes
    columns: {period: Année}
    fixed: {indicator: unemployment_rate, geo: MA, area: total, sex: total, age: 15-24, diploma: total, unit: percent}
    value: Taux
`

func TestImportNeedsItsFlags(t *testing.T) {
	for _, args := range [][]string{{"import"}, {"import", "dkan"}, {"import", "ckan", "--portal", "http://127.0.0.1:1"}} {
		err := run(context.Background(), args, env(t), nil, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "usage: marsad import ckan") {
			t.Errorf("%v: %v, want the usage", args, err)
		}
	}
}
