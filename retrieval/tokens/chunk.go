package tokens

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pkoukk/tiktoken-go"
)

// Span is a passage of a text: Text is text[Start:End].
type Span struct {
	Start, End int    // byte offsets into the text that was split
	Text       string // the passage, never starting or ending with white space
	Tokens     int    // tokens of the passage, counted word by word (see Chunker)
}

// Chunker splits texts into passages of at most Size tokens, consecutive
// passages sharing about Overlap tokens. Create it with NewChunker.
//
// A passage starts and ends on word boundaries: a word is a run of non-space
// characters, and digit groups separated by one space or no-break space
// (1 580 000) as well as a lone sign or punctuation mark (13,3 %) belong to
// the word before, so a passage never splits inside a word or a number.
// White space between passages is dropped: joining the passages, each with
// the part it shares with the previous one removed, gives the text with its
// runs of white space between passages removed and no other change.
//
// Tokens of a passage are counted per word (a space and the word), which
// is the count of the passage in context up to a token or two per passage
// (and per 256 bytes of a longer word, counted in pieces: see countPiece).
// A word longer than Size tokens makes a passage of its own. A passage
// that would end within the last 30% of its budget after a sentence end or
// a paragraph break ends there.
type Chunker struct {
	size, overlap int
}

// NewChunker returns a Chunker of size tokens per passage with overlap
// shared tokens; it fails unless 0 < size and 0 <= overlap < size.
func NewChunker(size, overlap int) (*Chunker, error) {
	if size <= 0 || overlap < 0 || overlap >= size {
		return nil, fmt.Errorf("chunk size %d with overlap %d: need 0 <= overlap < size", size, overlap)
	}
	if _, err := encoding(); err != nil {
		return nil, err
	}
	return &Chunker{size: size, overlap: overlap}, nil
}

// Split returns the passages of text in order; none for a text of white
// space only.
func (c *Chunker) Split(text string) []Span {
	ws := words(text)
	if len(ws) == 0 {
		return nil
	}
	counts := c.count(text, ws)
	var out []Span
	for s := 0; ; {
		e := c.end(text, ws, counts, s)
		out = append(out, span(text, ws, counts, s, e))
		if e == len(ws) {
			return out
		}
		s = c.next(counts, s, e)
	}
}

// Texts returns the texts of the passages of text.
func (c *Chunker) Texts(text string) []string {
	spans := c.Split(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Text
	}
	return out
}

// count returns the tokens of each word, preceded by a space.
func (c *Chunker) count(text string, ws []word) []int {
	enc, _ := encoding() // loaded by NewChunker
	memo := make(map[string]int)
	counts := make([]int, len(ws))
	for i, w := range ws {
		s := text[w.start:w.end]
		n, ok := memo[s]
		if !ok {
			n = wordTokens(enc, s)
			memo[s] = n
		}
		counts[i] = n
	}
	return counts
}

// countPiece is the most bytes of a word counted at once. Byte-pair
// merging is quadratic in the length of a run the encoding's pattern does
// not split (letters, spaces glued to a sign, a base64 image): counted
// whole, a 16 kB run of letters took half a second and a 256 kB one
// minutes. A longer word is counted in pieces, a token or so more per
// piece than whole, in linear time.
const countPiece = 256

// wordTokens returns the tokens of " "+s, counted in pieces of at most
// countPiece bytes cut on rune boundaries.
func wordTokens(enc *tiktoken.Tiktoken, s string) int {
	if len(s) <= countPiece {
		return len(enc.EncodeOrdinary(" " + s))
	}
	n, lead := 0, " "
	for len(s) > 0 {
		p := runePrefix(s, countPiece)
		n += len(enc.EncodeOrdinary(lead + p))
		s, lead = s[len(p):], ""
	}
	return n
}

// runePrefix returns the first n bytes of s or fewer, ending before a
// rune start when one is near; s when it is shorter.
func runePrefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := n; i > n-utf8.UTFMax; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i]
		}
	}
	return s[:n] // invalid bytes: no rune to keep whole
}

// end returns the index after the last word of the passage starting at
// word s.
func (c *Chunker) end(text string, ws []word, counts []int, s int) int {
	e, total := s+1, counts[s]
	for e < len(ws) && total+counts[e] <= c.size {
		total += counts[e]
		e++
	}
	if e == len(ws) {
		return e
	}
	// Prefer a sentence or paragraph end in the last 30% of the budget.
	for j, t := e-1, total; j > s && t*10 >= c.size*7; j-- {
		if sentenceEnd(text, ws, j) {
			return j + 1
		}
		t -= counts[j]
	}
	return e
}

// next returns the first word of the passage after [s, e): the earliest
// word after s such that the words from it to e hold at most overlap tokens.
func (c *Chunker) next(counts []int, s, e int) int {
	n, t := e, 0
	for n-1 > s && t+counts[n-1] <= c.overlap {
		t += counts[n-1]
		n--
	}
	return n
}

func span(text string, ws []word, counts []int, s, e int) Span {
	t := 0
	for _, n := range counts[s:e] {
		t += n
	}
	a, b := ws[s].start, ws[e-1].end
	return Span{Start: a, End: b, Text: text[a:b], Tokens: t}
}

// sentenceEnd reports whether word j ends a sentence or a paragraph.
func sentenceEnd(text string, ws []word, j int) bool {
	w := text[ws[j].start:ws[j].end]
	if strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") ||
		strings.HasSuffix(w, "؟") || strings.HasSuffix(w, "…") {
		return true
	}
	if j+1 < len(ws) {
		return strings.Count(text[ws[j].end:ws[j+1].start], "\n") >= 2
	}
	return false
}
