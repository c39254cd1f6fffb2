package gen

import (
	"fmt"
	"strings"
)

// eduText maps an education key to how French and Arabic ads write it.
var eduText = map[string][2][]string{
	"none":    {{"Sans diplôme", "Aucun diplôme exigé", "Non exigé", "Niveau primaire accepté", "Sans condition de diplôme"}, {"بدون شهادة", "لا يشترط مستوى دراسي", "بدون مستوى"}},
	"college": {{"Niveau collège", "Niveau 3ème année collège", "Niveau 9ème AF", "Niveau collège minimum"}, {"مستوى الإعدادي", "مستوى الثالثة إعدادي"}},
	"bac":     {{"Niveau bac", "niveau Bac", "Bac", "BAC", "Baccalauréat", "Niveau Baccalauréat", "Bac minimum"}, {"مستوى الباكالوريا", "الباكالوريا"}},
	"tech":    {{"OFPPT Technicien", "Diplôme OFPPT (Technicien)", "Qualification OFPPT", "Diplôme de qualification professionnelle", "Technicien (OFPPT ou équivalent)"}, {"دبلوم التكوين المهني", "دبلوم التأهيل المهني", "دبلوم تقني"}},
	"bac2":    {{"Bac+2", "BAC+2", "Bac + 2", "OFPPT TS", "Technicien Spécialisé (OFPPT)", "DUT / BTS", "Bac+2 (OFPPT, DUT, BTS)", "Diplôme de technicien spécialisé"}, {"باك+2", "دبلوم تقني متخصص", "دبلوم التقني المتخصص"}},
	"bac3":    {{"Bac+3", "Licence", "BAC+3", "Licence professionnelle", "Bac+3 minimum", "Bac+3/4"}, {"إجازة", "باك+3", "الإجازة المهنية"}},
	"bac5":    {{"Bac+5", "BAC+5", "Master", "Diplôme d'ingénieur", "Bac+5 (école d'ingénieurs ou master)", "Ingénieur d'État", "Bac+5 minimum"}, {"باك+5", "ماستر", "دبلوم مهندس دولة"}},
	"doc":     {{"Doctorat", "Bac+7 et plus"}, {"دكتوراه"}},
}

// expText maps an experience key to how ads write it.
var expText = map[string][2][]string{
	"0": {{"Débutant accepté", "Débutant(e)s accepté(e)s", "Sans expérience", "Première expérience souhaitée", "0-1 an", "Jeune diplômé", "Débutant"}, {"بدون تجربة", "المبتدئون مقبولون", "تقبل الطلبات بدون تجربة"}},
	"1": {{"1 an minimum", "1 à 2 ans", "Au moins 1 an d'expérience", "6 mois à 1 an", "1 an"}, {"تجربة سنة على الأقل", "سنة من التجربة"}},
	"2": {{"2 ans minimum", "2 à 5 ans", "Confirmé (2-3 ans)", "2 ans d'expérience similaire", "3 ans", "Expérience de 2 ans exigée"}, {"تجربة لا تقل عن سنتين", "سنتان على الأقل", "تجربة 3 سنوات"}},
	"5": {{"+5 ans", "5 ans minimum", "Senior (5 ans et plus)", "Plus de 5 ans", "5-10 ans"}, {"تجربة تفوق 5 سنوات", "5 سنوات على الأقل"}},
}

// contractText maps a contract key to how ads write it.
var contractText = map[string][2][]string{
	"cdi":        {{"CDI", "CDI", "cdi", "C.D.I", "Contrat à durée indéterminée", "CDI - Temps plein"}, {"عقد غير محدد المدة", "CDI"}},
	"cdd":        {{"CDD", "CDD", "CDD 6 mois", "CDD (renouvelable)", "Contrat à durée déterminée", "CDD 1 an"}, {"عقد محدد المدة", "CDD"}},
	"anapec":     {{"ANAPEC", "Contrat ANAPEC", "Idmaj", "Contrat d'insertion (ANAPEC)", "ANAPEC / Idmaj", "Contrat Anapec"}, {"عقد إدماج", "عقد أنابيك", "إدماج"}},
	"stage":      {{"Stage", "Stage PFE", "Stage pré-embauche", "Stage rémunéré", "Stage de fin d'études"}, {"تدريب", "تدريب قبل التشغيل"}},
	"interim":    {{"Intérim", "Interim", "Mission d'intérim", "Intérim (3 mois)", "Travail temporaire"}, {"عمل مؤقت", "Intérim"}},
	"freelance":  {{"Freelance", "Indépendant", "Mission freelance", "Free-lance"}, {"عمل حر", "Freelance"}},
	"saison":     {{"Saisonnier", "CDD saisonnier", "Contrat saisonnier", "Saison"}, {"عمل موسمي", "موسمي"}},
	"partiel":    {{"Temps partiel", "Mi-temps", "CDI temps partiel"}, {"دوام جزئي", "نصف الوقت"}},
	"journalier": {{"Journalier", "Payé à la journée", "À la tâche"}, {"بالمياومة", "الخدمة باليوم"}},
}

func lang2(arabic bool) int {
	if arabic {
		return 1
	}
	return 0
}

// choice is a value drawn once for an ad and written in either language:
// a key of one of the tables above and a variant number.
type choice struct {
	table   map[string][2][]string
	key     string
	variant int
	literal string // occupation-specific French text, used as is
}

func (c choice) text(arabic bool) string {
	if c.literal != "" && !arabic {
		return c.literal
	}
	xs := c.table[c.key][lang2(arabic)]
	return xs[c.variant%len(xs)]
}

func (g *rng) eduChoice(o *occupation) choice {
	c := choice{table: eduText, key: g.pick(o.edu), variant: g.intn(1 << 10)}
	if len(o.eduExtra) > 0 && g.chance(0.3) {
		c.literal = g.pick(o.eduExtra)
	}
	return c
}

func (g *rng) expChoice(o *occupation) choice {
	return choice{table: expText, key: g.pick(o.exp), variant: g.intn(1 << 10)}
}

func (g *rng) contractChoice(o *occupation) choice {
	return choice{table: contractText, key: g.pick(o.contracts), variant: g.intn(1 << 10)}
}

// Kinds of advertised pay.
const (
	payNone = iota
	payDaily
	paySMIG
	payVague
	payRange
)

// pay is the salary an ad states, written in either language by text.
type pay struct {
	kind, lo, hi, variant int
}

func (g *rng) payChoice(o *occupation) pay {
	lo, hi := g.payRange(o)
	p := pay{lo: lo, hi: hi, variant: g.intn(1 << 10)}
	switch {
	case g.chance(0.22):
		p.kind = payNone
	case o.daily && g.chance(0.35):
		p.kind = payDaily
	case lo <= 3200 && g.chance(0.4):
		p.kind = paySMIG
	case g.chance(0.25):
		p.kind = payVague
	default:
		p.kind = payRange
	}
	return p
}

// text writes the pay the way ads do, from a precise range to "à négocier";
// "" when the ad does not mention pay.
func (p pay) text(arabic bool) string {
	pick := func(xs ...string) string { return xs[p.variant%len(xs)] }
	lo, hi := p.lo, p.hi
	switch p.kind {
	case payNone:
		return ""
	case payDaily:
		d := roundTo(lo/26, 10)
		if arabic {
			return pick(fmt.Sprintf("%d درهم لليوم", d), fmt.Sprintf("%d درهم فاليوم", d))
		}
		return pick(fmt.Sprintf("%d DH/jour", d), fmt.Sprintf("%d dh par jour", d), fmt.Sprintf("%d MAD / jour", d))
	case paySMIG:
		if arabic {
			return pick("الحد الأدنى للأجور", "السميك", "السميك + منح")
		}
		return pick("SMIG", "SMIG + primes", "Smig", "Salaire minimum légal", "SMIG + heures sup")
	case payVague:
		if arabic {
			return pick("حسب التجربة", "قابل للتفاوض", "أجر محفز", "حسب المؤهلات")
		}
		return pick("à négocier", "A négocier", "Selon profil", "selon profil", "Selon expérience", "Attractif", "Motivant", "Fixe + commission", "Package attractif")
	}
	if arabic {
		return pick(fmt.Sprintf("%d درهم", lo), fmt.Sprintf("ما بين %d و%d درهم", lo, hi),
			fmt.Sprintf("%d درهم شهريا", lo), fmt.Sprintf("%d - %d درهم", lo, hi))
	}
	return frenchPay(lo, hi, p.variant)
}

func frenchPay(lo, hi, variant int) string {
	switch variant % 10 {
	case 0:
		return fmt.Sprintf("%d-%d DH", lo, hi)
	case 1:
		return fmt.Sprintf("%s - %s DHS", spaced(lo), spaced(hi))
	case 2:
		return fmt.Sprintf("%d à %d DH/mois", lo, hi)
	case 3:
		return fmt.Sprintf("%s MAD net", spaced(lo))
	case 4:
		return fmt.Sprintf("Entre %d et %d dirhams", lo, hi)
	case 5:
		return fmt.Sprintf("%ddh", lo)
	case 6:
		if lo >= 8000 {
			return fmt.Sprintf("%dK-%dK MAD brut", lo/1000, hi/1000)
		}
		return fmt.Sprintf("%d DH + primes", lo)
	case 7:
		return fmt.Sprintf("%d,00 MAD", lo)
	case 8:
		return fmt.Sprintf("%s à %s DH net", spaced(lo), spaced(hi))
	default:
		return fmt.Sprintf("%d - %d MAD", lo, hi)
	}
}

// payRange draws a plausible advertised range inside the occupation's band.
func (g *rng) payRange(o *occupation) (int, int) {
	span := o.pay[1] - o.pay[0]
	lo := roundTo(o.pay[0]+g.intn(span/2+1), 500)
	if lo < o.pay[0] {
		lo = roundTo(o.pay[0], 100)
	}
	hi := lo + roundTo(500+g.intn(span/2+1), 500)
	if hi > o.pay[1] {
		hi = o.pay[1]
	}
	if hi <= lo {
		hi = lo + 500
	}
	return lo, hi
}

func roundTo(x, step int) int { return (x + step/2) / step * step }

// spaced writes 6500 as "6 500".
func spaced(n int) string {
	s := fmt.Sprint(n)
	if len(s) <= 3 {
		return s
	}
	return s[:len(s)-3] + " " + s[len(s)-3:]
}

// skillsField picks the skills a site lists for an ad.
func (g *rng) skillsField(o *occupation) []string {
	if g.chance(0.12) {
		return nil
	}
	k := g.between(3, 7)
	out := g.sample(o.skills, k)
	if g.chance(0.15) {
		for i := range out {
			out[i] = strings.ToLower(out[i])
		}
	}
	return out
}
