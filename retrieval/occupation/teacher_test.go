package occupation

import "testing"

// TestTeachersByTheLevelTheyTeach: a teacher of a faculty or of higher
// education is a university teacher whatever the subject; a subject
// teacher without a university's institution stays at his school's
// level.
func TestTeachersByTheLevelTheyTeach(t *testing.T) {
	checkPlaces(t, []placeCase{
		{title: "Professeur Assistant Grade A spécialité Chimie Organique au profit de la Faculté des Sciences de Rabat", want: []string{"2310"}},
		{title: "Professeur de l'enseignement supérieur assistant - spécialité Génie Électrique (ENSA Kénitra)", want: []string{"2310"}},
		{title: "أستاذ التعليم العالي مساعد تخصص الرياضيات بكلية العلوم", want: []string{"2310"}},
		{title: "Enseignant vacataire en économie - Université Hassan II", want: []string{"2310"}},
		{title: "Professeur de mathématiques au lycée", want: []string{"2330"}},
		{title: "Professeur de français au collège", want: []string{"2330"}},
	})
}

// TestHeadsOfInfrastructure: the head of an infrastructure division
// manages works (1323) unless the infrastructure is computing's (1330).
func TestHeadsOfInfrastructure(t *testing.T) {
	checkPlaces(t, []placeCase{
		{title: "Chef de la Division des Infrastructures à la Direction Régionale de l'Équipement", want: []string{"1323"}},
		{title: "رئيس قسم البنيات التحتية بالمديرية الإقليمية", want: []string{"1323"}},
		{title: "Chef de service Infrastructures SI", want: []string{"1330"}},
		{title: "رئيس مصلحة البنية التحتية المعلوماتية", want: []string{"1330"}},
	})
}

// TestVocationalSchoolsTrainers: a trainer or a teacher of a vocational
// training institution teaches a trade (2320), whatever code his title's
// words give elsewhere; a firm's trainer trains its staff
// (2424); a teacher of a higher education employer teaches there (2310).
func TestVocationalSchoolsTrainers(t *testing.T) {
	checkInContext(t, []contextCase{
		{"Formateur en Commerce et Marketing - Fès", Context{Employer: "Ofppt"}, "2320"},
		{"Formateur en gestion", Context{Employer: "Institut de Formation Professionnelle Hôtelière"}, "2320"},
		{"Formateur en Maintenance des Véhicules Automobiles", Context{Employer: "Office de la Formation Professionnelle et de la Promotion du Travail"}, "2320"},
		{"Enseignants de tourisme et hôtellerie - Meknès", Context{Employer: "Ecole de formation professionnelle"}, "2320"},
		{"Formateur commercial", Context{Employer: "Renault Group"}, "2424"},
		{"Professeur Permanent en Communication", Context{Employer: "EDVANTIS HIGHER EDUCATION GROUP"}, "2310"},
		{"Professeur de français", Context{Employer: "Groupe scolaire Al Jabr"}, "2330"},
	})
}
