package match

import (
	"math"

	"github.com/marsad/marsad/retrieval/lang"
)

// prepared is an occupation read once for matching.
type prepared struct {
	Occupation
	skills   []reqSkill
	min, max int // education levels asked for (index in levels), -1 when unknown
	words    map[string]float64
	norm     float64         // the length of words weighted by rarity (set by New)
	field    map[string]bool // words of its fields, trainings and education
	training []trainingRead  // its trainings, read, in order
	names    [][]string      // the content words of each name and alias
}

// trainingRead is a training's words and lowest level (-1 when unknown).
type trainingRead struct {
	words []string
	level int
}

// reqSkill is one required skill: its lexicon id ("" when the lexicon
// knows none) and its words, to meet a profile that writes it out.
type reqSkill struct {
	id, fr, ar       string
	frWords, arWords []string
}

// Weights of an occupation's fields in its bag of words: its names say
// most, its description least (it also names cities and employers).
const (
	nameWeight     = 3
	skillWeight    = 2
	trainingWeight = 1
	descWeight     = 0.5
)

func prepare(o Occupation) prepared {
	p := prepared{Occupation: o, words: map[string]float64{}, field: map[string]bool{}}
	p.min, p.max = levelRange(o.Education)
	for i, s := range o.Skills {
		r := reqSkill{fr: s, id: skillID(s), frWords: contentWords(s)}
		if i < len(o.SkillsAR) {
			r.ar = o.SkillsAR[i]
			if r.id == "" {
				r.id = skillID(r.ar)
			}
			r.arWords = contentWords(r.ar)
		}
		p.skills = append(p.skills, r)
	}
	add := func(text string, w float64) {
		for _, t := range contentWords(text) {
			p.words[t] = math.Max(p.words[t], w)
		}
	}
	for _, n := range append(names(o), o.Aliases...) {
		add(n, nameWeight)
		if ws := fullWords(n); len(ws) > 0 {
			p.names = append(p.names, ws)
		}
	}
	for _, s := range append(append([]string{}, o.Skills...), o.SkillsAR...) {
		add(s, skillWeight)
	}
	fieldText := append([]string{o.Education, o.Sector}, o.Fields...)
	for _, t := range o.Trainings {
		fieldText = append(fieldText, t.Name)
		lo, _ := levelRange(t.Level + " " + t.Name)
		p.training = append(p.training, trainingRead{words: contentWords(t.Name), level: lo})
	}
	for _, s := range fieldText {
		add(s, trainingWeight)
		for _, t := range contentWords(s) {
			p.field[t] = true
		}
	}
	for _, d := range o.Descriptions {
		add(d, descWeight)
	}
	return p
}

// skillID returns the first skill the lexicon finds in s, "" when none.
func skillID(s string) string {
	for _, m := range lang.FindDocumentConcepts(s) {
		if m.Concept.Kind == lang.KindSkill {
			return m.Concept.Value
		}
	}
	return ""
}

// weights returns the inverse document frequency of each word and skill
// id over the catalogue: a word every occupation holds says nothing.
func (m *Matcher) weights() (words, skills map[string]float64) {
	wdf, sdf := map[string]int{}, map[string]int{}
	for _, p := range m.occs {
		for w := range p.words {
			wdf[w]++
		}
		seen := map[string]bool{}
		for _, s := range p.skills {
			if s.id != "" && !seen[s.id] {
				seen[s.id] = true
				sdf[s.id]++
			}
		}
	}
	n := float64(len(m.occs) + 1)
	ndf := map[string]int{}
	for _, p := range m.occs {
		seen := map[string]bool{}
		for _, ws := range p.names {
			for _, w := range ws {
				if !seen[w] {
					seen[w] = true
					ndf[w]++
				}
			}
		}
	}
	m.nameIDF = map[string]float64{}
	for w, d := range ndf {
		m.nameIDF[w] = math.Log(1 + n/float64(d))
	}
	words, skills = map[string]float64{}, map[string]float64{}
	for w, d := range wdf {
		words[w] = math.Log(n / float64(d))
	}
	for s, d := range sdf {
		skills[s] = math.Log(n / float64(d))
	}
	for i := range m.occs {
		o := &m.occs[i]
		for t, w := range o.words {
			o.norm += (w * words[t]) * (w * words[t])
		}
		o.norm = math.Sqrt(o.norm)
	}
	return words, skills
}
