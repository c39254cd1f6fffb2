package offline

import (
	"context"
	"slices"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// unknownOccupation decides whether an occupation frame's words name an
// occupation Marsad knows, for a question about an occupation (profile,
// trainings, skills, ads, or nothing routed yet). Words that hold a known
// occupation and more ("astro-boulanger quantique") must be a profile's
// title or alias exactly ("comptable fiscaliste"), or the bakers would
// answer for them: they are answered here, without a tool. Words that
// hold none ("toiletteur canin", a loanword the lexicon lacks) are given
// to the tool as the occupation, instead of answering for every ad: it
// resolves them through the profiles' aliases or refuses them with the
// nearest it knows (refused).
func (t *turn) unknownOccupation(ctx context.Context, u lang.Unresolved, v prompts.UnknownView) (prompts.UnknownView, bool, error) {
	switch t.ask.tool {
	case tools.NameOccupationProfile, tools.NameTrainingPaths, tools.NameSkillsInDemand, tools.NameSearchJobAds:
	case "":
		if t.q.indicator != "" {
			return v, false, nil
		}
	default:
		return v, false, nil
	}
	if u.Inside == (lang.Concept{}) {
		t.askOccupation(u.Surface)
		return v, false, nil
	}
	if cuesBeyond(u) {
		return v, false, nil
	}
	set, err := t.profiles(ctx)
	if err != nil {
		return v, false, err
	}
	if t.profileNamed(set, u.Surface) {
		return v, false, nil
	}
	v.Near = t.nearOccupations(set, u)
	return v, true, nil
}

// cuesBeyond reports whether the words of u besides the known occupation
// it holds are all small words, prepositions pointing back at it or words
// of the planner's cues, which the frame's reading in lang does not know:
// "chifour fiha lmosta9bal", "الممرض عليها الطلب" (has it a future, is it
// in demand) name the driver and the nurse.
func cuesBeyond(u lang.Unresolved) bool {
	inside := lang.Tokens(u.InsideSurface)
	for _, w := range lang.Tokens(u.Surface) {
		if !slices.Contains(inside, w) && !pointsBack[w] && isObject(w) {
			return false
		}
	}
	return true
}

// pointsBack are prepositions with a pronoun, in normal form: after an
// occupation they point back at it ("الفرملي فيها المستقبل").
var pointsBack = map[string]bool{"فيها": true, "فيه": true, "فيهم": true, "عليها": true, "عليه": true, "عليهم": true,
	"عندها": true, "عندو": true, "عنده": true, "عندهم": true, "ليها": true, "ليه": true, "لها": true, "له": true}

// profileNamed reports whether the words of the message from surface on,
// up to maxProfileWords, begin with a profile's name (profileNames): the
// frame's reading stops at small words a name may hold ("ingénieur
// ouvrages d'art", "عامل إنتاج في المصنع").
func (t *turn) profileNamed(set tools.ProfileSet, surface string) bool {
	i := strings.Index(t.ask.read.Rest, surface)
	if i < 0 {
		return false
	}
	names := profileNames(set)
	words := lang.Tokens(t.ask.read.Rest[i:])
	for n := len(lang.Tokens(surface)); n <= min(len(words), maxProfileWords); n++ {
		if names[strings.Join(words[:n], " ")] {
			return true
		}
	}
	return false
}

// profileNames returns, in lang.Normalize's form, the names of the
// profiles of set: titles, each part of a title that names two ("Agent
// immobilier / Conseiller commercial immobilier"), and aliases.
func profileNames(set tools.ProfileSet) map[string]bool {
	names := map[string]bool{}
	for _, code := range set.Codes() {
		for _, p := range set.ByCode(code) {
			for _, title := range p.Titles {
				names[lang.Normalize(title)] = true
				for _, part := range strings.Split(title, " / ") {
					names[lang.Normalize(part)] = true
				}
			}
			for _, a := range p.Aliases {
				names[lang.Normalize(a)] = true
			}
		}
	}
	return names
}

// maxProfileWords bounds the words of a profile's name.
const maxProfileWords = 10

// askOccupation makes words the occupation of the question when it names
// none, and a question routed nowhere a question about that occupation.
func (t *turn) askOccupation(words string) {
	if t.ask.occupation != "" {
		return
	}
	if t.ask.tool == "" {
		t.ask.tool = tools.NameOccupationProfile
	}
	t.ask.occupation = occupationArg(words)
}

// profiles returns the occupation profiles the job-market tools read, indexed;
// an empty set when the kit has no occupation_profile tool.
func (t *turn) profiles(ctx context.Context) (tools.ProfileSet, error) {
	tool, ok := t.planner.kit.Get(tools.NameOccupationProfile)
	pt, isProfile := tool.(tools.ProfileTool)
	if !ok || !isProfile || pt.Store == nil {
		return tools.ProfileSet{}, nil
	}
	ps, err := pt.Store.Profiles(ctx)
	if err != nil {
		return tools.ProfileSet{}, err
	}
	return tools.ProfileSetOf(ps), nil
}

// nearOccupations names, in the answer's language, the known occupation
// the words hold, then those nearest in spelling.
func (t *turn) nearOccupations(set tools.ProfileSet, u lang.Unresolved) []string {
	concepts := lang.NearestConcepts(lang.KindOccupation, u.Surface, 3)
	if u.Inside != (lang.Concept{}) {
		concepts = append([]lang.Concept{u.Inside}, concepts...)
	}
	var out []string
	for _, c := range concepts {
		if name := set.Name(c.Value, toolLang(t.q.lang)); !slices.Contains(out, name) && len(out) < 3 {
			out = append(out, name)
		}
	}
	return out
}

// nearOccupationChoices words the occupations to offer when a tool
// refuses value: those nearest in spelling within its script
// (lang.NearestConcepts), else the three choices of the tool nearest to
// it when in the same script; named in the answer's language (Arabic-script
// answers by the lexicon's Arabic name), without their ISCO-08 codes: the
// answer gives no number.
func (t *turn) nearOccupationChoices(value string, valid []string) []string {
	var out []string
	add := func(name string) {
		if name != "" && !slices.Contains(out, name) && len(out) < 8 {
			out = append(out, name)
		}
	}
	arabic := t.q.lang == lang.Arabic || t.q.lang == lang.Darija
	for _, c := range lang.NearestConcepts(lang.KindOccupation, value, 3) {
		if arabic {
			add(tools.ProfileSet{}.Name(c.Value, "ar"))
		} else {
			add(choiceOf(c.Value, valid))
		}
	}
	if len(out) == 0 && sameScript(value, valid) { // none near in spelling: the tool's nearest few
		for _, v := range tools.Nearest(value, valid, 3) {
			add(strings.TrimSpace(strings.TrimSuffix(v, " ("+codeOf(v)+")")))
		}
	}
	return out
}

// occupationAsWritten returns the words of the message that the
// occupation argument value was read from: the occupation frame's words
// that hold all of value's (occupationArg folds Arabic ones, "مروض
// الدلافين" is asked as "مروض دلافين"; the words left over drop small ones,
// "dresseur de licornes" is asked as "dresseur licornes"); value itself
// when no frame holds them.
func (t *turn) occupationAsWritten(value string) string {
	want := foldedWords(value)
	for _, u := range t.ask.read.Unresolved {
		have := foldedWords(u.Surface)
		if u.Kind == lang.KindOccupation && !slices.ContainsFunc(want, func(w string) bool { return !slices.Contains(have, w) }) {
			return u.Surface
		}
	}
	return value
}

func foldedWords(s string) []string {
	words := lang.Tokens(s)
	for i, w := range words {
		words[i] = lang.Fold(w)
	}
	return words
}

// choiceOf returns the name of the "name (code)" choice of code, "" when
// none is.
func choiceOf(code string, valid []string) string {
	for _, v := range valid {
		if codeOf(v) == code {
			return strings.TrimSuffix(v, " ("+code+")")
		}
	}
	return ""
}
