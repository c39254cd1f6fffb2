package match

import (
	"math"
	"slices"
	"strings"
)

// missingShown is how many of an occupation's first required skills are
// looked at for what a person lacks: its list puts the important first.
const missingShown = 5

// skills returns the occupation's required skills the person shows and
// the first ones the person lacks, named in language l, with the skill
// score: 1 - exp(-Σ rarity of the common skills / 3), so that two rare
// skills in common say nearly all and one skill every occupation asks
// for says little.
func (m *Matcher) skills(o *prepared, p Person, l string) (common, missing []Skill, score float64) {
	common, missing = []Skill{}, []Skill{}
	has := map[string]bool{}
	for _, s := range p.Skills {
		has[s] = true
	}
	var sum float64
	seen := map[string]bool{}
	for i, r := range o.skills {
		sk := Skill{ID: r.id, Name: r.name(l)}
		switch {
		case r.id != "" && seen[r.id]:
			// a second wording of a skill already counted
		case r.id != "" && has[r.id] || r.shown(p.words):
			seen[r.id] = r.id != ""
			sum += m.rarity(r.id)
			common = append(common, sk)
		case i < missingShown:
			missing = append(missing, sk)
		}
	}
	return common, missing, 1 - math.Exp(-sum/3)
}

// rarity is the weight of a skill in common: its rarity in the catalogue,
// a middle weight for a skill the lexicon does not know.
func (m *Matcher) rarity(id string) float64 {
	if r, ok := m.skillIDF[id]; ok {
		return r
	}
	return 1.5
}

// shown reports whether a profile writes the skill out, in French or in
// Arabic ("pose de carrelage", "اللحام" which the lexicon reads as the
// welder), though the lexicon finds no skill id of it in the profile.
func (r reqSkill) shown(profile map[string]float64) bool {
	return writtenOut(r.frWords, profile) || writtenOut(r.arWords, profile)
}

// writtenOut reports whether a profile holds the content words of a
// skill: the one of a one-word skill, else two at least ("gestion" alone
// is not "gestion des réclamations").
func writtenOut(words []string, profile map[string]float64) bool {
	n := 0
	for _, w := range words {
		if _, ok := profile[w]; ok {
			n++
		}
	}
	return n > 0 && n >= min(len(words), 2)
}

// name returns the skill's name in l: Arabic for ar and ary when the
// catalogue has it, else as written.
func (r reqSkill) name(l string) string {
	if (l == "ar" || l == "ary") && r.ar != "" {
		return r.ar
	}
	return r.fr
}

func skillNames(ss []Skill) string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Name)
	}
	return strings.Join(out, ", ")
}

// closing returns the occupation's trainings that close the gap, at most
// two: those that teach a missing skill (by their skill ids, or their
// name holding the skill's words), else, when the person's level is
// below the occupation's, those at or above it.
func (o *prepared) closing(missing []Skill, level int, l string) []Training {
	out := []Training{}
	lacks, lackIDs := map[string]bool{}, map[string]bool{}
	for _, s := range missing {
		lacks[s.Name] = true
		lackIDs[s.ID] = s.ID != ""
	}
	gap := map[string]bool{}
	for _, r := range o.skills {
		if lacks[r.name(l)] {
			for _, w := range r.frWords {
				gap[w] = true
			}
		}
	}
	for i, t := range o.training {
		if slices.ContainsFunc(o.Trainings[i].Skills, func(id string) bool { return lackIDs[id] }) ||
			slices.ContainsFunc(t.words, func(w string) bool { return gap[w] }) {
			out = append(out, o.Trainings[i])
		}
	}
	if len(out) == 0 && level >= 0 && o.min > level {
		for i, t := range o.training {
			if t.level >= o.min {
				out = append(out, o.Trainings[i])
			}
		}
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}
