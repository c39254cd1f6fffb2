package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/lang"
)

// JobAdsArgs are the arguments of search_job_ads. Query is the need in
// the user's words; the occupations, skills, contract and place it names
// are read from it, and the explicit fields win over what it says.
type JobAdsArgs struct {
	Query      string `json:"query,omitempty"`
	Occupation string `json:"occupation,omitempty"`
	Skill      string `json:"skill,omitempty"`
	Contract   string `json:"contract,omitempty"`
	scopeArgs
	Limit int    `json:"limit,omitempty"`
	Lang  string `json:"lang,omitempty"`
}

// JobAdRow is one ad of a search_job_ads result.
type JobAdRow struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Employer       string   `json:"employer,omitempty"`
	City           string   `json:"city,omitempty"`
	Region         string   `json:"region,omitempty"`
	Contract       string   `json:"contract,omitempty"`
	SalaryMin      float64  `json:"salary_min_mad_month,omitempty"`
	SalaryMax      float64  `json:"salary_max_mad_month,omitempty"`
	SalaryText     string   `json:"salary_text,omitempty"`
	Posted         string   `json:"posted,omitempty"`
	Occupation     string   `json:"occupation,omitempty"`
	OccupationName string   `json:"occupation_name,omitempty"`
	Skills         []string `json:"skills,omitempty"`
	Excerpt        string   `json:"excerpt,omitempty"`
	SourceSite     string   `json:"source_site,omitempty"`
	URL            string   `json:"url,omitempty"`
	// Demo marks a demonstration ad (its site is on a reserved domain,
	// DemoHost). It has no URL, as none would lead anywhere; DemoRef is
	// the address its demo export gave, without its scheme, so that it
	// can be told apart from other ads but never becomes a link.
	Demo    bool   `json:"demo,omitempty"`
	DemoRef string `json:"demo_ref,omitempty"`
}

// AdSearch is how search_job_ads read its arguments.
type AdSearch struct {
	Occupations []string `json:"occupations,omitempty"`
	Skills      []string `json:"skills,omitempty"`
	Contract    string   `json:"contract,omitempty"`
	Region      string   `json:"region"`
	Sector      string   `json:"sector,omitempty"`
	From        string   `json:"from,omitempty"`
	To          string   `json:"to,omitempty"`
	Words       []string `json:"words,omitempty"`
	// Related is set when no ad's title or employer has Words: the rows
	// are then the ads closest in meaning to the query (see
	// RelatedFloor), most similar first, and match every other field.
	Related bool `json:"related,omitempty"`
}

// JobAdsResult is the Data of a search_job_ads result: the matching ads,
// newest first. When none match, Available lists what exists.
type JobAdsResult struct {
	Search    AdSearch        `json:"search"`
	Rows      []JobAdRow      `json:"rows"`
	Available *adAvailability `json:"available,omitempty"`
}

// JobAdsTool is search_job_ads: recent job ads matching a need.
type JobAdsTool struct {
	Store JobMarketStore
	// Embedder, when set, embeds a need whose words no ad title has, so
	// that the ads closest in meaning are offered instead of none. It must
	// be the embedder that gave the stored ads their Vector.
	Embedder retrieval.Embedder
}

// Name implements Tool.
func (JobAdsTool) Name() string { return NameSearchJobAds }

// Description implements Tool.
func (JobAdsTool) Description() string {
	return "Recent job ads (deduplicated across job sites) matching a need: an occupation, skills, a region or city, a contract type " +
		"(cdi, cdd, anapec, stage, interim, freelance), newest first, each with its source site and link. " +
		"Use for 'offres de soudeur à Tanger', 'CDI développeur Casablanca', 'kayn chi khedma f l'hotellerie f Agadir'."
}

// Schema implements Tool.
func (JobAdsTool) Schema() map[string]any {
	props := scopeSchema(map[string]any{})
	props["query"] = map[string]any{"type": "string", "description": "the need in the user's words, any language; occupations, skills, contract and place are read from it"}
	props["occupation"] = map[string]any{"type": "string", "description": "occupation name in any language or ISCO-08 code"}
	props["skill"] = map[string]any{"type": "string", "description": "skill name or id"}
	props["contract"] = map[string]any{"type": "string", "description": "cdi, cdd, anapec, stage, interim or freelance (any spelling)"}
	props["limit"] = limitSchema(10, 50)
	props["lang"] = langSchema()
	return objectSchema(props)
}

// Call implements Tool.
func (t JobAdsTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a JobAdsArgs
	dc, err := beginAdCall(ctx, t.Store, t.Name(), raw, &a, func() string { return a.Lang })
	if err != nil {
		return Result{}, err
	}
	q, err := t.query(a, dc)
	if err != nil {
		return Result{}, err
	}
	ads, err := t.Store.SearchAds(ctx, q)
	if err != nil {
		return Result{}, fmt.Errorf("search_job_ads: %w", err)
	}
	res := JobAdsResult{Rows: []JobAdRow{}, Search: AdSearch{Occupations: q.Occupations, Skills: q.Skills, Contract: q.Contract,
		Region: q.Region, Sector: q.Sector, From: q.From, To: q.To, Words: q.Words}}
	if len(ads) == 0 && len(q.Words) > 0 && t.Embedder != nil {
		if ads, err = t.related(ctx, q, a.Query); err != nil {
			return Result{}, fmt.Errorf("search_job_ads: %w", err)
		}
		res.Search.Related = len(ads) > 0
	}
	cites := make([]Citation, 0, len(ads))
	for _, ad := range ads {
		res.Rows = append(res.Rows, adRow(ad, a.Lang, dc.profiles))
		cites = append(cites, adCitation(ad))
	}
	if len(ads) == 0 {
		res.Available = availableAds(dc.cat)
	}
	return Result{Tool: t.Name(), Data: res, Citations: dedupCitations(cites)}, nil
}

// query validates the explicit arguments, then fills what they leave
// empty from the concepts and places the free-text query names.
func (t JobAdsTool) query(a JobAdsArgs, dc adContext) (AdQuery, error) {
	dq, err := a.query(dc)
	if err != nil {
		return AdQuery{}, err
	}
	q := AdQuery{Region: dq.Region, Sector: dq.Sector, From: dq.From, To: dq.To, Limit: clampLimit(a.Limit, 10, 50)}
	if a.Occupation != "" {
		code, _, err := resolveOccupationArg(a.Occupation, dc)
		if err != nil {
			return q, err
		}
		q.Occupations = []string{code}
	}
	if a.Skill != "" {
		id, err := resolveSkillArg(a.Skill, dc)
		if err != nil {
			return q, err
		}
		q.Skills = []string{id}
	}
	if a.Contract != "" {
		c, ok := resolveContract(a.Contract)
		if !ok {
			return q, &ArgError{Field: "contract", Value: a.Contract, Valid: lexiconValues(lang.KindContract)}
		}
		q.Contract = c
	}
	readQuery(a.Query, &q, a.Region == "")
	return q, nil
}

// readQuery fills q's empty fields from the concepts and places text
// names; with none, the text's content words become q.Words.
func readQuery(text string, q *AdQuery, placeFree bool) {
	if text == "" {
		return
	}
	found := false
	occ, skills := q.Occupations == nil, q.Skills == nil
	for _, m := range lang.FindConcepts(text) {
		c := m.Concept
		switch {
		case c.Kind == lang.KindOccupation && occ:
			q.Occupations, found = appendNew(q.Occupations, c.Value), true
		case c.Kind == lang.KindSkill && skills:
			q.Skills, found = appendNew(q.Skills, c.Value), true
		case c.Kind == lang.KindContract && q.Contract == "":
			q.Contract, found = c.Value, true
		}
	}
	for _, p := range lang.FindPlaces(text) {
		found = true
		if placeFree && q.Region == "" && oneOf(p.Place.Region, Regions) {
			q.Region = p.Place.Region
		}
	}
	if !found {
		q.Words = contentWords(text)
	}
}

// searchStop are words of a job search that name no job.
var searchStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lang.Tokens("je cherche chercher recherche un une des les du de la le pour avec dans emploi emplois travail job jobs offre offres " +
		"poste postes annonce annonces recrutement the a an for in of with job work looking find khdma khedma khadma kayn kayna chi bghit " +
		"ابحث أبحث عن عمل شغل خدمة وظيفة وظائف عروض عرض في من") {
		m[w] = true
	}
	return m
}()

// contentWords returns the normalised words of text that may name a job:
// not a search word, at least three letters.
func contentWords(text string) []string {
	var out []string
	for _, w := range lang.Tokens(text) {
		if !searchStop[w] && utf8.RuneCountInString(w) >= 3 {
			out = appendNew(out, w)
		}
	}
	return out
}

func appendNew(s []string, v string) []string {
	if oneOf(v, s) {
		return s
	}
	return append(s, v)
}

func adRow(ad Ad, l string, profiles ProfileSet) JobAdRow {
	r := JobAdRow{ID: ad.ID, Title: ad.Title, Employer: ad.Employer, City: ad.City, Region: ad.Region, Contract: ad.Contract,
		SalaryMin: ad.SalaryMin, SalaryMax: ad.SalaryMax, SalaryText: ad.SalaryText, Posted: ad.Day(), Occupation: ad.Occupation,
		Skills: ad.Skills, Excerpt: excerpt(ad.Description, 240), SourceSite: ad.SourceSite, URL: ad.URL, Demo: demoAd(ad)}
	if r.Demo && r.URL != "" {
		r.DemoRef = DisplayURL(r.URL)
		r.URL = ""
	}
	if ad.Occupation != "" {
		r.OccupationName = profiles.Name(ad.Occupation, l)
	}
	return r
}

// adCitation cites one ad as a document of its source site, the site
// being its publisher. A demo ad is marked so and has no address.
func adCitation(ad Ad) Citation {
	pub := ad.SourceSite
	if pub == "" {
		pub = "unknown source"
	}
	c := Citation{ID: "ad:" + ad.ID, Kind: KindDocument, Publisher: pub, Title: ad.Title, Period: ad.Day(), URL: ad.URL,
		Demo: demoAd(ad)}
	if c.Demo {
		c.URL = ""
	}
	return c
}

// demoAd reports whether ad is demonstration data: its site or its
// address is on a reserved domain (the bundled ads are on *.example).
func demoAd(ad Ad) bool {
	return DemoHost(ad.SourceSite) || DemoAddress(ad.URL)
}

// excerpt returns at most n runes of s, cut at a space when it can.
func excerpt(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if utf8.ValidString(s) { // by byte offsets, rather than a whole description converted to runes
		head, k := s, 0
		for i := range s {
			if k == n {
				head = s[:i]
				break
			}
			k++
		}
		if sp := strings.LastIndexByte(head, ' '); sp >= 0 && utf8.RuneCountInString(head[:sp]) > n/2 {
			return head[:sp] + "…"
		}
		return head + "…"
	}
	rs := []rune(s)[:n]
	for i := len(rs) - 1; i > n/2; i-- {
		if rs[i] == ' ' {
			return string(rs[:i]) + "…"
		}
	}
	return string(rs) + "…"
}
