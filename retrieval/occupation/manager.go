package occupation

import (
	"slices"
	"strings"
)

// ISCO-08 sorts managers by the function they manage, not by the words of
// their title: major group 1 holds "finance managers" (1211), "human
// resource managers" (1212), "sales and marketing managers" (1221)… A
// title headed by a manager ("Manager Ressources Humaines", "Chef du
// département financier", "Sales Director") and naming one such function
// is that function's manager, whatever label its field words fit better
// ("ressources humaines" alone heads no worker, and the human resources
// professionals of 2423 are not their manager). The functions and their
// codes are ISCO-08's unit groups 121–133 as its definitions describe
// them; the words are Marsad's.

// managerHeads are the words that head a manager's title. "chef" and
// "responsable" head supervisors' and specialists' titles too, which
// labels holding them place ("chef de chantier", "responsable qualité"):
// the rule only corrects a label that lacks the head.
var managerHeads = wordSet("manager managers directeur directrice director head chef responsable gerant gerante مدير رئيس مسؤول")

// managedFunctions are the functions of ISCO-08's administrative,
// commercial, production and ICT managers, by the words that name them.
// A word belongs here only when, after a manager's head, it names one
// function whatever the employer ("commercial", "achats", "RH").
var managedFunctions = map[string]string{}

func init() {
	// the Arabic words as the public service names its divisions ("رئيس
	// قسم المالية", "مدير الشؤون الإدارية")
	for code, words := range map[string]string{
		"1211": "financier financiere financial finance finances comptabilite tresorerie treasury المالية الميزانية المحاسبة",
		"1212": "rh hr drh humaines human",
		"1219": "administratif administrative الإدارية",
		"1221": "ventes vente sales commercial commerciale commerciaux marketing export التجارية المبيعات التسويق",
		"1222": "communication publicite advertising التواصل الاتصال",
		"1324": "achats achat purchasing procurement supply logistique logistics approvisionnement approvisionnements " +
			"المشتريات الشراءات الصفقات اللوجستيك التموين",
		"1321": "production usine plant manufacturing fabrication الإنتاج",
		"1330": "informatique dsi cyber المعلوميات المعلوماتي المعلوماتية",
		// ISCO-08 has no manager of health and safety: the head of an HSE
		// service is its professional ("Chef du service HSE", "رئيس مصلحة
		// تدبير السلامة والصحة المهنية")
		"2263": "hse السلامة",
		// an administration's or a port's infrastructure division builds
		// and keeps works (a computing one is the ICT function's:
		// functionAt)
		"1323": "infrastructure infrastructures",
	} {
		for _, k := range titleWords(words) {
			managedFunctions[k] = code
		}
	}
}

// managedInstitutions are the professional services whose heads ISCO-08
// places apart (134x), by the institution a head directs: a school, a
// university, an education academy or a centre training teachers
// (1345) or a level of teaching ("Responsable maternelle et primaire"), a
// hospital or a health region (1342). They name the head's
// work only when no function does: the head of human resources of a
// hospital manages human resources.
var managedInstitutions = map[word]string{}

func init() {
	for code, words := range map[string]string{
		"1345": "ecole school faculte faculty universite university institut lycee crmef academie academy " +
			"education enseignement maternelle prescolaire primaire secondaire pedagogique " + // a school level's or teaching's head
			"مدرسة كلية جامعة معهد ثانوية أكاديمية التربية التعليم",
		"1342": "hopital hospital clinique clinic chu مستشفى مصحة المستشفى الصحي الصحية",
	} {
		for _, k := range titleWords(words) {
			managedInstitutions[k] = code
		}
	}
}

// commercialKey is the key of "commercial", which before another
// function word in an English title qualifies it.
var commercialKey = keyOf("commercial")

// managedPairs are the functions two words name, neither alone:
// "contrôle de gestion", management control, is the finance function's
// ("contrôle" alone is quality's or security's, "gestion" anyone's).
var managedPairs = map[string]string{
	keyOf("controle") + " " + keyOf("gestion"):     "1211",
	keyOf("الموارد") + " " + keyOf("البشرية"):      "1212",
	keyOf("نظم") + " " + keyOf("المعلومات"):        "1330",
	keyOf("نظام") + " " + keyOf("المعلومات"):       "1330",
	keyOf("systemes") + " " + keyOf("information"): "1330",
	keyOf("information") + " " + keyOf("systems"):  "1330",
	keyOf("البنية") + " " + keyOf("التحتية"):       "1323",
	keyOf("البنيات") + " " + keyOf("التحتية"):      "1323",
}

// notManagedFunction are the words that make a manager's title another
// kind of work than managing a function: a project, a product, a team
// or a mission of the function ("Chef de produit marketing" is a
// marketing professional), an assistant to its manager.
var notManagedFunction = wordSet("projet projets project projects produit produits product products equipe team mission missions " +
	"assistant assistante assistance adjoint adjointe account accounts مشروع مشاريع منتوج فريق مساعد")

// managerOf returns the function's manager for title t when t is headed by
// a manager, names one managed function and nothing that makes it another
// kind of work, and m, the match its words found, is not already of that
// code nor found by a label holding both the head and the function; else
// m.
func (th *Thesaurus) managerOf(t titleKeys, _ Context, m Match) Match {
	head := th.headKey(t)
	if !managerHeads[head] {
		if t.french || !managerHeads[t.last] {
			return m // not "Assistante directeur commercial"
		}
		head = t.last // "Sales Manager"
	}
	code, function := "", word("")
	for i, k := range t.keys {
		if notManagedFunction[k] {
			return m
		}
		if c, ok := functionAt(t, i); ok {
			switch {
			case code != "" && c != code && !t.french && function == commercialKey && t.keys[i-1] == function:
				// "commercial" before another function is English's
				// adjective: "Commercial Finance Director" manages finance
			case code != "" && c != code:
				return m // "Responsable administratif et financier": two functions
			}
			code, function = c, k
		}
	}
	if code == "" {
		code, function = institutionOf(t)
	}
	if code == "" || m.Code == code {
		return m
	}
	if e := th.matchedVia(m, head); e != nil && holds(e, function) && ownTrade(e, head, function) {
		return m
	}
	id := th.labelOf(head, code)
	if id < 0 {
		id = th.preferredOf(code) // no label of the function's manager has this head ("رئيس قسم البنية التحتية")
	}
	if id < 0 {
		return m
	}
	return th.matchOf(id, managerConfidence, "manager+function")
}

// functionAt returns the managed function title t names at its key i,
// alone (managedFunctions) or with the key after it (managedPairs); an
// infrastructure is computing's in a title that names computing ("Chef de
// la Division Infrastructures SI", "البنية التحتية المعلوماتية").
func functionAt(t titleKeys, i int) (string, bool) {
	c, ok := namedFunctionAt(t, i)
	if c == "1323" && namesComputing(t) {
		c = "1330"
	}
	return c, ok
}

// namedFunctionAt is the function the words of t at i name, as the
// tables give it.
func namedFunctionAt(t titleKeys, i int) (string, bool) {
	if i+1 < len(t.keys) {
		if c := managedPairs[t.keys[i]+" "+t.keys[i+1]]; c != "" {
			return c, true
		}
	}
	c, ok := managedFunctions[t.keys[i]]
	return c, ok
}

// namesComputing reports whether title t names computing: a word of it,
// a tool, or computing's function.
func namesComputing(t titleKeys) bool {
	if t.hasAny(computingWords) || t.support[ictKeys[0]] {
		return true
	}
	for i := range t.keys {
		if c, _ := namedFunctionAt(t, i); c == "1330" {
			return true
		}
	}
	return false
}

// managerConfidence is the confidence of a manager placed by the
// function his title names.
const managerConfidence = 0.5

// matchedHolds reports whether the label m was found by holds key k and
// the keys of more.
func (th *Thesaurus) matchedHolds(m Match, k word, more ...word) bool {
	e := th.matchedVia(m, k)
	return e != nil && holdsAll(e, more)
}

// matchedVia returns the label m was found by when it holds key k, else
// nil.
func (th *Thesaurus) matchedVia(m Match, k word) *entry {
	for _, id := range th.byKey[k] {
		if e := &th.labels[id]; e.code == m.Code && e.name == m.Label {
			return e
		}
	}
	return nil
}

// ownTrade reports whether label e, holding a manager's head and the
// function, names a trade of its own: a label that says more ("chef
// comptable", "dealership sales manager"), or one of no manager. ESCO
// lists "finance director", no more, among supply managers' names (1324),
// where ISCO-08 places the manager of finance (1211).
func ownTrade(e *entry, head, function word) bool {
	return e.code[0] != '1' || slices.ContainsFunc(e.keys, func(k word) bool { return k != head && k != function })
}

// institutionOf returns the code of the one kind of institution title t
// names (managedInstitutions) and its word, or "" when it names none or
// two kinds.
func institutionOf(t titleKeys) (string, word) {
	code, inst := "", word("")
	for _, k := range t.keys {
		if c, ok := managedInstitutions[k]; ok {
			if code != "" && c != code {
				return "", ""
			}
			code, inst = c, k
		}
	}
	return code, inst
}

// managersAssistant returns executive secretaries (3343) for a French
// title headed by an assistant and naming a director ("Assistante
// Directeur Administratif et Financier"), where the director's label fit
// the title better than any assistant's: the assistant of a director
// keeps his diary and files; the director's function is his, not hers.
// A deputy is no assistant ("Directeur adjoint"), and an English
// "Assistant Manager" ends on its head. Else m.
func (th *Thesaurus) managersAssistant(t titleKeys, _ Context, m Match) Match {
	if !t.french || !assistantHeads[t.first] || !strings.HasPrefix(m.Code, "1") || !t.hasAny(directorHeads) {
		return m
	}
	return th.recoded("3343", t, m, managerConfidence, "assistant")
}

// assistantHeads are the heads of an assistant's title.
var assistantHeads = keySet("assistant assistante")
