package ingest

import (
	"strings"

	"github.com/marsad/marsad/tools"
)

// maxAddress is the longest address kept: browsers and servers refuse
// longer ones, and an ad's link is a page, not a payload.
const maxAddress = 2048

// webAddress returns s, trimmed, when it is an absolute http or https
// address with a host; otherwise "" and why it was dropped. The addresses
// of ads, notes and profiles reach the reader as citation links, where a
// javascript: or vbscript: address runs in the reader's browser and a
// data: or file: one shows what the source never published; a relative
// or scheme-relative one points wherever the page showing it is. s ""
// gives "" and no reason.
func webAddress(s string) (addr, dropped string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	if len(s) > maxAddress {
		return "", "longer than 2048 bytes"
	}
	if why := tools.WebURLProblem(s); why != "" {
		return "", why
	}
	return s, ""
}
