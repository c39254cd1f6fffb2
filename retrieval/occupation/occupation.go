// Package occupation places a job title, as Moroccan sites and job seekers
// write it, in an ISCO-08 unit group, or says it cannot. It is the one
// classifier of Marsad: ingestion asks it for each ad, and the tools ask
// it for the occupation a user names, so that "comptable" in a question
// and "Comptable général H/F" in an ad land on the same code.
//
// Its thesaurus joins the job titles of ESCO (the European Commission's
// classification of occupations, French and English labels, each mapped
// to one ISCO-08 unit group; see esco_titles.tsv.gz for the attribution)
// with Marsad's own names (the occupation lexicon of retrieval/lang, in
// French, Arabic, Darija, Arabizi and English) and the names of the
// occupation profiles a caller adds. A title is matched on its head noun
// and its modifiers, not as a bag of words: a label is a candidate only
// when its head word is in the title ("chef de projet" is not "chef
// cuisinier", "consultant cybersécurité" is not "agent de sécurité"), and
// it scores by how much of the label the title holds and how much of the
// title the label explains, each word weighted by how rare it is among
// the labels. The employer's sector and the description only choose
// between close candidates; a title that names no occupation is read
// from the description's recruiting phrase ("nous recrutons un
// comptable"), else left unplaced.
package occupation

// Match is where a title was placed.
type Match struct {
	// Code is the ISCO-08 unit group, "" when the title could not be
	// placed in an occupation.
	Code string `json:"isco"`
	// Confidence is between 0 and 1: how well the best label fits the
	// title, lowered when a label of another code fits nearly as well.
	// 0 when Code is "".
	Confidence float64 `json:"confidence"`
	// Via says how the code was found: "title", "title+context" (the
	// description or sector chose between close labels), "description"
	// (the title named no occupation; the description's recruiting phrase
	// did), "head+field" (no label fits the title, but its generic head,
	// "agent", and its field, "restauration", meet in one occupation's
	// labels; Label is then the label that says the field), "technology"
	// (the title names only computing tools, "DevOps Azure": software
	// developers), "manager+function" (a manager's title naming the
	// function managed, "Manager ressources humaines": that function's
	// manager in ISCO-08), "title+usage" (an English customer service's
	// title, "Customer Support Specialist": contact centre information
	// clerks, whatever other trade ESCO gives the grade), "corps" (a
	// public-service competition for a corps named without its field,
	// "Technicien de 4ème grade"), "senior post" (a director or an
	// inspector general called for the public service's senior posts:
	// senior government officials); "" when Code
	// is "".
	Via string `json:"via,omitempty"`
	// Label is the thesaurus label matched, as written there, and Source
	// where it comes from: "marsad", "profile" or "esco".
	Label  string `json:"label,omitempty"`
	Source string `json:"source,omitempty"`
}

// Context is what an ad says besides its title. Every field may be empty
// (a user's question has none).
type Context struct {
	Sector      string
	Description string
	Employer    string // the employer's name as the ad gives it ("Ministère de l'Agriculture…")
}

// Label is one name of an occupation the caller adds to the thesaurus
// (an occupation profile's title or alias).
type Label struct {
	Code string
	Name string
}

// Classify places title with the default thesaurus (ESCO and Marsad's
// names).
func Classify(title string, c Context) Match {
	return Default().Classify(title, c)
}

// ClassifyName places the name of an occupation a user wrote ("comptable",
// "les soudeurs", "fermli") with the default thesaurus, as ads' titles
// are placed, but more strictly: a name with a word no label holds is not
// placed, since a user who names "dresseur de licornes" or "hyper-loop
// pilot" asks about that, not about the trainer or pilot the other words
// name.
func ClassifyName(name string) Match {
	return Default().ClassifyName(name)
}
