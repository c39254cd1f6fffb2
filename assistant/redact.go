package assistant

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placeholders that replace personal data in what Marsad keeps (law
// 09-08): each says what was there, so that a later turn, a reader of an
// export or an operator still understands the sentence, and none holds a
// digit that a number check could read as a figure.
const (
	RedactedCIN   = "[CIN]"
	RedactedPhone = "[PHONE]"
	RedactedEmail = "[EMAIL]"
	RedactedIBAN  = "[IBAN]"
)

// digit matches one ASCII, Arabic-Indic or Eastern Arabic-Indic digit, as
// Moroccan users type them.
const digit = `[0-9٠-٩۰-۹]`

// sep is what people put inside a phone number or an account number.
const sep = `[ \t.\-]?`

// redactions are searched in order; a later one never sees the text an
// earlier one replaced. Each match must also stand alone (standsAlone):
// not the end or the start of a longer word or number.
var redactions = []struct {
	re          *regexp.Regexp
	placeholder string
	number      bool // a number: not one continuing another ("1 0612…")
	// minDigits and at say what a text must hold for re to be worth
	// running: most questions hold a year and no '@', and skipping the
	// patterns they cannot match makes Redact several times faster.
	minDigits int
	at        bool
	glued     bool // a letter before a digit ("BE1…")
}{
	// Before phones: an address may hold digits.
	{regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`), RedactedEmail, false, 0, true, false},
	// Before phones and CINs: an IBAN (MA + 2 check digits + 24 digits,
	// grouped by four or not) or a bare 24-digit RIB, as a bank prints it
	// (3 3 16 2) or in one block. Figures in a table, separated by spaces,
	// are never a RIB: the groups must be these.
	{regexp.MustCompile(`(?i)\bMA` + digit + `{2}(?:[ ]?` + digit + `{4}){6}\b`), RedactedIBAN, true, 24, false, false},
	{regexp.MustCompile(digit + `{3} ` + digit + `{3} ` + digit + `{16} ` + digit + `{2}|` + digit + `{24}`), RedactedIBAN, true, 24, false, false},
	// +212 or 00212, an optional (0), then 5/6/7/8 and eight digits; or
	// the national form 0 then 5/6/7/8 and eight digits.
	{regexp.MustCompile(`(?:\+|00)212` + sep + `(?:\(0\)` + sep + `)?[5-8٥-٨۵-۸](?:` + sep + digit + `){8}`), RedactedPhone, true, 9, false, false},
	{regexp.MustCompile(`[0٠۰]` + sep + `[5-8٥-٨۵-۸](?:` + sep + digit + `){8}`), RedactedPhone, true, 9, false, false},
	// CIN: two letters and 4 to 6 digits (BE123456, AB1234), or one
	// letter and 5 or 6 digits (J123456): one letter and four digits is a
	// ROME job code (M1607) and stays. Lower case is taken too, but not
	// two lower-case letters and four digits, which is Arabizi ("fl2024").
	{regexp.MustCompile(`\b(?:[A-Z]{2}[0-9]{4,6}|[A-Za-z]{1,2}[0-9]{5,6})\b`), RedactedCIN, false, 4, false, true},
}

// Redact returns text with the personal data it recognises replaced by
// placeholders: Moroccan CIN numbers, Moroccan phone numbers (+212, 00212
// or 0, then 5 to 8 and eight digits, with spaces, dots or dashes),
// e-mail addresses, Moroccan IBANs and RIBs. Years, figures ("1 508
// 000"), ISCO and ROME codes, region codes and salaries stay as they are.
// It returns text itself when nothing is found.
func Redact(text string) string {
	digits, at, glued := 0, false, false
	prev := ' '
	for _, r := range text {
		digits += b2i(unicode.IsDigit(r))
		at = at || r == '@'
		glued = glued || ('0' <= r && r <= '9' && ('A' <= prev && prev <= 'Z' || 'a' <= prev && prev <= 'z'))
		prev = r
	}
	for _, r := range redactions {
		if digits < r.minDigits || (r.at && !at) || (r.glued && !glued) {
			continue
		}
		text = replaceAlone(r.re, text, r.placeholder, r.number)
	}
	return text
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// replaceAlone replaces the matches of re in text that stand alone.
func replaceAlone(re *regexp.Regexp, text, placeholder string, number bool) string {
	matches := re.FindAllStringIndex(text, -1)
	if matches == nil {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range matches {
		if !standsAlone(text, m[0], m[1], number) {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(placeholder)
		last = m[1]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// standsAlone reports whether text[start:end] is not glued to a letter or
// digit and, for a number, does not continue one ("1 0612…" is a
// figure's digits, not a phone).
func standsAlone(text string, start, end int, number bool) bool {
	before, n := utf8.DecodeLastRuneInString(text[:start])
	if n > 0 && (wordRune(before) || before == '+' || before == '@') {
		return false
	}
	if number && n > 0 && strings.ContainsRune(" .-,", before) {
		if prev, m := utf8.DecodeLastRuneInString(text[:start-n]); m > 0 && unicode.IsDigit(prev) {
			return false
		}
	}
	after, n := utf8.DecodeRuneInString(text[end:])
	if n > 0 && (wordRune(after) || after == '@') {
		return false
	}
	if number && n > 0 && strings.ContainsRune(" .-,", after) {
		if next, m := utf8.DecodeRuneInString(text[end+n:]); m > 0 && unicode.IsDigit(next) {
			return false
		}
	}
	return true
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
