package ingest

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Text encodings an input is read in.
const (
	EncodingUTF8        = "utf-8"
	EncodingUTF16       = "utf-16"
	EncodingWindows1252 = "windows-1252"
)

// DecodeInput returns r read as UTF-8, and the encoding it was in.
// Spreadsheet exports are often not UTF-8: Excel writes "Unicode text" as
// UTF-16 with a byte-order mark, and CSV in the Windows code page of
// Western Europe, where Société is 53 6F 63 69 E9 74 E9. An input whose
// first 8 KiB are not valid UTF-8 is read as Windows-1252, which decodes
// any byte, so nothing is refused for its encoding alone.
func DecodeInput(r io.Reader) (io.Reader, string) {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(sniffSize)
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		return transform.NewReader(br, dec), EncodingUTF16
	case !utf8.Valid(trimPartialRune(head)) && bytes.IndexByte(head, 0) < 0:
		return transform.NewReader(br, charmap.Windows1252.NewDecoder()), EncodingWindows1252
	}
	return br, EncodingUTF8
}

// csvComma returns the delimiter of a CSV whose first line is line: the
// one of , ; and tab found most often outside quotes (French spreadsheets
// write ";", since "," is their decimal mark), "," when none is.
func csvComma(line []byte) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(line) {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}
