package match

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// noJobHeaders are the headers of a CV's sections whose words name no
// job the person held or wants: leisure ("football", "lecture") and
// languages ("LANGUES : arabe, français", which the classifier reads as
// a language teacher).
var noJobHeaders = padded("centres d'intérêt", "centres d'interet", "loisirs", "hobbies", "interests", "intérêts", "activités extra", "الهوايات", "هوايات", "الاهتمامات",
	"langues", "langue", "langues parlées", "languages", "language", "اللغات", "لغات", "lughat", "loghat", "lo8at", "logiciels", "software", "outils", "tools")

// underNoJobHeader reports whether a clause lies in a section that names
// no job: its header (clauses keeps it before " : ") is one of
// noJobHeaders, or it names one of the leisure headers anywhere.
func underNoJobHeader(clause string) bool {
	if i := strings.Index(clause, " : "); i > 0 && isHeader(clause[:i], noJobHeaders) {
		return true
	}
	return tells(clause, hobbyCues)
}

// hobbyCues are the headers of a CV's section on leisure, whose words
// ("football", "lecture") name no job the person held or wants.
var hobbyCues = padded("centres d'intérêt", "centres d'interet", "loisirs", "hobbies", "interests", "intérêts", "activités extra", "الهوايات", "هوايات", "الاهتمامات")

// schoolWords begin the name of a school or university, whose words name
// its field ("Faculté des sciences juridiques", "كلية العلوم
// القانونية", "Institut Technique Agricole"), not a job of the person.
var schoolWords = regexp.MustCompile(`(?i)(?:^|[\s(])(?:facult[ée]s?|fac|[ée]cole|institut|institute|universit[ée]|university|lyc[ée]e|كلية|الكلية|بكلية|المعهد|معهد|بالمعهد|جامعة|الجامعة|بجامعة|المدرسة العليا|لمدرسة العليا)(?:\s|$)`)

// counted matches a number and the word after it: "60 ouvriers", "une
// équipe de 12 techniciens" name whom the person led, not their job.
var counted = regexp.MustCompile(`\b\d+\s+[\pL']+`)

// jobText returns the part of a clause read for the jobs it names: the
// clause up to a school's name, without the people counted in it; ""
// when the clause lies in a section that names no job or gives an age.
func jobText(clause string) string {
	if underNoJobHeader(clause) || ageClause(clause) {
		return ""
	}
	if loc := schoolWords.FindStringIndex(clause); loc != nil {
		clause = clause[:loc[0]]
	}
	return counted.ReplaceAllString(clause, " ")
}

// experienceHeaders are the headers under which a bare "12 ans" is
// experience, not an age.
var experienceHeaders = padded("expérience", "experience", "expériences", "expérience professionnelle", "professional experience", "work experience",
	"الخبرة", "خبرة", "الخبرات", "الخبرة المهنية", "التجربة", "تجربة", "tajriba", "tajroba", "khedma", "lkhedma")

// ageClause reports whether a clause is a bare age, as a CV's first line
// gives it beside the name ("Salma B., 26 ans, Fès"; "Hamza, 25 3am"):
// a number from 16 to 70 and its unit, alone or after a header that is
// not the one of experience.
func ageClause(clause string) bool {
	head, body := "", clause
	if i := strings.Index(clause, " : "); i > 0 {
		head, body = clause[:i], clause[i+3:]
	}
	if head != "" && tells(head, experienceHeaders) {
		return false
	}
	toks := lang.Tokens(body)
	if len(toks) != 2 || !yearWords[toks[1]] {
		return false
	}
	n, err := strconv.Atoi(toks[0])
	return err == nil && n >= 16 && n <= 70
}

// isHeader reports whether a CV's header is, as a whole, one of headers
// (padded normal forms).
func isHeader(head string, headers []string) bool {
	return slices.Contains(headers, " "+lang.Normalize(strings.TrimSpace(head))+" ")
}
