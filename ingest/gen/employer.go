package gen

import "strings"

// Invented name parts. Any resemblance to a real company is unintended: the
// names are built from common place names and words.
var (
	namePrefixes = []string{"Atlas", "Sahara", "Argana", "Anfa", "Bouregreg", "Noujoum", "Targa", "Majorelle", "Menara", "Oasis", "Rif", "Saïss",
		"Sebou", "Tensift", "Chaouia", "Doukkala", "Souss", "Mogador", "Tingis", "Volubilis", "Azur", "Horizon", "Nejma", "Amane", "Kawkab",
		"Assafa", "Zitoune", "Nakhil", "Yasmine", "Tafraout", "Ighil", "Tizi", "Oued", "Kasbah", "Medina", "Dunes", "Amlal", "Tilila", "Ifri", "Jbel"}
	placeNames = []string{"Al Amal", "Annour", "Assalam", "Al Kawtar", "Al Firdaws", "Ar-Rahma", "Al Moustakbal", "Ennajah", "Al Yasmine",
		"Les Orangers", "Les Palmiers", "Al Andalous", "Al Massira", "Al Boustane", "Les Jasmins", "Dar Diafa", "Zahra", "Al Wafae", "Chifa", "Tafilalet"}
	surnames = []string{"Benali", "El Idrissi", "Alaoui", "Bennani", "Tazi", "Berrada", "El Amrani", "Ouazzani", "Chraibi", "Lahlou", "Fassi",
		"Benjelloun", "Sebti", "Kettani", "El Mansouri", "Naciri", "Bouzidi", "Haddad", "Ait Taleb", "Oubella", "Boutaleb", "Skalli", "Rami"}
	legalForms   = []string{"SARL", "SARL", "S.A.R.L", "SARL AU", "SA", "S.A.", "Maroc", "Group", ""}
	confidential = []string{"Confidentiel", "Société confidentielle", "Entreprise de la place", "Groupe international (confidentiel)", "Cabinet de recrutement pour le compte de son client"}
)

// employerName expands an employer template: {P} a prefix, {N} a place-like
// name, {S} a family name, {F} a legal form (possibly empty), {C} the city.
func (g *rng) employerName(o *occupation, cityName string) string {
	if g.chance(0.06) {
		return g.pick(confidential)
	}
	t := g.pick(o.employers)
	s := expand(t, func(tok string) string {
		switch tok {
		case "P":
			return g.pick(namePrefixes)
		case "N":
			return g.pick(placeNames)
		case "S":
			return g.pick(surnames)
		case "F":
			return g.pick(legalForms)
		}
		return cityName
	})
	return strings.Join(strings.Fields(s), " ")
}

// employerVariant rewrites an employer name the way another site would:
// other casing, legal form dropped or added.
func (g *rng) employerVariant(name string) string {
	switch g.intn(4) {
	case 0:
		return strings.ToUpper(name)
	case 1:
		for _, f := range []string{" SARL AU", " S.A.R.L", " SARL", " S.A.", " SA", " Maroc", " Group"} {
			if strings.HasSuffix(name, f) {
				return strings.TrimSuffix(name, f)
			}
		}
		return name + " SARL"
	case 2:
		return strings.ToLower(name)
	default:
		return name
	}
}
