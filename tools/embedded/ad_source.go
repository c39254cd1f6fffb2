package embedded

import (
	"encoding/hex"
	"hash/crc64"

	"github.com/marsad/marsad/tools"
)

// An ad read again from its source (same Ad.SourceKey) in another
// version replaces the stored one (see tools.AdStore.AddAds). Memory
// keeps, for each source key, its last ad and a hash of that ad's
// AdVersion; the keys themselves stay in the log.

// srcKey stands for an Ad.SourceKey: two independent 64-bit hashes, so
// that two sources taken for one is out of reach (about 2^-128 a pair)
// while a map entry stays 32 bytes.
type srcKey struct{ fnv, mh uint64 }

// secondHash is the second hash of a source key: CRC-64 (ECMA), which
// shares nothing with FNV-1a and, unlike a seeded maphash, gives the same
// key in every process, so that a snapshot keeps the keys as they are.
func secondHash(s string) uint64 { return crc64.Checksum([]byte(s), crc64Table) }

var crc64Table = crc64.MakeTable(crc64.ECMA)

// srcRef is the last ad stored from a source: its position (possibly
// gone since: a replacement whose ID was taken stores nothing) and its
// version (packVersion), kept so that Fingerprints need not recompute it.
type srcRef struct {
	pos int32
	ver version
}

// version is a tools.AdVersion in 12 bytes: the bytes its hex stands for
// (see versionIsHex), else a digest of it that only compares.
type version [12]byte

// versionIsHex says whether tools.AdVersion writes 12 bytes in hex, as it
// does today, so that a packed version gives it back.
var versionIsHex = func() bool {
	_, err := hex.Decode(make([]byte, 12), []byte(tools.AdVersion(tools.Ad{})))
	return err == nil && len(tools.AdVersion(tools.Ad{})) == 24
}()

func packVersion(v string) version {
	var p version
	if versionIsHex {
		hex.Decode(p[:], []byte(v))
		return p
	}
	h1, h2 := idHash(v), secondHash(v)
	for i := range 8 {
		p[i] = byte(h1 >> (8 * i))
	}
	for i := range 4 {
		p[8+i] = byte(h2 >> (8 * i))
	}
	return p
}

// adSource is an ad's source key and version, ok false when it has no
// source key (then it can be added, never updated).
type adSource struct {
	key srcKey
	ver version
	ok  bool
}

// sourceOf computes an ad's adSource; only an ad with a source key pays
// for its version.
func sourceOf(ad tools.Ad) adSource {
	sk := ad.SourceKey()
	if sk == "" {
		return adSource{}
	}
	return adSource{key: keyOf(sk), ver: packVersion(tools.AdVersion(ad)), ok: true}
}

func keyOf(sk string) srcKey { return srcKey{idHash(sk), secondHash(sk)} }

// source returns the live ad last stored from source k and its version.
func (ix *index) source(k srcKey) (int, version, bool) {
	r, ok := ix.srcs[k]
	if !ok || ix.refs[r.pos].gone {
		return 0, version{}, false
	}
	return int(r.pos), r.ver, true
}

// fingerprint returns the AdFingerprint of the live ad at pos. An ad
// last of its source (most ads of a site with ids) is read in part and
// its version comes from memory; any other is read whole and its version
// computed.
func (ix *index) fingerprint(pos int, log *adLog) (tools.AdFingerprint, error) {
	r := ix.refs[pos]
	if ix.sourced.has(pos) && versionIsHex {
		var f fingerprintLine
		if err := log.decode(r.off, r.size, &f); err != nil {
			return tools.AdFingerprint{}, err
		}
		sk := tools.Ad{SourceSite: f.SourceSite, URL: f.URL, Meta: f.Meta}.SourceKey()
		if s, ok := ix.srcs[keyOf(sk)]; ok && int(s.pos) == pos {
			f.SourceKey, f.Version = sk, hex.EncodeToString(s.ver[:])
			return f.AdFingerprint, nil
		}
	}
	ad, err := log.read(r.off, r.size)
	if err != nil {
		return tools.AdFingerprint{}, err
	}
	return tools.AdFingerprint{ID: ad.ID, Region: ad.Region, City: ad.City, Employer: ad.Employer, Signature: ad.Signature,
		SourceKey: ad.SourceKey(), Version: tools.AdVersion(ad)}, nil
}

// fingerprintLine is what a log line gives of a fingerprint and a source
// key.
type fingerprintLine struct {
	tools.AdFingerprint
	SourceSite string            `json:"source_site"`
	URL        string            `json:"url"`
	Meta       map[string]string `json:"meta"`
}

// bitset is a set of positions, a bit each.
type bitset []uint64

func (b *bitset) set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

func (b bitset) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

// remove takes the live ad at pos out of every count, listing and lookup.
// Its position stays, marked gone, with its row of the vectors file: a
// need search ranks only listed ads. Its ID's slot in ix.ids becomes free
// for the next ID that probes there; its source entry, if it is still
// the source's last ad, now finds nothing.
func (ix *index) remove(pos int) {
	r := &ix.refs[pos]
	r.gone = true
	ix.adIDs[pos] = ""
	ix.rec.removed++
	ix.live--
	ix.count(*r, ix.skillsOf(pos), -1)
}

// replace removes the live ad with this ID, if any: a record that names
// an ad no longer live (a line written twice) changes nothing.
func (ix *index) replace(id string) {
	if pos, ok := ix.find(id); ok {
		ix.remove(pos)
	}
}

// adOp is what AddAds does for one ad: remove the live ad replaces names
// (when not ""), then store the ad when store is set.
type adOp struct {
	ad       tools.Ad
	src      adSource
	store    bool
	replaces string
}

// batch plans an AddAds call: what each ad does given the index and the
// ads before it in the call, leaving the index as it is until the log
// holds the result.
type batch struct {
	ix   *index
	ids  map[string]bool     // IDs the batch stored (true) or replaced (false)
	srcs map[srcKey]batchSrc // sources the batch touched
	ops  []adOp
	sum  tools.AddSummary
}

// batchSrc is a source's live ad after the ads planned so far: its ID
// ("" none) and version hash.
type batchSrc struct {
	id  string
	ver version
}

func newBatch(ix *index, n int) *batch {
	return &batch{ix: ix, ids: make(map[string]bool, n), srcs: map[srcKey]batchSrc{}}
}

// plan decides what ad does and counts it in the summary.
func (b *batch) plan(ad tools.Ad) {
	op := adOp{ad: ad, src: sourceOf(ad)}
	if id, ver, ok := b.holder(op.src); ok {
		if ver == op.src.ver {
			b.sum.Existing++
			return
		}
		b.sum.Updated++
		op.replaces = id
		b.ids[id] = false
		b.srcs[op.src.key] = batchSrc{}
		op.store = !b.live(ad.ID) // else its ID is another source's ad
		b.push(op)
		return
	}
	if b.live(ad.ID) {
		b.sum.Existing++
		return
	}
	b.sum.Inserted++
	op.store = true
	b.push(op)
}

func (b *batch) push(op adOp) {
	if op.store {
		b.ids[op.ad.ID] = true
		if op.src.ok {
			b.srcs[op.src.key] = batchSrc{id: op.ad.ID, ver: op.src.ver}
		}
	}
	b.ops = append(b.ops, op)
}

// live reports whether an ad with this ID is live after the ads planned.
func (b *batch) live(id string) bool {
	if v, ok := b.ids[id]; ok {
		return v
	}
	return b.ix.has(id)
}

// holder returns the ID and version hash of the live ad of src's source
// after the ads planned.
func (b *batch) holder(src adSource) (string, version, bool) {
	if !src.ok {
		return "", version{}, false
	}
	if s, ok := b.srcs[src.key]; ok {
		return s.id, s.ver, s.id != ""
	}
	pos, ver, ok := b.ix.source(src.key)
	if !ok {
		return "", version{}, false
	}
	id := b.ix.adIDs[pos]
	if _, touched := b.ids[id]; touched { // the batch changed that ad already
		return "", version{}, false
	}
	return id, ver, true
}
