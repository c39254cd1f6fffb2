package gen

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// encoder writes ads in one schema, counting the lines it writes so that the
// corpus can report where each record starts.
type encoder struct {
	s    schema
	w    *bufio.Writer
	csv  *csv.Writer
	cw   *countWriter
	g    *rng // random choices of the JSON "missing" habit
	row  []string
	buf  []byte
	head bool
}

// countWriter counts newlines going through it.
type countWriter struct {
	w     io.Writer
	lines int
}

func (c *countWriter) Write(p []byte) (int, error) {
	for _, b := range p {
		if b == '\n' {
			c.lines++
		}
	}
	return c.w.Write(p)
}

func newEncoder(w io.Writer, s schema, seed int64) (*encoder, error) {
	if s.format != FormatCSV && s.format != FormatJSONL {
		return nil, fmt.Errorf("%w %q (want %q or %q)", ErrFormat, s.format, FormatCSV, FormatJSONL)
	}
	cw := &countWriter{w: w}
	e := &encoder{s: s, cw: cw, w: bufio.NewWriterSize(cw, 64<<10), g: newRNG(seed, 7)}
	if s.format == FormatCSV {
		e.csv = csv.NewWriter(e.w)
		e.csv.UseCRLF = s.crlf
		e.row = make([]string, len(s.columns))
	}
	return e, nil
}

// line returns the 1-based line number where the next record will start.
func (e *encoder) line() (int, error) {
	if err := e.flush(); err != nil {
		return 0, err
	}
	return e.cw.lines + 1, nil
}

func (e *encoder) header() error {
	if e.head || e.csv == nil {
		e.head = true
		return nil
	}
	e.head = true
	if e.s.bom {
		if _, err := e.w.WriteString("\ufeff"); err != nil {
			return err
		}
	}
	names := make([]string, len(e.s.columns))
	for i, c := range e.s.columns {
		names[i] = c.name
	}
	return e.csv.Write(names)
}

// write encodes one ad.
func (e *encoder) write(a *Ad) error {
	if err := e.header(); err != nil {
		return err
	}
	if e.csv != nil {
		for i, c := range e.s.columns {
			e.row[i], _ = a.value(c.field, e.s.skillSep)
		}
		return e.csv.Write(e.row)
	}
	e.buf = e.appendJSON(e.buf[:0], a)
	_, err := e.w.Write(e.buf)
	return err
}

// raw writes bytes as they are: bad records of the seed corpus.
func (e *encoder) raw(s string) error {
	if err := e.header(); err != nil {
		return err
	}
	if e.csv != nil {
		e.csv.Flush()
	}
	_, err := e.w.WriteString(s)
	return err
}

func (e *encoder) flush() error {
	if e.csv != nil {
		e.csv.Flush()
		if err := e.csv.Error(); err != nil {
			return err
		}
	}
	return e.w.Flush()
}

func (e *encoder) appendJSON(b []byte, a *Ad) []byte {
	b = append(b, '{')
	first := true
	for _, c := range e.s.columns {
		if c.field == fSkills && e.s.skillArr {
			if len(a.Skills) == 0 && e.omit() {
				continue
			}
			b = e.key(b, c.name, &first)
			b = append(b, '[')
			for i, s := range a.Skills {
				if i > 0 {
					b = append(b, ',')
				}
				b = appendJSONString(b, s)
			}
			b = append(b, ']')
			continue
		}
		v, ok := a.value(c.field, e.s.skillSep)
		if !ok {
			switch e.missing() {
			case 0:
				continue
			case 1:
				b = append(e.key(b, c.name, &first), "null"...)
				continue
			}
		}
		b = e.key(b, c.name, &first)
		if c.field == fPositions && ok {
			b = append(b, v...)
		} else {
			b = appendJSONString(b, v)
		}
	}
	return append(b, '}', '\n')
}

// missing decides how an empty field is written: 0 omitted, 1 null, 2 "".
func (e *encoder) missing() int {
	switch e.s.missing {
	case jsonMissingOmit:
		return 0
	case jsonMissingMixed:
		return e.g.intn(3)
	}
	return 2
}

func (e *encoder) omit() bool { return e.s.missing != jsonMissingEmpty && e.g.chance(0.5) }

func (e *encoder) key(b []byte, k string, first *bool) []byte {
	if !*first {
		b = append(b, ',')
	}
	*first = false
	b = appendJSONString(b, k)
	return append(b, ':')
}

// appendJSONString appends s as a JSON string. Non-ASCII text and HTML
// characters stay as they are, as most exports write them.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, `\u00`...)
				b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, `\ufffd`...)
		} else if r == '\u2028' || r == '\u2029' {
			b = append(b, `\u`...)
			b = strconv.AppendInt(b, int64(r), 16)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}
