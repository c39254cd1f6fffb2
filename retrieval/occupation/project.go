package occupation

import "strings"

// ISCO-08 has no group of project leaders: a "chef de projet" is placed
// with the work of the project, as an ICT project's leader is an ICT
// service manager (1330), a construction project's a construction
// manager (1323), an industrialisation project's an industrial engineer
// (2141). ESCO's bare "chef de projet" (1219, business services managers
// n.e.c.) and "chargé de projet marketing" fit a project title by its
// head alone: when the label says nothing of the field the title names,
// the field places it, then the employer's sector.

// projectWords are the words that make a head a project's leader.
var projectWords = wordSet("projet projets project projects")

// projectOf returns the field's project leader for title t when t leads
// a project and m, the match its words found, says nothing of the field
// its other words or the sector c name; else m.
func (th *Thesaurus) projectOf(t titleKeys, c Context, m Match) Match {
	if m.Code == "" || !t.hasAny(projectWords) {
		return m
	}
	fieldKeys := th.projectField(t)
	if th.labelSaysField(m, fieldKeys) {
		return m // "Chef de projet informatique", "Chef de projet BTP"
	}
	if t.hasAny(ownerSide) {
		return th.projectMatch("2511", fieldKeys, m) // the client's side of a system specifies it: its leader analyses
	}
	lead := th.leaderOfField(fieldKeys, t.french)
	if t.support[ictKeys[0]] || lead == "" && len(fieldKeys) == 0 && computingSector(c.Sector) {
		lead = projectLeader("2511") // tools named, or a computing employer's "Chef de projet RUN": the project is a system's
	}
	return th.projectMatch(lead, fieldKeys, m)
}

// leaderOfField returns the project leader of the field its keys name:
// the leader whose fields' codes hold the largest share of the keys'
// labels, when that share is composeShare of them; else "". The shares
// are summed by leader, not by code: a field word's labels spread over
// the trades of one field ("bâtiment": engineers, supervisors,
// masons…), which lead to one leader.
func (th *Thesaurus) leaderOfField(field []word, french bool) string {
	share := map[string]float64{}
	for _, k := range field {
		codes := th.fieldCodesOf(k, french)
		total := 0
		for _, n := range codes {
			total += n
		}
		for code, n := range codes {
			if lead := projectLeader(code); lead != "" {
				share[lead] += float64(n) / float64(total)
			}
		}
	}
	best, top := "", 0.0
	for lead, s := range share {
		if s > top || s == top && lead < best {
			best, top = lead, s
		}
	}
	if top == 0 || top < composeShare*float64(len(field)) {
		return ""
	}
	return best
}

// ownerSide are the words of a project of the owner's side of a system,
// "maîtrise d'ouvrage" and its assistance ("Chef de projet MOA").
var ownerSide = keySet("moa amoa")

// projectMatch is the match of a project leader of code lead, shown by a
// label of the code holding the project's word or a word of its field;
// m when lead is "" or m's, or no label shows it.
func (th *Thesaurus) projectMatch(lead string, fieldKeys []word, m Match) Match {
	if lead == "" || lead == m.Code {
		return m
	}
	id := th.labelOfAny(lead, append([]word{keyOf("projet"), keyOf("project")}, fieldKeys...))
	if id < 0 {
		id = th.preferredOf(lead)
	}
	if id < 0 {
		return m
	}
	return th.matchOf(id, composeConfidence, "project+field")
}

// labelOfAny returns a label of code holding the first of keys one does,
// or -1.
func (th *Thesaurus) labelOfAny(code string, keys []word) int32 {
	for _, k := range keys {
		if id := th.labelOf(k, code); id >= 0 {
			return id
		}
	}
	return -1
}

// projectField returns the keys of t that may name a project's field: not
// its head, the project's word, a generic head nor a part of an
// organisation.
func (th *Thesaurus) projectField(t titleKeys) []word {
	var out []word
	for _, k := range t.keys {
		if projectWords[k] || th.generic[k] || managerHeads[k] || orgUnits[k] || th.byKey[k] == nil {
			continue
		}
		out = append(out, k)
	}
	return out
}

// labelSaysField reports whether the label m was found by holds one of
// the field's keys.
func (th *Thesaurus) labelSaysField(m Match, field []word) bool {
	for _, k := range field {
		if th.matchedHolds(m, k) {
			return true
		}
	}
	return false
}

// projectLeader returns the code of a project leader whose project is of
// the field's code: ICT's service managers, construction's managers, the
// field's own professionals and managers; "" when the field is no
// project's (a clerk's, an operator's).
func projectLeader(field string) string {
	switch {
	case field == "":
		return ""
	case strings.HasPrefix(field, "25"), strings.HasPrefix(field, "35"), field == "1330":
		return "1330"
	case constructionWork[field], strings.HasPrefix(field, "71"):
		return "1323" // a building's, a road's, a real-estate development's
	case strings.HasPrefix(field, "12"), strings.HasPrefix(field, "13"), strings.HasPrefix(field, "21"), strings.HasPrefix(field, "24"):
		return field // a function's, an engineering field's, a business field's
	}
	return ""
}

// constructionWork are the ISCO-08 unit groups outside the building
// trades (71) whose work is building: civil engineers and technicians,
// construction managers and supervisors, real-estate developers,
// earthmoving plant operators, civil-engineering and building labourers.
var constructionWork = map[string]bool{"2142": true, "3112": true, "1323": true, "3123": true, "3334": true, "8342": true, "9312": true, "9313": true}

// computingSector reports whether a site's sector list names computing
// ("Informatique / Electronique - Secteur Informatique", "IT Services
// and IT Consulting"). Only computing is read there: the sites' lists
// name several sectors at once, and their other words ("gestion",
// "secteur", "services") are everyone's.
func computingSector(s string) bool {
	for _, k := range titleWords(s) {
		if computingWords[k] {
			return true
		}
	}
	return false
}

// hasAny reports whether title t holds one of the keys of set.
func (t titleKeys) hasAny(set map[word]bool) bool {
	for _, k := range t.keys {
		if set[k] {
			return true
		}
	}
	return false
}

// preferredOf returns ESCO's preferred label of an occupation of code, or
// -1: the name to show for a code no word of the title found.
func (th *Thesaurus) preferredOf(code string) int32 {
	if id, ok := th.preferred[code]; ok {
		return id
	}
	return -1
}
