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
