package gen

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
	return expand(t, func(tok string) string {
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
}

// expand replaces each {token} of t by value(token).
func expand(t string, value func(tok string) string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		j := strings.IndexByte(t[i+1:], '}')
		if i < 0 || j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		b.WriteString(value(t[i+1 : i+1+j]))
		t = t[i+2+j:]
	}
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
	out := []block{{text: x.fill(g.pick(introAR), true, g.pick(x.sector().descAR))}}
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

// joinFR joins phrases as "a, b et c", eliding "de" before each vowel.
func joinFR(parts []string, lead string) string {
	de := strings.HasSuffix(lead, " de")
	for i := range parts {
		if de && i > 0 {
			parts[i] = "de " + parts[i]
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " et " + parts[len(parts)-1]
}

func joinAR(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], "، ") + " و" + parts[len(parts)-1]
}

// elide writes "de a..." as "d'a..." (and before h) everywhere in s.
func elide(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "de ")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		wordStart := i == 0 || s[i-1] == ' ' || s[i-1] == '('
		if wordStart && startsWithVowel(s[i+3:]) {
			b.WriteString(s[:i] + "d'")
		} else {
			b.WriteString(s[:i+3])
		}
		s = s[i+3:]
	}
}

func startsWithVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("aeiouyhâàéèêîôûAEIOUYHÉÈÊÂÎÔÛ", r)
}

// skillLine fills a skill template: {S} as is, {s} lowered, {de} "de s" elided.
func skillLine(t, s string) string {
	l := lowerFirst(s)
	return expand(t, func(tok string) string {
		switch tok {
		case "S":
			return s
		case "s":
			return l
		}
		return elide("de " + l)
	})
}

// lowerFirst lowers the first letter of a skill used inside a sentence,
// unless its first word is an acronym, a product name or has an inner
// capital (AutoCAD, PowerPoint).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	word, _, _ := strings.Cut(s, " ")
	for _, q := range word[n:] {
		if unicode.IsUpper(q) || unicode.IsDigit(q) || strings.ContainsRune(".+#/", q) {
			return s
		}
	}
	for _, p := range properNames {
		if word == p {
			return s
		}
	}
	return string(unicode.ToLower(r)) + s[n:]
}

var properNames = []string{"Excel", "Java", "Python", "Linux", "Canva", "Figma", "Photoshop", "Illustrator", "Revit", "Laravel", "React",
	"Angular", "Docker", "Ansible", "Azure", "Git", "Kotlin", "Swift", "Flutter", "Firebase", "Tableau", "Sage", "Word", "Windows",
	"Office", "Cisco", "Meta", "Google", "Robot", "Spring", "SketchUp", "Opera", "Incoterms", "Darija"}

// latinTool reports whether a skill is a tool or standard that Arabic ads
// keep in Latin script (Excel, SAP, CACES, HACCP ...).
func latinTool(s string) bool {
	for _, w := range []string{"Excel", "SAP", "CACES", "HACCP", "Sage", "AutoCAD", "Revit", "Java", "Python", "SQL", "Power BI", "Photoshop", "Canva", "WordPress", "Linux", "GMAO", "Permis", "ISO", "BADR", "Opera", "GlobalG.A.P.", "5S", "Office 365", "Active Directory", "Cisco"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// softSkills are personal qualities: ads list them as they are rather than
// as "Maîtrise de ...".
var softSkills = []string{"Rigueur", "Ponctualité", "Dynamisme", "Écoute", "Patience", "Discrétion", "Sens ", "Résistance",
	"Travail en équipe", "Gestion du stress", "Créativité", "Vigilance", "Leadership", "Autonomie", "Soin du travail",
	"Présentation soignée", "Confidentialité", "Dextérité", "Respect des", "Mobilité", "Communication", "Éthique", "Accueil client"}

func softSkill(s string) bool {
	for _, p := range softSkills {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// anonymous reports an employer that does not give its name.
func anonymous(e string) bool {
	if e == "Particulier" || strings.HasPrefix(e, "Famille") || strings.HasPrefix(e, "Important") {
		return true
	}
	for _, c := range confidential {
		if e == c {
			return true
		}
	}
	return false
}

// placeWords start employer names that say what the place is.
var placeWords = []string{"Pharmacie", "Parapharmacie", "Restaurant", "Clinique", "Polyclinique", "Hôtel", "Riad", "Garage", "Groupe scolaire",
	"École", "Crèche", "Salon", "Spa", "Cabinet", "Fiduciaire", "Étude", "Centre", "Laboratoire", "Supermarché", "Hypermarché", "Station",
	"Boutique", "Pâtisserie", "Boulangerie", "Domaine", "Ferme", "Coopérative", "Armement", "Imprimerie", "Agence", "Bureau", "Carrières",
	"Transit", "Hammam", "Résidence", "Institut", "Concession", "Conserverie", "Atelier", "Marché", "Transports", "Entreprise", "Institution",
	"Association", "Salle", "Café", "Banque"}

func namedPlace(e string) bool {
	for _, w := range placeWords {
		if strings.HasPrefix(e, w) {
			return true
		}
	}
	return false
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
