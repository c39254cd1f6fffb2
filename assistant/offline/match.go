package offline

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// describesPerson reports whether the message asks match_profile: the
// person describes themselves or names their own profile and asks what
// fits them ("j'ai un bac+2 en comptabilité, quel métier pour moi ?",
// "quels métiers correspondent à mon profil", "3ndi bac ..., chno
// tnasbni?"), or pastes a CV. The cues are matchTable's (cues.go); a
// question without the person in it keeps its route ("comment devenir
// infirmier", "je suis infirmière au chômage", "compétences pour un
// développeur").
func (a marketAsk) describesPerson() bool {
	if a.read == nil {
		return false
	}
	v := a.cues.match // the cues of a.read.Rest (readMarketAsk)
	return v[cueFits] > 0 && (v[cueSelf] > 0 || v[cueOwnProfile] > 0) || pastedCV(a.read.Text)
}

// pastedCV reports whether text is laid out as a CV: two of its lines
// open on a section heading ("Formation :", "Expérience professionnelle",
// "المهارات:").
func pastedCV(text string) bool {
	if !strings.Contains(text, "\n") { // one line opens on one heading at most
		return false
	}
	n := 0
	for _, line := range strings.Split(text, "\n") {
		head, _, _ := strings.Cut(line, ":")
		if h := strings.Trim(lang.Normalize(head), " -•*#"); h != "" && cvHeadingForms[h] {
			n++
		}
	}
	return n >= 2
}

// cvHeadingForms are the normal forms of cvHeadings.
var cvHeadingForms = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range cvHeadings {
		m[lang.Normalize(c)] = true
	}
	return m
}()

// matchedElsewhere returns a asking match_profile again with the last
// turn's profile when the last turn matched a profile and this message
// only goes on from it with a place ("et à Rabat ?", "w f tanja?"),
// naming no indicator and asking no tool of its own: the same person,
// their ads counted there.
func (s state) matchedElsewhere(q question, a marketAsk, r refs) (marketAsk, bool) {
	if s.asked.Name != tools.NameMatchProfile || q.region() == "" || q.indicator != "" || a.tool != "" || !continues(q, a, r) {
		return a, false
	}
	var args tools.MatchArgs
	decode(s.asked.Arguments, &args)
	if strings.TrimSpace(args.Profile) == "" {
		return a, false
	}
	a.tool, a.profile = tools.NameMatchProfile, args.Profile
	return a, true
}

// matchProfile answers a person who describes themselves: the occupations
// that fit them, each with its score, the skills in common and missing,
// the trainings that close the gap and its ads, then what was read of the
// profile, so that they can correct it. The whole message is the profile
// (cut to tools.MaxProfileChars: the message budget rarely lets more
// through, and the head of a CV holds its diploma and experience).
func (t *turn) matchProfile(ctx context.Context) (string, error) {
	a := tools.MatchArgs{Profile: t.ask.read.Text, Lang: string(t.q.lang)}
	if t.ask.profile != "" { // the last turn's profile, in the place this message names
		a.Profile, a.Region = t.ask.profile, t.q.region()
	}
	if utf8.RuneCountInString(a.Profile) > tools.MaxProfileChars {
		a.Profile = string([]rune(a.Profile)[:tools.MaxProfileChars])
	}
	res, err := t.call(ctx, tools.NameMatchProfile, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	d, err := tools.DataAs[tools.MatchResult](res)
	if err != nil {
		return "", err
	}
	return render(tools.NameMatchProfile, t.q.lang, t.matchView(d, res.Citations))
}

// namedShown is the confidence from which an occupation the profile was
// read to name is shown as read: the lexicon's names (1) and the
// classifier's surer guesses, not its faint ones. pastShown caps the
// jobs held shown: a CV names many, and the reader checks the first.
const (
	namedShown = 0.5
	pastShown  = 3
)

func (t *turn) matchView(d tools.MatchResult, cites []tools.Citation) prompts.MatchView {
	l := string(t.q.lang)
	v := prompts.MatchView{Place: prompts.PlacePhrase(l, d.Region), Regional: d.Region != "", Kind: prompts.KindLabel(l, string(tools.KindAdCount))}
	for _, c := range d.Matches {
		row := prompts.MatchRow{Rank: c.Rank, Name: c.Name, Code: c.Code, Score: prompts.Number(l, c.Score)}
		for _, s := range c.Common {
			row.Common = append(row.Common, s.Name)
		}
		for _, s := range c.Missing {
			row.Missing = append(row.Missing, s.Name)
		}
		for _, tr := range c.Trainings {
			row.Trainings = append(row.Trainings, trainingLine(l, tools.Training{Name: tr.Name, Provider: tr.Provider, Kind: tr.Kind,
				Level: tr.Level, Duration: tr.Duration, Access: tr.Access}, ""))
		}
		if c.AdsKnown {
			row.RegionAds, row.Ads = count(l, c.RegionAds), count(l, c.Ads)
		}
		v.Rows = append(v.Rows, row)
	}
	v.Read = t.matchRead(d)
	if d.Ads > 0 {
		s := t.adScope("", "", d.From, d.To, d.Ads, d.Sites)
		v.Scope = &s
	}
	for _, c := range cites {
		if c.Kind == tools.KindReference && c.Demo {
			v.Demo = prompts.Sources(l).Demo
		}
	}
	return v
}

// matchRead words what the tool read of the profile.
func (t *turn) matchRead(d tools.MatchResult) prompts.MatchRead {
	l, p := string(t.q.lang), d.Person
	r := prompts.MatchRead{Fields: p.Fields, Place: p.Place}
	if p.Level != "" {
		r.Level = prompts.LevelName(l, p.Level)
	}
	if p.Years > 0 {
		r.Years = prompts.Number(l, p.Years)
	}
	for _, id := range p.Skills {
		r.Skills = append(r.Skills, tools.SkillName(id, toolLang(t.q.lang)))
	}
	for _, n := range p.Named {
		switch {
		case n.Confidence < namedShown:
		case n.Wished && !slices.Contains(r.Wished, n.Surface):
			r.Wished = append(r.Wished, n.Surface)
		case !n.Wished && !slices.Contains(r.Past, n.Surface) && len(r.Past) < pastShown:
			r.Past = append(r.Past, n.Surface)
		}
	}
	return r
}
