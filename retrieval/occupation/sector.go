package occupation

import (
	"maps"
	"slices"
	"strings"
)

// Call centres and banks name their posts by kinds of customer-facing
// work ("Superviseur", "Conseillers Commerciaux", "Chargé de Comptes
// Entreprises") that labels place in an office, a shop, an insurer or a
// company's board. The site's sector says whose post it is, and ISCO-08
// has its groups: contact centre information clerks (4222), contact
// centre salespersons (5244) and their supervisors, office supervisors
// (3341); a bank's advisers of clients and firms, credit and loans
// officers (3312). A title naming other work ("Technicien Helpdesk",
// "Talent Acquisition Specialist", "Chargé de clientèle courtage en
// assurance") is placed by its words, wherever it is.

// A trade is the customer-facing work of one sector: the names sites
// give the sector, the heads of its posts' titles with their codes, by
// precedence, and the other words its titles use.
type trade struct {
	sector []string // lower-case, as the sites write them
	// employers are words of the employers' names that say the trade
	// (an outsourcer's "CALL", "BPO", the country's large operators), and
	// told the phrases of an ad's description that place its post there
	// ("vente en émission d'appels"), lower-case: many sites leave the
	// sector empty
	employers map[word]bool
	told      []string
	ranks     []tradeRank
	words     map[word]bool
	named     []word // words of the labels that name the trade ("call center", "bancaire"), to show the label of its code that says it
}

type tradeRank struct {
	heads map[word]bool
	code  string
}

// trades are tried in order; the first whose sector the ad names and
// whose words hold the title places it.
var trades = []trade{
	{
		sector:    []string{"call center", "call centre", "centre d'appel", "centres d'appel"},
		employers: keySet("call bpo webhelp teleperformance intelcia majorel comdata sitel outsourcia"),
		// the post's own calls, not a call centre's experience asked for
		// ("une expérience dans les centres d'appels" of a B2B seller)
		told: []string{"plateau téléphonique", "émission d'appel", "émission d’appel", "réception d'appel", "réception d’appel"},
		ranks: []tradeRank{
			{keySet("superviseur superviseuse supervisor manager team leader teamleader chef responsable coordinateur coordinatrice"), "3341"},
			{keySet("commercial commerciale commerciaux televendeur televendeuse sales vendeur vendeuse teleprospecteur"), "5244"},
			{keySet("conseiller conseillere advisor adviser agent teleconseiller teleconseillere teleoperateur teleoperatrice charge chargee representative"), "4222"},
		},
		words: keySet("client clients clientele relation relations customer service care sedentaire equipe plateau appel appels centre center call b2b b2c distance backoffice back office chat " +
			"technique techniques technical support"), // a call centre's technical adviser answers customers' technical calls
		named: titleWords("call center"),
	},
	{
		sector:    []string{"banque", "bank"},
		employers: keySet("bank banque bancaire attijariwafa bmce cih cfg"),
		ranks: []tradeRank{
			{keySet("conseiller conseillere charge chargee gestionnaire attache attachee"), "3312"},
		},
		words: keySet("commercial commerciale clientele client clients compte comptes entreprise entreprises particulier particuliers professionnel professionnels affaires appui portefeuille relation"),
		named: titleWords("bancaire"),
	},
}

// sectorWorker returns the trade's worker for title t when every known
// word of t is one of a trade's heads or words and the ad's context c
// names that trade; else m. The title is read first: most are no trade's,
// and the context (the employer's words, the description's head) is then
// not read at all.
func (th *Thesaurus) sectorWorker(t titleKeys, c Context, m Match) Match {
	for i := range trades {
		tr := &trades[i]
		if code := th.tradeCode(tr, t); code != "" && tr.isNamed(c) {
			return th.tradeMatch(code, append(tr.named, t.keys...), m)
		}
	}
	return m
}

// isNamed reports whether the ad's context names trade tr: its sector,
// its employer's name, or the head of its description.
func (tr *trade) isNamed(c Context) bool {
	sector := strings.ToLower(c.Sector)
	for _, s := range tr.sector {
		if strings.Contains(sector, s) {
			return true
		}
	}
	if employerNames(c.Employer, tr.employers) {
		return true
	}
	desc := strings.ToLower(prefixRunes(c.Description, 600))
	return slices.ContainsFunc(tr.told, func(p string) bool { return strings.Contains(desc, p) })
}

// tradeCode returns the code of the first rank of tr whose head t holds,
// or "" when t holds a known word the trade does not use.
func (th *Thesaurus) tradeCode(tr *trade, t titleKeys) string {
	for k, supported := range t.support {
		if supported && naming[k] {
			return "" // "Responsable de Recrutement des Conseillers Clients": a recruiter, in a call centre
		}
	}
	if t.has[supportKey] && t.hasAny(technicalWords) {
		return "" // "Conseillers client - support technique N2": computing's user support, in a call centre
	}
	held := make([]bool, len(tr.ranks))
	for _, k := range t.keys {
		if servedMarket[k] {
			break // "Conseillers Commerciaux - Secteur des Télécoms": what follows is the client's market
		}
		if k == languageKey || th.byKey[k] == nil || tr.words[k] {
			continue
		}
		r := tr.rankOf(k)
		if r < 0 {
			return "" // "Technicien Helpdesk": other work, in a call centre
		}
		held[r] = true
	}
	for r, h := range held {
		if h {
			return tr.ranks[r].code
		}
	}
	return ""
}

// supportKey and technicalWords make technical support, the help given
// to the users of computers and networks (ICT user support, 3512).
var (
	supportKey     = keyOf("support")
	technicalWords = keySet("technique technical")
)

// servedMarket are the words after which a title names the market its
// post serves, not the post.
var servedMarket = keySet("secteur marche operation")

func (tr *trade) rankOf(k word) int {
	for r := range tr.ranks {
		if tr.ranks[r].heads[k] {
			return r
		}
	}
	return -1
}

// tradeMatch is the match of code, shown by its label holding the most of
// keys, unless m is of code already.
func (th *Thesaurus) tradeMatch(code string, keys []word, m Match) Match {
	if code == m.Code {
		return m
	}
	id := th.labelHoldingMost(code, keys)
	if id < 0 {
		return m
	}
	return th.matchOf(id, composeConfidence, "title+sector")
}

// labelHoldingMost returns the label of code holding the most of keys
// (the first found among equals), or -1 when none holds one.
func (th *Thesaurus) labelHoldingMost(code string, keys []word) int32 {
	best, most := int32(-1), 0
	for _, k := range keys {
		for _, id := range th.byKey[k] {
			e := &th.labels[id]
			if e.code != code {
				continue
			}
			n := 0
			for _, k2 := range keys {
				if holds(e, k2) {
					n++
				}
			}
			if n > most {
				best, most = id, n
			}
		}
	}
	return best
}

// keySetWith is keySet(words) with the keys of more besides.
func keySetWith(words string, more map[word]bool) map[word]bool {
	m := keySet(words)
	maps.Copy(m, more)
	return m
}

// keySet is the set of the keys of words.
func keySet(words string) map[word]bool {
	m := map[word]bool{}
	for _, f := range strings.Fields(words) {
		m[keyOf(f)] = true
	}
	return m
}

// insuranceSales returns insurance representatives (3321) for a match of
// commercial sales representatives (3322) whose employer or sector is an
// insurer's, or whose title names insurance: ISCO-08 sorts sellers by
// what they sell, and an insurer's "Commercial (H/F)" sells policies.
// Else m.
func (th *Thesaurus) insuranceSales(t titleKeys, c Context, m Match) Match {
	if m.Code != "3322" || !t.hasAny(insurance) && !employerNames(c.Employer, insurers) && !employerNames(c.Sector, insurance) {
		return m
	}
	return th.recoded("3321", t, m, m.Confidence, "insurer")
}

// insurance are the words of insurance; insurers the words of insurers'
// names besides them (the country's large insurers).
var (
	insurance = keySet("assurance assurances insurance assureur تأمين التأمين")
	insurers  = keySetWith("axa wafa rma saham sanlam allianz atlanta mamda mcma", insurance)
)

// shopSales returns shop sales assistants (5223) for a match of
// commercial sales representatives (3322) whose title places the post in
// a showroom, a shop or a point of sale ("Commerciale showroom",
// "Commerciaux en Point de Vente"): who sells there to the customers who
// come in is a shop's seller, not a representative calling on clients.
// The other way, a distributor's sellers ("Vendeurs" of a "société de
// distribution") are its representatives (3322). Else m.
func (th *Thesaurus) shopSales(t titleKeys, c Context, m Match) Match {
	switch {
	case m.Code == "3322" && (t.hasAny(shopWords) || t.has[pointKey] && t.has[saleKey]):
		return th.recoded("5223", t, m, m.Confidence, "shop")
	case m.Code == "5223" && !t.hasAny(shopWords) && employerNames(c.Employer, distributors):
		// a distributor's "Vendeurs" call on the shops it supplies (its
		// name says so; a sector of "distribution" is also the shops')
		return th.recoded("3322", t, m, m.Confidence, "distributor")
	}
	return m
}

// shopWords name the shops and showrooms where sellers wait for buyers;
// pointKey and saleKey their "point de vente". distributors are the words
// of a distributor's name.
var (
	shopWords         = keySet("showroom magasin boutique store shop")
	pointKey, saleKey = keyOf("point"), keyOf("vente")
	distributors      = keySet("distribution distributeur distributor grossiste wholesale")
)

// computingSales returns ICT sales professionals (2434) for a match of
// technical sales professionals (2433) whose title names computing or
// its tools, or whose employer sells computing: ISCO-08 sorts the
// professionals who sell to businesses by what they sell ("Chargé
// d'affaires IT", an "Ingénieur commercial" of a software firm); else m.
func (th *Thesaurus) computingSales(t titleKeys, c Context, m Match) Match {
	if m.Code != "2433" || !t.support[ictKeys[0]] && !computingSector(c.Sector) {
		return m
	}
	return th.recoded("2434", t, m, m.Confidence, "computing")
}

// recoded is m placed in code instead by the rule why, with confidence
// conf, shown by the label of code holding the most of t's keys (else
// its preferred one); m when code has no label.
func (th *Thesaurus) recoded(code string, t titleKeys, m Match, conf float64, why string) Match {
	id := th.labelHoldingMost(code, t.keys)
	if id < 0 {
		id = th.preferredOf(code)
	}
	if id < 0 {
		return m
	}
	return th.matchOf(id, conf, m.Via+"+"+why)
}

// testingWords are the words of testing and acceptance ("QA", "recette").
var testingWords = keySet("test tests testing tester testeur testeuse qa recette validation verification")

// softwareWords name software itself, which a tester may test.
var softwareWords = keySet("software logiciel logiciels automation automatisation applicatif applications")

// testedAsGoods are the codes a testing title's words fit when read as
// the testing of goods or engineering: product graders and testers
// (7543), engineers and technicians of no or another field, the head of
// a quality function (1219: "head of quality" of software testing).
var testedAsGoods = map[string]bool{"7543": true, "2149": true, "2144": true, "2141": true, "3119": true, "3115": true, "3139": true, "1219": true, "": true}

// computingTests returns software testers (2519) for a title that names
// testing and software, a computing tool or computing, or whose employer
// is of computing, when its words found a tester of goods or an engineer
// of another field ("Automation Test Lead" was a printed-circuit tester,
// "Quality Test Engineer" at an IT firm a quality engineer): ISCO-08
// sorts testers by what they test; else m.
func (th *Thesaurus) computingTests(t titleKeys, c Context, m Match) Match {
	if !testedAsGoods[m.Code] || !t.hasAny(testingWords) && !t.supportsAny(testingWords) ||
		!t.hasAny(softwareWords) && !t.support[ictKeys[0]] && !t.hasAny(computingWords) && !computingSector(c.Sector) {
		return m
	}
	conf := m.Confidence
	if conf == 0 {
		conf = composeConfidence
	}
	return th.recoded("2519", t, m, conf, "computing")
}

// supportsAny reports whether title t supports one of the keys of set (an
// aside in parentheses: "Head of Software Quality Team (Testing)").
func (t titleKeys) supportsAny(set map[word]bool) bool {
	for k, ok := range t.support {
		if ok && set[k] {
			return true
		}
	}
	return false
}
