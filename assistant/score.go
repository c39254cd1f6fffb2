package assistant

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

type tally struct{ n, ok int }

func (t *tally) add(ok bool) {
	t.n++
	if ok {
		t.ok++
	}
}

func (t tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.ok) / float64(t.n)
}

// check is one expect field: set says whether a turn asks for it, run
// whether the turn passed it, with the failure's want and got.
type check struct {
	name string
	set  func(Expect) bool
	run  func(turnRun) (ok bool, want, got string)
}

// checks are run in this order, which is the order of a turn's failures.
var checks = []check{
	{"lang", func(e Expect) bool { return e.Lang != "" }, checkLang},
	{"tool", func(e Expect) bool { return e.Tool != "" }, checkTool},
	{"args", func(e Expect) bool { return len(e.Args) > 0 }, checkArgs},
	{"numbers", func(e Expect) bool { return len(e.Numbers) > 0 }, checkNumbers},
	{"contains_any", func(e Expect) bool { return len(e.ContainsAny) > 0 }, checkContainsAny},
	{"not_contains", func(e Expect) bool { return len(e.NotContains) > 0 }, checkNotContains},
	{"unknown", func(e Expect) bool { return e.Unknown }, checkUnknown},
	{"doc_ids", func(e Expect) bool { return len(e.DocIDs) > 0 }, checkDocIDs},
}

type scorer struct {
	cases      int
	checks     map[string]*tally // by check name
	cite       tally             // turns that expect numbers and cite a source
	conv       tally             // conversations fully passed
	byLang     map[string]*tally // turns fully passed, by expected language
	byCategory map[string]*tally // cases fully passed, by category
	failures   []Failure
}

// score adds a case's turns to the tallies.
func (s *scorer) score(c Case, runs []turnRun) {
	s.cases++
	passed := true
	for _, r := range runs {
		passed = s.scoreTurn(r) && passed
	}
	if len(c.Turns) > 0 {
		s.conv.add(passed)
	}
	if c.Category != "" {
		count(&s.byCategory, c.Category, passed)
	}
}

// scoreTurn runs the checks a turn sets and reports whether all passed
// (and the turn did not fail).
func (s *scorer) scoreTurn(r turnRun) bool {
	before := len(s.failures)
	fail := func(check, want, got string) {
		s.failures = append(s.failures, Failure{ID: r.id, Check: check, Want: want, Got: got, Answer: r.turn.Answer})
	}
	if r.err != nil {
		fail("error", "a turn", r.err.Error())
	}
	for _, c := range checks {
		if !c.set(r.expect) {
			continue
		}
		ok, want, got := c.run(r)
		count(&s.checks, c.name, ok)
		if !ok {
			fail(c.name, want, got)
		}
	}
	if len(r.expect.Numbers) > 0 {
		s.cite.add(len(r.turn.Citations) > 0)
	}
	passed := len(s.failures) == before
	if r.expect.Lang != "" {
		count(&s.byLang, r.expect.Lang, passed)
	}
	return passed
}

func count(m *map[string]*tally, key string, ok bool) {
	if *m == nil {
		*m = map[string]*tally{}
	}
	if (*m)[key] == nil {
		(*m)[key] = &tally{}
	}
	(*m)[key].add(ok)
}

func (s *scorer) acc(check string) float64 {
	if t, ok := s.checks[check]; ok {
		return t.rate()
	}
	return 0
}

func checkLang(r turnRun) (bool, string, string) {
	return r.turn.Lang == r.expect.Lang, r.expect.Lang, r.turn.Lang
}

func checkTool(r turnRun) (bool, string, string) {
	called := toolNames(r.turn)
	return slices.Contains(called, r.expect.Tool), r.expect.Tool, strings.Join(called, ",")
}

// checkNumbers passes when each expected number is among the answer's,
// compared as values (NumbersIn).
func checkNumbers(r turnRun) (bool, string, string) {
	found := NumbersIn(r.turn.Answer)
	var missing []string
	for _, n := range r.expect.Numbers {
		if !containsNumber(found, n) {
			missing = append(missing, n)
		}
	}
	return len(missing) == 0, strings.Join(missing, " "), fmt.Sprint(found)
}

// checkContainsAny passes when one of the strings is in what a reader
// sees of the turn (Readable: the answer, then its sources).
func checkContainsAny(r turnRun) (bool, string, string) {
	return containsAny(Readable(r.turn), r.expect.ContainsAny), strings.Join(r.expect.ContainsAny, " | "), ""
}

// checkNotContains passes when none of the strings is in what a reader
// sees of the turn (Readable),
// ignoring case, both sides in Unicode NFC (so a precomposed é and e
// with a combining accent are the same); got lists those found.
func checkNotContains(r turnRun) (bool, string, string) {
	answer := foldNFC(Readable(r.turn))
	var found []string
	for _, w := range r.expect.NotContains {
		if strings.Contains(answer, foldNFC(w)) {
			found = append(found, w)
		}
	}
	return len(found) == 0, "none of " + strings.Join(r.expect.NotContains, " | "), strings.Join(found, " | ")
}

func foldNFC(s string) string { return norm.NFC.String(strings.ToLower(norm.NFC.String(s))) }

func checkDocIDs(r turnRun) (bool, string, string) {
	return citesAny(r.turn, r.expect.DocIDs), strings.Join(r.expect.DocIDs, ","), citationIDs(r.turn)
}

func toolNames(t Turn) []string {
	var out []string
	for _, tc := range t.ToolCalls {
		out = append(out, tc.Name)
	}
	return out
}

func containsAny(answer string, words []string) bool {
	low := strings.ToLower(answer)
	for _, w := range words {
		if strings.Contains(low, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// citesAny reports whether a citation of the turn is one of ids.
func citesAny(t Turn, ids []string) bool {
	for _, c := range t.Citations {
		if slices.Contains(ids, c.ID) {
			return true
		}
	}
	return false
}

func citationIDs(t Turn) string {
	var out []string
	for _, c := range t.Citations {
		out = append(out, c.ID)
	}
	return strings.Join(out, ",")
}
