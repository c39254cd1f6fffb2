package offline

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// weigh reads the seeker's cues of a's message. It sets a.salary, gives
// the votes of the words of demand to the tool they ask (marketTool;
// none when an indicator is named without an occupation: "fiha bzaf dyal
// chomage" is much unemployment, not a demand), and, when the message names an occupation, drops a weak vote for the
// ranking of occupations (a word such as khdmat, métiers) or for the
// notes (tell me about), adds a profile vote for a salary asked, the
// skills' votes to the profile's when both are asked strongly (the
// profile holds the skills), and a job-ad vote per word of a person
// looking for work.
// It reports whether a question naming an indicator is about that
// occupation rather than the indicator: it asks no rate ("chômage des
// électriciens", "I'm an unemployed nurse in Oujda, any jobs?"), and HCP
// publishes no figure by occupation, so the occupation's tools answer it.
func (a *marketAsk) weigh(votes map[string]int, q question) bool {
	cues := a.cues.seeker
	a.salary = cues[cueSalary] > 0
	if demand := votes[cueInDemand]; demand > 0 {
		delete(votes, cueInDemand)
		if q.indicator == "" || a.occupation != "" {
			votes[a.marketTool(votes)] += demand
		}
	}
	if a.occupation == "" {
		return false
	}
	if votes[tools.NameTopOccupations] < strong { // "khdmat l'electricien": the electrician's work, not a ranking
		delete(votes, tools.NameTopOccupations)
	}
	if a.salary {
		votes[tools.NameOccupationProfile] += strong
	}
	if (a.cues.route[tools.NameOccupationProfile] >= strong || a.salary) && votes[tools.NameSkillsInDemand] >= strong { // its description and skills: the profile holds both
		votes[tools.NameOccupationProfile] += votes[tools.NameSkillsInDemand]
	}
	if votes[tools.NameSearchDocuments] < strong { // "tell me about the bakers": the occupation's profile, not the notes
		delete(votes, tools.NameSearchDocuments)
	}
	votes[tools.NameSearchJobAds] += cues[cueSeeker]
	return q.indicator != "" && cues[cueRate] == 0
}

// marketTool is the tool the words saying that something is in demand
// (cueInDemand) ask for: the profile of the occupation the message names,
// which carries its demand in ads; the profile too for words the lexicon
// lacks when no ranking is asked ("is there demand for astronauts":
// unmet gives them to the tool, which refuses them with the nearest it
// knows); else the ranking of occupations.
func (a marketAsk) marketTool(votes map[string]int) string {
	if a.occupation != "" || a.object != "" && votes[tools.NameTopOccupations] == 0 {
		return tools.NameOccupationProfile
	}
	return tools.NameTopOccupations
}

// namesAlone reports whether the words arg, read without the rest of
// their message, name the occupation code: the tools read an argument
// alone, and a field of work is an occupation only near a word of work
// ("khddam f lmikanik", "كنخدم ف الميكانيك"), else a skill.
func namesAlone(arg, code string) bool {
	for _, m := range lang.FindConcepts(arg) {
		if m.Concept.Kind == lang.KindOccupation {
			return m.Concept.Value == code
		}
	}
	return false
}

// otherReading returns the search a for the occupation the lexicon read
// in the message, when the tool read its words as another code (s): a
// name two profiles share ("réceptionniste": hotel or front desk), whose
// ads ingestion may have classified under either. Nil when both agree.
func (t *turn) otherReading(a tools.JobAdsArgs, s tools.AdSearch) []tools.JobAdsArgs {
	code := t.ask.code
	if code == "" || len(s.Occupations) == 0 || slices.Contains(s.Occupations, code) {
		return nil
	}
	a.Occupation = code
	return []tools.JobAdsArgs{a}
}

// shownName is how an answer names the occupation argument arg: as
// written, or for an ISCO-08 code the lexicon's first name for it in the
// script of the answer (French for Arabizi and English, whose names the
// lexicon lists first).
func (t *turn) shownName(arg string) string {
	if len(arg) != 4 || !isDigits(arg) {
		return arg
	}
	arabic := toolLang(t.q.lang) == "ar"
	for _, term := range lang.ConceptTerms(lang.Concept{Kind: lang.KindOccupation, Value: arg}) {
		if strings.ContainsFunc(term, isArabicLetter) == arabic {
			return term
		}
	}
	return arg
}
