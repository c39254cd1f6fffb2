package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// With MARSAD_DATABASE_URL the figures, the demo corpus and the ads an
// operator ingests all live in PostgreSQL: a second process on another
// data folder answers from the same database, and nothing is loaded twice.
func TestPostgresHoldsFiguresAndJobAds(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	first := env(t, "MARSAD_DATABASE_URL", dsn)
	if a := askAnswer(t, first, "Quel était le taux de chômage des femmes en 2024 ?"); !strings.Contains(a, "19,4") {
		t.Fatalf("indicator answer from PostgreSQL lacks 19,4:\n%s", a)
	}
	path := filepath.Join(t.TempDir(), "posts.csv")
	posts := "post_id,message,ville,date_post\n" +
		"p-1,\"Bghina soudeur TIG qualifié l usine f Kénitra, 5200dh, CDI.\",kenitra,2025-10-20\n" +
		"p-2,\"مطلوب لحام مؤهل لورشة فالقنيطرة، 180 درهم لنهار.\",القنيطرة,2025-10-21\n"
	if err := os.WriteFile(path, []byte(posts), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, _, err := ingestJSON(t, first, path)
	if err != nil || sum.Loaded != 2 {
		t.Fatalf("ingest into PostgreSQL: loaded %d, err %v", sum.Loaded, err)
	}
	second := env(t, "MARSAD_DATABASE_URL", dsn) // another data folder, same database
	a := askAnswer(t, second, "offres de soudeur à Kénitra")
	for _, want := range []string{"Bghina soudeur TIG", "5200dh", "مطلوب لحام"} {
		if !strings.Contains(a, want) {
			t.Errorf("second process's answer lacks %q:\n%s", want, a)
		}
	}
	// the second data folder's own index gets the demo notes
	if a := askAnswer(t, second, "Que dit la note sur le chômage des jeunes ?"); !strings.Contains(a, "Chômage des jeunes") {
		t.Errorf("second process finds no demo note:\n%s", a)
	}
	if n := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM job_ads"); n != 494 {
		t.Errorf("job_ads holds %d ads after two starts and one ingestion, want 492 demo + 2", n)
	}
}
