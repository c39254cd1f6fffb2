package offline

import (
	"slices"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// read understands msg as the next turn of the conversation history: its
// references are resolved against the conversation's state and taken out
// of the words read ("comment devenir le deuxième ?" asks for the
// trainings of the second occupation listed, not of an occupation named
// "deuxième"), and a follow-up is completed from the last question
// (followUpAny).
func (p *Planner) read(msg lang.Reading, history []assistant.Turn) (question, marketAsk) {
	q, s := understand(msg, p.now()), readState(history)
	if q.indicator == "" {
		if m, ok := s.qualified(msg); ok {
			msg, q = m, understand(m, p.now())
		}
	}
	q, ask := followUpAny(q, readMarketAsk(msg, q), readRefs(msg), s)
	return ask.forecastRoute(q, p.now(), s) // words of the future ask forecast_demand
}

// followUpAny completes the question of a message from the state of the
// conversation s:
//
//   - an ordinal or a demonstrative puts what it points at into the
//     question (state.resolve), which is then routed with it and goes on
//     from the last question;
//   - a message that continues the last question (continues) is
//     completed from it: an indicator follow-up by followIndicator, a
//     job-market one by the slots of the last call its tool takes
//     (inherit), asking the last tool again when no cue routes it and
//     that tool takes what it names ("w f rbat?", "et pour les soudeurs
//     ?");
//   - a message asking what only an occupation has, naming none, is
//     asked of the occupation last talked about (onFocus);
//   - any other message starts afresh, routed by what it names when no
//     cue routes it (implied); one its cues route to the job market
//     without naming a place or words Marsad does not know is asked in
//     the conversation's place ("which jobs are in demand?" after the
//     unemployment rate of the Oriental).
//
// A short follow-up whose words hardly tell its language is answered in
// the conversation's (speaks).
func followUpAny(q question, a marketAsk, r refs, s state) (question, marketAsk) {
	if a.tool == tools.NameMatchProfile { // a person's profile is a question of its own
		return q, a
	}
	if s.asked.Name == "" {
		return fresh(q, a)
	}
	if slot := s.resolve(r, &q, &a); slot != "" {
		q.lang = s.speaks(a.read)
		return s.continued(q, rerouted(q, a, slot))
	}
	if b, ok := s.matchedElsewhere(q, a, r); ok {
		q.lang = s.speaks(a.read)
		return q, b
	}
	if continues(q, a, r) {
		q.lang = s.speaks(a.read)
		return s.continued(q, a)
	}
	if b, ok := s.onFocus(q, a); ok {
		q.lang = s.speaks(a.read)
		return s.continued(q, b)
	}
	q, a = fresh(q, a)
	if inConversationPlace(q, a) {
		q = s.inPlace(q)
	}
	return q, a
}

// fresh routes a message that does not follow up: by its cues, else by
// what it names.
func fresh(q question, a marketAsk) (question, marketAsk) {
	if a.tool == "" && q.indicator == "" {
		a.tool = a.implied(q)
	}
	return q, a
}

// rerouted routes a again now that a reference filled its occupation or
// skill slot: "comment devenir le deuxième ?" is a
// training question once the second occupation is known. A tool that
// does not take the slot is dropped ("parle-moi du premier" leans towards
// the notes, which take no occupation), for continued to choose.
func rerouted(q question, a marketAsk, slot string) marketAsk {
	if slot != "occupation" && slot != "skill" {
		return a
	}
	a = a.routed(q)
	if !slices.Contains(slotsTaken[a.tool], slot) {
		a.tool = ""
	}
	return a
}

// continues reports whether a message that resolved no reference goes on
// from the last question: it opens with an ellipsis ("et à Rabat ?", "and
// women?", "و العيالات؟") or points at its place ("there"), or it only
// names what a follow-up may change (a place, a period, a population, a
// skill, a contract), without a cue and without naming its own indicator
// or occupation ("w f 2023?"). A
// message with words that name nothing the planner knows is about
// something else ("chno homa a7san tajine f mrakch?" after a figure for
// Marrakech) and starts afresh, as does one that names its own indicator
// or occupation without an ellipsis ("Quel est le taux d'activité ?"),
// unless it opens with an ellipsis or says "there" (or "in it" of a
// figure) and asks what Marsad answers or names a population: then the
// words it does not know are its own ("ok, which jobs are employers
// asking for there?", "وما هو معدل البطالة فيها في نفس السنة؟",
// "وبالنسبة لمن ليست لديهم أي شهادة؟"). A place is no such sign: "and
// the weather in Marrakech?" starts afresh.
func continues(q question, a marketAsk, r refs) bool {
	if (r.anchored() || r.inIt && inItIsPlace(q, a)) && (q.indicator != "" || a.tool != "" || namesPopulation(q)) {
		return true
	}
	if len(objectTokens(*a.read)) > 0 {
		return false
	}
	if r.anchored() {
		return true
	}
	return q.indicator == "" && a.occupation == "" && a.tool == "" && (q.hasSlots() || q.hasPeriod() || a.hasSlots() || asksLatest(a))
}

// onFocus returns a asked of the occupation last talked about when the
// message asks what only an occupation has (its trainings, its profile
// or pay, the skills it needs) and names no occupation, indicator,
// skill, trade, topic or name Marsad does not know: "Quelles formations ?",
// "فين نقرا؟", "what skills are required?" after a profile. Words the
// router only guessed were an unknown occupation give way ("ما هي
// التكوينات المتاحة؟"). ok is false for any other message.
func (s state) onFocus(q question, a marketAsk) (marketAsk, bool) {
	if s.focus.code == "" || q.indicator != "" || a.namesOccupation() || a.skill != "" || a.trade != "" || a.topic != "" || len(a.read.Unresolved) > 0 {
		return a, false
	}
	b := a
	b.occupation = s.focus.occupation()
	switch b = b.routed(q); b.tool {
	case tools.NameTrainingPaths, tools.NameOccupationProfile, tools.NameSkillsInDemand:
		return b, true
	}
	return a, false
}

// inConversationPlace reports whether a message that starts afresh is
// still asked in the conversation's place: its cues route it to a
// job-market tool that takes a region (occupations in demand, skills,
// ads), and it names no place, no indicator and no word Marsad does not
// know ("ina khdmat matloubin?", "des offres en CDI ?", "bghit khdma d
// plombier" after the figures of Tanger).
func inConversationPlace(q question, a marketAsk) bool {
	switch a.tool {
	case tools.NameTopOccupations, tools.NameSkillsInDemand, tools.NameSearchJobAds:
	default:
		return false
	}
	return q.indicator == "" && len(q.geos) == 0 && q.cell.Geo == "" && len(objectTokens(*a.read)) == 0
}

// continued completes a follow-up: an indicator one from the last
// indicator question (followIndicator); otherwise the tool its cues
// chose (given the last call's occupation when they ask for a tool that
// needs one), or the last tool when none did and that tool takes what
// the message names, or the tool what it names implies, with the slots
// of the last call that tool takes (inherit).
func (s state) continued(q question, a marketAsk) (question, marketAsk) {
	if a.tool == "" && q.indicator == "" && a.occupation == "" {
		a = s.routedWithOccupation(q, a)
	}
	latest := asksLatest(a)
	switch {
	case a.tool == "" && (q.indicator != "" || s.followsIndicator(q, a)):
		return s.followIndicator(q, latest), a
	case a.tool == "" && s.placeOnlyAfterOccupation(q, a) && isIndicatorTool(s.placeTool):
		return s.followIndicator(q, latest), a
	case a.tool == "" && s.placeOnlyAfterOccupation(q, a):
		a.tool = s.placeTool
		if slices.Contains(slotsTaken[a.tool], "occupation") {
			a.occupation = s.focus.occupation()
		}
	case a.tool == "" && (q.hasSlots() || q.hasPeriod() || a.hasSlots() || latest) && takes(s.asked.Name, a):
		a.tool = s.asked.Name
	case a.tool == "":
		a.tool = a.implied(q)
	}
	return s.inherit(q, a)
}

// placeOnlyAfterOccupation reports whether a message names only a place
// (no period, population, indicator or job-market slot) after a question on
// an occupation that takes no place (its profile, its trainings) in a
// conversation that asked a tool that takes one before: "w f rbat?"
// after ads for delivery men in Casablanca then their pay searches the
// ads in Rabat.
func (s state) placeOnlyAfterOccupation(q question, a marketAsk) bool {
	if s.placeTool == "" || s.asked.Name != tools.NameOccupationProfile && s.asked.Name != tools.NameTrainingPaths {
		return false
	}
	named := q.cell.Geo != "" || len(q.geos) > 0
	c := q.cell
	c.Geo = ""
	return named && c == (tools.Cell{}) && !q.hasPeriod() && q.compareBy == "" && !q.trend && q.indicator == "" && !a.hasSlots() && !asksLatest(a)
}

// followsIndicator reports whether a message that names no indicator and
// no job-market slot follows an indicator question: it names a place, period
// or population right after one, or a population (which only the
// indicator tables know) after any question of a session that had one.
func (s state) followsIndicator(q question, a marketAsk) bool {
	if a.hasSlots() && !diplomaAsKind(q, a) {
		return false
	}
	if isIndicatorTool(s.asked.Name) {
		return q.hasSlots() || q.hasPeriod() || asksLatest(a)
	}
	return s.indicator.Name != "" && namesPopulation(q)
}

// diplomaAsKind reports whether the only job-market slot of a is a kind of
// training that the message names as a diploma: "licence", "master",
// "degree" are both, and after an indicator "and those with a degree?"
// asks the graduates' figure, not university trainings.
func diplomaAsKind(q question, a marketAsk) bool {
	return q.cell.Diploma != "" && a.kind != "" && a.occupation == "" && a.skill == "" && a.contract == "" && a.sector == ""
}

func namesPopulation(q question) bool {
	named := namedDims(q)
	return named["area"] || namesAny(named, populationDims)
}

func isIndicatorTool(name string) bool {
	return name == tools.NameIndicatorSeries || name == tools.NameCompareIndicator
}

// shortFollowUp is the most words a follow-up may have for its language
// to be read against the conversation's.
const shortFollowUp = 4

// speaks returns the language to answer a follow-up in. It is the
// message's, unless the message is short, in the script of the
// conversation's language, and detected as the language Detect gives
// words without a clue (Arabic in Arabic script, French in Latin
// script), and its words do not outweigh the last questions asked in the
// conversation's language: read after them, it still reads as that
// language. "و عند الرجال؟" after a question in Darija is Darija, though
// its words alone read as Arabic; "Rabat ?" after English questions is
// English. A follow-up whose words tell its own language ("and women?",
// "w l3yalat?", "شحال عند الرجال؟") keeps it.
func (s state) speaks(msg *lang.Reading) lang.Tag {
	switch {
	case s.spoken == "" || msg.Lang == s.spoken || len(msg.Tokens) > shortFollowUp:
		return msg.Lang
	case msg.Lang != lang.Arabic && msg.Lang != lang.French:
		return msg.Lang
	case arabicScript(msg.Lang) != arabicScript(s.spoken):
		return msg.Lang
	case lang.Detect(s.said+"\n"+msg.Text) == s.spoken:
		return s.spoken
	}
	return msg.Lang
}

func arabicScript(t lang.Tag) bool { return t == lang.Arabic || t == lang.Darija }
