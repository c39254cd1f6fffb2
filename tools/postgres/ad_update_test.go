package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

// checkReadModel fails the test when an aggregate table differs from a
// count made afresh on job_ads: cells, skill cells, catalogue values
// (no value without an ad) and the total.
func checkReadModel(t *testing.T, dsn string) {
	t.Helper()
	const cells = `occupation, month, region, sector, source_site`
	recounts := []struct{ what, kept, fresh string }{
		{"demand_ads_monthly", `SELECT ` + cells + `, ads FROM demand_ads_monthly`,
			`SELECT ` + cells + `, count(*) FROM job_ads GROUP BY ` + cells},
		{"demand_skills_monthly", `SELECT ` + cells + `, skill, ads FROM demand_skills_monthly`,
			`SELECT ` + cells + `, skill, count(*) FROM job_ads, unnest(skills) AS skill GROUP BY ` + cells + `, skill`},
		{"demand_values", `SELECT dim, value, ads FROM demand_values`,
			`SELECT dim, value, count(*) FROM (
				SELECT 'occupation' AS dim, occupation AS value FROM job_ads UNION ALL SELECT 'region', region FROM job_ads
				UNION ALL SELECT 'sector', sector FROM job_ads UNION ALL SELECT 'contract', contract FROM job_ads
				UNION ALL SELECT 'site', source_site FROM job_ads UNION ALL SELECT 'month', month FROM job_ads
				UNION ALL SELECT 'skill', skill FROM job_ads, unnest(skills) AS skill) AS v
			WHERE value <> '' GROUP BY dim, value`},
		{"demand_totals", `SELECT ads FROM demand_totals`, `SELECT count(*) FROM job_ads`},
	}
	for _, r := range recounts {
		n := mustQueryInt(t, dsn, `SELECT count(*) FROM ((`+r.kept+` EXCEPT `+r.fresh+`) UNION ALL (`+r.fresh+` EXCEPT `+r.kept+`)) AS d`)
		if n != 0 {
			t.Errorf("%s: %d rows differ from a recount on job_ads", r.what, n)
		}
	}
}

// fingerprints returns the stored ads' fingerprints in order.
func fingerprints(t *testing.T, s tools.JobMarketStore) []tools.AdFingerprint {
	t.Helper()
	var out []tools.AdFingerprint
	if err := s.Fingerprints(context.Background(), func(f tools.AdFingerprint) error {
		out = append(out, f)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// downgrade0005 takes a schema back to what migration 0004 left, with
// the ads it holds, as a database written before 0005 would be.
const downgrade0005 = `DROP INDEX job_ads_source_key;
ALTER TABLE job_ads DROP COLUMN source_key, DROP COLUMN version;
ALTER TABLE demand_values DROP COLUMN ads;
DELETE FROM schema_migrations WHERE version = 5`

// legacyAds are ads of every kind of source key: a site's id, an address,
// none, a NUL in the id (which 0005 cannot read from the stored JSON) and
// an address with the text \u0000 (which it must keep), the only ad of
// its occupation.
func legacyAds() []tools.Ad {
	mk := func(id, occ, site, srcID, url string) tools.Ad {
		a := tools.Ad{ID: id, Title: "Poste " + id, Occupation: occ, Region: "MA-06", Sector: "services", SourceSite: site,
			Contract: "cdd", Posted: "2025-02-03", URL: url, Skills: []string{"sql"}, SalaryMin: 4000.5,
			Description: "<b>é & \u2028</b>"}
		if srcID != "" {
			a.Meta = map[string]string{"source_id": srcID, "line": "4"}
		}
		return a
	}
	return []tools.Ad{mk("l1", "2512", "rekrute.com", "R-1", "https://rekrute.com/1"), mk("l2", "2512", "emploi.ma", "", "https://emploi.ma/2"),
		mk("l3", "7212", "anapec.org", "", ""), mk("l4", "4222", "rekrute.com", "R\x004", ""),
		mk("l5", "9111", "dreamjob.ma", "", `https://dreamjob.ma/a\u0000b`)}
}

// TestMigration0005KeysAndCountsStoredAds writes ads before 0005, then
// applies it: the stored ads get their source keys and catalogue counts,
// their versions are computed from the stored JSON, and an ad read again
// is Existing or replaces its stored version as with ads added after.
func TestMigration0005KeysAndCountsStoredAds(t *testing.T) {
	dsn := newSchema(t)
	ctx := context.Background()
	ads := legacyAds()
	s := mustOpen(t, dsn)
	mustAddAds(t, s, ads, tools.AddSummary{Inserted: 5})
	catBefore, _ := s.Catalog(ctx)
	s.Close()
	conn := mustConnect(t, dsn)
	if _, err := conn.Exec(ctx, downgrade0005); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)

	s = mustOpen(t, dsn) // applies 0005
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM job_ads WHERE version IS NULL`); n != len(ads) {
		t.Fatalf("%d ads with no version after 0005, want %d", n, len(ads))
	}
	checkReadModel(t, dsn)
	if cat, err := s.Catalog(ctx); err != nil || !cmp.Equal(catBefore, cat) {
		t.Fatalf("catalog after 0005 (-before +after), err %v:\n%s", err, cmp.Diff(catBefore, cat))
	}
	var want []tools.AdFingerprint
	for _, a := range ads {
		want = append(want, tools.AdFingerprint{ID: a.ID, Region: a.Region, SourceKey: strings.ReplaceAll(a.SourceKey(), "R\x004", "R4"),
			Version: tools.AdVersion(a)})
	}
	if d := cmp.Diff(want, fingerprints(t, s)); d != "" {
		t.Fatalf("fingerprints after 0005 (-want +got):\n%s", d)
	}

	again := legacyAds()
	again[0].Meta["line"] = "12"                     // the same ad read from another line
	again[1].SalaryText = "5000 DH"                  // edited
	again[2].Title = "Soudeur"                       // no source key: its ID is stored
	again[3].Meta["line"] = "7"                      // its stored key lost the NUL: an ID already stored
	again[4].ID, again[4].Occupation = "l5b", "2512" // rewritten, under a new ID
	mustAddAds(t, s, again, tools.AddSummary{Existing: 3, Updated: 2})
	checkReadModel(t, dsn)
	if cat, _ := s.Catalog(ctx); !cmp.Equal(cat.Occupations, []string{"2512", "4222", "7212"}) {
		t.Errorf("catalog occupations after l5 left = %v, want 9111 gone", cat.Occupations)
	}
	fps := fingerprints(t, s)
	if got := []string{fps[len(fps)-2].ID, fps[len(fps)-1].ID}; !cmp.Equal(got, []string{"l2", "l5b"}) ||
		fps[len(fps)-2].Version != tools.AdVersion(again[1]) {
		t.Fatalf("fingerprints after the re-read end with %+v, want l2 (edited) then l5b", fps[len(fps)-2:])
	}
	mustAddAds(t, s, again, tools.AddSummary{Existing: 5})
}

func mustAddAds(t *testing.T, s tools.JobMarketStore, ads []tools.Ad, want tools.AddSummary) {
	t.Helper()
	if sum, err := s.AddAds(context.Background(), ads); err != nil || sum != want {
		t.Fatalf("AddAds = %+v, %v; want %+v", sum, err, want)
	}
}
