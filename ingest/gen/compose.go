package gen

import (
	"fmt"
	"strconv"
	"strings"
)

// adCtx carries what the description of one ad talks about.
type adCtx struct {
	o          *occupation
	c          *city
	employer   string
	title      string // title in the language of the text
	contract   string
	salary     string
	education  string
	experience string
	positions  int
	ref        string
	alt        *adCtx // the same values in Arabic, for mixed ads
}

func (x *adCtx) sector() sectorText { return sectors[x.o.sector] }

// fill replaces the tokens of a phrase-bank template.
func (x *adCtx) fill(t string, arabic bool, desc string) string {
	city := x.c.latin[0]
	if arabic {
		city = x.c.arabic[0]
	}
	n := x.positions
	if n < 2 {
		n = 2
	}
	s := expand(t, func(tok string) string {
		switch tok {
		case "E":
			return x.employer
		case "D":
			return desc
		case "C":
			return city
		case "N":
			return strconv.Itoa(n)
		case "R":
			return x.ref
		case "T":
			return x.title
		}
		return "{" + tok + "}"
	})
	if arabic {
		return s
	}
	return elide(s)
}

// frenchBlocks builds the sections of a French ad in one of several orders.
func (g *rng) frenchBlocks(x *adCtx) []block {
	var out []block
	if intro := g.introFR(x); intro != "" {
		out = append(out, block{text: intro})
	}
	mid := []block{g.missionsFR(x), g.profileFR(x), g.offerFR(x)}
	switch g.weighted([]int{55, 15, 10, 5, 15}) {
	case 1:
		mid[0], mid[1] = mid[1], mid[0]
	case 2:
		mid[1], mid[2] = mid[2], mid[1]
	case 3:
		mid[0], mid[2] = mid[2], mid[0]
	case 4:
		mid = mid[:2]
	}
	out = append(out, mid...)
	if g.chance(0.3) {
		out = append(out, g.practicalFR(x))
	}
	if g.chance(0.75) {
		out = append(out, block{text: x.fill(g.pick(closingsFR), false, "")})
	}
	return out
}

// introFR presents the employer, or returns "" (some ads start with the job).
// Named places (clinics, shops, hotels) and undisclosed employers do not get
// a sector description that might not fit them.
func (g *rng) introFR(x *adCtx) string {
	if !g.chance(0.85) {
		return ""
	}
	desc := g.pick(x.sector().desc)
	switch {
	case anonymous(x.employer):
		return x.fill(upperFirst(g.pick(introAnonFR)), false, desc)
	case namedPlace(x.employer):
		for {
			if t := g.pick(introFR); !strings.Contains(t, "{D}") {
				return x.fill(t, false, desc)
			}
		}
	}
	return x.fill(g.pick(introFR), false, desc)
}

func (g *rng) missionsFR(x *adCtx) block {
	tasks := g.sample(x.o.tasks, g.between(3, 6))
	if g.chance(0.25) {
		lead := g.pick(missionLeadsFR)
		parts := make([]string, len(tasks))
		for i, t := range tasks {
			parts[i] = lowerFirst(t)
		}
		return block{heading: g.pick(missionHeadsFR), text: elide(lead+" "+joinFR(parts, lead)) + "."}
	}
	return block{heading: g.pick(missionHeadsFR), items: tasks}
}

func (g *rng) profileFR(x *adCtx) block {
	var items []string
	if x.education != "" {
		prefix := g.pick([]string{"Niveau : ", "Formation : ", "Diplôme : ", ""})
		if strings.HasPrefix(strings.ToLower(x.education), "niveau") {
			prefix = ""
		}
		items = append(items, prefix+x.education)
	}
	if x.experience != "" {
		items = append(items, g.pick([]string{"Expérience : ", "Expérience : ", "Expérience souhaitée : "})+x.experience)
	}
	for _, s := range g.sample(x.o.skills, g.between(1, 3)) {
		if softSkill(s) {
			items = append(items, s)
			continue
		}
		items = append(items, skillLine(g.pick(skillLinesFR), s))
	}
	items = append(items, g.sample(traitsFR, g.between(1, 3))...)
	if g.chance(0.35) {
		items = append(items, g.pick(languageLinesFR))
	}
	return block{heading: g.pick(profileHeadsFR), items: items}
}

func (g *rng) offerFR(x *adCtx) block {
	var items []string
	if x.contract != "" {
		items = append(items, g.pick([]string{"Contrat : ", "Type de contrat : ", ""})+x.contract)
	}
	if x.salary != "" {
		items = append(items, g.pick([]string{"Salaire : ", "Rémunération : ", "Salaire net : "})+x.salary)
	}
	items = append(items, g.sample(x.o.perks, g.between(0, 2))...)
	items = append(items, g.sample(perksFR, g.between(1, 3))...)
	return block{heading: g.pick(offerHeadsFR), items: items}
}

func (g *rng) practicalFR(x *adCtx) block {
	items := []string{"Lieu de travail : " + x.c.latin[0]}
	if x.positions > 0 {
		items = append(items, fmt.Sprintf("Nombre de postes : %d", x.positions))
	}
	items = append(items, g.pick(startFR))
	return block{heading: g.pick(practicalHeadsFR), items: items}
}

// arabicBlocks builds the sections of an Arabic (MSA) ad.
func (g *rng) arabicBlocks(x *adCtx) []block {
	intro := g.pick(introAR)
	for anonymous(x.employer) && strings.Contains(intro, "{E}") {
		intro = g.pick(introAR)
	}
	out := []block{{text: x.fill(intro, true, g.pick(x.sector().descAR))}}
	tasks := g.sample(x.o.tasksAR, g.between(2, 4))
	if g.chance(0.3) {
		lead := g.pick(missionLeadsAR)
		if !strings.HasSuffix(lead, "ب") {
			lead += " "
		}
		out = append(out, block{heading: g.pick(missionHeadsAR), text: lead + joinAR(tasks) + "."})
	} else {
		out = append(out, block{heading: g.pick(missionHeadsAR), items: tasks})
	}
	var req []string
	if x.education != "" {
		req = append(req, "المستوى الدراسي: "+x.education)
	}
	if x.experience != "" {
		req = append(req, "التجربة: "+x.experience)
	}
	for _, s := range x.o.skills {
		switch {
		case len(req) >= 5 || !g.chance(0.5):
		case strings.HasPrefix(s, "Permis "):
			req = append(req, "التوفر على رخصة السياقة "+strings.TrimPrefix(s, "Permis "))
		case latinTool(s):
			req = append(req, "إتقان "+s)
		}
	}
	req = append(req, g.sample(traitsAR, g.between(1, 3))...)
	if g.chance(0.3) {
		req = append(req, g.pick(languageLinesAR))
	}
	out = append(out, block{heading: g.pick(profileHeadsAR), items: req})
	var offer []string
	if x.contract != "" {
		offer = append(offer, "نوع العقد: "+x.contract)
	}
	if x.salary != "" {
		offer = append(offer, "الأجر: "+x.salary)
	}
	offer = append(offer, g.sample(x.o.perksAR, g.between(0, 2))...)
	offer = append(offer, g.sample(perksAR, g.between(1, 2))...)
	out = append(out, block{heading: g.pick(offerHeadsAR), items: offer})
	if g.chance(0.8) {
		out = append(out, block{text: x.fill(g.pick(closingsAR), true, "")})
	}
	return out
}

// darijaBlocks builds a short classified ad in Darija (Arabic script).
func (g *rng) darijaBlocks(x *adCtx) []block {
	title := g.pick(x.o.darija)
	if title == "" {
		title = g.pick(x.o.titlesAR)
	}
	y := *x
	y.title = title
	open := y.fill(g.pick(darijaOpen), true, "")
	lines := g.sample(darijaReqs, g.between(1, 3))
	if x.salary != "" {
		lines = append(lines, strings.ReplaceAll(g.pick(darijaPay), "{S}", x.salary))
	}
	lines = append(lines, g.pick(darijaCall))
	return []block{{text: open}, {items: lines}}
}

// mixedBlocks builds an ad that mixes French and Arabic the way Moroccan
// ads do: a French body with an Arabic contact line, an Arabic body with a
// French profile, or a French ad followed by a short Arabic summary.
func (g *rng) mixedBlocks(fr, ar *adCtx) []block {
	switch g.intn(3) {
	case 0:
		out := g.frenchBlocks(fr)
		return append(out, block{text: ar.fill(g.pick(closingsAR), true, "")})
	case 1:
		out := g.arabicBlocks(ar)
		p := g.profileFR(fr)
		out[2] = p
		return out
	default:
		out := g.frenchBlocks(fr)
		sum := ar.fill(g.pick(introAR), true, g.pick(ar.sector().descAR))
		if ar.education != "" {
			sum += " الشروط: " + ar.education + "."
		}
		return append(out, block{text: "ـــــــ"}, block{text: sum})
	}
}
