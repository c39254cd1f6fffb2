package assistant

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// NumbersIn returns the numbers written in text, as values: Arabic-Indic
// and Persian digits are read as ASCII, a decimal comma as a point, and
// digit groups of three separated by spaces, no-break spaces or (when more
// than one group follows) points or commas as thousands, so "1 580 000",
// "1.580.000" and "١٫٥" are 1580000, 1580000 and 1.5. Digits inside a
// Latin word (Arabizi "3nd", "ra9m", the label "T3") are not numbers.
func NumbersIn(text string) []float64 {
	var out []float64
	for _, n := range Numbers(text) {
		out = append(out, n.Value)
	}
	return out
}

// Number is a number written in a text: its value, as NumbersIn reads it,
// and where it starts, as an index of the text's runes.
type Number struct {
	Value float64
	At    int
}

// Numbers returns the numbers of text, as NumbersIn, with where each
// starts.
func Numbers(text string) []Number {
	runes := []rune(asciiDigits(text)) // one rune for one: indices hold in text
	var out []Number
	for i := 0; i < len(runes); {
		if !isDigit(runes[i]) {
			i++
			continue
		}
		j, s := scanNumber(runes, i)
		if inWord(runes, i, j) {
			i = j
			continue
		}
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			at := i
			if i > 0 && runes[i-1] == '-' && (i < 2 || !isDigit(runes[i-2])) {
				v, at = -v, i-1
			}
			out = append(out, Number{Value: v, At: at})
		}
		i = j
	}
	return out
}

// scanNumber reads the number starting at runes[i] and returns the index
// after it and its value in Go syntax. Groups of three digits after a
// space, or after a point or comma used more than once, are thousands; a
// single point or comma before other digits is the decimal mark; a space
// before anything but a group of three ends the number.
func scanNumber(runes []rune, i int) (int, string) {
	digitsEnd := func(k int) int {
		for k < len(runes) && isDigit(runes[k]) {
			k++
		}
		return k
	}
	j := digitsEnd(i)
	var b strings.Builder
	b.WriteString(string(runes[i:j]))
	var thousands rune // the separator once used for thousands
	for j+1 < len(runes) && isSep(runes[j]) && isDigit(runes[j+1]) {
		sep := runes[j]
		k := digitsEnd(j + 1)
		group := len(runes[j+1:k]) == 3
		space := unicode.IsSpace(sep) || sep == '\u202f'
		switch {
		case group && (space || sep == thousands || repeatsAfter(runes, k, sep)):
			b.WriteString(string(runes[j+1 : k]))
			thousands = sep
		case space:
			return j, b.String()
		default:
			b.WriteString("." + string(runes[j+1:k]))
			return k, b.String()
		}
		j = k
	}
	return j, b.String()
}

// repeatsAfter reports whether the separator sep comes again right after
// position k followed by a digit ("1.580.000").
func repeatsAfter(runes []rune, k int, sep rune) bool {
	return k+1 < len(runes) && runes[k] == sep && isDigit(runes[k+1])
}

// inWord reports whether the digits runes[i:j] are part of a Latin word,
// as in Arabizi ("3nd", "ra9m", "l5edma") or a label such as "T3".
func inWord(runes []rune, i, j int) bool {
	latin := func(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }
	return i > 0 && latin(runes[i-1]) || j < len(runes) && latin(runes[j])
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isSep(r rune) bool {
	return r == '.' || r == ',' || r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u066b' || r == '\u066c'
}

// asciiDigits maps Arabic-Indic and Persian digits to ASCII and the Arabic
// decimal separator to a comma.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '\u0660' && r <= '\u0669':
			return '0' + (r - '\u0660')
		case r >= '\u06f0' && r <= '\u06f9':
			return '0' + (r - '\u06f0')
		case r == '\u066b':
			return ','
		}
		return r
	}, s)
}

// containsNumber reports whether want (written as in an eval file) is
// among found, compared as values.
func containsNumber(found []float64, want string) bool {
	w := NumbersIn(want)
	if len(w) != 1 {
		return false
	}
	for _, f := range found {
		if math.Abs(f-w[0]) < 1e-9 {
			return true
		}
	}
	return false
}
