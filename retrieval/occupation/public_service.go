package occupation

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Morocco's public service recruits by competition, for a grade of a
// corps, and fills its posts of responsibility by calls for candidates;
// its portals (emploi-public.ma, and the sites that copy it) title an ad
// with the competition, the grade, the scale and the employer around the
// post, in French and in Arabic: "Avis de concours de recrutement de
// Technicien de 4ème grade - Echelle 8", "مباراة لتوظيف متصرفين من
// الدرجة الثالثة", "فتح باب الترشيح لمناصب المسؤولية بوزارة الداخلية
// -عمالة مراكش-". None of those words names the work, and some fold onto
// labels' words: عمالة, a prefecture, onto العمال (labourers), مصلحة, a
// service, onto مصلح (a repairer), the fisheries of a ministry's name
// onto fishermen. withoutPublicWrapping blanks them; what remains is the
// post ("متصرفين", "Technicien") or nothing ("Avis de postes de
// responsabilités au Ministère de la Justice" names no post).

// namesNoPost finds a title that lists people, not a post: the admitted,
// the invited or the successful candidates of a competition.
var namesNoPost = regexp.MustCompile(`(?i)^\s*(?:لائح[ةه]|ل[ئي]ح[ةه]|(?:la\s+)?listes?\s+(?:des|de)\s+(?:candidat|laur[ée]at|admis|personnes)|r[ée]sultats?\s+(?:du|des|de)\s+concours)`)

// publicWrapping are the parts of a public-service title that name no
// post, in the order they are blanked.
var publicWrapping = []*regexp.Regexp{
	// a list's or a deadline's tail: "آخر أجل للترشيح هو 10 أبريل",
	// "الترشيح قبل 30 مارس", the portal's "2 أيام متبقية…الإعلان"
	regexp.MustCompile(`[.،,]?\s*(?:آخر|اخر|أخر)\s+(?:أجل|اجل).*$`),
	regexp.MustCompile(`[.،,]?\s*الترشيح\s+قبل.*$`),
	regexp.MustCompile(`\d*\s*(?:أيام|ايام|يوم)\s+متبقي.*$`),
	// the employer after "at": a ministry, a prefecture, a province, a
	// commune, a region, a delegation, an airport, a pole… to the end of
	// the title, which only goes on naming it ("بوزارة الفلاحة والصيد
	// البحري - قطاع الصيد البحري", "au Ministère de l'intérieur -Province
	// Chefchaouen-"); a prefecture, province or commune is one without
	// "at" too ("مدير المصالح جماعة بوكركوح")
	regexp.MustCompile(`(?:\s|^)(?:ب\s*|في\s+|لدى\s+)(?:ال)?(?:وزار[ةه]|عمال[ةه]|[إا]قليم|جماع[ةه]|جه[ةه]|ولاي[ةه]|مندوبي[ةه]|مديري[ةه]|مطار|قطب|وكال[ةه]|مكتب|مجلس|[إا]دار[ةه]|مؤسس[ةه]|كتاب[ةه]\s+الدول[ةه]|رئاس[ةه]\s+الحكوم[ةه]|المندوبي[ةه]).*$`),
	regexp.MustCompile(`(?:\s|^|[-–(])\s*(?:ال)?(?:وزار[ةه]|عمال[ةه]|[إا]قليم|جماع[ةه])\s.*$`),
	regexp.MustCompile(`(?i)\b(?:au|aux|à\s+la|a\s+la|à\s+l['’]|a\s+l['’]|du|de\s+la|de\s+l['’])\s*(?:minist[èe]re|province|pr[ée]fecture|commune|r[ée]gion|d[ée]l[ée]gation\s+g[ée]n[ée]rale|haut[- ]commissariat|secr[ée]tariat\s+d['’][ée]tat|conseil\s+national|conseil\s+r[ée]gional|conseil\s+provincial)\b.*$`),
	// a rank held: "ضابط مناوبة برتبة رئيس مصلحة" is a duty officer
	regexp.MustCompile(`(?:\s|^)(?:برتب[ةه]|بدرج[ةه])\s.*$`),
	regexp.MustCompile(`(?i)\b(?:avec|ayant)\s+(?:rang|grade)\s+de\b.*$`),
	// several posts, grades or fields: "في عدة تخصصات", "dans plusieurs
	// spécialités"
	regexp.MustCompile(`(?:في\s+)?عد[ةه]\s+(?:تخصصات|درجات|مناصب)(?:\s+و\s*(?:تخصصات|درجات))?`),
	regexp.MustCompile(`(?i)(?:dans\s+|en\s+)?(?:plusieurs|diverses|diff[ée]rentes)\s+sp[ée]cialit[ée]s`),
	// the call: a competition, a call for candidates, posts of
	// responsibility or senior posts
	regexp.MustCompile(`(?:[إا]لغاء\s+)?فتح\s+باب\s+الترشيح\s*(?:ل|لل)?`),
	regexp.MustCompile(`(?:ل\s*)?(?:ال)?مناصب\s+(?:ال)?(?:مسؤولي[ةه]|عليا)`),
	regexp.MustCompile(`(?:مباراة|مباراه|مباريات|امتحان)\s+(?:ل?\s*توظيف|التوظيف)?|(?:^|\s)ل?توظيف(?:\s|$)`),
	regexp.MustCompile(`(?i)\b(?:avis\s+(?:de|d['’]|des)\s+)?(?:concours|examen)\s+(?:professionnel\s+)?(?:de\s+|d['’])?(?:recrutement|aptitude)?\s*(?:de\s+|d['’]|des\s+|du\s+)?`),
	regexp.MustCompile(`(?i)\b(?:avis\s+(?:de|d['’])\s+|appel\s+[àa]\s+candidatures?\s+pour\s+(?:les|le|des)\s+)?postes?\s+(?:de\s+)?responsabilit[ée]s?\b`),
	regexp.MustCompile(`(?i)\b(?:les\s+|des\s+|aux\s+)?(?:emplois|postes|fonctions)\s+sup[ée]rieur(?:e)?s\s*:?`),
	regexp.MustCompile(`(?i)\bappel\s+[àa]\s+candidatures?\s+(?:pour\s+(?:le|les|un|des)\s+(?:postes?\s+(?:de\s+|d['’])?)?)?`),
	// the session of a competition: "دورة 04 أكتوبر 2026", "session du 12
	// mars 2026"
	regexp.MustCompile(`(?i)(?:دور[ةه]|session\s+(?:du\s+)?)\s*\d{1,2}\s+\S+\s+\d{4}`),
	// the grade and the scale: "de 4ème grade", "premier grade", "grade
	// A", "- Echelle 11", "من الدرجة الثالثة", "الدرجة ب", "سلم 10"
	regexp.MustCompile(`(?i)\b(?:de\s+)?(?:\d+\s*(?:er|ère|ere|e|è|ème|eme)|premier|premi[èe]re|deuxi[èe]me|second|seconde|troisi[èe]me|quatri[èe]me|cinqui[èe]me|principal)\s+grade\b`),
	regexp.MustCompile(`(?i)\bgrade\s+(?:[a-d]|principal|exceptionnel)\b`),
	regexp.MustCompile(`(?i)(?:^|[-–\s])\s*(?:hors\s+)?[ée]chelle(?:\s*\d+)?(?:\s|$)`),
	regexp.MustCompile(`(?:من\s+)?(?:ال)?درج[ةه]\s+(?:ال)?(?:[أا]ولى|[أا]ول|ثاني[ةه]?|ثالث[ةه]?|رابع[ةه]?|خامس[ةه]?|ممتاز[ةه]|[أابجد](?:\s|$)|\d+)`),
	regexp.MustCompile(`(?:خارج\s+)?(?:ال)?سلم\s*\d*`),
	// a ministry named without "at": up to the punctuation or the year
	// that ends its name ("Concours Ministère de la Transition
	// Energétique", which would be a minister)
	regexp.MustCompile(`(?i)\bminist[èe]re\b[^:,;|()–\-0-9]*`),
}

// publicWords finds a title that may hold some of publicWrapping: the
// expressions above are many, and most titles hold none of these words.
var publicWords = regexp.MustCompile(`(?i)\p{Arabic}|concours|examen|grade|chelle|responsabilit|candidature|minist|province|pr[ée]fecture|commune|r[ée]gion|d[ée]l[ée]gation|commissariat|secr[ée]tariat|conseil|rang|sup[ée]rieur`)

// countedNoun finds a noun counted by a number, which Arabic writes in
// the accusative with an alif ("50 تقنيا", "24 مستشارا"): the alif is
// no part of the word.
var countedNoun = regexp.MustCompile(`(\d+\s+\p{Arabic}{3,})ا(\s|$|[.،,])`)

// call is how a public-service title recruits.
type call int

const (
	noCall        call = iota
	byCompetition      // a competition for a grade: it names a corps
	forSeniorPost      // a call for the senior posts (المناصب العليا), which the Council of Ministers or the head of government appoints
)

// competition finds a title that recruits by competition for a grade or
// a scale; seniorPosts one that calls for senior posts.
var (
	competition = regexp.MustCompile(`(?i)concours|مباراة|مباراه|مباريات|grade|[ée]chelle|درج[ةه]|سلم\s*\d`)
	seniorPosts = regexp.MustCompile(`(?i)(?:ال|لل)مناصب\s+العليا|(?:emplois|postes|fonctions)\s+sup[ée]rieur(?:e)?s`)
)

// withoutPublicWrapping returns title without the words of the public
// service's competitions and calls around its post, and how it recruits.
func withoutPublicWrapping(title string) (string, call) {
	if !publicWords.MatchString(title) {
		return title, noCall
	}
	title = strings.Map(withoutArabicMarks, title)
	how := noCall
	switch {
	case seniorPosts.MatchString(title):
		how = forSeniorPost
	case competition.MatchString(title):
		how = byCompetition
	}
	title = countedNoun.ReplaceAllString(title, "$1$2")
	for _, re := range publicWrapping {
		title = re.ReplaceAllString(title, " ")
	}
	if how == byCompetition {
		title = withoutCompetitionPlace(title)
	}
	return title, how
}

// withoutCompetitionPlace blanks the institution a competition's title
// recruits for, up to the speciality it may name after it ("تقني من
// الدرجة الثالثة بكلية العلوم التطبيقية تخصص Informatique" keeps
// "تخصص Informatique").
func withoutCompetitionPlace(title string) string {
	at := competitionPlace.FindStringIndex(title)
	if at == nil {
		return title
	}
	end := len(title)
	if sp := specialityWord.FindStringIndex(title[at[0]:]); sp != nil {
		end = at[0] + sp[0]
	}
	return title[:at[0]] + " " + title[end:]
}

// specialityWords begin the speciality a title or a notice names.
const specialityWords = `sp[ée]cialit[ée]s?|fili[èe]re|تخصص`

var specialityWord = regexp.MustCompile(`(?i)` + specialityWords)

// competitionPlace finds the school, faculty, university, institute or
// hospital a competition recruits for, after "at" or "for" (لفائدة, au
// profit de), to the end of the title ("تقني من الدرجة الثالثة بالمدرسة
// العليا للأساتذة", "Technicien 3ème grade à la Faculté des Sciences"): a
// grade's holder there is what his corps makes him, not the
// institution's teacher or doctor. Only in a competition's title:
// elsewhere "Directeur de l'Ecole…" is the school's manager.
var competitionPlace = regexp.MustCompile(`(?i)(?:(?:\s|^)(?:ب\s*|في\s+|لدى\s+|لفائد[ةه]\s+)(?:ال)?(?:مدرس[ةه]|كلي[ةه]|جامع[ةه]|معهد|مستشف[ىي]|مركز)|\s(?:à|a|au|aux|au\s+profit\s+(?:de|du|des))\s+(?:la\s+|l['’]\s*)?(?:[ée]cole|facult[ée]|universit[ée]|institut|h[ôo]pital|centre\s+hospitalier)\b).*$`)

// publicPost places a public-service title t by how it recruits: a
// competition's corps, a senior post's head. decided is false when
// neither says anything (the title is read as any other); true with no
// code for a corps of no named field whose notice gives no speciality
// that places it. A senior post that heads a school, a hospital or
// another professional service is that service's manager (134x,
// "Directeur de l'Ecole Mohammadia des Ingénieurs": 1345), as ISCO-08
// places it whoever appoints him.
func (th *Thesaurus) publicPost(t titleKeys, c Context, how call) (m Match, decided bool) {
	switch {
	case how == byCompetition:
		return th.corpsOf(t, c)
	case how == forSeniorPost && len(t.keys) > 0 && seniorHeads[t.keys[0]]:
		if m := th.placeRead(t, c); professionalServices(m.Code) {
			return m, true
		}
		// a director, an inspector general or a secretary general
		// appointed to a senior post is a senior government official
		return Match{Code: "1112", Confidence: corpsConfidence, Via: "senior post", Label: t.keys[0], Source: "marsad"}, true
	}
	return Match{}, false
}

// professionalServices reports whether code is a manager of a
// professional service other than a bank's branch (1341–1349 but 1346).
func professionalServices(code string) bool {
	return strings.HasPrefix(code, "134") && code != "1346"
}

// seniorHeads are the heads of the senior posts' titles.
var seniorHeads = wordSet("مدير مفتش كاتب عميد directeur directrice inspecteur inspectrice secretaire doyen")

// corps are the public service's corps named without their field, as a
// competition names them ("Technicien de 4ème grade", "متصرفين من الدرجة
// الثالثة"), by their keys, with the ISCO-08 unit group of the work the
// statute gives them. The same words in a private ad name no occupation
// ("Technicien H/F") or another ("administrateur systèmes"), so they are
// read only in a competition's title. Marsad's table, from the Moroccan
// public service's statutes and ISCO-08's definitions: an administrator
// of the civil service writes and applies its policies (2422), as the
// foreign service's secretaries and counsellors do. The technicians, the
// state engineers and the adjoints techniques (the execution grades below
// technicians) have the speciality their notice names, "" here: a
// technician of no named trade is no more placed than a private ad's
// "Technicien" (ISCO-08 codes an occupation, not a grade; two coders of
// emploi-public.ma's notices left them unplaced, set 22).
var corps = map[string]string{}

func init() {
	for code, names := range map[string]string{
		"": "technicien|techniciens|تقني|adjoint technique|مساعد تقني|" +
			"ingénieur|ingénieur d'état|مهندس|مهندس الدولة|مهندس دولة",
		"2422": "administrateur|متصرف|secrétaire des affaires étrangères|كاتب الشؤون الخارجية|" +
			"conseiller des affaires étrangères|مستشار الشؤون الخارجية",
		"2161": "architecte|مهندس معماري",
		"3351": "inspecteur des douanes|مفتش الجمارك|contrôleur des douanes|مراقب الجمارك",
		"4110": "adjoint administratif|مساعد إداري",
		"5312": "assistant pédagogique|مساعد تربوي",
	} {
		for _, n := range strings.Split(names, "|") {
			corps[strings.Join(titleWords(n), " ")] = code
		}
	}
}

// corpsInFrench are the French names of the Arabic corps of no named
// field, by their keys, to read a speciality a notice gives in French.
var corpsInFrench = map[string]string{}

func init() {
	for ar, fr := range map[string]string{
		"مهندس دولة": "ingénieur d'état", "مهندس الدولة": "ingénieur d'état", "مهندس": "ingénieur",
		"تقني": "technicien", "مساعد تقني": "adjoint technique",
	} {
		corpsInFrench[strings.Join(titleWords(ar), " ")] = fr
	}
}

// corpsConfidence is the confidence of a code read from a corps' name.
const corpsConfidence = 0.7

// corpsOf places a competition's title t by the corps it names whole:
// a corps of no named field by the speciality its notice, c's
// description, gives it ("Ingénieur d'Etat 1er grade", speciality "Génie
// informatique", is a software engineer), else by nothing. decided is
// false when t names no corps.
func (th *Thesaurus) corpsOf(t titleKeys, c Context) (m Match, decided bool) {
	name := strings.Join(t.keys, " ")
	code, ok := corps[name]
	switch {
	case !ok:
		return Match{}, false
	case code != "":
		return Match{Code: code, Confidence: corpsConfidence, Via: "corps", Label: name, Source: "marsad"}, true
	}
	sp := speciality.FindStringSubmatch(prefixRunes(c.Description, 1000))
	if sp == nil || utf8.RuneCountInString(strings.TrimSpace(sp[1])) < 3 {
		return Match{}, true // none, or an empty one ("Spécialité(s): ")
	}
	if fr, ok := corpsInFrench[name]; ok && !strings.ContainsFunc(sp[1], arabicRune) {
		name = fr // a French speciality is read with the corps' French name: "مهندس دولة", "Génie civil"
	}
	if f := th.placeRead(th.readTitle(name+" "+sp[1]), Context{}); f.Via == "title" || f.Via == "head+field" {
		f.Via = "corps+speciality"
		return f, true
	}
	return Match{}, true
}

// speciality finds the speciality a competition's notice gives its corps
// ("Spécialité : Génie informatique", "Spécialité(s): Génie civil",
// "تخصص: الهندسة المدنية").
var speciality = regexp.MustCompile(`(?i)(?:` + specialityWords + `)(?:\(s\))?\s*[:：]?\s*([^—|\n;.:]{3,60})`)

// withoutArabicMarks drops the short vowels and the tatweel some titles
// write ("سُلمْ"), which the regular expressions above do not expect.
func withoutArabicMarks(r rune) rune {
	if r == 'ـ' || unicode.Is(unicode.Mn, r) && r >= 0x064B && r <= 0x065F {
		return -1
	}
	return r
}

// ministryDirector returns senior government officials (1112) for a
// director whose employer is a ministry ("Directeur de Contrôle des
// Activités de la Pêche Maritime" at the ministry of agriculture): a
// ministry's directors head its central directorates, which ISCO-08
// places with the officials who run a government's departments, whatever
// the domain the directorate's name gives (a label of the domain found a
// worker of it). A director of a function ISCO-08 gives its own managers
// (finance, human resources, computing…) or of an institution (a
// hospital, a school) stays theirs; else m.
func (th *Thesaurus) ministryDirector(t titleKeys, c Context, m Match) Match {
	if m.Code == "1112" || !directorHeads[th.headKey(t)] || !employerNames(c.Employer, ministryWords) || m.Via == "manager+function" {
		return m
	}
	for i, k := range t.keys {
		_, function := functionAt(t, i)
		if _, institution := managedInstitutions[k]; function || institution {
			return m // "Directeur des Systèmes d'Information": computing's manager
		}
	}
	return th.recoded("1112", t, m, managerConfidence, "ministry")
}

// directorHeads are the heads of a director's title.
var directorHeads = keySet("directeur directrice director مدير مديرة")

// ministryWords name a ministry in an employer's name.
var ministryWords = keySet("ministere ministry وزارة")

// employerNames reports whether an employer's name holds one of the keys
// of names (a ministry, a bank, a school).
func employerNames(employer string, names map[word]bool) bool {
	for _, k := range titleWords(employer) {
		if names[k] {
			return true
		}
	}
	return false
}
