package occupation

import (
	"slices"
	"testing"
)

// TestSectorNamesTheTrade: a call centre's and a bank's customer-facing
// titles are placed by the site's sector; a title naming other work is
// placed by its words, whatever the sector (issue 21, set 7).
func TestSectorNamesTheTrade(t *testing.T) {
	const callCentre, bank = "Call Centers (métiers de) - Secteur Centre d'appel", "Banque (métiers de la) - Secteur Banque / Finance"
	cases := []struct {
		title, sector string
		want          []string
	}{
		{"Superviseur plateau", callCentre, []string{"3341"}},
		{"Team Leader Germanophone", callCentre, []string{"3341"}},
		{"Conseiller commercial francophone", callCentre, []string{"5244"}},
		{"Téléconseiller service client", callCentre, []string{"4222"}},
		{"Technicien helpdesk", callCentre, []string{"3512"}},
		{"Conseillers techniques (salaire attractif, prime de vente déplafonnée)", callCentre, []string{"4222"}},
		{"Conseiller technique", "Agriculture", []string{"3122", "2132"}},
		{"Chargé de clientèle particuliers", bank, []string{"3312"}},
		{"Conseiller commercial entreprises", bank, []string{"3312"}},
		{"Chargé de clientèle courtage en assurance", bank + " / Assurance", []string{"3321", "4222"}},
		// without the sector the words decide, as before
		{"Superviseur plateau", "", []string{"3341", "3122"}},
	}
	for _, c := range cases {
		m := Classify(c.title, Context{Sector: c.sector})
		if !slices.Contains(c.want, m.Code) {
			t.Errorf("%q in %q: %s (%s, %q), want one of %v", c.title, c.sector, m.Code, m.Via, m.Label, c.want)
		}
	}
}

// TestEmployerAndDescriptionNameTheTrade: many sites leave the sector
// empty; an outsourcer's name or a description placing the post in a
// call centre names the trade as the sector does, and the market a post
// serves is no other work (set 22).
func TestEmployerAndDescriptionNameTheTrade(t *testing.T) {
	checkInContext(t, []contextCase{
		{"Commercial sédentaire", Context{Employer: "AB2KSELL", Description: "Vente en émission d'appels pour le marché français."}, "5244"},
		{"Commercial(e) B to B", Context{Employer: "Kavaa Global Services", Description: "Vous possédez idéalement une expérience dans les centres d’appels."}, "3322"},
		{"Responsable de Recrutement des Conseillers Clients", Context{Employer: "Webhelp Maroc"}, "2423"},
		{"Chargé(e)s de clientèle en Backoffice", Context{Employer: "E-Call Services CALL BPO WEB"}, "4222"},
		{"Conseillers Commerciaux - Secteur des Télécoms", Context{Employer: "Webhelp Maroc"}, "5244"},
		{"Technicien helpdesk", Context{Employer: "Intelcia"}, "3512"},
		{"Commercial terrain", Context{Employer: "Lesieur Cristal", Description: "Visites des points de vente."}, "3322"},
		{"Chargé de Clientèle", Context{Employer: "CIH bank"}, "3312"},
		{"Chargé de clientèle", Context{Employer: "Maroc Telecom"}, "4222"},
		// technical support in a call centre is computing's user support
		{"Conseillers client - support technique N2 (FTTH)", Context{Employer: "Marketing Call Center"}, "3512"},
		{"Conseiller client technique", Context{Employer: "Intelcia"}, "4222"},
	})
}

// TestProjectLeadersByTheirField: ISCO-08 has no project leaders' group;
// a project's leader is placed with the project's work, read from the
// title's field, then from a computing employer's sector.
func TestProjectLeadersByTheirField(t *testing.T) {
	cases := []struct {
		title, sector string
		want          string
	}{
		{"Chef de projet TMA", "IT Services and IT Consulting", "1330"},
		{"Chef de projet Java", "", "1330"},
		{"Chargé de projet industrialisation", "", "2141"},
		{"Chef de projet BTP", "", "1323"},
		{"Chef de projet informatique", "", "1330"},
		// a field word whose labels spread over one field's trades
		// (engineers, supervisors, masons) leads to that field's leader
		{"Chef de Projet Bâtiment", "", "1323"},
		{"Chef de projet construction", "", "1323"},
	}
	for _, c := range cases {
		if m := Classify(c.title, Context{Sector: c.sector}); m.Code != c.want {
			t.Errorf("%q in %q: %s (%s, %q), want %s", c.title, c.sector, m.Code, m.Via, m.Label, c.want)
		}
	}
}

// TestManagersAndExpertsOfTools: "contrôle de gestion" is the finance
// function a head of department manages; an expert or a technical lead
// naming only tools is a software developer, a recruiter of IT staff is
// not.
func TestManagersAndExpertsOfTools(t *testing.T) {
	cases := []struct {
		title string
		want  string
		bad   string
	}{
		{"Chef du département contrôle de gestion", "1211", ""},
		{"Expert technique Angular", "2512", ""},
		{"Technical Lead Kotlin", "2512", ""},
		{"Expert Technique Drupal", "2513", "2512"}, // the web's tools: a web developer
		{"Expert Magento", "2513", ""},
		{"Expert technique PHP Drupal", "2512", ""}, // PHP is not the web's alone
		{"Chargée de recrutement IT", "", "2512"},
		{"Chef de service contrôle qualité", "", "1211"},
	}
	for _, c := range cases {
		m := Classify(c.title, Context{})
		if c.want != "" && m.Code != c.want || c.bad != "" && m.Code == c.bad {
			t.Errorf("%q: %s (%s, %q), want %q, not %q", c.title, m.Code, m.Via, m.Label, c.want, c.bad)
		}
	}
}

// TestMoroccanUsageAndHeadlines: the names Moroccan ads give some posts,
// the diploma a "technicien spécialisé" holds, the seller of computing,
// and a headline's employer after "chez", which names no occupation.
func TestMoroccanUsageAndHeadlines(t *testing.T) {
	cases := []struct {
		title, sector string
		want          string
	}{
		{"Merchandiser GMS Agadir", "", "9334"},
		{"Chargée de portefeuille micro-crédit", "", "3312"},
		{"Assistante commerciale export", "", "4110"},
		{"Chargé d'affaires SAP", "", "2434"},
		{"Ingénieur commercial", "Informatique / Electronique - Secteur Informatique", "2434"},
		{"Ingénieur commercial", "", "2433"},
		{"Chef de projet AMOA", "", "2511"},
		{"Technicien spécialisé en électricité", "", "3113"},
		{"12 postes à saisir chez Renault Engineering dès maintenant", "", ""},
	}
	for _, c := range cases {
		if m := Classify(c.title, Context{Sector: c.sector}); m.Code != c.want {
			t.Errorf("%q in %q: %q (%s, %q), want %q", c.title, c.sector, m.Code, m.Via, m.Label, c.want)
		}
	}
}

// TestTestersOfSoftware: a title that names testing and software, a
// computing tool or computing, or whose employer is of computing, tests
// software (2519), not goods; testing without any of them stays what its
// words say. bad is the code the title had before.
func TestTestersOfSoftware(t *testing.T) {
	for _, c := range []struct{ title, sector, want, bad string }{
		{"Automation Test Lead", "Banking", "2519", "7543"},
		{"Quality Test Engineer – Banking Sector", "IT Services and IT Consulting", "2519", "2149"},
		{"Ingénieur Validation & Vérification (H/F)", "Informatique / Electronique", "2519", "2144"},
		{`HEAD OF "SOFTWARE QUALITY" TEAM (TESTING)`, "", "2519", "7543"},
		{"Contrôleur qualité", "Agroalimentaire", "7543", ""},
		{"Ingénieur validation moteur", "Automobile", "2144", "2519"},
	} {
		m := Classify(c.title, Context{Sector: c.sector})
		if m.Code != c.want {
			t.Errorf("%q (%s): %+v, want %s (was %s)", c.title, c.sector, m, c.want, c.bad)
		}
	}
}

// TestSellersByWhatAndWhereTheySell: ISCO-08 sorts sellers by what they
// sell (an insurer's seller sells policies) and where (a showroom's
// seller waits for the buyers a representative calls on; a distributor's
// "vendeurs" call on shops, where "grande distribution" is the shops').
func TestSellersByWhatAndWhereTheySell(t *testing.T) {
	checkInContext(t, []contextCase{
		{"Commercial (H/F)", Context{Employer: "AXA Services Maroc"}, "3321"},
		{"Commercial terrain", Context{Employer: "Wafa Assurance"}, "3321"},
		{"Commercial", Context{Sector: "Assurance / Courtage"}, "3321"},
		{"Commercial terrain", Context{Employer: "Lesieur Cristal"}, "3322"},
		{"Une Commerciale showroom à Maarif - Casablanca", Context{}, "5223"},
		{"Conseiller commercial en magasin", Context{}, "5223"},
		{"Commerciaux en Point de Vente - Tout Le Maroc", Context{}, "5223"},
		{"Responsable Commercial Terrain - Secteur de l'Éducation", Context{}, "3322"},
		{"Vendeurs Casablanca, Rabat et Marrakech", Context{Employer: "société de distribution"}, "3322"},
		{"Vendeur / Vendeuse (H/F)", Context{Sector: "Grande distribution"}, "5223"},
		{"Vendeuse en magasin", Context{Employer: "Distributeur Atlas"}, "5223"},
		// an account manager manages clients' accounts, not the sales function
		{"Inside Sales Account Manager (Casablanca)", Context{}, "3322"},
		{"Key Account Manager", Context{}, "3322"},
	})
}
