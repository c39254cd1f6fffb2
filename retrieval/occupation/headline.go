package occupation

import "regexp"

// Headlines of job sites (and titles as recruiters type them) wrap the
// post in words that name no occupation yet fold onto labels' words: a
// career ("Carrière TP: postes de grutiers", "Opportunité carrière")
// folds onto a quarry's engineer and a carrier (a ministry that hires,
// "Concours Ministère de la Transition Energétique", onto a minister: it
// is blanked with the public service's wrapping, public_service.go), an
// urgency ("recrute en urgence des stagiaires") onto emergency
// ambulance drivers, a team joined onto its leader, and a way of working ("Customer Success – Hybrid")
// onto hybrid engines. withoutWrapping blanks them.
func withoutWrapping(title string) string {
	for _, re := range wrapping {
		title = re.ReplaceAllString(title, " ")
	}
	return title
}

var wrapping = []*regexp.Regexp{
	// a career offered: at the head of a headline before its colon, or
	// after "opportunité(s)", or praised ("carrières prometteuses"); a
	// quarry is named after a head ("ingénieur carrières") and stays
	regexp.MustCompile(`(?i)^\s*(?:opportunit[ée]s?\s+(?:de\s+)?)?carri[èe]res?\b[^:]{0,40}:`),
	regexp.MustCompile(`(?i)\bopportunit[ée]s?\s+(?:de\s+)?carri[èe]res?\b`),
	regexp.MustCompile(`(?i)\bcarri[èe]res?\s+(?:prometteuses?|internationales?|de\s+r[êe]ve)\b`),
	regexp.MustCompile(`(?i)\bcareers?\s+(?:opportunit(?:y|ies)|at)\b`),
	// a team joined or grown, the employer's ("Rejoignez notre équipe
	// dynamique", "Ventec renforce ses équipes techniques"): no team
	// leader
	regexp.MustCompile(`(?i)\b(?:rejoignez|rejoindre|rejoins|rejoint|int[ée]grez|renforce|renforcent|renforcer|join)\s+(?:notre|nos|ses|son|sa|leur|leurs|our|their|the|l['’]|les)?\s*(?:[ée]quipes?|teams?)\b(?:\s+(?:dynamiques?|techniques?|jeunes?))?`),
	// urgency
	regexp.MustCompile(`(?i)\b(?:en\s+urgence|urgent|urgente|urgently|asap)\b`),
	// a way of working, set apart by a dash, a bar, a comma or brackets
	regexp.MustCompile(`(?i)(?:^|[-–—,(/|])\s*(?:full[- ]?)?(?:remote|hybrid|hybride|t[ée]l[ée]travail|on[- ]?site)\s*(?:$|[-–—,()/|])`),
}

// countedPost finds the post a competition's or a recruitment's headline
// counts in brackets after its employer and year ("Concours de
// Recrutement Marsa Maroc 2025 (6 Techniciens de Maintenance)", "…
// (4 Postes)"), as dreamjob.ma writes them: the bracket is the post, the
// rest the employer, read as no occupation.
var countedPost = regexp.MustCompile(`(?i)^\s*(?:concours|recrutement|recrute)\b[^()]*\(\s*\d+\s+([^()\d][^()]*)\)\s*$`)

// headlinePost returns the post a headline counts in brackets, or the
// title itself.
func headlinePost(title string) string {
	if m := countedPost.FindStringSubmatch(title); m != nil {
		return m[1]
	}
	return title
}
