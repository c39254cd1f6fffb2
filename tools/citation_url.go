package tools

import (
	"net/url"
	"strings"
)

// WebURLProblem returns "" when s is an absolute http or https address with
// a host, the only kind a Citation's URL may be, and otherwise why it is
// not ("not an address", "not an absolute http(s) address", "data: is not
// http(s)", "no host"). A citation's address becomes a link in every
// client: a javascript: or data: one would run in the reader's page, a
// relative one would point wherever that page is. It does not trim s:
// callers decide what surrounding space means.
func WebURLProblem(s string) string {
	if _, ok := plainWebAddress(s); ok {
		return ""
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return "not an address"
	case u.Scheme == "":
		return "not an absolute http(s) address"
	case u.Scheme != "http" && u.Scheme != "https": // Parse lowercases it
		return strings.ToLower(u.Scheme) + ": is not http(s)"
	case u.Host == "":
		return "no host"
	}
	return ""
}

// plainWebAddress returns what follows the scheme's "://" when s is an
// address url.Parse reads without error as http or https with a host
// and neither user nor port, told without parsing it: the scheme written
// in lower case, a host of ASCII letters, digits, dots and hyphens, and
// no escape, space or control byte anywhere (the bytes Parse checks). A
// citation's address is checked and shown at each event that carries it,
// several times a turn, where url.Parse cost a few allocations each;
// any other address is for url.Parse.
func plainWebAddress(s string) (rest string, ok bool) {
	switch {
	case strings.HasPrefix(s, "https://"):
		rest = s[len("https://"):]
	case strings.HasPrefix(s, "http://"):
		rest = s[len("http://"):]
	default:
		return "", false
	}
	host := true // within the authority, up to the first '/', '?' or '#'
	for i := 0; i < len(rest); i++ {
		switch b := rest[i]; {
		case b <= ' ' || b == 0x7f || b == '%':
			return "", false
		case b == '/' || b == '?' || b == '#':
			if i == 0 {
				return "", false
			}
			host = false
		case host && !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '.' || b == '-'):
			return "", false
		}
	}
	return rest, rest != ""
}
