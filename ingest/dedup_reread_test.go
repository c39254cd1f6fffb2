package ingest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/retrieval/lang"
)

// generatedEntries returns the dedup entries of the n ads of gen.AdsIter
// (seed, n), made from their text, employer and region as normalise
// makes them from a record, without the rest of normalisation, which
// would take most of the test's time.
func generatedEntries(seed int64, n int) []dedupEntry {
	var es []dedupEntry
	for a := range gen.AdsIter(seed, n) {
		title, emp, desc := lang.Tokens(oneLine(a.Title)), lang.Tokens(oneLine(a.Employer)), lang.Tokens(plainText(a.Description))
		id := adID(title, emp, []string{a.RegionCode}, desc)
		es = append(es, newEntry(id, signature(title, emp, desc), a.RegionCode, a.Employer, a.SourceSite+"\x00"+a.ID, id))
	}
	return es
}

// sorter is a committer that only sorts entries into d.
func sorter(d *deduper) *committer {
	return &committer{p: &Pipeline{dedup: d, opts: Options{MinSimilarity: DefaultMinSimilarity}}}
}

// crowd adds to d later ads of the kind that hid entry i from a repeat
// sharing only band b with it, when buckets kept their newest entries:
// 2*bucketCap ads of its region with its value in band b and random ones
// elsewhere, of its employer then of others. It returns them in the
// order added.
func crowd(d *deduper, i int32, b int, r *rand.Rand) []dedupEntry {
	var added []dedupEntry
	own := d.sigs[int(i)*sigLen : int(i+1)*sigLen]
	for n := range 2 * bucketCap {
		e := dedupEntry{key: r.Uint64(), sig: randomSig(r), employer: d.employers[i], region: d.regions[i], version: r.Uint64()}
		if n >= bucketCap {
			e.employer = r.Uint32() | 1
		}
		copy(e.sig[b*sigRows:(b+1)*sigRows], own[b*sigRows:])
		d.add(e)
		added = append(added, e)
	}
	return added
}

// Sorting is idempotent on generated ads: every ad, kept or dropped as a
// duplicate, is a duplicate when sorted again, in the index that sorted
// them and in one rebuilt from the kept ads in their order, as a re-read
// after a restart rebuilds it from the store; and still after later ads
// that crowd each band a near duplicate shares with the ad it repeats.
func TestDedupRepeatsStayRepeats(t *testing.T) {
	ads := generatedEntries(5, 3000)
	d := newDeduper(DefaultMinSimilarity)
	first := sorter(d)
	var kept []dedupEntry
	for _, e := range ads {
		if !first.duplicate(e) {
			kept = append(kept, e)
		}
	}
	if first.sum.NearDuplicates < 50 {
		t.Fatalf("%d near duplicates among %d generated ads; want some to test", first.sum.NearDuplicates, len(ads))
	}
	t.Logf("first sort: %d of %d ads duplicates (%d near)", first.sum.Duplicates, len(ads), first.sum.NearDuplicates)
	checkDuplicates(t, "read again", d, ads)
	checkDuplicates(t, "read again, rebuilt", rebuild(kept), ads)
	r := rand.New(rand.NewPCG(5, 3000))
	crowded := 0
	for _, e := range ads {
		if _, ok := d.exact(e); ok {
			continue
		}
		i, ok := d.near(e)
		if !ok {
			continue // reported above
		}
		for b := range sigBands {
			if bytes.Equal(e.sig[b*sigRows:(b+1)*sigRows], d.sigs[int(i)*sigLen+b*sigRows:int(i)*sigLen+(b+1)*sigRows]) {
				kept = append(kept, crowd(d, i, b, r)...)
				crowded++
			}
		}
	}
	t.Logf("%d bands crowded", crowded)
	checkDuplicates(t, "after later ads", d, ads)
	checkDuplicates(t, "after later ads, rebuilt", rebuild(kept), ads)
}

// rebuild returns an index of the kept entries, added in their order.
func rebuild(kept []dedupEntry) *deduper {
	d := newDeduper(DefaultMinSimilarity)
	for _, e := range kept {
		d.add(e)
	}
	return d
}

// checkDuplicates sorts ads again into d and reports those that are not
// duplicates.
func checkDuplicates(t *testing.T, what string, d *deduper, ads []dedupEntry) {
	t.Helper()
	again := sorter(d)
	var missed []string
	for _, e := range ads {
		if !again.duplicate(e) {
			missed = append(missed, fmt.Sprintf("%016x", e.key))
		}
	}
	if len(missed) > 0 {
		t.Errorf("%s: %d of %d ads are not duplicates, first %v", what, len(missed), len(ads), missed[:min(len(missed), 5)])
	}
}
