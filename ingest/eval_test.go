package ingest_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
)

// The figures these tests log are the dedup and classification quality
// reported for the issue; the assertions keep them from regressing.

func TestDedupOnSeedDuplicates(t *testing.T) {
	s, sum := seededStore(t)
	stored := storedBySourceID(t, s)
	good := map[string]bool{}
	for _, row := range seedLabels(t) {
		good[row[0]] = true
	}
	inPair := map[string]bool{}
	found := 0
	pairs := readTSV(t, "DUPLICATES.tsv")
	for _, p := range pairs {
		inPair[p[0]], inPair[p[1]] = true, true
		_, a := stored[p[0]]
		_, b := stored[p[1]]
		if a != b { // one kept, the other dropped as its duplicate
			found++
		}
	}
	dropped, right := 0, 0
	for id := range good {
		if _, ok := stored[id]; !ok {
			dropped++
			if inPair[id] {
				right++
			}
		}
	}
	precision, recall := ratio(right, dropped), ratio(found, len(pairs))
	t.Logf("dedup on seed DUPLICATES.tsv: precision %.3f (%d/%d dropped ads are planted reposts), recall %.3f (%d/%d pairs), near %d of %d duplicates",
		precision, right, dropped, recall, found, len(pairs), sum.NearDuplicates, sum.Duplicates)
	if precision < 0.95 || recall < 0.95 {
		t.Errorf("dedup precision %.3f, recall %.3f; want both >= 0.95", precision, recall)
	}
}

func TestClassificationOnSeedLabels(t *testing.T) {
	s, _ := seededStore(t)
	stored := storedBySourceID(t, s)
	right, total := 0, 0
	via := map[string][2]int{}
	for _, row := range seedLabels(t) {
		ad, ok := stored[row[0]]
		if !ok {
			continue // dropped as a duplicate
		}
		total++
		v := via[ad.OccupationVia]
		v[1]++
		if ad.Occupation == row[1] {
			right++
			v[0]++
		}
		via[ad.OccupationVia] = v
	}
	acc := ratio(right, total)
	t.Logf("classification on seed LABELS.tsv: accuracy %.3f (%d/%d); right/total by method %v", acc, right, total, via)
	if acc < 0.85 {
		t.Errorf("accuracy %.3f, want >= 0.85", acc)
	}
}

// TestOnGeneratedAds measures dedup and classification on ads of the
// generator, whose ground truth knows every planted repost (gen.DupRate)
// and every ad's ISCO code. MARSAD_LONG=1 uses 50,000 ads instead of 5,000.
func TestOnGeneratedAds(t *testing.T) {
	n := 5000
	if os.Getenv("MARSAD_LONG") != "" {
		n = 50000
	}
	s := mustJobMarket(t, "")
	p := mustPipeline(t, s, ingest.Options{})
	ingestSeedProfiles(t, p)
	var buf bytes.Buffer
	if err := gen.Ads(11, n, &buf, gen.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	sum, err := p.Ingest(context.Background(), "ads", "generated.jsonl", &buf)
	if err != nil {
		t.Fatal(err)
	}
	stored := storedBySourceID(t, s)
	var tp, fp, fn, right, total int
	for a := range gen.AdsIter(11, n) {
		ad, kept := stored[a.ID]
		switch {
		case !kept && a.DupOf != "":
			tp++
		case !kept:
			fp++
		case a.DupOf != "":
			fn++
		}
		if kept {
			total++
			if ad.Occupation == a.ISCO {
				right++
			}
		}
	}
	t.Logf("generated ads (%d, seed 11): dedup precision %.3f recall %.3f (tp %d fp %d fn %d, %d near); classification accuracy %.3f (%d/%d)",
		n, ratio(tp, tp+fp), ratio(tp, tp+fn), tp, fp, fn, sum.NearDuplicates, ratio(right, total), right, total)
	if ratio(tp, tp+fp) < 0.95 || ratio(tp, tp+fn) < 0.95 || ratio(right, total) < 0.85 {
		t.Error("dedup or classification below 0.95 / 0.95 / 0.85")
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
