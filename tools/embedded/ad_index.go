package embedded

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// dict interns the values of one field as small integers; 0 is "". A
// value stays interned when its last ad is replaced: uses counts the live
// ads that have it, so that the Catalog lists only values present.
type dict struct {
	ids  map[string]uint16
	vals []string
	uses []int32
}

func newDict() *dict {
	return &dict{ids: map[string]uint16{"": 0}, vals: []string{""}, uses: []int32{0}}
}

// id returns the number of v, adding it when new; it fails past 65535
// distinct values.
func (d *dict) id(v string) (uint16, error) {
	if n, ok := d.ids[v]; ok {
		return n, nil
	}
	if len(d.vals) > 0xFFFF {
		return 0, fmt.Errorf("more than %d distinct values: %w", 0xFFFF, tools.ErrBadData)
	}
	n := uint16(len(d.vals))
	d.ids[v] = n
	d.vals = append(d.vals, v)
	d.uses = append(d.uses, 0)
	return n, nil
}

// lookup returns the number of v and whether it is known.
func (d *dict) lookup(v string) (uint16, bool) {
	n, ok := d.ids[v]
	return n, ok
}

// adRef is what memory keeps of one stored ad; the ad itself stays in
// the log at [off, off+size).
type adRef struct {
	off      int64
	size     uint32
	text     uint32 // offset of the ad's words in index.text
	skills   uint32 // offset of its skills in index.skills
	day      int32  // days since 1970-01-01 of Ad.Day(); noDay when none
	textLen  uint16
	month    uint16
	occ      uint16
	sector   uint16
	site     uint16
	contract uint16
	nSkills  uint8
	region   uint8
	vec      uint8 // where its vector is: vecNone, vecInRow, vecInLog
	gone     bool  // replaced: in no count, listing or lookup (in adRef's padding)
}

// Bounds of what adRef holds: longer words text is cut, further skills
// are dropped from the in-memory index (the ad in the log keeps them).
const (
	maxRefText   = 1<<16 - 1
	maxRefSkills = 1<<8 - 1
)

// aggKey is one cell of the ad counts; skill is 0 in the ad
// counts.
type aggKey struct {
	occ, sector, site, month, skill uint16
	region                          uint8
}

// index is the in-memory side of the job-market store: a compact record per
// ad, interned field values and the aggregates, all rebuilt from the log
// at open. A replaced ad keeps its position (and its row of the vectors
// file), marked gone; live counts the others.
type index struct {
	refs     []adRef
	live     int
	ids      map[uint64]int32  // idHash of an ad ID (+1, +2… on collision) -> position in refs; a gone position is a free slot
	adIDs    []string          // position -> ad ID, "" once gone
	srcs     map[srcKey]srcRef // Ad.SourceKey -> its last ad (see ad_source.go)
	sourced  bitset            // positions of ads with a source key
	text     []byte            // " word word " of title and employer, per ad
	skills   []uint16
	occ      *dict
	sector   *dict
	site     *dict
	contract *dict
	skill    *dict
	month    *dict // "YYYY-MM"
	ads      map[aggKey]int32
	skilled  map[aggKey]int32
	rec      recency // positions newest first, for listings
}

func newIndex() *index {
	return &index{ids: map[uint64]int32{}, srcs: map[srcKey]srcRef{}, occ: newDict(), sector: newDict(), site: newDict(), contract: newDict(),
		skill: newDict(), month: newDict(),
		ads: map[aggKey]int32{}, skilled: map[aggKey]int32{}}
}

// regionNumber maps "" to 0 and MA-01 … MA-12 to 1 … 12.
func regionNumber(r string) uint8 {
	if r == "" {
		return 0
	}
	n, _ := strconv.Atoi(r[3:])
	return uint8(n)
}

// add indexes ad, stored at [off, off+size) of the log, its vector kept
// as vec says, src its source (sourceOf). The caller has validated it and
// checked its ID is not live.
func (ix *index) add(ad tools.Ad, off int64, size int, vec uint8, src adSource) error {
	r := adRef{off: off, size: uint32(size), region: regionNumber(ad.Region), day: dayNumber(ad.Day()), vec: vec}
	var err error
	ids := []struct {
		d   *dict
		v   string
		dst *uint16
	}{{ix.occ, ad.Occupation, &r.occ}, {ix.sector, ad.Sector, &r.sector}, {ix.site, ad.SourceSite, &r.site},
		{ix.contract, ad.Contract, &r.contract}, {ix.month, ad.Month(), &r.month}}
	for _, f := range ids {
		if *f.dst, err = f.d.id(f.v); err != nil {
			return err
		}
	}
	// Skills past maxRefSkills are not interned: the index would not
	// count them, nor could it uncount them when the ad is replaced.
	skills := make([]uint16, 0, min(len(ad.Skills), maxRefSkills))
	for _, s := range ad.Skills[:min(len(ad.Skills), maxRefSkills)] {
		n, err := ix.skill.id(s)
		if err != nil {
			return err
		}
		skills = append(skills, n)
	}
	r.skills, r.nSkills = uint32(len(ix.skills)), uint8(len(skills))
	ix.skills = append(ix.skills, skills...)
	words := " " + lang.Normalize(ad.Title+" "+ad.Employer) + " "
	words = words[:min(len(words), maxRefText)]
	r.text, r.textLen = uint32(len(ix.text)), uint16(len(words))
	ix.text = append(ix.text, words...)
	pos := int32(len(ix.refs))
	ix.ids[ix.freeKey(ad.ID)] = pos
	if src.ok {
		ix.srcs[src.key] = srcRef{pos: pos, ver: src.ver}
		ix.sourced.set(int(pos))
	}
	ix.refs = append(ix.refs, r)
	ix.adIDs = append(ix.adIDs, ad.ID)
	ix.live++
	ix.count(r, skills, 1)
	return nil
}

// count adds one ad to the aggregates and the uses of its values (d 1),
// or takes it away (d -1); a cell or use that falls to 0 is deleted, so
// that queries and the Catalog see only live ads.
func (ix *index) count(r adRef, skills []uint16, d int32) {
	k := aggKey{occ: r.occ, sector: r.sector, site: r.site, month: r.month, region: r.region}
	bump(ix.ads, k, d)
	for _, s := range skills {
		k.skill = s
		bump(ix.skilled, k, d)
	}
	ix.use(r, skills, d)
}

// use adds d to the uses of the ad's values (see dict).
func (ix *index) use(r adRef, skills []uint16, d int32) {
	for _, s := range skills {
		ix.skill.uses[s] += d
	}
	ix.occ.uses[r.occ] += d
	ix.sector.uses[r.sector] += d
	ix.site.uses[r.site] += d
	ix.contract.uses[r.contract] += d
	ix.month.uses[r.month] += d
}

// bump adds d to cell k of m, deleting it at 0.
func bump(m map[aggKey]int32, k aggKey, d int32) {
	if d > 0 { // an addition empties no cell: one map operation, not two
		m[k] += d
		return
	}
	if n := m[k] + d; n != 0 {
		m[k] = n
	} else {
		delete(m, k)
	}
}

// words returns the " word word " text of the ad at position i.
func (ix *index) words(i int) []byte {
	r := ix.refs[i]
	return ix.text[r.text : r.text+uint32(r.textLen)]
}

func (ix *index) skillsOf(i int) []uint16 {
	r := ix.refs[i]
	return ix.skills[r.skills : r.skills+uint32(r.nSkills)]
}

// idHash is FNV-1a of an ad ID, the key of index.ids.
func idHash(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return h
}

// has reports whether a live ad has this ID.
func (ix *index) has(id string) bool {
	_, ok := ix.find(id)
	return ok
}

// find returns the position of the live ad with this ID. A gone ad's ID
// is "", so its slot matches nothing but keeps the probe going.
func (ix *index) find(id string) (int, bool) {
	for k := idHash(id); ; k++ {
		i, ok := ix.ids[k]
		if !ok {
			return 0, false
		}
		if ix.adIDs[i] == id {
			return int(i), true
		}
	}
}

// freeKey returns the key of ix.ids a new ID goes under: its hash, or the
// next free one when another ID has it. The slot of a gone ad is free: no
// probe stops there, and the caller has checked no live ad further on has
// this ID.
func (ix *index) freeKey(id string) uint64 {
	k := idHash(id)
	for {
		if i, taken := ix.ids[k]; !taken || ix.refs[i].gone {
			return k
		}
		k++
	}
}

// values returns the sorted non-empty values of d that live ads have.
func (d *dict) values() []string {
	out := make([]string, 0, len(d.vals)-1)
	for n, v := range d.vals[1:] {
		if d.uses[n+1] > 0 {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}

// noDay orders ads without a date after every dated one.
const noDay = math.MinInt32

// dayNumber returns the days since 1970-01-01 of a YYYY-MM-DD date, noDay
// for anything else.
func dayNumber(d string) int32 {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return noDay
	}
	return int32(t.Unix() / 86400)
}
