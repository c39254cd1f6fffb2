package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/retrieval/occupation"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// refusedTitle is the title of the one ad the refusal tests make a store
// refuse; refusedLine its line in the file of refusalFiles.
const (
	refusedTitle = "Zqxj Wvut Kjhg"
	refusedLine  = 2001
)

// refusalFiles writes 4,000 generated ads as JSON Lines, and the same
// with one more ad titled refusedTitle at line refusedLine, and returns
// their paths.
func refusalFiles(t *testing.T) (clean, withRefused string) {
	t.Helper()
	var b bytes.Buffer
	if err := gen.Ads(2025, 4000, &b, gen.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(b.String(), "\n")
	odd := `{"id":"odd-1","title":"` + refusedTitle + `","description":"Zqxj wvut kjhg mnbv.","city":"Rabat"}` + "\n"
	dir := t.TempDir()
	clean, withRefused = filepath.Join(dir, "clean.jsonl"), filepath.Join(dir, "refused.jsonl")
	mustWrite(t, clean, strings.Join(lines, ""))
	mustWrite(t, withRefused, strings.Join(lines[:refusedLine-1], "")+odd+strings.Join(lines[refusedLine-1:], ""))
	return clean, withRefused
}

func mustWrite(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// badCodeClassify places the ad titled refusedTitle in "99999", an
// occupation code every store refuses (tools.ValidateAd), as a faulty
// classifier would, and no other ad anywhere.
func badCodeClassify(title string, _ occupation.Context) occupation.Match {
	if title == refusedTitle {
		return occupation.Match{Code: "99999", Confidence: 1, Via: "test"}
	}
	return occupation.Match{}
}

// checkOneRefused ingests the clean file and the one with a refused ad,
// each into a store of its own, and checks that the refused ad is
// quarantined with the store's reason while the rest loads as without it.
func checkOneRefused(t *testing.T, newStore func(t *testing.T) tools.JobMarketStore, opts ingest.Options) {
	clean, withRefused := refusalFiles(t)
	ingestInto := func(path string) (ingest.Summary, string) {
		dir := t.TempDir()
		o := opts
		o.DataDir = dir
		sum, err := mustPipeline(t, newStore(t), o).IngestFile(context.Background(), "ads", path)
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(path), err)
		}
		return sum, filepath.Join(dir, ingest.QuarantineFile)
	}
	want, _ := ingestInto(clean)
	got, quar := ingestInto(withRefused)
	checkBalance(t, "file with a refused ad", got)
	t.Logf("4,001 ads with one refused: read %d, loaded %d, duplicates %d, quarantined %d (without it: loaded %d, quarantined %d)",
		got.Read, got.Loaded, got.Duplicates, got.Quarantined, want.Loaded, want.Quarantined)
	if got.Read != want.Read+1 || got.Loaded != want.Loaded || got.Duplicates != want.Duplicates || got.Quarantined != want.Quarantined+1 {
		t.Errorf("with a refused ad: %+v; want the counts of the file without it (%+v) and one more quarantined", got, want)
	}
	entries, err := ingest.ReadQuarantine(quar)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Line == refusedLine {
			if !strings.Contains(e.Reason, "refused") || !strings.Contains(e.Raw, refusedTitle) {
				t.Errorf("quarantine entry of the refused ad = %+v; want the store's reason and the record", e)
			}
			return
		}
	}
	t.Errorf("no quarantine entry at line %d among %d", refusedLine, len(entries))
}

func TestAdTheStoreRefusesIsQuarantinedAndTheFileLoads(t *testing.T) {
	newEmbedded := func(t *testing.T) tools.JobMarketStore { return mustJobMarket(t, filepath.Join(t.TempDir(), "demand")) }
	t.Run("embedded", func(t *testing.T) {
		checkOneRefused(t, newEmbedded, ingest.Options{Classify: badCodeClassify})
	})
	t.Run("postgres", func(t *testing.T) {
		newPG := func(t *testing.T) tools.JobMarketStore {
			s, err := postgres.Open(context.Background(), pgtest.NewSchema(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
		checkOneRefused(t, newPG, ingest.Options{Classify: badCodeClassify})
	})
	// A store may refuse an ad tools.ValidateAd accepts (PostgreSQL refuses
	// a NUL byte in text), without saying which: the run is halved until
	// the ad is alone.
	t.Run("refusal naming no ad", func(t *testing.T) {
		picky := func(t *testing.T) tools.JobMarketStore {
			return &pickyStore{JobMarketStore: newEmbedded(t)}
		}
		checkOneRefused(t, picky, ingest.Options{})
	})
}

// pickyStore refuses any run holding an ad titled refusedTitle, with an
// error wrapping tools.ErrBadData that does not say which ad, and stores
// nothing of it, as the tools.JobMarketStore contract says.
type pickyStore struct {
	tools.JobMarketStore
}

func (p *pickyStore) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	for _, ad := range ads {
		if ad.Title == refusedTitle {
			return tools.AddSummary{}, fmt.Errorf("add ads: %w: a value this store cannot keep", tools.ErrBadData)
		}
	}
	return p.JobMarketStore.AddAds(ctx, ads)
}

// The ad of issue 14: its salary's second amount overflowed, the store
// refused the ad and with it the whole file. Its salary is now unreadable
// and the ad is loaded.
func TestAdWithAnAbsurdSalaryLoadsWithoutSalary(t *testing.T) {
	in := `{"title":"Soudeur TIG","city":"Tanger","salary":"5000 - 99999999999999999999 DH","description":"Soudure TIG inox."}` + "\n" +
		`{"title":"Maçon","city":"Fès","salary":"4000 DH","description":"Chantier."}` + "\n"
	s := mustJobMarket(t, "")
	sum, err := mustPipeline(t, s, ingest.Options{}).Ingest(context.Background(), "ads", "absurd.jsonl", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 2 {
		t.Fatalf("summary = %+v, want both ads loaded", sum)
	}
	ads, err := s.SearchAds(context.Background(), tools.AdQuery{Words: []string{"soudeur"}})
	if err != nil || len(ads) != 1 {
		t.Fatalf("SearchAds = %v, %v", ads, err)
	}
	if a := ads[0]; a.SalaryMin != 0 || a.SalaryMax != 0 || a.SalaryNote != "unreadable" || a.SalaryText == "" {
		t.Errorf("salary = %v-%v %q %q; want none, note unreadable, the text kept", a.SalaryMin, a.SalaryMax, a.SalaryNote, a.SalaryText)
	}
}
