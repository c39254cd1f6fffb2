package ingest_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/tools"
)

// A file of generated ads read again with Force, by another process (the
// store reopened, the dedup index rebuilt from it) sorting in batches of
// another size on another number of workers, loads nothing: every ad is a
// duplicate and the store is left as it was. These are the 60,000 ads of
// seed 7 of which a re-read loaded 2, when the buckets of the dedup index
// kept their newest entries (TestDeduperRepeatSurvivesLaterAds shows
// how); it takes minutes, so it runs under MARSAD_LONG=1 only.
func TestReReadOfGeneratedAdsLoadsNothing(t *testing.T) {
	if os.Getenv("MARSAD_LONG") == "" {
		t.Skip("set MARSAD_LONG=1: 60,000 ads read twice")
	}
	const seed, n = 7, 60000
	dir := t.TempDir()
	path := writeGeneratedCSV(t, seed, n)
	run := func(opts ingest.Options) (ingest.Summary, map[string]string) {
		s := mustJobMarket(t, filepath.Join(dir, "demand"))
		defer s.Close()
		opts.DataDir = dir
		sum, err := mustPipeline(t, s, opts).IngestFile(context.Background(), "ads", path)
		if err != nil {
			t.Fatal(err)
		}
		return sum, storedVersions(t, s)
	}
	first, before := run(ingest.Options{})
	again, after := run(ingest.Options{Force: true, Workers: 1, BatchSize: 97})
	checkBalance(t, "re-read", again)
	t.Logf("first read %d: loaded %d, duplicates %d (near %d); re-read: loaded %d, duplicates %d (near %d)",
		first.Read, first.Loaded, first.Duplicates, first.NearDuplicates, again.Loaded, again.Duplicates, again.NearDuplicates)
	if again.Loaded != 0 || again.Duplicates != first.Loaded+first.Duplicates {
		t.Errorf("re-read loaded %d (updated %d), duplicates %d; want 0 and %d", again.Loaded, again.Updated, again.Duplicates, first.Loaded+first.Duplicates)
	}
	if len(after) != len(before) {
		t.Errorf("store holds %d ads after the re-read, %d before", len(after), len(before))
	}
	for id, v := range after {
		if before[id] != v {
			t.Errorf("ad %s stored by the re-read (version %s, before %q)", id, v, before[id])
		}
	}
}

// writeGeneratedCSV writes gen.Ads(seed, n) as CSV to a temporary file.
func writeGeneratedCSV(t *testing.T, seed int64, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ads.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	if err := gen.Ads(seed, n, w, gen.FormatCSV); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return path
}

// storedVersions returns the version of every stored ad by ID.
func storedVersions(t *testing.T, s tools.JobMarketStore) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := s.Fingerprints(context.Background(), func(f tools.AdFingerprint) error {
		m[f.ID] = f.Version
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
