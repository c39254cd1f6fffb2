package occupation

// universityTeacher returns university and higher education teachers
// (2310) for a title headed by a teacher ("Professeur Assistant Grade A
// spécialité Mathématiques Appliquées au profit de Faculté
// Polydisciplinaire", "أستاذ التعليم العالي مساعد") that names a
// university's institution or higher education: ISCO-08 sorts teachers
// by the level they teach, not their subject, and the subject's label
// ("professeur de mathématiques", 2330) would place a faculty's teacher
// in a secondary school. Else m.
func (th *Thesaurus) universityTeacher(t titleKeys, _ Context, m Match) Match {
	if m.Code == "2310" || !teacherHeads[th.headKey(t)] || !t.hasAny(higherEducation) && !t.supportsAny(higherEducation) {
		return m
	}
	return th.recoded("2310", t, m, universityConfidence, "level")
}

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
