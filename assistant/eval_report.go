package assistant

import "sort"

// Report is the score of a run. Each accuracy counts only the turns that
// set its field (a single case is one turn; each turn of a conversation
// counts as one), and is 0 when none did. Cases counts the lines of the
// file, Conversations those with turns, and ConversationAcc the share of
// conversations whose every turn passed.
type Report struct {
	Cases           int           `json:"cases"`
	LangAcc         float64       `json:"lang_acc"`
	ToolAcc         float64       `json:"tool_acc"`
	NumberAcc       float64       `json:"number_acc"`
	CitationRate    float64       `json:"citation_rate"`
	RetrievalHit    float64       `json:"retrieval_hit"`
	ContainsAcc     float64       `json:"contains_acc"`
	ArgsAcc         float64       `json:"args_acc"`
	NotContainsAcc  float64       `json:"not_contains_acc"`
	UnknownAcc      float64       `json:"unknown_acc"`
	Conversations   int           `json:"conversations"`
	ConversationAcc float64       `json:"conversation_acc"`
	ByLang          []LangRow     `json:"by_lang"`
	ByCategory      []CategoryRow `json:"by_category,omitempty"`
	Failures        []Failure     `json:"failures"`
}

// LangRow is the share of fully passed turns for one expected language.
type LangRow struct {
	Lang   string  `json:"lang"`
	Cases  int     `json:"cases"`
	Passed float64 `json:"passed"`
}

// CategoryRow is the share of fully passed cases (a conversation passes
// when all its turns do) for one Case.Category; cases without one are in
// no row.
type CategoryRow struct {
	Category string  `json:"category"`
	Cases    int     `json:"cases"`
	Passed   float64 `json:"passed"`
}

// Failure is one failed check of a turn: ID is the case's, followed for a
// conversation by "#" and the turn's number from 1 ("conv-3#2"); Check is
// the expect field (or "error" for a turn that failed); Want and Got say
// what was expected and what was found.
type Failure struct {
	ID     string `json:"id"`
	Check  string `json:"check"`
	Want   string `json:"want"`
	Got    string `json:"got"`
	Answer string `json:"answer,omitempty"`
}

func (s *scorer) report() Report {
	r := Report{Cases: s.cases, LangAcc: s.acc("lang"), ToolAcc: s.acc("tool"), NumberAcc: s.acc("numbers"),
		CitationRate: s.cite.rate(), RetrievalHit: s.acc("doc_ids"), ContainsAcc: s.acc("contains_any"),
		ArgsAcc: s.acc("args"), NotContainsAcc: s.acc("not_contains"), UnknownAcc: s.acc("unknown"),
		Conversations: s.conv.n, ConversationAcc: s.conv.rate(), Failures: s.failures}
	if r.Failures == nil {
		r.Failures = []Failure{}
	}
	for _, l := range []string{"fr", "ar", "ary", "ary-Latn", "en"} {
		if t, ok := s.byLang[l]; ok {
			r.ByLang = append(r.ByLang, LangRow{Lang: l, Cases: t.n, Passed: t.rate()})
		}
	}
	for c, t := range s.byCategory {
		r.ByCategory = append(r.ByCategory, CategoryRow{Category: c, Cases: t.n, Passed: t.rate()})
	}
	sort.Slice(r.ByCategory, func(i, j int) bool { return r.ByCategory[i].Category < r.ByCategory[j].Category })
	return r
}
