package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// rawAd is one record of a job-ad export as read, before normalisation.
type rawAd struct {
	line   int // line of the record's start in the file, 1-based
	fields [numFields]string
	skills []string          // when the record gives a list
	extra  map[string]string // columns no field took, as written
	raw    string            // the record, for the quarantine
	err    error             // why the record could not be read; the rest is empty
}

// adReader yields the records of one export, in order. next returns
// io.EOF at the end; a record that cannot be read is returned with err
// set (it does not stop the reading); any other error is the input's.
type adReader interface {
	next() (*rawAd, error)
	columns() *columnMap
}

// newAdReader returns the reader for format "csv" or "jsonl".
func newAdReader(r io.Reader, format string) (adReader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	skipBOM(br)
	switch format {
	case "csv":
		return newCSVAds(br)
	case "jsonl":
		return &jsonlAds{br: br, cols: newColumnMap()}, nil
	}
	return nil, fmt.Errorf("%w: job ads must be csv or jsonl, not %q", ErrBadFile, format)
}

func skipBOM(br *bufio.Reader) {
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\ufeff")) {
		br.Discard(3)
	}
}

// csvAds reads a CSV export with a header row.
type csvAds struct {
	cr     *csv.Reader
	cols   *columnMap
	header []string
	byCol  []field
}

func newCSVAds(br *bufio.Reader) (*csvAds, error) {
	first, _ := br.Peek(sniffSize)
	first, _, _ = bytes.Cut(first, []byte("\n"))
	cr := csv.NewReader(br)
	cr.Comma = csvComma(first)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, &RowError{Line: 1, Err: fmt.Errorf("cannot read the header row: %w", err)}
	}
	c := &csvAds{cr: cr, cols: newColumnMap(), header: append([]string(nil), header...)}
	for _, h := range c.header {
		c.byCol = append(c.byCol, c.cols.field(strings.TrimSpace(h)))
	}
	return c, nil
}

func (c *csvAds) columns() *columnMap { return c.cols }

func (c *csvAds) next() (*rawAd, error) {
	rec, err := c.cr.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &rawAd{line: pe.StartLine, err: fmt.Errorf("malformed CSV: %v", pe.Err)}, nil
	}
	if err != nil {
		return nil, err
	}
	line, _ := c.cr.FieldPos(0)
	ad := &rawAd{line: line}
	for _, v := range rec {
		if !utf8.ValidString(v) {
			reason, decoded := notUTF8(joinCSV(rec))
			ad.err, ad.raw = errors.New(reason), decoded
			return ad, nil
		}
	}
	if len(rec) != len(c.header) {
		ad.raw = joinCSV(rec)
		ad.err = fmt.Errorf("%d fields, the header has %d", len(rec), len(c.header))
		return ad, nil
	}
	for i, v := range rec {
		if f := c.byCol[i]; f >= 0 {
			ad.fields[f] = v
		} else if v != "" {
			ad.setExtra(c.header[i], v)
		}
	}
	ad.raw = joinCSV(rec)
	return ad, nil
}

func (a *rawAd) setExtra(k, v string) {
	if a.extra == nil {
		a.extra = map[string]string{}
	}
	a.extra[k] = v
}

// joinCSV writes a record back as one CSV line.
func joinCSV(rec []string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(rec)
	w.Flush()
	return strings.TrimSuffix(b.String(), "\n")
}

// jsonlAds reads JSON Lines: one object a line; blank lines are skipped.
type jsonlAds struct {
	br   *bufio.Reader
	cols *columnMap
	line int
}

func (j *jsonlAds) columns() *columnMap { return j.cols }

func (j *jsonlAds) next() (*rawAd, error) {
	for {
		b, err := j.br.ReadBytes('\n')
		if len(b) == 0 && err != nil {
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, err
		}
		j.line++
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		return j.decode(b), nil
	}
}

// decode reads one line; a line that is not a JSON object, or not UTF-8
// (which the JSON decoder would read with U+FFFD for each bad byte), is
// returned with err set.
func (j *jsonlAds) decode(b []byte) *rawAd {
	ad := &rawAd{line: j.line, raw: string(b)}
	if reason, decoded := notUTF8(ad.raw); reason != "" {
		ad.err, ad.raw = errors.New(reason), decoded
		return ad
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		ad.err = fmt.Errorf("broken JSON: %v", err)
		return ad
	}
	if dec.More() {
		ad.err = errors.New("broken JSON: more than one value on the line")
		return ad
	}
	for _, k := range slices.Sorted(maps.Keys(obj)) { // sorted: the same column wins on every line
		v := obj[k]
		if strings.HasPrefix(k, "@") {
			continue // JSON-LD's @context and @type
		}
		if sub, ok := v.(map[string]any); ok {
			j.object(ad, k, sub)
			continue
		}
		f := j.cols.fieldOf(k)
		switch {
		case f == fSkills && isList(v) && ad.skills == nil:
			ad.skills = listOf(v)
		case f >= 0 && f != fSkills && ad.fields[f] == "":
			ad.fields[f] = scalar(v)
		default:
			if s := scalar(v); s != "" {
				ad.setExtra(k, s)
			}
		}
	}
	if ad.fields[fSalary] == "" {
		ad.fields[fSalary] = baseSalary(ad.extra)
	}
	return ad
}

// object reads a nested JSON object, as APIs and schema.org JobPosting
// markup give them ("company": {"name": …}, "jobLocation": {"address":
// {"addressLocality": …}}): its members are read as columns named
// key_member, recursively ("company_name"); when none of them is a field
// but key is (company → employer), the member that names the thing (name,
// city, title, label…) is read as that field.
func (j *jsonlAds) object(ad *rawAd, key string, obj map[string]any) {
	took := false
	for _, m := range slices.Sorted(maps.Keys(obj)) {
		v, name := obj[m], key+"_"+m
		if sub, nested := v.(map[string]any); nested {
			j.object(ad, name, sub)
			continue
		}
		if strings.HasPrefix(m, "@") {
			continue // JSON-LD's @type and @context say nothing of the ad
		}
		if f := j.cols.fieldOf(name); f >= 0 && ad.fields[f] == "" {
			ad.fields[f], took = scalar(v), true
		} else if s := scalar(v); s != "" {
			ad.setExtra(name, s)
		}
	}
	if took {
		return
	}
	f := j.cols.fieldOf(key)
	if f < 0 || ad.fields[f] != "" {
		return
	}
	for _, m := range namingMembers {
		if s := scalar(obj[m]); s != "" {
			ad.fields[f] = s
			return
		}
	}
}

// baseSalary writes the salary of schema.org JobPosting markup (baseSalary:
// a MonetaryAmount whose value is a QuantitativeValue), read into extra
// by object, as parseSalary reads salaries: "7000-9000 MAD par mois".
// It returns "" when there is none.
func baseSalary(extra map[string]string) string {
	get := func(k string) string { return extra["baseSalary_"+k] }
	lo, hi := get("value_minValue"), get("value_maxValue")
	if lo == "" {
		lo = get("value_value")
	}
	if lo == "" {
		lo = get("value") // a bare number
	}
	if lo == "" {
		return ""
	}
	amount := lo
	if hi != "" && hi != lo {
		amount += "-" + hi
	}
	unit := map[string]string{"HOUR": "par heure", "DAY": "par jour", "WEEK": "par semaine", "MONTH": "par mois", "YEAR": "par an"}[strings.ToUpper(get("value_unitText"))]
	return strings.TrimSpace(amount + " " + get("currency") + " " + unit)
}

// namingMembers are the members of a nested object that name what it is
// about, in order of preference.
var namingMembers = []string{"name", "nom", "title", "titre", "label", "libelle", "city", "ville", "value", "text"}

func isList(v any) bool {
	_, ok := v.([]any)
	return ok
}

func listOf(v any) []string {
	var out []string
	for _, e := range v.([]any) {
		if s := scalar(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// scalar writes a JSON value as text: strings as they are, numbers as
// written, null as "", anything else as compact JSON.
func scalar(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
