package tools

import (
	"net"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// KindReference is the kind of Marsad's own reference sheets (occupation
// profiles with their trainings) when no other source wrote them.
const KindReference Kind = "reference_sheet"

// citationKey is what makes two citations one source: their address, or
// their ID when they have none.
func citationKey(c Citation) string {
	if c.URL != "" {
		return "url:" + c.URL
	}
	return "id:" + c.ID
}

// MergeCitations returns cs with one citation per source (same URL, or
// same ID when there is none), in the order of first appearance: the
// first one's fields (but a publisher's page whose figures were relayed by
// several sites names no relay), the periods of all of them in Supports (a figure's
// citation without Supports contributes its Period), Demo if any is demo,
// and the largest Ads. A series of 13 figures read on one page is one
// source supporting 13 periods.
func MergeCitations(cs []Citation) []Citation {
	at := make(map[string]int, len(cs))
	out := make([]Citation, 0, len(cs))
	for _, c := range cs {
		periods := c.Supports
		if len(periods) == 0 && c.Period != "" && c.Kind != KindDocument && c.Kind != KindReference {
			periods = []string{c.Period} // a document's period is its date, not a figure's
		}
		k := citationKey(c)
		i, seen := at[k]
		if !seen {
			at[k] = len(out)
			c.Supports = nil
			out = append(out, c)
			i = len(out) - 1
		}
		m := &out[i]
		if seen && (m.RelayURL != "" || c.RelayURL != "") && (m.RelayURL != c.RelayURL || m.ReportedBy != c.ReportedBy) {
			m.ReportedBy, m.RelayURL = "", "" // the page's figures came through several relays: name none
		}
		for _, p := range periods {
			if !slices.Contains(m.Supports, p) {
				m.Supports = append(m.Supports, p)
			}
		}
		m.Demo = m.Demo || c.Demo
		m.Ads = max(m.Ads, c.Ads)
		if m.Period == "" && len(m.Supports) > 0 {
			m.Period = m.Supports[0]
		}
	}
	return out
}

// DemoHost reports whether host (an address's host, or a site name) is
// under a top-level domain reserved for examples and tests (RFC 2606 and
// 6761: .example, .test, .invalid, .localhost, and example.com, .net,
// .org): no real site answers there, so what names it is demonstration
// data and its links lead nowhere.
func DemoHost(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(host), "."))
	if hh, _, err := net.SplitHostPort(h); err == nil {
		h = hh
	}
	for _, tld := range []string{".example", ".test", ".invalid", ".localhost"} {
		if strings.HasSuffix(h, tld) || h == tld[1:] {
			return true
		}
	}
	for _, d := range []string{"example.com", "example.net", "example.org"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	return false
}

// DemoAddress reports whether u is an address on a DemoHost.
func DemoAddress(u string) bool {
	p, err := url.Parse(strings.TrimSpace(u))
	return err == nil && p.Host != "" && DemoHost(p.Host)
}

// DemoPublisher reports whether a publisher's name says it is
// demonstration data: Marsad's bundled notes and sheets are published as
// "Marsad (note de démonstration)", "Marsad (fiche de démonstration)".
func DemoPublisher(p string) bool {
	low := strings.ToLower(p)
	return strings.Contains(low, "démonstration") || strings.Contains(low, "demonstration") ||
		strings.Contains(low, "تجريبي")
}

// InternalPublisher reports whether a publisher is a file path rather than
// a name (ingestion names the file when the record names no publisher:
// "seed/profiles/profiles.json"), which a reader must never be shown as
// a source.
func InternalPublisher(p string) bool {
	p = strings.TrimSpace(p)
	low := strings.ToLower(p)
	for _, ext := range []string{".json", ".jsonl", ".yaml", ".yml", ".csv", ".md", ".txt"} {
		if strings.HasSuffix(low, ext) {
			return true
		}
	}
	return strings.ContainsAny(p, `/\`) && !strings.Contains(p, " ")
}

// DisplayURL returns u as a reader reads it: the scheme, a leading
// "www." and a lone trailing slash dropped, and percent-escapes that
// encode non-ASCII UTF-8 text decoded (an Arabic path shows as Arabic,
// not as six lines of %d8%a7). Escapes of ASCII characters (%20, %2F)
// stay, as decoding them would change the address read; an address that
// does not parse is returned as it is.
func DisplayURL(u string) string {
	rest, ok := plainWebAddress(u)
	if !ok {
		p, err := url.Parse(u)
		if err != nil || p.Host == "" {
			return u
		}
		rest = strings.TrimPrefix(u, p.Scheme+"://")
		if p.User != nil {
			return u // keep an address with credentials as written
		}
	}
	rest = strings.TrimPrefix(rest, "www.")
	rest = decodeNonASCII(rest)
	if strings.Count(rest, "/") == 1 && strings.HasSuffix(rest, "/") {
		rest = strings.TrimSuffix(rest, "/")
	}
	return rest
}

// decodeNonASCII decodes the runs of %XX escapes that form valid UTF-8
// text of printable non-ASCII letters, marks and numbers, leaving every
// other escape as it is.
func decodeNonASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '%' {
			b.WriteByte(s[i])
			i++
			continue
		}
		raw, n := escapeRun(s[i:])
		if r, size := utf8.DecodeRune(raw); n > 0 && r >= 0x80 && size == len(raw) && readable(raw) {
			b.Write(raw)
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// escapeRun reads the %XX escapes at the start of s that make up one
// UTF-8 encoded rune and returns its bytes and the length of text they
// took; n is 0 when there is none.
func escapeRun(s string) (raw []byte, n int) {
	for len(s[n:]) >= 3 && s[n] == '%' {
		v, ok := unhex2(s[n+1 : n+3])
		if !ok {
			break
		}
		if len(raw) > 0 && v&0xC0 != 0x80 { // not a continuation byte: the next rune starts
			break
		}
		raw = append(raw, v)
		n += 3
		if utf8.FullRune(raw) {
			return raw, n
		}
	}
	return nil, 0
}

func readable(raw []byte) bool {
	r, _ := utf8.DecodeRune(raw)
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r) || unicode.IsPunct(r))
}

func unhex2(h string) (byte, bool) {
	var v byte
	for i := 0; i < 2; i++ {
		c := h[i]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		v = v<<4 | c
	}
	return v, true
}

// ReadableURL returns u with the percent-escapes of non-ASCII text
// decoded, scheme and host kept: an address a browser opens as it reads
// (an IRI). An address that does not parse is returned as it is.
func ReadableURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || p.User != nil {
		return u
	}
	return decodeNonASCII(u)
}
