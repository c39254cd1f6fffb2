package gen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
