package offline

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// marketTools are the tools the planner routes job-market questions to, in
// the order that breaks a tie of cue weights: an explanation or a training
// question is the more specific reading of a message that also names
// skills or ads.
var marketTools = []string{tools.NameSearchDocuments, tools.NameTrainingPaths, tools.NameSkillsInDemand, tools.NameSearchJobAds, tools.NameOccupationProfile, tools.NameTopOccupations}

// marketAsk is a question for one of the job-market and document tools: the
// tool, and the slots read from the message besides place and period
// (which the question holds).
type marketAsk struct {
	tool        string
	occupation  string        // the occupation as written ("infirmière"), Arabic names folded ("فرملي"), or its code; see occupationArg
	code        string        // the ISCO-08 code the lexicon read for it in the message, "" when it did not
	skill       string        // lexicon skill id
	trade       string        // the ISCO-08 code of the occupation whose own trade a field the message names is (lang.TradeOf)
	contract    string        // cdi, cdd, anapec, stage, interim, freelance
	sector      string        // services, industry, construction, agriculture
	topic       string        // lexicon topic id
	topicWords  string        // the words that named topics, besides those of other concepts ("hotel", not "stage")
	kind        string        // training kind asked for
	object      string        // words naming nothing the lexicon knows: maybe an occupation it lacks
	salary      bool          // the message asks what the occupation pays (see weigh)
	profile     string        // match_profile: the profile of the turn a place follows up ("et à Rabat ?"), "" for the message's own
	skillsAhead bool          // forecast_demand: the skills of a time to come are asked, which Marsad does not forecast
	read        *lang.Reading // the message
	cues        *cueVotes     // the votes of its cues
}

// topicSectors maps the topics of the lexicon that are one of HCP's four
// sectors for job ads, which only know those sectors.
var topicSectors = map[string]string{
	"tourism": "services", "call_centres": "services", "digital_jobs": "services",
	"automotive": "industry", "aeronautics": "industry", "textile": "industry",
	"agriculture_jobs": "agriculture", "construction_jobs": "construction",
}

// readMarketAsk reads the job-market slots of msg and routes it by its cues:
// ask.tool is "" when no cue routes it (an indicator question, a
// follow-up, a message that only names things, or nothing Marsad
// understands; see implied).
//
// Routing: the cues of the routing vocabulary (cues.go) vote for
// tools. When an indicator is named, the question stays on the indicator
// tables if it asks for a figure (combien, شحال) or if no tool has a
// strong cue, unless it names an occupation and asks no rate (weigh):
// then it is routed as if it named no indicator, by what it names when no
// cue routes it. Otherwise the tool with the most weight whose slots are met
// wins (occupation_profile needs an occupation, training_paths an
// occupation, a skill or a field that is one occupation's trade, which
// then asks that occupation's trainings: "je veux faire mécanique auto,
// quelle formation ?" the car mechanic's, "formation en mécanique" those
// teaching mechanics); a strong profile or training cue whose
// occupation the lexicon does not know is routed by unmet.
func readMarketAsk(msg lang.Reading, q question) marketAsk {
	a := marketAsk{read: &msg, cues: readCues(msg.Rest, msg.RestTokens)}
	a.readConcepts()
	return a.routed(q)
}

// routed returns a with the tool its message's cues route it to, given
// the slots a holds (see readMarketAsk): a reference to the conversation may
// have filled an occupation the message did not name ("comment devenir le
// deuxième ?"). a.tool is read afresh.
func (a marketAsk) routed(q question) marketAsk {
	a.tool = ""
	if a.describesPerson() { // the person describes themselves and asks what fits them (match.go)
		a.tool = tools.NameMatchProfile
		return a
	}
	votes := maps.Clone(a.cues.route) // weigh changes them
	// A kind of training leans to the trainings ("licence en logistique").
	if a.kind != "" {
		votes[tools.NameTrainingPaths] += weak
	}
	// What a word means is in the notes, but for an indicator named
	// alone: "définition de l'emploi informel", "شنو معنى NEET" are
	// answered with its definition.
	if votes[cueDefine] > 0 && (q.indicator == "" || votes[tools.NameSearchDocuments] >= strong) {
		votes[tools.NameSearchDocuments] += votes[cueDefine]
	}
	onOccupation := a.weigh(votes, q)
	if onOccupation {
		q.indicator = ""
	}
	if q.indicator != "" && votes[cueFigure] > 0 {
		return a
	}

	for _, tool := range rankedTools(votes) {
		if q.indicator != "" && votes[tool] < strong {
			continue
		}
		if a.allows(tool) {
			a.tool = tool
			// "formation en soudure", "عروض عمل في مجال التمريض": the welder's, the nurse's
			if (tool == tools.NameTrainingPaths || tool == tools.NameSearchJobAds && (a.skill == "" || namesField(a.read))) && a.occupation == "" && a.trade != "" {
				a.occupation, a.code = a.trade, a.trade
			}
			return a
		}
		if q.indicator == "" && votes[tool] >= strong && (tool == tools.NameTrainingPaths || tool == tools.NameOccupationProfile) {
			if a.tool = a.unmet(tool); a.tool != "" {
				return a
			}
		}
	}
	if onOccupation { // no cue routes it: what it names does
		a.tool = a.implied(q)
	}
	return a
}

func (a *marketAsk) readConcepts() {
	msg, ms := a.read.Rest, a.read.Concepts
	others := map[string]bool{}
	for _, m := range ms {
		if m.Concept.Kind != lang.KindTopic {
			others[m.Surface] = true
		}
	}
	var topicWords []string
	for _, m := range ms {
		c := m.Concept
		if c.Kind == lang.KindTopic && !others[m.Surface] {
			topicWords = append(topicWords, strings.TrimSpace(m.Surface))
		}
		switch {
		case c.Kind == lang.KindOccupation && a.occupation == "":
			a.occupation, a.code = occupationArg(withNextWord(msg, bareTerm(m.Surface, c))), c.Value
			if !namesAlone(a.occupation, c.Value) { // "lmikanik" is the mechanic only near "khddam"
				a.occupation = c.Value
			}
		case c.Kind == lang.KindSkill && a.skill == "":
			a.skill = c.Value
		case c.Kind == lang.KindContract && a.contract == "":
			a.contract = c.Value
		case c.Kind == lang.KindSector && a.sector == "":
			a.sector = c.Value
		case c.Kind == lang.KindTopic && a.topic == "":
			a.topic = c.Value
		}
	}
	a.topicWords = strings.Join(topicWords, " ")
	a.trade = a.read.Trade
	if a.sector == "" && a.occupation == "" { // an occupation says more than its topic's sector
		a.sector = topicSectors[a.topic]
	}
	kinds := a.cues.kinds
	for _, k := range tools.TrainingKinds { // the heaviest, ties in the tools' order
		if kinds[cueKind+k] > kinds[cueKind+a.kind] {
			a.kind = k
		}
	}
	absorbed := lang.Tokens(a.occupation) // by withNextWord
	a.object = strings.Join(slices.DeleteFunc(objectTokens(*a.read), func(t string) bool {
		return slices.Contains(absorbed, t)
	}), " ")
}

// occupationArg is the occupation argument for the words that named it:
// as written in Latin script ("infirmière"), folded in Arabic script so
// that the article falls ("المحاسب", "محاسبا" → محاسب) and the tools find
// the profile titled with the bare noun.
func occupationArg(surface string) string {
	surface = strings.TrimSpace(surface)
	if !strings.ContainsFunc(surface, isArabicLetter) {
		return surface
	}
	var words []string
	for _, t := range lang.Tokens(surface) {
		words = append(words, lang.Fold(t))
	}
	return strings.Join(words, " ")
}

func isArabicLetter(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

// arabicProclitics are the prefixes a lexicon term may carry in a message
// ("كمحاسب" as an accountant, "للممرضين" for nurses).
var arabicProclitics = []string{"و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "فال", "كال", "لل", "وب", "ول"}

// bareTerm returns the lexicon term of c that surface is, without the
// proclitic it was written with ("كمحاسب" → محاسب), or surface itself.
// Only a term of the lexicon is cut out, so "لحام" (welder) keeps its lām.
func bareTerm(surface string, c lang.Concept) string {
	norm := lang.Normalize(surface)
	if !strings.ContainsFunc(norm, isArabicLetter) {
		return surface
	}
	best := ""
	for _, t := range normalTerms(c) {
		if t == norm {
			return surface
		}
		if p, ok := strings.CutSuffix(norm, t); ok && slices.Contains(arabicProclitics, p) && len(t) > len(best) {
			best = t
		}
	}
	if best == "" {
		return surface
	}
	return best
}

// normalForms holds the lexicon's terms of each concept bareTerm was
// asked about, in normal form (lang.Concept → []string): the lexicon
// does not change while Marsad runs, and normalising each of an
// occupation's terms again at every message naming it was most of
// bareTerm's cost.
var normalForms sync.Map

// normalTerms returns the terms of c (lang.ConceptTerms) in normal form,
// in the lexicon's order.
func normalTerms(c lang.Concept) []string {
	if ts, ok := normalForms.Load(c); ok {
		return ts.([]string)
	}
	ts := lang.ConceptTerms(c) // a copy
	for i, t := range ts {
		ts[i] = lang.Normalize(t)
	}
	kept, _ := normalForms.LoadOrStore(c, ts)
	return kept.([]string)
}

// withNextWord extends the words that named an occupation with the word
// that follows them when it names nothing the lexicon knows ("technicien"
// in "technicien reseau" becomes "technicien reseau"): the tools look the
// longer name up among the profiles' titles and aliases first, and fall
// back on the lexicon's reading of it, which is the shorter name's.
func withNextWord(msg, surface string) string {
	i := strings.Index(msg, surface)
	if i < 0 {
		return surface
	}
	rest := lang.Tokens(msg[i+len(surface):])
	if len(rest) == 0 || !isObject(rest[0]) || len(lang.FindConcepts(rest[0])) > 0 || len(lang.FindPlaces(rest[0])) > 0 {
		return surface
	}
	return surface + " " + rest[0]
}

// rankedTools returns the tools that got a vote, heaviest first, ties in
// marketTools order.
func rankedTools(votes map[string]int) []string {
	var out []string
	for _, t := range marketTools {
		if votes[t] > 0 {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(x, y string) int { return votes[y] - votes[x] })
	return out
}

// allows reports whether the slots are enough for tool: an occupation
// for its profile, an occupation, a skill or a trade for its trainings.
func (a marketAsk) allows(tool string) bool {
	switch tool {
	case tools.NameOccupationProfile:
		return a.occupation != ""
	case tools.NameTrainingPaths:
		return a.occupation != "" || a.skill != "" || a.trade != ""
	}
	return true
}

// unmet routes a strong profile or training question that names no
// occupation the lexicon knows: a training question about a topic
// (OFPPT, tourism) goes to the notes; else the words left are given to
// the tool as the occupation (its refusal lists the nearest it knows);
// with none, it is routed on (""): other cues, or the slots.
func (a *marketAsk) unmet(tool string) string {
	switch {
	case tool == tools.NameTrainingPaths && a.topic != "":
		return tools.NameSearchDocuments
	case a.object != "":
		a.occupation = occupationArg(a.object)
		return tool
	}
	return ""
}

// implied routes a message without cue from its slots: a contract or an
// occupation with a place or a year is an ad search, an occupation alone
// its profile, a skill the ads asking for it, a topic the notes; "" when
// the message names none of these.
func (a marketAsk) implied(q question) string {
	switch {
	case a.contract != "" && a.contract != "anapec": // ANAPEC is also a subject of notes
		return tools.NameSearchJobAds
	case a.occupation != "" && (q.cell.Geo != "" || len(q.geos) > 0 || q.year != 0):
		return tools.NameSearchJobAds
	case a.occupation != "":
		return tools.NameOccupationProfile
	case a.skill != "":
		return tools.NameSearchJobAds
	case a.topic != "":
		return tools.NameSearchDocuments
	}
	return ""
}

// hasSlots reports whether the message named something a follow-up can
// change in the previous job-market question.
func (a marketAsk) hasSlots() bool {
	return a.occupation != "" || a.skill != "" || a.contract != "" || a.sector != "" || a.kind != ""
}

// fieldWords name a field of work: ads "dans le domaine de la soudure",
// "في مجال التمريض" are the trade's, while ads "qui demandent la soudure"
// ask the skill (folded forms).
var fieldWords = foldedSet("domaine secteur field مجال ميدان المجال الميدان بمجال majal domaine lmajal")

// namesField reports whether msg names a field of work (fieldWords).
func namesField(msg *lang.Reading) bool {
	if msg == nil {
		return false
	}
	for _, t := range msg.Tokens {
		if fieldWords[lang.Fold(t)] {
			return true
		}
	}
	return false
}
