package web

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// webURL reports whether u is an absolute http or https address with a
// host: the only kind of citation address a client may turn into a link.
func webURL(u string) bool {
	return tools.WebURLProblem(u) == "" && strings.TrimSpace(u) == u
}

// safeCitations returns cs with every address that is not webURL removed
// (the citation is kept, without a url or display_url), copying cs only when one is.
// Clients render a citation's url as a link, where a javascript: or data:
// address would run in the user's page, and an ad's address comes from a
// scraped page; the edge checks it whatever the stores let through.
func safeCitations(cs []tools.Citation) []tools.Citation {
	i := slices.IndexFunc(cs, func(c tools.Citation) bool { return c.URL != "" && !webURL(c.URL) })
	if i < 0 {
		return cs
	}
	out := slices.Clone(cs)
	for j := i; j < len(out); j++ {
		if !webURL(out[j].URL) {
			out[j].URL, out[j].DisplayURL = "", ""
		}
	}
	return out
}

// safeCall returns c with its result's citations made safe, copying what
// changes.
func safeCall(c assistant.ToolCall) assistant.ToolCall {
	if c.Result == nil {
		return c
	}
	// Copied only when an address goes: most results' are all web
	// addresses, and a copy a call and a turn was 1 KB of garbage a turn.
	if safe := safeCitations(c.Result.Citations); len(safe) > 0 && &safe[0] != &c.Result.Citations[0] {
		r := *c.Result
		r.Citations = safe
		c.Result = &r
	}
	return c
}

// safeTurn returns t with every citation made safe: the turn's own and
// its tool results'. It never changes what t shares with the caller.
func safeTurn(t assistant.Turn) assistant.Turn {
	t.Citations = safeCitations(t.Citations)
	var calls []assistant.ToolCall // copied at the first call that changes
	for i, c := range t.ToolCalls {
		safe := safeCall(c)
		if safe.Result == c.Result {
			continue
		}
		if calls == nil {
			calls = slices.Clone(t.ToolCalls)
		}
		calls[i] = safe
	}
	if calls != nil {
		t.ToolCalls = calls
	}
	return t
}

// safeEvent returns ev with the citations it carries made safe.
func safeEvent(ev assistant.Event) assistant.Event {
	if ev.Citation != nil && ev.Citation.URL != "" && !webURL(ev.Citation.URL) {
		c := safeCitations([]tools.Citation{*ev.Citation})[0]
		ev.Citation = &c
		ev.JSON = nil // the payload's encoding is no longer it
	}
	if ev.Call != nil {
		if c := safeCall(*ev.Call); c.Result != ev.Call.Result {
			changed := c // on the heap only when it changed
			ev.Call = &changed
			ev.JSON = nil // the payload's encoding is no longer it
		}
	}
	if ev.Turn != nil {
		t := safeTurn(*ev.Turn)
		if !sameSlice(t.Citations, ev.Turn.Citations) || !sameSlice(t.ToolCalls, ev.Turn.ToolCalls) {
			ev.JSON = nil
		}
		ev.Turn = &t
	}
	return ev
}

// sameSlice reports whether a and b are the same slice (safeCitations and
// safeTurn copy what they change).
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
