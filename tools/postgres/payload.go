package postgres

import (
	"encoding/binary"
	"errors"
	"math"
	"strconv"

	"github.com/marsad/marsad/tools"
)

// ErrCorruptSeries is wrapped by the error of a Series whose stored
// payload cannot be decoded.
var ErrCorruptSeries = errors.New("corrupt series payload")

// A series payload (indicator_series.payload) holds one series in period
// order:
//
//	version byte (2)
//	uvarint d, then d strings: the dictionary of units, publishers,
//	  reported_by, source addresses, series and relay addresses, each as
//	  uvarint length and bytes
//	uvarint n, then n entries: period (one length byte and bytes),
//	  varint period_start, value (IEEE 754 bits, 8 bytes little endian),
//	  and uvarint dictionary indexes of unit, publisher, reported_by,
//	  source address, series and relay address
//
// Version 1, written before migration 0009, has no series nor relay
// address in its entries; it is still read, as figures without them.
const payloadVersion = 2

// payloadWordsV1 and payloadWords are the dictionary words of an entry in
// versions 1 and 2.
const (
	payloadWordsV1 = 4
	payloadWords   = 6
)

// entry is one observation of a series as the payload holds it.
type entry struct {
	period                         string
	start                          int32
	value                          float64
	unit, publisher, reported, url string
	series, relay                  string
}

// encodeSeries returns the payload of entries, given in period order.
func encodeSeries(entries []entry) []byte {
	index := map[string]uint64{}
	var dict []string
	ref := func(s string) uint64 {
		i, ok := index[s]
		if !ok {
			i = uint64(len(dict))
			index[s] = i
			dict = append(dict, s)
		}
		return i
	}
	body := make([]byte, 0, 24*len(entries))
	for _, e := range entries {
		body = append(body, byte(len(e.period)))
		body = append(body, e.period...)
		body = binary.AppendVarint(body, int64(e.start))
		body = binary.LittleEndian.AppendUint64(body, math.Float64bits(e.value))
		for _, s := range [payloadWords]string{e.unit, e.publisher, e.reported, e.url, e.series, e.relay} {
			body = binary.AppendUvarint(body, ref(s))
		}
	}
	out := []byte{payloadVersion}
	out = binary.AppendUvarint(out, uint64(len(dict)))
	for _, s := range dict {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	out = binary.AppendUvarint(out, uint64(len(entries)))
	return append(out, body...)
}

// payloadReader reads a payload front to back; the first error sticks
// and every later read returns zero values.
type payloadReader struct {
	b   []byte
	err error
}

func (r *payloadReader) fail() { r.err, r.b = ErrCorruptSeries, nil }

func (r *payloadReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *payloadReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *payloadReader) bytes(n uint64) []byte {
	if uint64(len(r.b)) < n {
		r.fail()
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// short reads a string of at most 255 bytes preceded by its length byte.
func (r *payloadReader) short() []byte {
	n := r.bytes(1)
	if n == nil {
		return nil
	}
	return r.bytes(uint64(n[0]))
}

func (r *payloadReader) float() float64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

// decodeSeries appends to out the observations of payload whose period
// starts within [lo, hi] and has frequency freq ("" for all), with the key
// fields of base.
func decodeSeries(out []tools.Observation, payload []byte, base tools.Observation, lo, hi int, freq string) ([]tools.Observation, error) {
	r := &payloadReader{b: payload}
	v := r.bytes(1)
	if r.err != nil || (v[0] != payloadVersion && v[0] != 1) {
		return out, ErrCorruptSeries
	}
	words := payloadWords
	if v[0] == 1 {
		words = payloadWordsV1
	}
	d := r.uvarint()
	if d > uint64(len(r.b)) { // each word takes at least its length byte
		return out, ErrCorruptSeries
	}
	dict := readDict(r, int(d))
	word := func() string {
		i := r.uvarint()
		if i >= uint64(len(dict)) {
			r.fail()
			return ""
		}
		return dict[i]
	}
	n := r.uvarint()
	if out == nil && n <= uint64(len(r.b)) {
		out = make([]tools.Observation, 0, n)
	}
	for ; n > 0 && r.err == nil; n-- {
		period := r.short()
		start := int32(r.varint())
		value := r.float()
		var w [payloadWords]string
		for i := 0; i < words; i++ {
			w[i] = word()
		}
		if r.err != nil || int(start) < lo || int(start) > hi || (freq != "" && frequencyOf(period) != freq) {
			continue
		}
		o := base
		o.Period, o.Value, o.Unit, o.Publisher, o.ReportedBy, o.SourceURL = internPeriod(period), value, w[0], w[1], w[2], w[3]
		o.Series, o.RelayURL = w[4], w[5]
		out = append(out, o)
	}
	if r.err != nil || len(r.b) != 0 {
		return out[:0], ErrCorruptSeries
	}
	return out, nil
}

// readDict reads the d words of a payload's dictionary: the words kept
// in seriesDicts for the same bytes, or else words cut from one string of
// the dictionary's bytes (a string each would be an allocation per source
// address of the series, on every read), then kept there.
func readDict(r *payloadReader, d int) []string {
	whole := r.b
	for range d {
		r.bytes(r.uvarint())
	}
	if r.err != nil {
		return nil
	}
	raw := whole[:len(whole)-len(r.b)]
	if dict, ok := seriesDicts.get(raw); ok && len(dict) == d {
		return dict
	}
	all := string(raw)
	words := &payloadReader{b: raw}
	dict := make([]string, d)
	for i := range dict {
		n := int(words.uvarint())
		at := len(all) - len(words.b)
		words.bytes(uint64(n))
		dict[i] = all[at : at+n]
	}
	seriesDicts.put(all, dict)
	return dict
}

// frequencyOf returns the form of a stored (valid) period from its
// length, as the frequency column of migration 0007 does: it agrees with
// tools.PeriodFrequency without reparsing the period.
func frequencyOf(p []byte) string {
	switch {
	case len(p) == 4:
		return tools.FreqAnnual
	case len(p) > 5 && p[5] == 'Q':
		return tools.FreqQuarterly
	case len(p) == 7:
		return tools.FreqMonthly
	case len(p) == 10:
		return tools.FreqDate
	}
	return tools.FreqInterval
}

// periodStrings holds every valid period of 1900-2099, so that decoding a
// series allocates no string per observation.
var periodStrings = func() map[string]string {
	m := make(map[string]string, 200*17)
	for y := 1900; y <= 2099; y++ {
		ys := strconv.Itoa(y)
		m[ys] = ys
		for q := 1; q <= 4; q++ {
			p := ys + "-Q" + strconv.Itoa(q)
			m[p] = p
		}
		for mo := 1; mo <= 12; mo++ {
			p := ys + "-" + strconv.Itoa(mo/10) + strconv.Itoa(mo%10)
			m[p] = p
		}
	}
	return m
}()

func internPeriod(b []byte) string {
	if s, ok := periodStrings[string(b)]; ok {
		return s
	}
	return string(b)
}
