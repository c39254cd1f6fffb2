package lang

// The employment of the sectors asked without an indicator word ("la part
// de l'emploi par secteur", "combien de personnes travaillent dans chaque
// secteur", "quel secteur a perdu le plus d'emplois"): what is measured of
// each sector is read from the message's job words and its rate, count or
// change words.

var (
	sectorJobWords    = indexOf(jobNouns + "|" + workVerbs)
	sectorChangeWords = indexOf(jobChangeWords + "|créé|créer|crée|perdu|perdre|gagné|lost|lose|created|create|خلق|خلقات|فقد|ضيع")
)

// SectorMeasure returns the indicator whose sector series a question on
// the sectors asks when it names no indicator: the sectors' shares of
// employment (a rate word), their employed persons (a count word) or their
// net job creation (a word of jobs created or lost); "" when the message
// has no job word.
func (r Reading) SectorMeasure() string {
	tw := prepare(r.Rest)
	if len(phraseHits(tw, sectorJobWords)) == 0 {
		return ""
	}
	switch {
	case len(phraseHits(tw, sectorChangeWords)) > 0:
		return "net_jobs_created"
	case tw.hasCue(cueRate):
		return "employment_share"
	case tw.hasCue(cueCount):
		return "employed_persons"
	}
	return ""
}
