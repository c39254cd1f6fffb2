package ckantest

import (
	"net/http"
	"testing"

	"github.com/xuri/excelize/v2"
)

// NewHCP starts a portal where the organisation "hcp" publishes five
// labour datasets in the shapes HCP's tables take (the figures are test
// fixtures, not to be quoted):
//   - chomage-milieu: a French CSV (";" and decimal commas) with two
//     title lines above its header and a note below, beside a PDF note;
//   - chomage-region-annuel: a wide CSV, one column per year, one cell
//     empty;
//   - taux-activite-sexe: an XLSX whose header is on row 2;
//   - chomage-diplome: a CSV whose line 4 names a diploma no mapping
//     recodes;
//   - emploi-secteur: a CSV whose download answers 404.
//
// Mapping is the mapping file that imports them.
func NewHCP(t testing.TB) *Portal {
	t.Helper()
	p := New(t)
	org := func(name, title string, res ...Resource) Dataset {
		return Dataset{Name: name, Title: title, Org: "hcp", OrgTitle: "Haut-Commissariat au Plan", Resources: res}
	}
	p.Datasets = []Dataset{
		org("chomage-milieu", "Taux de chômage selon le milieu de résidence",
			Resource{ID: "r-milieu", Name: "Taux de chômage par milieu", Format: "CSV", File: "chomage_milieu.csv", LastModified: "2024-02-05T10:00:00.000000",
				Body: []byte("Taux de chômage selon le milieu de résidence (%)\n\nAnnée;Milieu;Taux de chômage (%)\n" +
					"2022;Urbain;15,8\n2022;Rural;5,2\n2022;Ensemble;11,8\n2023;Urbain;17,0\n2023;Rural;6,3\n2023;Ensemble;13,0\n" +
					"Source : HCP, Enquête nationale sur l'emploi;;\n")},
			Resource{ID: "r-note", Name: "Note d'information", Format: "PDF", File: "note.pdf", Body: []byte("%PDF-1.4")}),
		org("chomage-region-annuel", "Taux de chômage par région",
			Resource{ID: "r-region", Name: "Chômage par région 2021-2023", Format: "text/csv", File: "chomage_region.csv",
				Body: []byte("Région,2021,2022,2023\nCasablanca-Settat,15.6,14.9,16.5\nL'Oriental,18.4,17.1,\nDrâa-Tafilalet,14.2,16.0,21.1\n")}),
		org("taux-activite-sexe", "Taux d'activité selon le sexe",
			Resource{ID: "r-activite", Name: "Taux d'activité par sexe", Format: "XLSX", File: "activite.xlsx", Body: activityWorkbook(t)}),
		org("chomage-diplome", "Taux de chômage selon le diplôme",
			Resource{ID: "r-diplome", Name: "Chômage par diplôme", Format: "csv", File: "chomage_diplome.csv",
				Body: []byte("Diplôme,Taux\nSans diplôme,4.1\nNiveau moyen,18.2\nDoctorat,19.8\nNiveau supérieur,19.7\n")}),
		org("emploi-secteur", "Emploi par secteur",
			Resource{ID: "r-secteur", Name: "Emploi par secteur", Format: "CSV", File: "secteur.csv", Status: http.StatusNotFound}),
	}
	return p
}

// activityWorkbook is an XLSX of activity rates, a title on row 1.
func activityWorkbook(t testing.TB) []byte {
	t.Helper()
	wb := excelize.NewFile()
	defer wb.Close()
	sheet := "Tableau 1"
	if err := wb.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"Taux d'activité selon le sexe (%)"},
		{"Année", "Sexe", "Taux d'activité"},
		{2023, "Hommes", 69.0},
		{2023, "Femmes", 19.0},
		{2023, "Ensemble", 43.6},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := wb.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := wb.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Mapping imports NewHCP's tables; chomage-diplome's "Doctorat" is left
// out of its recode table on purpose.
const Mapping = `# Test mapping of ckantest.NewHCP's tables.
tables:
  - dataset: chomage-milieu
    resource: Taux de chômage par milieu
    header_row: 3
    rows: 6
    columns: {period: Année, area: Milieu}
    fixed: {indicator: unemployment_rate, geo: MA, sex: total, age: "15+", diploma: total, unit: percent, publisher: HCP}
    value: Taux de chômage (%)
    recode:
      area: {Urbain: urban, Rural: rural, Ensemble: total}
  - dataset: chomage-region-annuel
    columns: {geo: Région}
    fixed: {indicator: unemployment_rate, area: total, sex: total, age: "15+", diploma: total, unit: percent}
    wide: {field: period, columns: '^\d{4}$'}
    recode:
      geo: {Casablanca-Settat: MA-06, "L'Oriental": MA-02, Drâa-Tafilalet: MA-08}
  - dataset: taux-activite-sexe
    sheet: Tableau 1
    header_row: 2
    columns: {period: Année, sex: Sexe}
    fixed: {indicator: activity_rate, geo: MA, area: total, age: "15+", diploma: total, unit: percent}
    value: Taux d'activité
    recode:
      sex: {Hommes: male, Femmes: female, Ensemble: total}
  - dataset: chomage-diplome
    columns: {diploma: Diplôme}
    fixed: {indicator: unemployment_rate, geo: MA, area: total, sex: total, age: "15+", period: "2023", unit: percent}
    value: Taux
    recode:
      diploma: {Sans diplôme: none, Niveau moyen: medium, Niveau supérieur: higher}
  - dataset: emploi-secteur
    columns: {period: Année}
    fixed: {indicator: employment, geo: MA, area: total, sex: total, age: "15+", diploma: total, unit: persons}
    value: Emploi
`
