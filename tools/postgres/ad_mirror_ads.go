package postgres

import "slices"

// mirrorAds is the ads the mirror holds, by slot, in seq order. Vectors
// of the stride's length (the first vector's) lie in chunks of rows;
// others in other.
type mirrorAds struct {
	seq    []int64
	id     []string
	day    []uint32 // mirrorValues.day
	key    []mirrorKey
	vec    []uint8 // vecNone, vecRow or vecOther
	isGone []bool
	live   int // slots not gone
	gone   int // slots gone

	stride int      // 0 until the first vector
	chunks [][]byte // rowsPerChunk rows of stride bytes each
	other  map[int32][]byte
}

// Values of mirrorAds.vec.
const (
	vecNone  = 0
	vecRow   = 1 // in its row of chunks
	vecOther = 2 // of another length, in other
)

// rowsPerChunk is the number of rows of a chunk: 25 MB at 384
// dimensions, so that growing never copies the rows held.
const rowsPerChunk = 1 << 16

func (a *mirrorAds) len() int { return len(a.seq) }

// append adds the ad r with its filter key and day.
func (a *mirrorAds) append(r mirrorRow, key mirrorKey, day uint32) {
	slot := int32(len(a.seq))
	a.seq, a.id, a.day, a.key = append(a.seq, r.seq), append(a.id, r.id), append(a.day, day), append(a.key, key)
	a.isGone = append(a.isGone, false)
	a.live++
	if a.stride == 0 && len(r.vector) > 0 {
		a.stride = len(r.vector)
	}
	if a.stride > 0 && int(slot)/rowsPerChunk == len(a.chunks) {
		a.chunks = append(a.chunks, make([]byte, 0, rowsPerChunk*a.stride))
	}
	kind := uint8(vecNone)
	switch {
	case len(r.vector) == 0:
	case len(r.vector) == a.stride:
		kind = vecRow
	default:
		kind = vecOther
		if a.other == nil {
			a.other = map[int32][]byte{}
		}
		a.other[slot] = r.vector
	}
	a.vec = append(a.vec, kind)
	if a.stride > 0 {
		c := &a.chunks[len(a.chunks)-1]
		if kind == vecRow {
			*c = append(*c, r.vector...)
		} else {
			*c = append(*c, make([]byte, a.stride)...)
		}
	}
}

// row returns the row of slot (of vecRow).
func (a *mirrorAds) row(slot int32) []byte {
	c, off := a.chunks[int(slot)/rowsPerChunk], int(slot)%rowsPerChunk*a.stride
	return c[off : off+a.stride : off+a.stride]
}

// keepOnly marks gone the slots whose seq is not in present (ascending).
func (a *mirrorAds) keepOnly(present []int64) {
	for p, seq := range a.seq {
		i, found := slices.BinarySearch(present, seq)
		present = present[i:]
		if !found && !a.isGone[p] {
			a.isGone[p] = true
			a.live--
			a.gone++
		}
	}
}

// compact returns the live slots alone, in the same order.
func (a *mirrorAds) compact() mirrorAds {
	var c mirrorAds
	for p := range a.seq {
		if a.isGone[p] {
			continue
		}
		r := mirrorRow{seq: a.seq[p], id: a.id[p]}
		switch a.vec[p] {
		case vecRow:
			r.vector = a.row(int32(p))
		case vecOther:
			r.vector = a.other[int32(p)]
		}
		c.append(r, a.key[p], a.day[p])
	}
	return c
}

// slotOf returns the live slot of seq, or -1.
func (a *mirrorAds) slotOf(seq int64) int32 {
	p, found := slices.BinarySearch(a.seq, seq)
	if !found || a.isGone[p] {
		return -1
	}
	return int32(p)
}
