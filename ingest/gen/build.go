package gen

import (
	"fmt"
	"strings"
	"time"
)

// siteStyle is how one job site writes its ads: languages, formatting
// habits, date style and how often it leaves fields empty.
type siteStyle struct {
	name     string  // source_site value
	host     string  // host of the ad URLs
	lang     [3]int  // weights of fr, ar, mixed ads
	darija   float64 // share of Arabic ads written as Darija classifieds
	html     float64 // share of descriptions in HTML
	flat     float64 // share flattened to one line
	emoji    float64 // share in emoji classifieds style
	entities float64 // share of HTML descriptions with encoded entities
	truncate float64 // share of truncated descriptions
	dates    []int   // date styles, repeated to weight them
	drop     float64 // chance each optional field is left empty
	arFields bool    // Arabic ads get Arabic city/contract/education fields
	noTitle  float64 // chance the title is missing (the description stays)
}

// massHiring lists occupations whose ads often state a number of openings.
var massHiring = map[string]bool{"operateur-cablage": true, "teleconseiller": true, "ouvrier-agricole": true,
	"ouvriere-conditionnement": true, "couturiere": true, "agent-securite": true, "operateur-production": true,
	"macon": true, "televendeur": true, "serveur": true, "agent-nettoyage": true}

// fresh builds a new original ad in a site's style. ID and URL are left for
// the caller, which knows the ad's position.
func (g *rng) fresh(st *siteStyle) Ad {
	o := &occupations[g.weighted(occWeights)]
	c := g.pickCity(o)
	lang := g.adLang(o, st)
	arabic := lang == "ar"
	arFields := arabic && st.arFields

	edu, exp, con, pay := g.eduChoice(o), g.expChoice(o), g.contractChoice(o), g.payChoice(o)
	x := &adCtx{o: o, c: c, employer: g.employerName(o, c.latin[0]), contract: con.text(arabic),
		salary: pay.text(arabic), education: edu.text(arabic), experience: exp.text(arabic), ref: g.ref(o)}
	x.alt = &adCtx{o: o, c: c, employer: x.employer, contract: con.text(true), salary: pay.text(true),
		education: edu.text(true), experience: exp.text(true), ref: x.ref}
	if massHiring[o.id] && g.chance(0.5) {
		x.positions = g.pick2(2, 5, 10, 20, 50)
		x.alt.positions = x.positions
	}
	a := Ad{Occupation: o.id, ISCO: o.isco, RegionCode: c.region, Lang: lang, cityKey: c.key,
		Employer: x.employer, Contract: con.text(arFields), Salary: pay.text(arFields), Education: edu.text(arFields),
		Experience: exp.text(arFields), Positions: x.positions, Skills: g.skillsField(o)}
	a.date = g.postDate()
	a.Posted = g.dateText(a.date, g.pickInt(st.dates))
	a.City = g.cityText(c, arFields && g.chance(0.7))
	a.Region = g.regionText(c, arFields)
	a.Sector = g.sectorField(o, arFields)

	a.Title, a.Description = g.titleAndText(st, x, lang)
	g.dropFields(&a, st)
	return a
}

// titleAndText writes the title and description of an ad in its language.
func (g *rng) titleAndText(st *siteStyle, x *adCtx, lang string) (string, string) {
	o, c := x.o, x.c
	var title string
	var blocks []block
	style := g.textStyle(st)
	switch lang {
	case "ar":
		if g.chance(st.darija) {
			title = g.titleDarija(o, c)
			blocks = g.darijaBlocks(x)
			if style == styleHTML {
				style = styleEmoji
			}
		} else {
			title = g.titleAR(o, c)
			x.title = g.pick(o.titlesAR)
			blocks = g.arabicBlocks(x)
		}
	case "mixed":
		ar := *x.alt
		ar.title = g.pick(o.titlesAR)
		title = g.mixedTitle(o, c, x.contract)
		blocks = g.mixedBlocks(x, &ar)
	default:
		title = g.titleFR(o, c.latin[0], x.contract)
		blocks = g.frenchBlocks(x)
	}
	text := g.render(blocks, style)
	if style == styleHTML && g.chance(st.entities) {
		text = g.entities(text)
	}
	if g.chance(st.truncate) {
		text = g.truncate(text, g.between(160, 420))
	}
	return title, g.noise(text)
}

func (g *rng) mixedTitle(o *occupation, c *city, contract string) string {
	fr, ar := g.titleFR(o, c.latin[0], contract), g.pick(o.titlesAR)
	switch g.intn(3) {
	case 0:
		return fr + " / " + ar
	case 1:
		return ar + " - " + fr
	default:
		return ar
	}
}

func (g *rng) textStyle(st *siteStyle) int {
	switch {
	case g.chance(st.html):
		return styleHTML
	case g.chance(st.flat):
		return styleFlat
	case g.chance(st.emoji):
		return styleEmoji
	}
	return stylePlain
}

func (g *rng) adLang(o *occupation, st *siteStyle) string {
	w := st.lang
	w[1] += int(o.arabic * float64(w[0]) * 0.4)
	return [3]string{"fr", "ar", "mixed"}[g.weighted(w[:])]
}

func (g *rng) sectorField(o *occupation, arabic bool) string {
	s := sectors[o.sector]
	if arabic && g.chance(0.6) {
		return g.pick(s.labelsAR)
	}
	return g.pick(s.labels)
}

// dropFields empties optional fields the way incomplete exports do. A
// missing title keeps the description, so the record stays valid.
func (g *rng) dropFields(a *Ad, st *siteStyle) {
	for _, f := range []*string{&a.Employer, &a.City, &a.Region, &a.Sector, &a.Contract, &a.Salary, &a.Education, &a.Experience, &a.Posted} {
		if g.chance(st.drop) {
			*f = ""
		}
	}
	if g.chance(st.drop) {
		a.Skills = nil
	}
	if g.chance(st.noTitle) {
		a.Title = ""
	}
}

func (g *rng) ref(o *occupation) string {
	code := strings.ToUpper(strings.ReplaceAll(o.id, "-", ""))
	if len(code) > 4 {
		code = code[:4]
	}
	return fmt.Sprintf("%s-%02d%02d", code, g.between(1, 12), g.between(24, 25))
}

func (g *rng) pick2(xs ...int) int { return xs[g.intn(len(xs))] }

func (g *rng) pickInt(xs []int) int { return xs[g.intn(len(xs))] }

// repost rewrites src as another site would publish the same ad: small
// edits to the title, city spelling, employer, text and date. The result
// points to src through DupOf.
func (g *rng) repost(src *Ad, st *siteStyle) Ad {
	a := *src
	a.Skills = append([]string(nil), src.Skills...)
	a.DupOf = src.ID
	a.ID, a.URL, a.SourceSite = "", "", ""
	if a.Title != "" && g.chance(0.75) {
		a.Title = g.titleVariant(a.Title)
	}
	c := &cities[cityIndex[a.cityKey]]
	if a.City != "" && g.chance(0.75) {
		for range 4 { // another spelling when the city has one
			if s := g.cityText(c, a.Lang == "ar" && g.chance(0.5)); s != a.City {
				a.City = s
				break
			}
		}
	}
	if a.Employer != "" && g.chance(0.4) {
		a.Employer = g.employerVariant(a.Employer)
	}
	a.Description = g.editText(a.Description, a.Lang == "ar")
	a.date = a.date.Add(time.Duration(g.between(0, 12)*24) * time.Hour)
	a.Posted = g.dateText(a.date, g.pickInt(st.dates))
	if g.chance(0.2) {
		a.Salary = ""
	}
	return a
}

// editText applies one or two small edits a reposting site makes.
func (g *rng) editText(s string, arabic bool) string {
	extras := extrasFR
	if arabic {
		extras = extrasAR
	}
	for range g.between(1, 2) {
		switch g.intn(4) {
		case 0:
			s = strings.TrimSpace(s) + "\n" + g.pick(extras)
		case 1:
			s = g.pick(extras) + " " + strings.TrimSpace(s)
		case 2:
			if strings.Contains(s, "<") {
				s = stripTags(s)
			} else {
				s = strings.ReplaceAll(strings.TrimSpace(s), "\n", "<br>")
			}
		default:
			s = strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
