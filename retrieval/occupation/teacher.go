package occupation

// universityTeacher returns university and higher education teachers
// (2310) for a title headed by a teacher ("Professeur Assistant Grade A
// spécialité Mathématiques Appliquées au profit de Faculté
// Polydisciplinaire", "أستاذ التعليم العالي مساعد") that names a
// university's institution or higher education: ISCO-08 sorts teachers
// by the level they teach, not their subject, and the subject's label
// ("professeur de mathématiques", 2330) would place a faculty's teacher
// in a secondary school. An employer of higher education says the same
// of a teacher's title ("Professeur Permanent en Communication"). Else m.
func (th *Thesaurus) universityTeacher(t titleKeys, c Context, m Match) Match {
	if m.Code == "2310" || !teacherHeads[th.headKey(t)] || !t.hasAny(higherEducation) && !t.supportsAny(higherEducation) && !employerNames(c.Employer, higherSchools) {
		return m
	}
	return th.recoded("2310", t, m, universityConfidence, "level")
}

// higherSchools are the words of an employer's name that name a
// university's institution or higher education ("EDVANTIS HIGHER
// EDUCATION GROUP", "Université Mohammed V"): its teachers teach there,
// whatever subject their title gives. "higher" of "higher education"
// besides the title's words.
var higherSchools = keySetWith("higher", higherEducation)

// universityConfidence is the confidence of a teacher placed by the level
// his title names.
const universityConfidence = 0.6

// teacherHeads are the heads of teachers' titles.
var teacherHeads = keySet("professeur professeure prof enseignant enseignante teacher lecturer أستاذ أستاذة")

// higherEducation are the words naming a university's institutions or
// higher education: a faculty, a university, its schools' acronyms
// (ENSA, ENCG, ENSAM, FST, EST), higher education itself.
var higherEducation = keySet("faculte faculty universite university universitaire superieur superieure ensa encg ensam fst est " +
	"كلية الكلية جامعة الجامعة الجامعي العالي")

// vocationalTeacher returns vocational education teachers (2320) for a
// trainer or a teacher ("Formateur en Commerce et Marketing", 2424;
// "Formateur en Maintenance des Véhicules", 2359; "enseignants de
// Tourisme et hôtellerie", 2330) whose employer is a vocational training
// institution (the OFPPT and its institutes, a training centre): ISCO-08
// places the trainers of a firm's staff in 2424, adults' trainers in
// 2359, school teachers in 2330, and those who teach a trade to students
// in 2320, by where they teach, which the title does not say. Else m.
func (th *Thesaurus) vocationalTeacher(t titleKeys, c Context, m Match) Match {
	if !taughtElsewhere[m.Code] || !vocationalSchool(c.Employer) {
		return m
	}
	return th.recoded("2320", t, m, universityConfidence, "employer")
}

// taughtElsewhere are the codes of teachers and trainers whom a
// vocational school's employ makes vocational teachers: staff trainers
// (2424), trainers of adults and teachers not elsewhere classified
// (2359), secondary teachers (2330), computing trainers (2356).
var taughtElsewhere = map[string]bool{"2424": true, "2359": true, "2330": true, "2356": true}

// vocationalSchool reports whether an employer's name names a vocational
// training institution.
func vocationalSchool(employer string) bool {
	ks := titleWords(employer)
	for i, k := range ks {
		switch {
		case vocationalSchools[k]:
			return true
		case i+1 < len(ks) && vocationalTraining[k+" "+ks[i+1]]:
			return true
		}
	}
	return false
}

// vocationalTraining are the pairs of keys naming vocational training in
// an employer's name ("Institut de Formation Professionnelle…", "مكتب
// التكوين المهني…").
var vocationalTraining = map[string]bool{
	keyOf("formation") + " " + keyOf("professionnelle"): true,
	keyOf("تكوين") + " " + keyOf("مهني"):                true,
}

// vocationalSchools are the words of vocational training institutions'
// names: the OFPPT, its institutes (ISTA, ISTAH, ITA, CQP), the
// apprenticeship centres (CFA).
var vocationalSchools = keySet("ofppt ista istah ita cfa")
