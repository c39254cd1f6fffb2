package occupation

import "slices"

// English titles, as offshoring centres and multinationals in Morocco
// write them, wrap the occupation in grade words: "Lead Software
// Engineer", "Associate Consultant", "Principal Architect" rank an
// engineer, a consultant, an architect, as "Senior" does. Put after the
// words of a field ("Data Engineering Lead", "Finance Associate",
// "Biomedical Engineering Intern") the grade stands where the head
// would, and the field is written as its activity ("engineering"), not
// as its worker: ISCO-08 codes such a post with the workers of that
// field, as it codes team leaders with those they lead.

// leadingGrades are the grade words that rank the occupation named
// after them; before another word they name no occupation of their own.
var leadingGrades = keySet("lead principal associate")

// trailingGrades are the grade words that stand for the head after the
// words of a field.
var trailingGrades = keySet("lead leader associate")

// fieldWorkers are the English nouns of a field's activity and the
// worker each names: "engineering" is what an engineer does.
var fieldWorkers = map[word]word{
	keyOf("engineering"): keyOf("engineer"),
	keyOf("accounting"):  keyOf("accountant"),
	keyOf("auditing"):    keyOf("auditor"),
	keyOf("consulting"):  keyOf("consultant"),
	keyOf("testing"):     keyOf("tester"),
	keyOf("test"):        keyOf("tester"), // "QA Test Lead"
	keyOf("recruiting"):  keyOf("recruiter"),
	keyOf("nursing"):     keyOf("nurse"),
	keyOf("programming"): keyOf("programmer"),
	keyOf("development"): keyOf("developer"),
}

// withoutLeadingGrade returns the keys of an English title without the
// grade word it opens on, and that word (or ""), when another word
// follows it: "Lead Architect" is an architect.
func (th *Thesaurus) withoutLeadingGrade(toks []string, ks []word) ([]word, word) {
	if len(ks) < 2 || !leadingGrades[ks[0]] || len(ks) == 2 && th.generic[ks[1]] {
		return ks, "" // "Lead Analyst": an analyst of what, the grade does not say
	}
	if i := slices.IndexFunc(toks, func(tok string) bool { return keyOf(tok) == ks[0] }); i+1 < len(toks) && smallWords[toks[i+1]] {
		return ks, "" // "Lead of Process Excellence": the lead is the head
	}
	return ks[1:], ks[0]
}

// heldWhole reports whether title t holds or supports every key of the
// label m was found by.
func (th *Thesaurus) heldWhole(m Match, t titleKeys) bool {
	for _, k := range t.keys {
		if e := th.matchedVia(m, k); e != nil {
			return !slices.ContainsFunc(e.keys, func(x word) bool { return !t.holdsOrSupports(x) })
		}
	}
	return false
}

// asFieldWorker returns title t read as the worker of its field: without
// the grade word it ends on ("Data Engineering Lead"), and with its
// field's activity read as the field's worker ("Data Engineer"); ok is
// false when t is French or has neither.
func (th *Thesaurus) asFieldWorker(t titleKeys) (titleKeys, bool) {
	if t.french || len(t.keys) < 2 {
		return t, false
	}
	ks := append([]word(nil), t.keys...)
	changed := false
	if trailingGrades[ks[len(ks)-1]] {
		ks, changed = ks[:len(ks)-1], true
	}
	for i, k := range ks {
		if w, ok := fieldWorkers[k]; ok && !t.has[w] {
			ks[i], changed = w, true
		}
	}
	if !changed {
		return t, false
	}
	r := th.titleOf(ks)
	r.support, r.announces, r.french = t.support, t.announces, t.french
	r.englishEnd = th.headsEnglish(r.last)
	return r, true
}

// Offshoring centres and multinationals call the clerks who answer their
// customers (by telephone, chat or mail) by the service and a grade:
// "Customer Support Specialist", "Customer Care Executive", "Client
// Service Associate". ESCO's labels of these heads are other trades'
// (a rehabilitation support specialist, a customs compliance specialist,
// a marketing executive): ISCO-08 codes such clerks as contact centre
// information clerks (4222), or enquiry clerks (4225) and contact centre
// salespersons (5244) where a label says so.
var (
	customerWords  = keySet("customer client")
	serviceWords   = keySet("service support care experience success relation")
	customerGrades = keySet("consultant specialist advisor adviser associate executive representative agent officer")
	customerCodes  = map[string]bool{"4222": true, "4225": true, "5244": true}
)

// customerClerk returns a contact centre information clerk for an
// English title made only of a customer's word, words of serving him and
// one of customerGrades at its end; else m.
func (th *Thesaurus) customerClerk(t titleKeys, _ Context, m Match) Match {
	if t.french || customerCodes[m.Code] || !customerGrades[t.last] || !t.hasAny(customerWords) {
		return m
	}
	for _, k := range t.keys {
		if k != t.last && !customerWords[k] && !serviceWords[k] && th.byKey[k] != nil {
			return m // "Customer Data Analyst", "Client Support Consultant SAP" name other work
		}
	}
	id := th.labelHoldingMost("4222", t.keys)
	if id < 0 {
		return m
	}
	return th.matchOf(id, composeConfidence, "title+usage")
}

// securityProfessional returns ICT security professionals (2529) for an
// English title headed by a professional's grade ("Audit Remediation
// Security Expert", "Security Analyst") that holds "security" and no word
// of guarding, when its words found the guards (5414): in English job
// ads such experts secure information systems, and a guard is a
// "security guard", "officer" or "agent". Else m.
func (th *Thesaurus) securityProfessional(t titleKeys, _ Context, m Match) Match {
	if t.french || m.Code != "5414" || !t.has[securityKey] || !securityGrades[t.last] || t.hasAny(guarding) {
		return m
	}
	return th.recoded("2529", t, m, composeConfidence, "usage")
}

var (
	securityKey    = keyOf("security")
	securityGrades = keySet("expert analyst engineer architect specialist consultant auditor")
	guarding       = keySet("guard guards guarding patrol site physical premises event events cash transit")
)
