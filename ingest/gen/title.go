package gen

import "strings"

// titleFR decorates a French title the way employers and sites do.
func (g *rng) titleFR(o *occupation, cityName, contract string) string {
	t := g.pick(o.titles)
	switch {
	case g.chance(0.12):
		t += g.pick([]string{" - ", " – ", " à ", " | "}) + cityName
	case g.chance(0.05) && contract != "":
		t += " (" + contract + ")"
	case g.chance(0.06):
		t = g.pick([]string{"URGENT - ", "Urgent : ", "Recrutement : ", "Offre d'emploi : "}) + t
	}
	if !strings.Contains(t, "H/F") && g.chance(0.08) {
		t += " H/F"
	}
	if g.chance(0.07) {
		t = strings.ToUpper(t)
	}
	return t
}

// titleAR decorates an Arabic title.
func (g *rng) titleAR(o *occupation, c *city) string {
	t := g.pick(o.titlesAR)
	switch {
	case g.chance(0.3):
		t += g.pick([]string{" بمدينة ", " - ", " في "}) + c.arabic[0]
	case g.chance(0.2):
		t = "مطلوب " + t
	}
	return t
}

// titleDarija writes a classified-ad title in Darija.
func (g *rng) titleDarija(o *occupation, c *city) string {
	t := g.pick(o.darija)
	if t == "" {
		t = g.pick(o.titlesAR)
	}
	return g.pick([]string{"مطلوب ", "مطلوبين ", ""}) + t + " ف" + c.arabic[0]
}

// titleVariant rewrites a title the way a repost on another site would.
func (g *rng) titleVariant(t string) string {
	switch g.intn(5) {
	case 0:
		return strings.ToUpper(t)
	case 1:
		if strings.Contains(t, "(H/F)") {
			return strings.TrimSpace(strings.ReplaceAll(t, "(H/F)", ""))
		}
		return t + " (H/F)"
	case 2:
		return strings.ToLower(t)
	case 3:
		return "URGENT - " + t
	default:
		return t + " - CDI"
	}
}
