package offline

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// adsShown and docsShown are how many ads and notes an answer lists.
const (
	adsShown  = 5
	docsShown = 3
)

// jobAds answers "find me a job" with the newest matching ads. When none
// match the whole search, the occupation the lexicon read is tried when
// the tool read another (otherReading), then the search is widened step
// by step (widerSearches), and the answer says what was asked and what
// the ads shown match.
func (t *turn) jobAds(ctx context.Context) (string, error) {
	a := tools.JobAdsArgs{Query: t.adQuery(), Occupation: t.ask.occupation, Skill: t.ask.skill, Contract: t.ask.contract,
		Limit: adsShown, Lang: toolLang(t.q.lang)}
	a.Region, a.Sector = t.q.region(), t.ask.sector
	a.From, a.To = t.q.periodBounds()
	d, err := t.adsCall(ctx, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	if len(d.Rows) == 0 && t.adPeriodOutside(d.Available) { // said so, not widened to every period
		return t.adsMissing(t.searchOf(d.Search, a.Occupation), d.Available)
	}
	asked, widened := d, false
	for _, wider := range append(t.otherReading(a, d.Search), widerSearches(a)...) {
		if len(d.Rows) > 0 {
			break
		}
		if d, err = t.adsCall(ctx, wider); err != nil {
			return t.answerRefusal(err)
		}
		widened = true
	}
	if len(d.Rows) == 0 {
		return t.adsMissing(t.searchOf(asked.Search, t.shownName(a.Occupation)), d.Available)
	}
	name := t.shownName(a.Occupation) // the tool's name for it when its ads say
	if len(d.Search.Occupations) > 0 && d.Rows[0].OccupationName != "" {
		name = d.Rows[0].OccupationName
	}
	askedName := name
	if !slices.Equal(asked.Search.Occupations, d.Search.Occupations) { // the ads shown are of another occupation
		askedName = t.shownName(a.Occupation)
	}
	v := prompts.JobAdsView{Asked: t.searchOf(asked.Search, askedName), Used: t.searchOf(d.Search, name), Widened: widened,
		Related: d.Search.Related}
	if v.Related {
		v.Used.Words = "" // the ads shown do not have the words: they come close in meaning
	}
	for _, r := range d.Rows {
		v.Rows = append(v.Rows, t.adLine(r))
	}
	return render(tools.NameSearchJobAds, t.q.lang, v)
}

func (t *turn) adsCall(ctx context.Context, a tools.JobAdsArgs) (tools.JobAdsResult, error) {
	res, err := t.call(ctx, tools.NameSearchJobAds, a)
	if err != nil {
		return tools.JobAdsResult{}, err
	}
	return tools.DataAs[tools.JobAdsResult](res)
}

// widerSearches are the searches tried in turn when a has no ad: without
// the free words; then without the contract, skill, sector and period
// too; then, for an occupation, without the place. A step that changes
// nothing is left out, and so is one that would search for nothing at all:
// the newest ads of the whole country answer no one's question.
func widerSearches(a tools.JobAdsArgs) []tools.JobAdsArgs {
	var out []tools.JobAdsArgs
	nothing := tools.JobAdsArgs{Limit: a.Limit, Lang: a.Lang}
	add := func(w tools.JobAdsArgs) {
		if w != nothing {
			out = append(out, w)
		}
	}
	w := a
	if w.Query != "" {
		w.Query = ""
		add(w)
	}
	if w.Contract != "" || w.Skill != "" || w.Sector != "" || w.From != "" || w.To != "" {
		w.Contract, w.Skill, w.Sector, w.From, w.To = "", "", "", "", ""
		add(w)
	}
	if w.Occupation != "" && w.Region != "" {
		w.Region = ""
		add(w)
	}
	return out
}

// adQuery is the free text handed to search_job_ads for the tool to look
// for in titles and employers: the words of a topic ("hotel") and, when
// no occupation or skill is named, the words that name nothing the
// lexicon knows ("jardinier"); places and concepts are given as fields.
// It is "" when nothing is left.
func (t *turn) adQuery() string {
	q := t.ask.topicWords
	if t.ask.occupation == "" && t.ask.skill == "" {
		q += " " + t.ask.object
	}
	return strings.TrimSpace(q)
}

// searchOf words how search_job_ads read a search.
func (t *turn) searchOf(s tools.AdSearch, occupation string) prompts.AdCriteria {
	d := t.search("", "", s.Contract, s.Sector, s.Region)
	if len(s.Occupations) > 0 {
		d.Occupation = occupation
		if d.Occupation == "" {
			d.Occupation = s.Occupations[0]
		}
	}
	if len(s.Skills) > 0 {
		d.Skill = skillName(s.Skills[0], t.q.lang)
	}
	d.Words = strings.Join(s.Words, " ")
	if s.From == "" {
		d.Period = ""
	}
	return d
}

func (t *turn) adLine(r tools.JobAdRow) prompts.JobAdLine {
	l := string(t.q.lang)
	line := prompts.JobAdLine{Title: oneLine(r.Title), Employer: oneLine(r.Employer), City: r.City,
		Salary: oneLine(r.SalaryText), Date: r.Posted, Site: r.SourceSite, URL: r.URL}
	if r.Demo { // a demo ad says so where it is read, and has no link (tools.DemoHost)
		line.Site = strings.TrimSpace(cmp.Or(r.DemoRef, line.Site) + " (" + prompts.Sources(l).Demo + ")")
	}
	if r.Contract != "" {
		line.Contract = prompts.ContractName(l, r.Contract)
	}
	if line.Title == "" {
		line.Title = r.OccupationName
	}
	return line
}

// documents answers with the notes whose passages match the message best.
func (t *turn) documents(ctx context.Context) (string, error) {
	a := tools.DocumentsArgs{Query: t.ask.read.Rest, Kind: "note", Limit: docsShown}
	res, err := t.call(ctx, tools.NameSearchDocuments, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	d, err := tools.DataAs[tools.DocumentsResult](res)
	if err != nil {
		return "", err
	}
	if len(d.Hits) == 0 {
		return render("documents.none", t.q.lang, nil)
	}
	var v prompts.DocumentsView
	for _, h := range d.Hits {
		pub := h.Publisher
		// a demo note says so in the answer's words, unless its publisher
		// already does ("Marsad (note de démonstration)" in French)
		if h.Demo && (t.q.lang != lang.French || !tools.DemoPublisher(pub)) {
			pub += " (" + prompts.Sources(string(t.q.lang)).Demo + ")"
		}
		v.Rows = append(v.Rows, prompts.DocumentLine{Title: oneLine(h.Title), Snippet: snippet(h.Passage, snippetRunes),
			Publisher: pub, Date: year(h.Date), URL: h.URL})
	}
	return render(tools.NameSearchDocuments, t.q.lang, v)
}

// snippetRunes is the length of a passage quoted from a note.
const snippetRunes = 280

// snippet returns the start of a passage as one line of plain text: its
// headings, its italic asides (the demo notice) and emphasis and bullet
// marks dropped, cut at a space that does not split a number, with an
// ellipsis when cut. A passage that does not start at a heading starts
// mid-text (chunks overlap): its first, partial sentence is dropped when
// a full one follows. It is "" when the passage is only headings.
func snippet(passage string, n int) string {
	var parts []string
	for _, line := range strings.Split(passage, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "*") && strings.HasSuffix(line, "*") && !strings.HasPrefix(line, "* ") {
			continue
		}
		line = strings.TrimLeft(line, "-*•> ")
		parts = append(parts, strings.NewReplacer("**", "", "__", "").Replace(line))
	}
	text := joinLines(parts)
	if !strings.HasPrefix(strings.TrimSpace(passage), "#") {
		text = fromFirstSentence(text)
	}
	return cut(text, n)
}

// fromFirstSentence drops the text before the first sentence end within
// the first partialRunes runes, marking the cut with "…".
func fromFirstSentence(s string) string {
	rs := []rune(s)
	for i := 0; i+1 < len(rs) && i < partialRunes; i++ {
		if strings.ContainsRune(".!?؟", rs[i]) && rs[i+1] == ' ' && i+2 < len(rs) {
			return "…" + string(rs[i+2:])
		}
	}
	return s
}

// partialRunes bounds the partial sentence a mid-text passage may start with.
const partialRunes = 200

// joinLines joins lines with a space, or "; " where a space would glue
// two numbers into one ("2024" then "123").
func joinLines(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(p)
			if unicode.IsDigit(prev) && unicode.IsDigit(next) {
				b.WriteString(";")
			}
			b.WriteString(" ")
		}
		b.WriteString(p)
	}
	return b.String()
}

// cut shortens s to at most n runes at a space that has no digit on both
// sides, adding "…"; s is returned whole when short enough. Without such
// a space in the second half, it cuts before the number that straddles
// n, so that no number is shortened into another.
func cut(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	trim := func(rs []rune) string {
		return strings.TrimRightFunc(string(rs), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ')' }) + "…"
	}
	for i := n; i > n/2; i-- {
		if unicode.IsSpace(rs[i]) && !(unicode.IsDigit(rs[i-1]) && i+1 < len(rs) && unicode.IsDigit(rs[i+1])) {
			return trim(rs[:i])
		}
	}
	i := n
	for i > 0 && (unicode.IsDigit(rs[i-1]) || i > 1 && unicode.IsDigit(rs[i-2]) && strings.ContainsRune(" \u00a0.,", rs[i-1])) {
		i--
	}
	return trim(rs[:i])
}

// oneLine collapses the white space of a field written on several lines.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// year returns the year of a date, "" when it has none.
func year(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return date
}
