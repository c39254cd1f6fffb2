package ingest

import (
	"encoding/binary"
	"strconv"
)

// DefaultMinSimilarity is the estimated Jaccard similarity of word pairs
// from which two ads of one region and employer are near duplicates (see
// the dedup evaluation in ingest's tests for its precision and recall).
const DefaultMinSimilarity = 0.65

// sigRows must be 4 for the bands to read as uint32.
var _ [sigRows - 4]struct{}
var _ [4 - sigRows]struct{}

// Bucket layout of the near-duplicate index: 2^bucketBits buckets per
// band, each holding the first bucketCap entries added to it. A full
// bucket takes no more, so that a flood of look-alike ads stays linear
// (a lookup compares at most bucketCap entries a bucket); it never gives
// one up, so that what a lookup compares only grows (see deduper).
const (
	bucketBits = 18
	bucketCap  = 24
)

// deduper finds exact and near duplicates among ads: exact by ID, near by
// signature similarity, in the same region (or one of them unplaced) and
// from the same employer (or one of them unnamed). Candidates come from
// MinHash LSH: sigBands bands of sigRows values, keyed with the region,
// so two ads of similarity s share a band with probability
// 1-(1-s^4)^16 (0.64 at 0.5, 0.99 at 0.7). Ads without a region are
// indexed apart and compared with every region. It is not safe for
// concurrent use.
//
// Adding entries never hides one from a lookup: an ad found a repeat of
// a kept one is found a repeat again after any later adds, and in an
// index rebuilt from the store, which adds the kept ads in the same
// order; so a file read again is all duplicates, whatever was ingested
// since. Buckets that kept their newest entries broke this: of 60,000
// generated ads, 2 that shared a single band with the ad they repeat
// were new on a re-read, that ad pushed out of its bucket by 30 and 73
// later ads with the same band value.
//
// Band values are the top bits of minima, mostly small numbers, so the
// ads of a region crowd some buckets of each band: an entry whose bucket
// is full goes into a bucket of its employer in its region instead,
// which a lookup from that employer also scans once the first is full.
// Without it, an ad in no bucket could not be found as the original of
// a later repost: recall on 1M generated ads fell from 0.995 to 0.968.
type deduper struct {
	minSim    float64
	ids       map[uint64]int32  // ID key -> entry
	sigs      []byte            // entry i at [i*sigLen, (i+1)*sigLen)
	employers []uint32          // entry -> employer hash, 0 for none
	regions   []uint8           // entry -> region number, 0 unknown
	sources   []uint64          // entry -> hash of Ad.SourceKey, 0 for none
	versions  []uint64          // entry -> hash of tools.AdVersion
	heads     [sigBands][]int32 // bucket -> newest entry + 1, 0 for none
	next      [sigBands][]int32 // entry -> older entry of its bucket + 1
	fill      [sigBands][]uint8 // bucket -> number of entries, at most bucketCap
}

func newDeduper(minSim float64) *deduper {
	d := &deduper{minSim: minSim, ids: map[uint64]int32{}}
	for b := range d.heads {
		d.heads[b] = make([]int32, 1<<bucketBits)
		d.fill[b] = make([]uint8, 1<<bucketBits)
	}
	return d
}

// dedupEntry is an ad as the deduper sees it.
type dedupEntry struct {
	key      uint64
	sig      []byte
	employer uint32
	region   uint8
	source   uint64 // hash of Ad.SourceKey, 0 for none
	version  uint64 // hash of tools.AdVersion
}

// newEntry builds the dedup entry of an ad.
func newEntry(id string, sig []byte, region, employer, sourceKey, version string) dedupEntry {
	e := dedupEntry{key: idKey(id), sig: sig, region: regionNumber(region), version: hashString(version)}
	if sourceKey != "" {
		e.source = hashString(sourceKey) | 1
	}
	if k := employerKey(employer); k != "" {
		e.employer = uint32(mix(hashString(k))) | 1
	}
	return e
}

// idKey turns an ad ID (16 hex digits) into a map key; any other ID is
// hashed.
func idKey(id string) uint64 {
	if v, err := strconv.ParseUint(id, 16, 64); err == nil && len(id) == 16 {
		return v
	}
	return mix(hashString(id))
}

// exact returns the entry of a kept ad with e's ID.
func (d *deduper) exact(e dedupEntry) (int32, bool) {
	i, ok := d.ids[e.key]
	return i, ok
}

// near returns a kept ad that is a near duplicate of e, the most recent
// of the first bucket that has one. An entry it finds is found by every
// later call for e (see deduper), though a later one may come first.
func (d *deduper) near(e dedupEntry) (int32, bool) {
	if len(e.sig) != sigLen {
		return 0, false
	}
	blocks := []uint8{e.region, 0}
	if e.region == 0 {
		blocks = []uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	}
	for b := range sigBands {
		for _, blk := range blocks {
			if i, ok := d.scanBlock(b, blk, e); ok {
				return i, true
			}
		}
	}
	return 0, false
}

// scanBlock scans the bucket of band b of e in region block blk and, once
// that one is full, the bucket of e's employer in that block, where the
// entries of that employer went since (see slot).
func (d *deduper) scanBlock(b int, blk uint8, e dedupEntry) (int32, bool) {
	k := bucket(e.sig, b, blk, 0)
	if i, ok := d.scan(b, k, e); ok || e.employer == 0 || d.fill[b][k] < bucketCap {
		return i, ok
	}
	return d.scan(b, bucket(e.sig, b, blk, e.employer), e)
}

// scan returns the newest entry of bucket k of band b that is a near
// duplicate of e; it compares at most bucketCap entries.
func (d *deduper) scan(b int, k uint32, e dedupEntry) (int32, bool) {
	off := b * sigRows
	want := binary.LittleEndian.Uint32(e.sig[off:])
	for i := d.heads[b][k]; i != 0; i = d.next[b][i-1] {
		if binary.LittleEndian.Uint32(d.sigs[int(i-1)*sigLen+off:]) != want {
			continue // a bucket shared by another band value
		}
		if d.match(e, i-1) {
			return i - 1, true
		}
	}
	return 0, false
}

func (d *deduper) match(e dedupEntry, i int32) bool {
	r, emp := d.regions[i], d.employers[i]
	return (e.region == r || e.region == 0 || r == 0) && (e.employer == emp || e.employer == 0 || emp == 0) &&
		similarity(e.sig, d.sigs[int(i)*sigLen:int(i+1)*sigLen]) >= d.minSim
}

// add keeps an ad; an entry without a full signature is kept for exact
// matches only. For each band, the entry goes into the bucket slot
// chooses, if any; in none, it is still found by its ID.
func (d *deduper) add(e dedupEntry) {
	i := int32(len(d.regions))
	d.ids[e.key] = i
	d.employers, d.regions = append(d.employers, e.employer), append(d.regions, e.region)
	d.sources, d.versions = append(d.sources, e.source), append(d.versions, e.version)
	sig := e.sig
	if len(sig) != sigLen {
		sig = make([]byte, sigLen)
	}
	d.sigs = append(d.sigs, sig...)
	for b := range sigBands {
		k, ok := d.slot(b, e)
		if !ok {
			d.next[b] = append(d.next[b], 0)
			continue
		}
		d.next[b] = append(d.next[b], d.heads[b][k])
		d.heads[b][k] = i + 1
		d.fill[b][k]++
	}
}

// slot returns the bucket band b of e goes into: that of its region,
// else, when that one is full, that of its employer in its region; false
// when it goes into none.
func (d *deduper) slot(b int, e dedupEntry) (uint32, bool) {
	if len(e.sig) != sigLen {
		return 0, false
	}
	k := bucket(e.sig, b, e.region, 0)
	if d.fill[b][k] < bucketCap {
		return k, true
	}
	if e.employer == 0 {
		return 0, false
	}
	k = bucket(e.sig, b, e.region, e.employer)
	return k, d.fill[b][k] < bucketCap
}

// bucket returns the bucket of band b of sig in region block blk, and of
// employer emp unless it is 0.
func bucket(sig []byte, b int, blk uint8, emp uint32) uint32 {
	var v uint64
	for _, x := range sig[b*sigRows : (b+1)*sigRows] {
		v = v<<8 | uint64(x)
	}
	h := mix(v | uint64(b)<<32 | uint64(blk)<<40)
	if emp != 0 {
		h = mix(h ^ uint64(emp))
	}
	return uint32(h >> (64 - bucketBits))
}

// regionNumber maps MA-01 … MA-12 to 1 … 12 and anything else to 0.
func regionNumber(r string) uint8 {
	if len(r) != 5 || r[:3] != "MA-" {
		return 0
	}
	n, err := strconv.Atoi(r[3:])
	if err != nil || n < 1 || n > 12 {
		return 0
	}
	return uint8(n)
}

// edit reports whether e, which repeats kept entry i, is the same ad of
// the same source in another version (an ad edited at its source): the
// store is then to replace it, and entry i takes e's version.
func (d *deduper) edit(e dedupEntry, i int32) bool {
	if e.source == 0 || d.sources[i] != e.source || d.versions[i] == e.version {
		return false
	}
	d.versions[i] = e.version
	return true
}
