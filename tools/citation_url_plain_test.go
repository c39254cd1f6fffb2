package tools

import (
	"net/url"
	"strings"
	"testing"
)

// plainWebAddress tells, without parsing, what url.Parse says of the
// addresses it takes: http or https, a host, no user, no port, and the
// rest after "://" as written. Whatever it leaves to url.Parse, it must
// never take one that Parse refuses or reads otherwise.
func TestPlainWebAddressAgreesWithURLParse(t *testing.T) {
	addresses := []string{
		"https://www.hcp.ma/Taux-de-chomage_a123.html",
		"http://hcp.ma", "https://hcp.ma/", "https://hcp.ma?x=1", "https://hcp.ma#top",
		"https://anapec.org/sigec-app-rv/fr/entreprises/bloc_offre/12?q=a b",
		"https://ar.le360.ma/économie/123", "https://x.ma/a%zz", "https://x.ma/%D8%A7",
		"https://user@x.ma/", "https://x.ma:8080/", "https://[::1]/", "https://x_y.ma/",
		"HTTPS://x.ma/", "ftp://x.ma/", "javascript:alert(1)", "https:///x", "https://", "http://?",
		"https://x.ma/\x00", "https://x.ma/a\tb", "https://x.ma/\x7f", "//x.ma/", "x.ma", "",
		"https://x.ma/a@b", "https://x.ma/a:b", "https://é.ma/", "https://x.ma%2F/", " https://x.ma/",
		"https://x.ma/ ", "https://x.ma?#", "http://-/", "https://x.ma/a[b]", "https://a..b/",
	}
	taken := 0
	for _, s := range addresses {
		rest, ok := plainWebAddress(s)
		if !ok {
			continue
		}
		taken++
		u, err := url.Parse(s)
		if err != nil {
			t.Errorf("plainWebAddress(%q) took an address url.Parse refuses: %v", s, err)
			continue
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.Port() != "" ||
			rest != strings.TrimPrefix(s, u.Scheme+"://") {
			t.Errorf("plainWebAddress(%q) = %q; url.Parse reads scheme %q, host %q, user %v, port %q",
				s, rest, u.Scheme, u.Host, u.User, u.Port())
		}
		if got := WebURLProblem(s); got != "" {
			t.Errorf("WebURLProblem(%q) = %q for a plain web address", s, got)
		}
	}
	if taken < 8 {
		t.Errorf("plainWebAddress took %d of the ordinary addresses, want at least 8", taken)
	}
}
