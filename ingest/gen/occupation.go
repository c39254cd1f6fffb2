package gen

// occupation holds what the ads of one occupation profile say. Its id and
// isco match ingest/seed/profiles/profiles.json, and every skill is one of the
// profile's skills (the corpus test checks both).
type occupation struct {
	id        string
	isco      string
	weight    int      // relative frequency among ads
	sector    string   // key of sectors
	titles    []string // French titles as employers write them
	titlesAR  []string // Modern Standard Arabic titles
	darija    []string // Darija titles for classified ads; titlesAR when empty
	tasks     []string // French infinitive phrases ("Traiter les appels ...")
	tasksAR   []string // Arabic verbal nouns ("الرد على المكالمات ...")
	skills    []string // French skill names, a subset of the profile's
	edu       []string // keys of eduText
	eduExtra  []string // occupation-specific education lines (French)
	exp       []string // keys of expText
	pay       [2]int   // monthly MAD range employers write
	daily     bool     // often paid per day
	contracts []string // keys of contractText, repeated to weight them
	employers []string // employer templates, see employerName
	cities    []string // preferred city keys
	perks     []string // French offer lines specific to the job
	perksAR   []string
	arabic    float64 // extra probability of an Arabic ad (manual trades)
}

// occupations lists every occupation ads are generated for, assembled from
// the sector files occ_*.go.
var occupations = concat(occOffshoring, occTech, occOffice, occHealth, occEducation,
	occCommerce, occLogistics, occIndustry, occConstruction, occHospitality, occAgri)

var occWeights = func() []int {
	w := make([]int, len(occupations))
	for i, o := range occupations {
		w[i] = o.weight
	}
	return w
}()

func concat(groups ...[]occupation) []occupation {
	var out []occupation
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
