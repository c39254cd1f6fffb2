package ingest

import (
	"bufio"
	"bytes"
	"io"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	textunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Text encodings an input is read in.
const (
	EncodingUTF8        = "utf-8"
	EncodingUTF16       = "utf-16"
	EncodingWindows1252 = "windows-1252"
	EncodingWindows1256 = "windows-1256"
)

// DecodeInput returns r read as UTF-8, and the encoding it was in.
// Spreadsheet exports are often not UTF-8: Excel writes "Unicode text" as
// UTF-16 with a byte-order mark, and CSV in the Windows code page of the
// system: Western European, where Société is 53 6F 63 69 E9 74 E9, or
// Arabic (Windows-1256). An input whose first 8 KiB are not UTF-8 (see
// mostlyUTF8) is read as the one of these two it looks like (see
// legacyOf); both decode any byte, so nothing is refused for its encoding
// alone. An input read as UTF-8 may still hold records of another
// encoding: the readers quarantine them (see notUTF8).
func DecodeInput(r io.Reader) (io.Reader, string) {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(sniffSize)
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		dec := textunicode.UTF16(textunicode.LittleEndian, textunicode.UseBOM).NewDecoder()
		return transform.NewReader(br, dec), EncodingUTF16
	case !mostlyUTF8(trimPartialRune(head)) && bytes.IndexByte(head, 0) < 0:
		cm, name := legacyOf(head)
		return transform.NewReader(br, cm.NewDecoder()), name
	}
	return br, EncodingUTF8
}

// minUTF8Chars is how many valid multi-byte UTF-8 characters make a text
// with invalid bytes UTF-8 all the same: a legacy file has them only by
// accident (a capital accented letter followed by a symbol such as «),
// while a UTF-8 file with one line of another encoding has them in every
// accented or Arabic word of its other lines.
const minUTF8Chars = 4

// mostlyUTF8 reports whether b is valid UTF-8, or holds at least
// minUTF8Chars valid multi-byte characters among its invalid bytes.
func mostlyUTF8(b []byte) bool {
	if utf8.Valid(b) {
		return true
	}
	n := 0
	for len(b) > 0 && n < minUTF8Chars {
		r, size := utf8.DecodeRune(b)
		if r != utf8.RuneError && size > 1 {
			n++
		}
		b = b[size:]
	}
	return n >= minUTF8Chars
}

// legacyOf returns the Windows code page text that is not UTF-8 looks
// like, and its name: Windows-1256 when its bytes past ASCII, read in it,
// give more Arabic letters than Latin ones (Windows-1256 keeps French
// lower-case accents where Windows-1252 has them, and puts Arabic letters
// where Windows-1252 has capitals and the accents of other languages),
// else Windows-1252.
func legacyOf(b []byte) (*charmap.Charmap, string) {
	arabic, latin := 0, 0
	for _, c := range b {
		if c < utf8.RuneSelf {
			continue
		}
		switch r := charmap.Windows1256.DecodeByte(c); {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if arabic > latin {
		return charmap.Windows1256, EncodingWindows1256
	}
	return charmap.Windows1252, EncodingWindows1252
}

// notUTF8 returns, for text s that is not valid UTF-8, why it is refused,
// naming the encoding it looks like ("not UTF-8 (looks like
// Windows-1256)"), and s read in that encoding, for the operator to read;
// "" and "" for valid UTF-8. A record is not decoded on this guess: the
// two code pages put different letters on the same bytes, and a wrong
// guess would store mojibake, classified as if it were text.
func notUTF8(s string) (reason, decoded string) {
	if utf8.ValidString(s) {
		return "", ""
	}
	cm, name := legacyOf([]byte(s))
	decoded, _ = cm.NewDecoder().String(s) // a single-byte code page decodes any byte
	return "not UTF-8 (looks like " + legacyNames[name] + ")", decoded
}

// invalidLine returns the line (1-based) of the first byte of data that
// is not UTF-8, 0 when there is none.
func invalidLine(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return 1 + bytes.Count(data[:i], []byte("\n"))
		}
		i += size
	}
	return 0
}

var legacyNames = map[string]string{EncodingWindows1252: "Windows-1252", EncodingWindows1256: "Windows-1256"}

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
