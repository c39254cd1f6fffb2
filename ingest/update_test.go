package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// A site's export downloaded again, with one ad's salary edited, one ad
// rewritten, one unchanged and one new, updates the two edited ads in
// place, adds the new one and counts the unchanged one as a duplicate.
func TestChangedExportUpdatesTheEditedAds(t *testing.T) {
	dir := t.TempDir()
	header := "ref,titre,entreprise,ville,salaire,description,lien\n"
	rows := []string{
		"R-1,Soudeur TIG,Atlas Métal,Kénitra,6000 DH,Soudure TIG et MIG de structures métalliques en atelier.,https://emploi.example/R-1\n",
		"R-2,Comptable,Fiduciaire Bennani,Rabat,5000 DH,Tenue de la comptabilité générale et déclarations fiscales.,https://emploi.example/R-2\n",
		"R-3,Serveur,Café Atlas,Agadir,3000 DH,Service en salle et au comptoir dans un café du centre ville.,https://emploi.example/R-3\n",
	}
	path := filepath.Join(dir, "export.csv")
	write := func(lines ...string) {
		if err := os.WriteFile(path, []byte(header+strings.Join(lines, "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := mustJobMarket(t, filepath.Join(dir, "demand"))
	p := mustPipeline(t, s, ingest.Options{DataDir: dir})
	write(rows...)
	if sum, err := p.IngestFile(context.Background(), "ads", path); err != nil || sum.Loaded != 3 {
		t.Fatalf("first export: %+v, %v", sum, err)
	}
	write(strings.Replace(rows[0], "6000 DH", "7500 DH", 1),
		"R-2,Comptable confirmé,Fiduciaire Bennani,Rabat,5000 DH,Poste en cabinet : révision des comptes de PME et bilans annuels.,https://emploi.example/R-2\n",
		rows[2],
		"R-4,Cuisinier,Riad Salam,Marrakech,4000 DH,Cuisine marocaine traditionnelle pour un riad de douze chambres.,https://emploi.example/R-4\n")
	sum, err := p.IngestFile(context.Background(), "ads", path)
	if err != nil {
		t.Fatal(err)
	}
	checkBalance(t, "changed export", sum)
	if sum.Read != 4 || sum.Loaded != 3 || sum.Updated != 2 || sum.Duplicates != 1 {
		t.Errorf("changed export: read %d loaded %d updated %d duplicates %d; want 4, 3 (2 updated), 1", sum.Read, sum.Loaded, sum.Updated, sum.Duplicates)
	}
	ads, err := s.SearchAds(context.Background(), tools.AdQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]tools.Ad{}
	for _, a := range ads {
		got[a.Meta["source_id"]] = a
	}
	if len(ads) != 4 || got["R-1"].SalaryText != "7500 DH" || got["R-2"].Title != "Comptable confirmé" {
		t.Errorf("stored after the changed export: %d ads, R-1 salary %q, R-2 title %q; want 4, 7500 DH, Comptable confirmé",
			len(ads), got["R-1"].SalaryText, got["R-2"].Title)
	}
}

// An export saved by a French spreadsheet (Windows-1252, ";") is read, and
// the summary says how.
func TestWindows1252ExportIsReadAndSaidSo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "export.csv")
	cp1252 := []byte("Intitul\xe9;Soci\xe9t\xe9;Ville\r\nSoudeur TIG;Atlas M\xe9tal;Mohamm\xe9dia\r\n")
	if err := os.WriteFile(path, cp1252, 0o644); err != nil {
		t.Fatal(err)
	}
	s := mustJobMarket(t, "")
	sum, err := mustPipeline(t, s, ingest.Options{}).IngestFile(context.Background(), "", path)
	if err != nil || sum.Loaded != 1 || sum.Encodings[path] != ingest.EncodingWindows1252 {
		t.Fatalf("summary %+v, %v; want 1 ad loaded, encoding windows-1252", sum, err)
	}
	ads, _ := s.SearchAds(context.Background(), tools.AdQuery{})
	if len(ads) != 1 || ads[0].Employer != "Atlas Métal" || ads[0].City != "Mohammédia" {
		t.Errorf("stored %+v", ads)
	}
}
