package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"
)

// Kinds of input.
const (
	KindIndicators = "indicators"
	KindAds        = "ads"
	KindProfiles   = "profiles"
	KindNotes      = "notes"
)

// sniffSize is how much of an input Sniff needs.
const sniffSize = 8 << 10

// Sniff tells the kind of an input from its first bytes (up to 8 KiB):
// indicators (a CSV starting with the long-format header), ads (a CSV
// header or a JSON object line naming at least two job-ad fields, in any
// of their aliases), profiles (JSON or YAML naming an ISCO code), notes
// (Markdown, HTML, front matter, or running text); "" when it cannot
// tell.
func Sniff(head []byte) string {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	if len(head) == 0 || !mostlyUTF8(trimPartialRune(head)) || bytes.IndexByte(head, 0) >= 0 {
		return "" // binary, or a legacy encoding DecodeInput did not turn into UTF-8
	}
	first, _, _ := bytes.Cut(head, []byte("\n"))
	switch head[0] {
	case '{', '[':
		if head[0] == '{' && adFieldCount(jsonKeys(first)) >= 2 {
			return KindAds
		}
		if bytes.Contains(head, []byte(`"isco"`)) || bytes.Contains(head, []byte(`"code"`)) {
			return KindProfiles
		}
		return ""
	case '<', '#':
		return KindNotes
	case '-':
		if bytes.Contains(head, []byte("isco:")) && !bytes.HasPrefix(head, []byte("---")) {
			return KindProfiles
		}
		return KindNotes
	}
	if low := bytes.ToLower(first); bytes.HasPrefix(low, []byte("indicator")) && len(low) > 9 && csvComma(low) == rune(low[9]) {
		return KindIndicators
	}
	header := csvHeader(first)
	if adFieldCount(header) >= 2 {
		return KindAds
	}
	if isTableHeader(header) {
		return "" // a table of unknown columns is not prose: the caller must name its kind
	}
	if len(bytes.Fields(head)) >= 20 {
		return KindNotes
	}
	return ""
}

// sniffAdFormat tells "jsonl" from "csv".
func sniffAdFormat(head []byte) string {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	if len(head) > 0 && head[0] == '{' {
		return "jsonl"
	}
	return "csv"
}

// sniffReader buffers r, read as UTF-8 (DecodeInput), and returns its
// first bytes, its kind (kind itself when given) and the encoding it was
// in.
func sniffReader(r io.Reader, kind string) (*bufio.Reader, []byte, string, string, error) {
	r, enc := DecodeInput(r)
	br := bufio.NewReaderSize(r, 1<<16)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, nil, "", "", err
	}
	if kind == "" {
		if kind = Sniff(head); kind == "" {
			return nil, nil, "", "", ErrUnknownKind
		}
	}
	return br, head, kind, enc, nil
}

// trimPartialRune drops an incomplete UTF-8 sequence cut by the peek.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < utf8.UTFMax && len(b) > 0; i++ {
		if r, _ := utf8.DecodeLastRune(b); r != utf8.RuneError {
			return b
		}
		b = b[:len(b)-1]
	}
	return b
}

func jsonKeys(line []byte) []string {
	var obj map[string]json.RawMessage
	if json.Unmarshal(line, &obj) != nil {
		return nil
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	return keys
}

func csvHeader(line []byte) []string {
	cr := csv.NewReader(bytes.NewReader(line))
	cr.Comma = csvComma(line)
	rec, err := cr.Read()
	if err != nil {
		return nil
	}
	return rec
}

// adFieldCount counts the names that are job-ad fields or their aliases
// (id and region, shared with other kinds, left out).
func adFieldCount(names []string) int {
	n := 0
	for _, name := range names {
		if f, ok := columnIndex[columnKey(strings.TrimSpace(name))]; ok && f != fID && f != fRegion {
			n++
		}
	}
	return n
}

// isTableHeader reports whether a CSV first line looks like the header of
// a table: at least three short names.
func isTableHeader(fields []string) bool {
	if len(fields) < 3 {
		return false
	}
	for _, f := range fields {
		if n := utf8.RuneCountInString(strings.TrimSpace(f)); n == 0 || n > 40 {
			return false
		}
	}
	return true
}
