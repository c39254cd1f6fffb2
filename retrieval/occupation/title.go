package occupation

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/retrieval/lang"
)

// word is one word of a title or a label: its key, the form compared
// (lang's normal form without plural and feminine endings; Arabic words
// also lose their article: lang.Fold).
type word = string

// keys returns the words of a label that can name an occupation, in
// order: the small words of the five languages are dropped.
func keys(s string) []word { return keysWithout(withAmpersands(s), smallWords) }

// ampersand finds the abbreviations of two letters joined by an
// ampersand ("R&D", "b&b", "M&A", "F & B"), whose letters alone the
// tokens would drop: "directeur R&D" would be any "directeur", the
// "b&b operator" any "operator".
var ampersand = regexp.MustCompile(`(^|[^\p{L}])(\p{L})\s?&\s?(\p{L})($|[^\p{L}])`)

// withAmpersands returns s with its ampersand abbreviations written as
// one word of three letters ("rnd", "bnb"), which no other word is.
func withAmpersands(s string) string {
	if !strings.Contains(s, "&") {
		return s // most titles and labels: no regular expression run for them
	}
	return ampersand.ReplaceAllString(ehAndS.ReplaceAllString(s, "${1}EHS${2}"), "${1}${2}n${3}${4}")
}

// ehAndS finds "EH&S" (environment, health and safety), whose "EH" the
// ampersand's abbreviations of two letters do not take.
var ehAndS = regexp.MustCompile(`(?i)(^|[^\p{L}])EH\s?&\s?S($|[^\p{L}])`)

// titleKeys returns the words of a title (or a user's name of an
// occupation) that can name one: the small words are dropped, and so are
// gender marks ("H/F", "(e)"), the words of an ad's packaging ("urgent",
// "CDI", "recrute", "مطلوب"), seniority and numbers, which labels may
// hold ("conseiller à l'emploi") but titles use around the occupation.
func titleWords(s string) []word { return titleTokenWords(lang.Tokens(withAmpersands(s))) }

// titleTokenWords is titleWords on a title already cut into tokens.
func titleTokenWords(toks []string) []word {
	return withoutTrailingGender(keysOfTokens(toks, smallWords, packaging))
}

// genderWords say whom an ad is for ("Chargé de recrutement HOMME"),
// except at the head of a title, where they name the occupation ("femme
// de ménage", "homme à tout faire").
var genderWords = wordSet("homme hommes femme femmes")

// supportWords returns the keys a title offers only in support of a
// label another of its words found: its packaging words that labels
// hold (naming), and the keys
// its technology words imply ("Kotlin developer" is a software
// developer, "Technicien IT" a technicien informatique). They weigh
// nothing in the title, so a label that lacks them loses nothing.
func supportWords(toks []string) []word {
	var out []word
	for _, t := range toks {
		k := keyOf(t)
		switch {
		case naming[k]:
			out = append(out, k)
		case computingWords[k]:
			out = append(out, ictKeys[:2]...) // "IT" names computing, not its software: "IT Specialist" supports a computing generalist, not a software specialist
		case technology[t]:
			out = append(out, ictKeys...)
		case k == cyberKey:
			out = append(out, ictKeys[:2]...) // the security of computing, not its software: "Cyber Security Manager" manages ICT security
		}
	}
	return out
}

// announcing are the words of a headline that announces recruitment
// rather than naming a post.
var announcing = wordSet("recrutement recrutements recrute recrutent recruitment hiring opportunite opportunites " +
	"opportunity opportunities poste postes campagne vague ouvre ouvrent lance lancent programme program")

// naming are the packaging words that labels hold as what the work is
// about ("chargé de recrutement", "conseiller emploi", "agent
// d'intérim"); the others (seniority, contracts, pay) would only lift
// labels that mention them ("senior rental coordinator").
var naming = wordSet("recrutement recruitment emploi job interim شغل")

// cyberKey is "cyber", written apart from "security" in English titles.
const cyberKey = "cyber"

// ictKeys are the keys by which French and English labels say an
// occupation works with computers.
var ictKeys = []word{keyOf("informatique"), keyOf("ict"), keyOf("software")}

// technology are words of job titles that name computing tools,
// languages and platforms, or computing itself ("IT", "SI"): they tell
// that the occupation is one of computing, whichever tool it names.
var technology = wordSet("it si tic ict java kotlin python php javascript typescript angular react reactjs vue vuejs " +
	"node nodejs symfony laravel django spring dotnet golang scala spark hadoop kafka aws azure gcp cloud " +
	"devops devsecops linux unix cisco oracle sap abap salesforce odoo sharepoint genesys kubernetes docker " +
	"terraform ansible jenkins sql nosql mongodb postgresql mysql flutter android ios swift frontend backend " +
	"fullstack stack middleware mainframe cobol tableau powerbi qlik etl erp crm amoa " +
	// tools whose names are also words of labels (".NET"'s "net")
	// or glue onto them ("ServiceNow" is no "service")
	"ia ai ml nlp llm net ruby servicenow informatica knime selenium windev matlab simulink tailwind css html jira git " +
	"microsoft vmware citrix uipath rpa magento shopify prestashop wordpress drupal powerapps powershell jee j2ee liferay cegid " +
	"mlops dataops sre talend snowflake databricks airflow dbt looker siebel kinaxis")

// abbreviations are the short forms classified ads write for the words
// of an occupation ("Tech topo", "Technicien labo", "Resp. qualité"), in
// normal form.
var abbreviations = map[string]string{
	"topo": "topographe", "labo": "laboratoire", "info": "informatique", "compta": "comptabilite", "resp": "responsable",
	"clim": "climatisation", "elec": "electricite", "maint": "maintenance", "prod": "production", "ing": "ingenieur",
}

// expandAbbreviations returns toks with their abbreviations written out.
func expandAbbreviations(toks []string) []string {
	for i, t := range toks {
		if full, ok := abbreviations[t]; ok {
			toks[i] = full
		}
	}
	return toks
}

func withoutTrailingGender(ks []word) []word {
	out := ks[:0:0]
	for i, k := range ks {
		if i == 0 || !genderWords[k] {
			out = append(out, k)
		}
	}
	return out
}

func keysWithout(s string, drops ...map[string]bool) []word {
	return keysOfTokens(lang.Tokens(s), drops...)
}

func keysOfTokens(toks []string, drops ...map[string]bool) []word {
	var out []word
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if (t == "appel" || t == "appels") && i+2 < len(toks) && toks[i+1] == "d" && (toks[i+2] == "offre" || toks[i+2] == "offres") {
			t, i = "appeldoffres", i+2 // a call for tenders: "offres" alone is an ad's packaging ("offre d'emploi")
		}
		if n := ictPhrase(toks[i:]); n > 0 {
			t, i = ictToken, i+n-1
		}
		if next, ok := compoundFirsts[t]; ok && i+1 < len(toks) && next[toks[i+1]] {
			t, i = t+toks[i+1], i+1
		}
		k := keyOf(t)
		if k == "" || k == specialisedKey && i > 0 && keyOf(toks[i-1]) == technicianKey {
			continue
		}
		if (anyHas(drops, k) || anyHas(drops, t)) && !(i > 0 && keptAfter[toks[i-1]] == k) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// ictToken stands for the phrase "technologies de l'information et de
// la communication" ("information and communication technology"): one
// field, computing, whose words apart would tie a "Gestionnaire
// marketing et communication" to an ICT project manager.
const ictToken = "ict"

// ictSmallWords are the words the phrase holds between its three.
var ictSmallWords = map[string]bool{"de": true, "des": true, "d": true, "du": true, "l": true, "la": true, "les": true, "et": true, "and": true}

// ictPhrase returns how many tokens the ICT phrase at the start of toks
// takes, 0 when toks does not start with it: the French order
// (technologies, information, communication) or the English one
// (information, communication, technology), small words between.
func ictPhrase(toks []string) int {
	if len(toks) < 3 || !strings.HasPrefix(toks[0], "technolog") && toks[0] != "information" {
		return 0
	}
	order := []string{"technolog", "information", "communication"}
	if toks[0] == "information" {
		order = []string{"information", "communication", "technolog"}
	}
	next := 0
	for i, tok := range toks {
		switch {
		case strings.HasPrefix(tok, order[next]):
			next++
			if next == len(order) {
				return i + 1
			}
		case i == 0 || !ictSmallWords[tok]:
			return 0
		}
	}
	return 0
}

// compoundFirsts are the words that make one word with the word after
// them, among those listed: "full" alone is packaging ("full time") but
// "full stack" one word; "permis C" drives trucks and "permis B" cars,
// the letter naming the vehicle; "e-commerce" is not "commerce", nor
// "commercial"'s family.
var compoundFirsts = map[string]map[string]bool{
	"full":   {"stack": true},
	"permis": licenceCategories,
	"e":      electronicTrades,
}

// combiningForms are the first halves of compound words a label may write
// apart ("électro-mécanicien", "electro-mechanical designer",
// "agro-alimentaire"): in a label the two are one word, so that a title
// of the second half alone ("Mechanical Designer") is no electro-
// mechanical one. A title keeps the halves, and the whole word where
// labels know it (Thesaurus.joined): its halves may be a compound no label
// writes ("socio-médical"), whose second half still says something.
var combiningForms = keySet("electro hydro thermo agro micro aero bio geo opto petro mecano socio psycho")

// withCombiningForms returns label keys ks with each combining form
// joined to the key after it.
func withCombiningForms(ks []word) []word {
	out := ks[:0:0]
	for i := 0; i < len(ks); i++ {
		if combiningForms[ks[i]] && i+1 < len(ks) && !isArabic(ks[i+1]) {
			out = append(out, ks[i]+ks[i+1])
			i++
			continue
		}
		out = append(out, ks[i])
	}
	return out
}

// licenceCategories are the categories of a driving licence a driver's
// title names ("Chauffeur permis C"), which a letter alone would lose.
var licenceCategories = map[string]bool{"b": true, "c": true, "d": true, "e": true, "ec": true, "ce": true}

// electronicTrades are the words written after "e-" for trade on the
// internet ("e-commerce", "e-marketing", "e-business").
var electronicTrades = map[string]bool{"commerce": true, "marketing": true, "business": true, "learning": true, "banking": true, "reputation": true}

// keptAfter are packaging words (by key) that name work after a given
// word (by token: keyOf folds "employee" to "employe"): a
// "customer experience" or "employee experience" post ("Customer
// Experience Manager") and a "real time" analyst (a contact centre's
// planner) are occupations' words, where "expérience" and "time" alone
// say how long and how much.
var keptAfter = map[word]word{
	"customer": "experience", "client": "experience", "employee": "experience", "user": "experience",
	"guest": "experience", "patient": "experience", "candidate": "experience", "real": "time",
}

// A "technicien spécialisé" holds the diploma of that name (OFPPT's
// two-year level, "TS"): the word says his level, not his field, which
// the rest of the title names ("Technicien spécialisé en plasturgie").
// The keys are written folded: keyOf's tables are filled by init
// functions, after package variables are.
const specialisedKey, technicianKey = "specialise", "technicien"

func anyHas(ms []map[string]bool, k string) bool {
	for _, m := range ms {
		if m[k] {
			return true
		}
	}
	return false
}

// keyOf returns the key of a token in normal form.
func keyOf(t string) word {
	if t == "" || isNumber(t) || len(t) == 1 { // "B to C", "b&b": a letter alone names nothing
		return ""
	}
	if isArabic(t) {
		k := arabicStem(lang.Fold(t))
		if single, ok := brokenPlurals[k]; ok {
			return single
		}
		return k
	}
	if languageNames[t] {
		return languageKey
	}
	if safetyAcronyms[t] {
		t = "hse"
	}
	return latinStem(t)
}

// safetyAcronyms are the ways titles write health, safety and
// environment (HSE, EHS, HSSE, QHSE…): one field, one key, so that an
// "HSSE Coordinator" is an "HSE coordinator".
var safetyAcronyms = map[string]bool{"ehs": true, "hsse": true, "qhse": true, "hseq": true, "qhsse": true, "qhsee": true}

// languageNames are the languages a title or label may name as what is
// taught, translated or spoken: which one does not change the occupation
// ("Spanish teacher" is an "English teacher"'s, "professeur d'allemand" a
// "professeur de français"'s), so all read as one key, the word
// "language".
var languageNames = map[string]bool{}

var languageKey = latinStem("langue")

func init() {
	for _, l := range strings.Fields("langue langues language languages anglais english francais french espagnol spanish " +
		"allemand german deutsch italien italian portugais portuguese russe russian chinois chinese japonais japanese " +
		"turc turkish neerlandais dutch arabe arabic amazigh tamazight " +
		"berbere berber darija hassania hassaniya tarifit tachelhit") {
		languageNames[l] = true
	}
}

// isArabic reports whether a word in normal form is in Arabic script.
func isArabic(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return arabicRune(r)
}

// arabicRune reports whether r is of the Arabic block.
func arabicRune(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

func isNumber(t string) bool {
	return strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0
}

// latinStem removes the plural and the feminine of a French or English
// word in normal form (no accents): "développeuses" and "developpeur",
// "conseillère" and "conseiller", "assistante" and "assistant",
// "technicians" and "technician", "commerciaux" and "commercial" meet. Titles and labels go through it
// alike, so a stem that is not a word still matches its own.
func latinStem(t string) string {
	if len(t) > 5 && strings.HasSuffix(t, "aux") && !strings.HasSuffix(t, "eaux") { // "commerciaux", "médicaux" are plurals of -al ("réseaux" of -eau)
		return t[:len(t)-3] + "al"
	}
	if len(t) > 3 && (strings.HasSuffix(t, "s") || strings.HasSuffix(t, "x")) && !strings.HasSuffix(t, "ss") {
		t = t[:len(t)-1]
	}
	if len(t) <= 4 || notFeminine[t] {
		return t
	}
	for _, r := range feminine {
		if strings.HasSuffix(t, r.ending) && len(t)-len(r.ending) >= r.minStem {
			return t[:len(t)-len(r.ending)] + r.masculine
		}
	}
	return t
}

// notFeminine are words of a feminine ending that are no feminine of a
// worker's noun, and whose masculine form would name one: a "carrière"
// (career: "Conseiller carrière") is no "carrier" (a quarryman).
var notFeminine = map[string]bool{"carriere": true}

// feminine maps French feminine endings to the masculine, longest first,
// for a word that keeps minStem letters before the ending. The feminine
// of a head ending in a consonant adds an e ("experte", "ingénieure",
// "cheffe"; "agente", whose stem is two letters, where "vente" is no
// feminine).
var feminine = []struct {
	ending, masculine string
	minStem           int
}{
	{"ienne", "ien", 3}, {"euse", "eur", 3}, {"rice", "eur", 3}, {"eure", "eur", 3}, {"elle", "el", 3}, {"ante", "ant", 3},
	{"ente", "ent", 2}, {"erte", "ert", 3}, {"iere", "ier", 3}, {"ere", "er", 3}, {"ffe", "f", 3}, {"ive", "if", 3},
	{"ale", "al", 3}, {"ee", "e", 3},
}

// arabicStem removes the plural and feminine endings of an Arabic word
// already folded (lang.Fold: no article): "محاسبه" (محاسبة), "محاسبين",
// "ممرضات" and "محاسب" meet.
func arabicStem(t string) string {
	n := utf8.RuneCountInString(t)
	for _, suf := range []string{"ات", "ين", "ون"} {
		if strings.HasSuffix(t, suf) && n-2 >= 3 {
			return strings.TrimSuffix(t, suf)
		}
	}
	if strings.HasSuffix(t, "ه") && n-1 >= 3 {
		return strings.TrimSuffix(t, "ه")
	}
	return t
}

// brokenPlurals are the plurals Arabic forms inside the word, which no
// ending removes, of the heads of public-service and job titles and of
// the units they head ("مباراة لتوظيف أساتذة", "5 رؤساء مصالح"), by key:
// the key of their singular.
var brokenPlurals = map[word]word{
	"اساتذ": "استاذ", "اطبا": "طبيب", "روسا": "رييس", "مدرا": "مدير", "اطر": "اطار", "خبرا": "خبير",
	"عمدا": "عميد", "وكلا": "وكيل", "مفتشو": "مفتش", "مصالح": "مصلح", "اقسام": "قسم",
}

// smallWords are the small words of the five languages: never part of
// what names an occupation.
var smallWords = wordSet("de du des d la le les l un une et en au aux a à pour par sur avec chez dans ou " +
	"of the and for in an at to with on by from as " +
	"في من على و ل ب مع او ديال د ف 3la dyal")

// packaging are the words around an occupation in a title: gender marks
// (the feminine endings written apart: "Serveur(euse)", "Technicien(ne)"),
// the ad's wording, contracts, seniority, pay.
var packaging = wordSet("h f hf fh m mf e w se ne ere euse trice iere eure enne ienne urgent urgente offre offres emploi emplois job jobs poste postes recrute recrutement recrutons recherche " +
	"cherche cherchons hiring wanted vacancy opportunite opportunity cdi cdd anapec interim freelance temps plein partiel full part time " +
	"junior senior confirme experimente debutant experience exp an ans year years mois month sh smig salaire salary dh mad dhs " +
	"jeune jeunes diplome diplomes laureat laureats nous " +
	"nouveau nouvelle immediat immediate maroc morocco avis concours " +
	// internships and campaigns say how and how many, not who: "Stagiaire
	// Achat", "Safran ouvre des stages PFE", "Conseiller B2B bilingue"
	"stage stages stagiaire stagiaires pfe alternance alternant intern internship trainee " +
	"ouvre ouvrent lance lancent campagne plusieurs nombreuses opportunites profil profils ref reference " +
	// a headline's "postes à saisir dès maintenant" offers, it names no
	// data-entry clerk nor maintenance
	"saisir maintenant " +
	// a worker's status, not the work: "Freelance / Indépendant", "Commercial indépendant"
	"independant independante " +
	"deux trois quatre cinq six sept huit neuf dix two three four five " +
	"anglophone arabophone francophone hispanophone germanophone italophone bilingue trilingue bilingual trilingual multilingual " +
	"مطلوب مطلوبه مطلوبين نبحث عن توظيف عرض عروض شغل عمل خدمه فرصه مباراه " +
	"bghina khassna mtloub matloub mtlouba kanqlbo " +
	// sector nouns that fold onto an occupation: فلاحة (agriculture) is not فلاح (farmer)
	"فلاحه الفلاحه فالفلاحه")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, t := range lang.Tokens(words) {
		m[t] = true
		m[keyOf(t)] = true
	}
	return m
}
