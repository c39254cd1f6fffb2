package assistant

import (
	"fmt"
	"slices"
	"strings"
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

type scorer struct {
	cases                                      int
	lang, tool, number, cite, retrieval, words tally
	byLang                                     map[string]*tally
	failures                                   []Failure
}

func (s *scorer) score(c Case, t Turn, err error) {
	s.cases++
	before := len(s.failures)
	fail := func(check, want, got string) {
		s.failures = append(s.failures, Failure{ID: c.ID, Check: check, Want: want, Got: got, Answer: t.Answer})
	}
	if err != nil {
		fail("error", "a turn", err.Error())
	}
	e := c.Expect
	if e.Lang != "" {
		s.lang.add(t.Lang == e.Lang)
		if t.Lang != e.Lang {
			fail("lang", e.Lang, t.Lang)
		}
	}
	if e.Tool != "" {
		called := toolNames(t)
		ok := slices.Contains(called, e.Tool)
		s.tool.add(ok)
		if !ok {
			fail("tool", e.Tool, strings.Join(called, ","))
		}
	}
	if len(e.Numbers) > 0 {
		found := NumbersIn(t.Answer)
		var missing []string
		for _, n := range e.Numbers {
			if !containsNumber(found, n) {
				missing = append(missing, n)
			}
		}
		s.number.add(len(missing) == 0)
		if len(missing) > 0 {
			fail("numbers", strings.Join(missing, " "), fmt.Sprint(found))
		}
		s.cite.add(len(t.Citations) > 0)
	}
	if len(e.ContainsAny) > 0 {
		ok := containsAny(t.Answer, e.ContainsAny)
		s.words.add(ok)
		if !ok {
			fail("contains_any", strings.Join(e.ContainsAny, " | "), "")
		}
	}
	if len(e.DocIDs) > 0 {
		ok := citesAny(t, e.DocIDs)
		s.retrieval.add(ok)
		if !ok {
			fail("doc_ids", strings.Join(e.DocIDs, ","), citationIDs(t))
		}
	}
	if e.Lang != "" {
		if s.byLang == nil {
			s.byLang = map[string]*tally{}
		}
		if s.byLang[e.Lang] == nil {
			s.byLang[e.Lang] = &tally{}
		}
		s.byLang[e.Lang].add(len(s.failures) == before)
	}
}

func (s *scorer) report() Report {
	r := Report{Cases: s.cases, LangAcc: s.lang.rate(), ToolAcc: s.tool.rate(), NumberAcc: s.number.rate(),
		CitationRate: s.cite.rate(), RetrievalHit: s.retrieval.rate(), ContainsAcc: s.words.rate(), Failures: s.failures}
	if r.Failures == nil {
		r.Failures = []Failure{}
	}
	for _, l := range []string{"fr", "ar", "ary", "ary-Latn", "en"} {
		if t, ok := s.byLang[l]; ok {
			r.ByLang = append(r.ByLang, LangRow{Lang: l, Cases: t.n, Passed: t.rate()})
		}
	}
	return r
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

// citesAny reports whether a citation of the turn, or the document id of
// a search result, is one of ids.
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
