package match

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/retrieval/occupation"
)

// The weights of the signals in a score; they sum to 1. Set on the dev
// set (testdata/dev_profiles.jsonl; TestTuneWeights searches a grid):
// a named occupation is the strongest evidence, skills and the
// profile's words come next, the diploma's field and level settle what
// is left. On the 65 profiles these weights tie with the grid's best
// (named 0.30, level 0.15: nDCG@5 0.895), and are kept since profiles
// written by the same hand do not warrant trusting a level over a job
// the person names.
type weights struct{ named, skill, words, field, level float64 }

// w are the weights Match uses (a variable only so that the tuning test
// can try others).
var w = weights{named: 0.35, skill: 0.20, words: 0.20, field: 0.15, level: 0.10}

// minScore is the least score returned. An occupation whose education
// range holds the person's level reaches it on that alone (w.level): "no
// diploma, any job" gets the occupations that ask none, while a level
// that is unknown (half of w.level) needs another signal beside it.
const minScore = 0.1

// Match reads profile once and returns the catalogue's occupations that
// fit it best, and the occupations outside the catalogue that the
// profile names as jobs. It returns ErrEmptyProfile when profile holds
// no word, and an error wrapping ErrBadOptions for an unknown language,
// a region that is not an ISO 3166-2:MA region code or a negative
// limit; a profile from which nothing can be placed gets no matches and
// no error.
func (m *Matcher) Match(profile string, o Options) (Result, error) {
	if strings.TrimSpace(profile) == "" {
		return Result{}, ErrEmptyProfile
	}
	if err := o.check(); err != nil {
		return Result{}, err
	}
	p := m.read(profile)
	l := o.Lang
	if l == "" {
		l = p.Lang
	}
	region := p.Region
	if o.Region != "" {
		region = o.Region
	}
	best := map[string]Candidate{}
	for i := range m.occs {
		c := m.score(&m.occs[i], p, l)
		if old, ok := best[c.Code]; !ok || c.Score > old.Score {
			best[c.Code] = c
		}
	}
	for _, n := range p.Named {
		if _, ok := best[n.Code]; !ok {
			best[n.Code] = m.unprofiled(n, p, l)
		}
	}
	res := Result{Person: p, Region: region, Matches: m.ranked(best, o.Limit)}
	for i := range res.Matches {
		c := &res.Matches[i]
		c.RegionAds, c.Ads, c.AdsKnown = m.regionAds(c.Code, region)
		if c.occ != nil {
			c.Trainings = c.occ.closing(c.Missing, p.level, l)
		}
	}
	return res, nil
}

// ranked returns the candidates above minScore, best first, at most limit.
func (m *Matcher) ranked(best map[string]Candidate, limit int) []Candidate {
	if limit <= 0 {
		limit = DefaultLimit
	}
	out := []Candidate{}
	for _, c := range best {
		if c.Score >= minScore {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Code < out[j].Code
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// unprofiled is an occupation the profile names that the catalogue lacks:
// scored from that name and the experience in it, named by ESCO. What a
// profile would tell (its education range) is unknown, and counts as
// an unknown level does for an occupation of the catalogue, half of
// w.level, in the measure the name is sure (a guess of the classifier
// from a stray word earns little). Without it a job the person names ranked under any profiled
// occupation whose words and level fitted ("Mechanical engineer, HVAC"
// under the industrial engineer).
func (m *Matcher) unprofiled(n Named, p Person, l string) Candidate {
	ns := namedScore(n, n.Code)
	s := w.named * ns
	why := []Signal{{Kind: namedKind(n), Detail: n.Surface, Weight: round(s)}}
	if e := experienceScore(n, p); e > 0 {
		s += w.named * e
		why = append(why, Signal{Kind: SignalExperience, Detail: fmt.Sprintf("%g", p.Years), Weight: round(w.named * e)})
	}
	if ws := w.words * nameShareWeight * m.surfaceShare(n.Surface, p) * ns; ws > 0 {
		s += ws
		why = append(why, Signal{Kind: SignalWords, Weight: round(ws)})
	}
	s += w.level * levelFit(-1, -1, -1) * ns
	return Candidate{Code: n.Code, Name: occupation.Name(n.Code, l), Score: round(s),
		Common: []Skill{}, Missing: []Skill{}, Trainings: []Training{}, Why: why}
}

// surfaceShare is the share, by rarity, of the words of a name that the
// profile writes, as nameShare measures it for the names of a profiled
// occupation: 1 for a name of the lexicon, found in the profile as
// written; less for the classifier's label, read from part of a clause.
// The caller weighs it by the name's confidence: a guess of the
// classifier from one word ("correspondent") is found in the profile by
// construction.
func (m *Matcher) surfaceShare(surface string, p Person) float64 {
	var hit, all float64
	for _, t := range fullWords(surface) {
		idf := m.nameIDF[t]
		if idf == 0 {
			idf = 1
		}
		all += idf
		if p.full[t] {
			hit += idf
		}
	}
	if all == 0 {
		return 0
	}
	return hit / all
}

// experienceScore is what the years of experience add to a past job the
// person names: a tenth of a name at ten years and more.
func experienceScore(n Named, p Person) float64 {
	if n.Wished || p.Years <= 0 {
		return 0
	}
	return 0.1 * math.Min(p.Years, 10) / 10
}

// score scores one occupation for a person and explains it.
func (m *Matcher) score(o *prepared, p Person, l string) Candidate {
	c := Candidate{Code: o.Code, ProfileID: o.ID, Name: o.name(l)}
	var why []Signal
	add := func(kind, detail string, wt, s float64) {
		if s > 0 {
			why = append(why, Signal{Kind: kind, Detail: detail, Weight: round(wt * s)})
			c.Score += wt * s
		}
	}
	named, n := bestNamed(p, o.Code)
	kind := namedKind(n)
	if n.Code != o.Code {
		kind = SignalRelated
	}
	add(kind, n.Surface, w.named, named)
	if n.Code == o.Code {
		add(SignalExperience, fmt.Sprintf("%g", p.Years), w.named, experienceScore(n, p))
	}
	common, missing, sk := m.skills(o, p, l)
	c.Common, c.Missing = common, missing
	add(SignalSkills, skillNames(common), w.skill, sk)
	add(SignalWords, "", w.words, m.wordScore(o, p))
	fs, fw := m.fieldScore(o, p)
	add(SignalField, fw, w.field, fs)
	fit := levelFit(p.level, o.min, o.max)
	if p.level >= 0 && o.min >= 0 {
		c.Score += w.level * fit
		if fit == 1 {
			why = append(why, Signal{Kind: SignalLevel, Detail: p.Level, Weight: w.level})
		}
	} else {
		c.Score += w.level * fit
	}
	c.Score = round(math.Min(1, c.Score))
	sort.SliceStable(why, func(i, j int) bool { return why[i].Weight > why[j].Weight })
	c.Why = append([]Signal{}, why...)
	c.occ = o
	return c
}

// bestNamed returns the strongest named occupation for code and its score.
func bestNamed(p Person, code string) (float64, Named) {
	best, bn := 0.0, Named{}
	for _, n := range p.Named {
		if s := namedScore(n, code); s > best {
			best, bn = s, n
		}
	}
	return best, bn
}

// namedScore is how much a named occupation says for code: fully for its
// own code (a wish a little more than a past job), in part for a code of
// the same ISCO minor group (3 digits) or sub-major group (2 digits).
func namedScore(n Named, code string) float64 {
	s := 0.9
	if n.Wished {
		s = 1
	}
	switch {
	case n.Code == code:
	case n.Code[:3] == code[:3]:
		s *= 0.45
	case n.Code[:2] == code[:2]:
		s *= 0.2
	default:
		return 0
	}
	return s * n.Confidence
}

func namedKind(n Named) string {
	if n.Wished {
		return SignalWished
	}
	return SignalPast
}

// wordScore is the cosine of the profile's and the occupation's words,
// each weighted by its rarity in the catalogue, scaled so that a profile
// that shares the words of the occupation's name and skills reaches 1;
// or, when more, the share of one of its names the profile writes
// (nameShare): "خدام فالأمن" says little of the whole occupation but
// most of "عون الأمن الخاص".
func (m *Matcher) wordScore(o *prepared, p Person) float64 {
	return math.Max(m.cosine(o, p), nameShareWeight*m.nameShare(o, p))
}

// nameShareWeight discounts a name met in part: the profile's words are
// not a title, and the lexicon and the classifier, which read names as
// titles, did not place them.
const nameShareWeight = 0.8

// nameShare is the largest share, by rarity, of the words of one of the
// occupation's names found in the profile.
func (m *Matcher) nameShare(o *prepared, p Person) float64 {
	best := 0.0
	for _, ws := range o.names {
		var hit, all float64
		for _, t := range ws {
			all += m.nameIDF[t]
			if p.full[t] {
				hit += m.nameIDF[t]
			}
		}
		if all > 0 && hit/all > best {
			best = hit / all
		}
	}
	return best
}

func (m *Matcher) cosine(o *prepared, p Person) float64 {
	var dot, pn float64
	for t, w := range p.words {
		idf := m.idf[t]
		pn += (w * idf) * (w * idf)
		if ow, ok := o.words[t]; ok {
			dot += w * ow * idf * idf
		}
	}
	if dot == 0 {
		return 0
	}
	return math.Min(1, dot/(math.Sqrt(pn)*o.norm)/0.35)
}

// fieldScore is the share (by rarity) of the words of the person's fields
// of study that the occupation's trainings, fields, education or names
// hold, and the fields, as written, that met it. A field is met in its
// own words or in its French name (lang.FieldsOfStudy), whichever share
// more: "التسيير" meets "Gestion des entreprises", which no Arabic word
// of the catalogue names.
func (m *Matcher) fieldScore(o *prepared, p Person) (float64, string) {
	var hit, all float64
	var met []string
	for _, f := range p.Fields {
		h, a := m.fieldShare(o, contentWords(f))
		if names := lang.FieldsOfStudy(f); len(names) > 0 {
			if nh, na := m.fieldShare(o, contentWords(strings.Join(names, " "))); na > 0 && nh/na > h/a {
				h, a = nh, na
			}
		}
		hit, all = hit+h, all+a
		if h > 0 {
			met = append(met, f)
		}
	}
	if all == 0 {
		return 0, ""
	}
	return hit / all, strings.Join(met, "; ")
}

// fieldShare returns the rarity of the words of a field that the
// occupation's trainings, fields, education or names hold, and of all.
func (m *Matcher) fieldShare(o *prepared, words []string) (hit, all float64) {
	for _, t := range words {
		idf := m.idf[t]
		if idf == 0 {
			idf = 1
		}
		all += idf
		if o.field[t] || o.words[t] >= nameWeight {
			hit += idf
		}
	}
	return hit, all
}

// name returns the occupation's name in language l: its own, else the
// Arabic one for Darija in Arabic script, else the French one.
func (o *prepared) name(l string) string {
	for _, k := range []string{l, fallbackLang(l), "fr"} {
		if n := o.Names[k]; n != "" {
			return n
		}
	}
	if n := occupation.Name(o.Code, l); n != "" {
		return n
	}
	return o.Code
}

func fallbackLang(l string) string {
	if l == "ary" {
		return "ar"
	}
	return "fr"
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
