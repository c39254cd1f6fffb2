package gen

import (
	"fmt"
	"time"
)

// Date styles a site can use for the posting date.
const (
	dateISO      = iota // 2024-05-03
	dateISOTime         // 2024-05-03T09:14:00Z
	dateDMY             // 03/05/2024
	dateDMYDash         // 03-05-2024
	dateFrLong          // 3 mai 2024, 03 mai 2024
	dateFrPosted        // Publié le 03/05/2024
	dateArLong          // 03 ماي 2024
	dateRelFr           // il y a 3 jours
	dateRelAr           // قبل يومين
)

var (
	dateFrom = time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	dateDays = int(time.Date(2025, 10, 31, 0, 0, 0, 0, time.UTC).Sub(dateFrom).Hours() / 24)

	monthsFr = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	// Moroccan month names, as used by the Moroccan Arabic press.
	monthsAr = []string{"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"}
)

func (g *rng) postDate() time.Time {
	d := dateFrom.AddDate(0, 0, g.intn(dateDays+1))
	return d.Add(time.Duration(g.between(7*60, 22*60)) * time.Minute)
}

// dateText writes d in the given style. Relative styles ignore d: sites
// show them relative to the day they were scraped, which is not recorded.
func (g *rng) dateText(d time.Time, style int) string {
	switch style {
	case dateISOTime:
		return d.Format("2006-01-02T15:04:05Z")
	case dateDMY:
		return d.Format("02/01/2006")
	case dateDMYDash:
		return d.Format("02-01-2006")
	case dateFrLong:
		day := fmt.Sprint(d.Day())
		if g.chance(0.5) {
			day = fmt.Sprintf("%02d", d.Day())
		}
		return fmt.Sprintf("%s %s %d", day, monthsFr[d.Month()-1], d.Year())
	case dateFrPosted:
		return "Publié le " + d.Format("02/01/2006")
	case dateArLong:
		return fmt.Sprintf("%02d %s %d", d.Day(), monthsAr[d.Month()-1], d.Year())
	case dateRelFr:
		return g.pick([]string{"Aujourd'hui", "Hier", "il y a 2 jours", "il y a 3 jours", "Il y a 5 jours", "il y a 1 semaine", "Il y a 2 semaines", "il y a 3 semaines", "il y a 1 mois"})
	case dateRelAr:
		return g.pick([]string{"اليوم", "أمس", "قبل يومين", "قبل 3 أيام", "قبل 5 أيام", "قبل أسبوع", "قبل أسبوعين", "قبل شهر"})
	default:
		return d.Format("2006-01-02")
	}
}
