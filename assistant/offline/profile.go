package offline

import (
	"context"
	"slices"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// trendMonths is how many of the latest months of demand a profile lists,
// trainingsShown how many trainings a training answer lists.
const (
	trendMonths    = 6
	trainingsShown = 8
)

// profile answers "what is this occupation": its profile, the skills its
// ads ask for, its trainings, indicative salary and demand in ads.
func (t *turn) profile(ctx context.Context) (string, error) {
	a := tools.ProfileArgs{Occupation: t.ask.occupation, Region: t.q.region(), Lang: toolLang(t.q.lang)}
	a.From, a.To = t.q.periodBounds()
	res, err := t.call(ctx, tools.NameOccupationProfile, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	d, err := tools.DataAs[tools.ProfileResult](res)
	if err != nil {
		return "", err
	}
	return render(tools.NameOccupationProfile, t.q.lang, t.profileView(d, res.Citations))
}

func (t *turn) profileView(d tools.ProfileResult, cites []tools.Citation) prompts.ProfileView {
	l := string(t.q.lang)
	v := prompts.ProfileView{Name: d.Name, Code: d.Code, HasProfile: d.HasProfile, Description: d.Description,
		Sector: d.Sector, Education: d.Education, Place: prompts.PlacePhrase(l, d.Region), Related: d.Related,
		Kind: prompts.KindLabel(l, string(tools.KindAdCount))}
	v.DescLang = descriptionLanguage(t.q.lang, d.Description)
	if t.q.lang == lang.English && len(d.Skills) > 0 { // the profiles name skills in French and Arabic only
		v.SkillsLang = prompts.LanguageName(string(t.q.lang), "fr")
	}
	for _, s := range d.Skills {
		v.Skills = append(v.Skills, s.Name)
	}
	for _, s := range d.SkillsFromAds {
		v.AdSkills = append(v.AdSkills, prompts.Figure{Label: s.Name, Value: count(l, s.Ads)})
	}
	for _, tr := range d.Trainings {
		v.Trainings = append(v.Trainings, trainingLine(l, tr, ""))
	}
	if d.SalaryMin > 0 || d.SalaryMax > 0 {
		v.SalaryMin, v.SalaryMax = prompts.Number(l, d.SalaryMin), prompts.Number(l, d.SalaryMax)
		if d.SalaryMin == 0 {
			v.SalaryMin = v.SalaryMax
		}
		if d.SalaryMax == 0 {
			v.SalaryMax = v.SalaryMin
		}
		if t.q.lang == lang.French {
			v.SalaryNote = d.SalaryNote // the profiles word it in French
		}
	}
	v.SalaryFirst, v.AdSalary = t.ask.salary, adSalary(l, d.SalaryFromAds)
	v.NearSMIG = mentionsSMIG(d.SalaryNote) && (v.AdSalary == nil || v.AdSalary.SMIGAds == "")
	if d.Ads > 0 && len(d.Trend) > 0 {
		v.Ads = count(l, d.Ads)
		v.From, v.To = prompts.PeriodLabel(l, d.Trend[0].Key), prompts.PeriodLabel(l, d.Trend[len(d.Trend)-1].Key)
		for _, c := range d.Trend[max(0, len(d.Trend)-trendMonths):] {
			v.Trend = append(v.Trend, prompts.Figure{Label: prompts.PeriodLabel(l, c.Key), Value: count(l, c.Ads)})
		}
	}
	return v
}

// adSalary words the salaries an occupation's ads state; nil for none.
func adSalary(l string, s *tools.AdSalaries) *prompts.AdSalary {
	if s == nil || s.Ads == 0 {
		return nil
	}
	v := &prompts.AdSalary{Min: prompts.Number(l, s.Min), Max: prompts.Number(l, s.Max), Ads: count(l, s.Ads), One: s.Ads == 1,
		Place: prompts.PlacePhrase(l, s.Region), From: prompts.PeriodLabel(l, s.From), To: prompts.PeriodLabel(l, s.To), Converted: s.Converted > 0}
	if s.SMIGAds > 0 {
		v.SMIGAds, v.SMIG = count(l, s.SMIGAds), prompts.Number(l, s.SMIG)
	}
	return v
}

// mentionsSMIG reports whether a profile's note on its salary range puts
// it at the legal minimum wage (SMIG, or SMAG in farming).
func mentionsSMIG(note string) bool {
	n := strings.ToUpper(note)
	return strings.Contains(n, "SMIG") || strings.Contains(n, "SMAG")
}

// descriptionLanguage names the language of a profile's description when
// it is not the answer's own (a French description in an English or
// Arabizi answer), "" otherwise.
func descriptionLanguage(answer lang.Tag, desc string) string {
	if desc == "" {
		return ""
	}
	text := "fr"
	switch lang.Detect(desc) {
	case lang.Arabic, lang.Darija:
		text = "ar"
	case lang.English:
		text = "en"
	}
	if text == toolLang(answer) && answer != lang.Arabizi {
		return ""
	}
	return prompts.LanguageName(string(answer), text)
}

func trainingLine(l string, tr tools.Training, occupation string) prompts.TrainingLine {
	return prompts.TrainingLine{Name: tr.Name, Kind: prompts.TrainingKindName(l, tr.Kind), Provider: tr.Provider,
		Level: tr.Level, Duration: tr.Duration, Access: tr.Access, Occupation: occupation}
}

// training answers "how do I become …" with the trainings of the
// occupation (or teaching the skill). When the occupation has none and a
// skill is named, the skill's trainings are given; a kind of training
// that has none is dropped.
func (t *turn) training(ctx context.Context) (string, error) {
	a := tools.TrainingArgs{Occupation: t.ask.occupation, Region: t.q.region(), Kind: t.ask.kind, Lang: toolLang(t.q.lang)}
	if a.Occupation == "" {
		a.Skill = t.ask.skill
	}
	d, cites, err := t.trainingCall(ctx, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	if len(d.Rows) == 0 && a.Occupation != "" && t.ask.skill != "" {
		a.Occupation, a.Skill = "", t.ask.skill
		if d, cites, err = t.trainingCall(ctx, a); err != nil {
			return t.answerRefusal(err)
		}
	}
	anyKind := false
	if len(d.Rows) == 0 && a.Kind != "" {
		a.Kind, anyKind = "", true
		if d, cites, err = t.trainingCall(ctx, a); err != nil {
			return t.answerRefusal(err)
		}
	}
	if len(d.Rows) == 0 {
		return render("training.missing", t.q.lang, t.trainingMissing(d, a))
	}
	return render(tools.NameTrainingPaths, t.q.lang, t.trainingView(d, a, anyKind, cites))
}

func (t *turn) trainingCall(ctx context.Context, a tools.TrainingArgs) (tools.TrainingResult, []tools.Citation, error) {
	res, err := t.call(ctx, tools.NameTrainingPaths, a)
	if err != nil {
		return tools.TrainingResult{}, nil, err
	}
	d, err := tools.DataAs[tools.TrainingResult](res)
	return d, res.Citations, err
}

func (t *turn) trainingView(d tools.TrainingResult, a tools.TrainingArgs, anyKind bool, cites []tools.Citation) prompts.TrainingView {
	l := string(t.q.lang)
	if d.Skill != "" {
		d.Rows = namingFirst(d.Rows, d.Skill)
	}
	shown := map[string]bool{}
	for _, r := range d.Rows[:min(len(d.Rows), trainingsShown)] {
		shown["profile:"+r.ProfileID] = true
	}
	t.shows(slices.DeleteFunc(slices.Clone(cites), func(c tools.Citation) bool { return !shown[c.ID] }))
	v := prompts.TrainingView{AnyKind: anyKind}
	if t.ask.kind != "" {
		v.Kind = prompts.TrainingKindName(l, t.ask.kind)
	}
	v.Subject, v.BySkill = t.trainingSubject(d, a)
	mixed := false
	for _, r := range d.Rows {
		mixed = mixed || r.Occupation != d.Rows[0].Occupation
	}
	inRegion := false
	for i, r := range d.Rows {
		if i == trainingsShown {
			v.More = true
			break
		}
		occ := ""
		if mixed || v.BySkill {
			occ = r.OccupationName
		}
		v.Rows = append(v.Rows, trainingLine(l, r.Training, occ))
		inRegion = inRegion || r.InRegion
	}
	if d.Region != "" {
		v.Place = prompts.PlacePhrase(l, d.Region)
		v.NoPlaces = !inRegion
		if d.Elsewhere > 0 {
			v.Elsewhere = count(l, d.Elsewhere)
		}
	}
	return v
}

// namingFirst puts first the trainings whose name names the skill in
// some language ("Technicien en Électricité de bâtiment" for
// electricity), keeping the tool's order otherwise.
func namingFirst(rows []tools.TrainingRow, skill string) []tools.TrainingRow {
	var terms []string
	for _, term := range lang.ConceptTerms(lang.Concept{Kind: lang.KindSkill, Value: skill}) {
		if n := lang.Normalize(term); len([]rune(n)) >= 4 {
			terms = append(terms, " "+n)
		}
	}
	names := func(r tools.TrainingRow) bool {
		name := " " + lang.Normalize(r.Name)
		return slices.ContainsFunc(terms, func(term string) bool { return strings.Contains(name, term) })
	}
	out := slices.Clone(rows)
	slices.SortStableFunc(out, func(x, y tools.TrainingRow) int {
		switch nx, ny := names(x), names(y); {
		case nx && !ny:
			return -1
		case ny && !nx:
			return 1
		}
		return 0
	})
	return out
}

// trainingSubject names what the trainings lead to: the occupation, else
// the skill.
func (t *turn) trainingSubject(d tools.TrainingResult, a tools.TrainingArgs) (string, bool) {
	if a.Occupation != "" && len(d.Rows) > 0 {
		return d.Rows[0].OccupationName, false
	}
	if a.Occupation != "" {
		return t.shownName(a.Occupation), false
	}
	return skillName(d.Skill, t.q.lang), true
}

// trainingMissing says there is no training and lists the occupations
// that have some, those nearest the one asked (by ISCO-08 code) first.
func (t *turn) trainingMissing(d tools.TrainingResult, a tools.TrainingArgs) prompts.TrainingMissingView {
	v := prompts.TrainingMissingView{}
	v.Subject, v.BySkill = t.trainingSubject(d, a)
	occ := slices.Clone(d.Occupations)
	slices.SortStableFunc(occ, func(x, y string) int {
		return sharedPrefix(codeOf(y), d.Occupation) - sharedPrefix(codeOf(x), d.Occupation)
	})
	v.Occupations = occ[:min(len(occ), 10)]
	return v
}

// codeOf returns the code of a "name (code)" choice.
func codeOf(choice string) string {
	i := strings.LastIndex(choice, "(")
	if i < 0 {
		return ""
	}
	return strings.TrimSuffix(choice[i+1:], ")")
}

func sharedPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
