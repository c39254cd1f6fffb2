package ingest_test

import (
	"bufio"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/seed"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// testNow is the run time of the tests: the reference of the seed's
// relative dates ("il y a 3 jours").
var testNow = time.Date(2025, 11, 1, 12, 0, 0, 0, time.UTC)

// seedAdFiles are the seed's exports, in ingestion order.
// seedAdFiles are the seed's job-ad exports: four written by ingest/gen,
// and one of social-media posts written by hand (Darija in both scripts,
// no title column, salaries in the text).
var seedAdFiles = []string{"site_a.csv", "site_b.jsonl", "site_c.csv", "anapec_like.jsonl", "social_groups.csv"}

// seedLabelFiles hold the ISCO-08 code of each seed ad: the generator's,
// and those of the hand-written posts.
var seedLabelFiles = []string{"LABELS.tsv", "LABELS_social.tsv"}

// seedLabels returns the rows of every label file.
func seedLabels(t testing.TB) [][]string {
	var rows [][]string
	for _, name := range seedLabelFiles {
		rows = append(rows, readTSV(t, name)...)
	}
	return rows
}

func mustJobMarket(t testing.TB, dir string) *embedded.JobMarket {
	t.Helper()
	s, err := embedded.OpenJobMarket(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustPipeline(t testing.TB, store tools.JobMarketStore, opts ingest.Options) *ingest.Pipeline {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return testNow }
	}
	p, err := ingest.NewPipeline(context.Background(), store, opts)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// ingestSeedProfiles loads the seed's occupation profiles.
func ingestSeedProfiles(t testing.TB, p *ingest.Pipeline) ingest.Summary {
	t.Helper()
	f, err := seed.FS.Open("profiles/profiles.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sum, err := p.Ingest(context.Background(), "", "profiles.json", f)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// ingestSeedAds loads the seed's exports and returns the total.
func ingestSeedAds(t testing.TB, p *ingest.Pipeline) ingest.Summary {
	t.Helper()
	var total ingest.Summary
	for _, name := range seedAdFiles {
		f, err := seed.FS.Open("ads/" + name)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := p.Ingest(context.Background(), "", name, f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		total.Add(sum)
	}
	return total
}

// seededStore returns a store loaded with the seed's profiles and ads.
func seededStore(t testing.TB) (*embedded.JobMarket, ingest.Summary) {
	t.Helper()
	s := mustJobMarket(t, "")
	p := mustPipeline(t, s, ingest.Options{})
	ingestSeedProfiles(t, p)
	return s, ingestSeedAds(t, p)
}

// readTSV returns the rows of a seed key file without its header.
func readTSV(t testing.TB, name string) [][]string {
	t.Helper()
	f, err := seed.FS.Open("ads/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows[1:]
}

// storedBySourceID returns the stored ads by the id their export gave.
func storedBySourceID(t testing.TB, s tools.JobMarketStore) map[string]tools.Ad {
	t.Helper()
	ads, err := s.SearchAds(context.Background(), tools.AdQuery{Limit: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]tools.Ad, len(ads))
	for _, a := range ads {
		out[a.Meta["source_id"]] = a
	}
	return out
}

// copySeedAds writes the seed's exports into dir and returns their paths.
func copySeedAds(t testing.TB, dir string) []string {
	t.Helper()
	var paths []string
	for _, name := range seedAdFiles {
		b, err := fs.ReadFile(seed.FS, "ads/"+name)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}
