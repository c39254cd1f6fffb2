package occupation

import "testing"

// TestPublicServiceTitles: a competition names a corps, a call for posts
// of responsibility or a list of candidates names none, and the employer,
// grade and scale around a post are not its words (titles written for the
// test in the shapes of emploi-public.ma).
func TestPublicServiceTitles(t *testing.T) {
	checkCodes(t, map[string]string{
		"Avis de concours de recrutement de 12 Techniciens de 3ème grade - Echelle 9":                      "",
		"مباراة لتوظيف 20 متصرفا من الدرجة الثانية - سلم 10":                                               "2422",
		"Avis de concours de recrutement d'Ingénieurs d'Etat 1er grade - Echelle 11":                       "",
		"مباراة لتوظيف مفتش الجمارك من الدرجة الثالثة":                                                     "3351",
		"مباراة توظيف 12 تقنيا في عدة تخصصات. آخر أجل للترشيح هو 3 ماي":                                    "",
		"Adjoint technique 4ème grade ~ Echelle 5":                                                         "",
		"تقني من الدرجة الثالثة بالمدرسة العليا للأساتذة":                                                  "",
		"تقني من الدرجة الثالثة بكلية العلوم التطبيقية تخصص Informatique":                                  "3512",
		"تقني من الدرجة الثالثة دورة 04 أكتوبر 2026":                                                       "",
		"Technicien 3ème grade à la Faculté des Sciences":                                                  "",
		"مهندس دولة من الدرجة الأولى لفائدة المدرسة العليا للتربية والتكوين":                               "",
		"فتح باب الترشيح لمنصب خبير":                                                                       "",
		"مباراة لتوظيف مفتش الشغل من الدرجة الثالثة":                                                       "3359",
		"Adjoint technique 3ème grade - spécialité Electricien":                                            "7411",
		"Avis de concours de recrutement de Médecins premier grade - Echelle 11":                           "2211",
		"فتح باب الترشيح لمناصب المسؤولية بوزارة الصحة - مديرية الموارد البشرية":                           "",
		"فتح باب الترشيح ل مناصب المسؤولية ب وزارة الداخلية -عمالة إقليم تازة-":                            "",
		"Avis de postes de responsabilités au Ministère de l'Equipement et de l'Eau":                       "",
		"Appel à candidature pour les postes de responsabilité au Province de Settat":                      "",
		"لائحة المترشحين المقبولين لاجتياز مباراة توظيف تقنيين":                                            "",
		"Liste des candidats admis au concours de recrutement d'ingénieurs":                                "",
		"مباريات توظيف 12 منصبا في عدة تخصصات":                                                             "",
		"رئيس قسم الموارد البشرية بعمالة طنجة أصيلة":                                                       "1212",
		"رئيس مصلحة التواصل":                                                                               "1222",
		"رئيس قسم الشؤون الإدارية":                                                                         "1219",
		"رئيس مصلحة الدراسات":                                                                              "1219",
		"مدير المصالح بجماعة تمارة":                                                                        "1112",
		"Chef de division des affaires juridiques":                                                         "1219",
		"فتح باب الترشيح للمناصب العليا مدير الوكالة الحضرية لمكناس":                                       "1112",
		"Appel à candidatures pour les emplois supérieurs : Directeur du Centre régional d'investissement": "1112",
		"Avis d'emplois supérieurs : Directeur de l'Ecole nationale de commerce et de gestion de Settat":   "1345",
		"Avis d'emplois supérieurs : Doyen de la Faculté de médecine de Fès":                               "1345",
		"مباراة لتوظيف أساتذة محاضرين":                                                                     "2310",
		"إطار مالي من الدرجة الثانية":                                                                      "2411",
		"Cadre en gestion – contractuel":                                                                   "2421",
		"مكلف بمهمة":                                                                                       "",
		"مباراة لتوظيف تلميذ دركي":                                                                         "5412",
		"رئيس  قسم الامن المعلوماتي بمديرية نظم الإعلام و التحول الرقمي":                                   "1330",
		"5 رؤساء مصالح": "1219",
		"رؤساء الأقسام": "1219",
	})
}

// TestCorpsOnlyInCompetitions: the corps' bare names are read so only in
// a competition's title; a private ad's "Technicien H/F" or
// "Administrateur" is what the labels make of it.
func TestCorpsOnlyInCompetitions(t *testing.T) {
	for _, title := range []string{"Technicien H/F", "Administrateur", "Ingénieur", "تقني"} {
		if m := Classify(title, Context{}); m.Via == "corps" {
			t.Errorf("%q: %s by its corps outside a competition", title, m.Code)
		}
	}
}

// TestCorpsInItsSpeciality: a competition for a corps whose statute
// names no field (technicians, state engineers) is for the speciality its
// notice gives; without one, or with none that places it, it is not
// placed.
func TestCorpsInItsSpeciality(t *testing.T) {
	for _, c := range []struct{ title, description, want string }{
		{"Ingénieur d'Etat 1er grade", "Préfecture d'Oujda — spécialité: Génie informatique — diplôme: Ingénieur d'État", "2512"},
		{"Technicien de 3ème grade", "Commune de Salé — Spécialité : Electricité", "3113"},
		{"مباراة لتوظيف تقنيين من الدرجة الثالثة", "جماعة مرتيل — تخصص: الهندسة المدنية", "3112"},
		{"Technicien de 4ème grade", "Province de Beni Mellal — spécialité: divers", ""},
		{"تقني من الدرجة الثالثة", "Postes: 1 | Spécialités: systèmes et réseaux", "3513"},
		// an Arabic corps with a speciality in French, as wadifa-info.com gives it
		{"مهندس دولة من الدرجة الأولى", "Nombre de postes: 4; Spécialité(s): Génie civil", "2142"},
		{"Technicien 3ème grade", "Spécialité(s):    ", ""},
		{"Ingénieur d'Etat 1er grade", "Ministère des Affaires étrangères", ""},
		{"Administrateur 2ème grade", "Université Ibn Zohr — spécialité: Economie et Gestion", "2422"},
	} {
		if m := Classify(c.title, Context{Description: c.description}); m.Code != c.want {
			t.Errorf("%q (%s): %+v, want %s", c.title, c.description, m, c.want)
		}
	}
}

// TestMinistryDirectors: a ministry's director heads a central
// directorate (1112) whatever its domain, unless he directs a function
// or an institution; the same title at another employer is not.
func TestMinistryDirectors(t *testing.T) {
	for _, c := range []struct {
		title, employer, want string
	}{
		{"Directeur de la Pêche Maritime", "Ministère de l'Agriculture, de la Pêche Maritime, du Développement Rural et des Eaux et Forêts", "1112"},
		{"Directeur des Affaires Consulaires et Sociales", "Ministère des Affaires Étrangères", "1112"},
		{"مدير الموارد المائية", "وزارة التجهيز والماء", "1112"},
		{"Directeur des Ressources Humaines", "Ministère de la Santé", "1212"},
		{"Directeur des Systèmes d'Information", "Ministère de l'Économie et des Finances", "1330"},
		{"Directeur de la Pêche Maritime", "Royal Marine Fisheries SARL", ""},
	} {
		m := Classify(c.title, Context{Employer: c.employer})
		switch {
		case c.want != "" && m.Code != c.want:
			t.Errorf("%q at %q: %+v, want %s", c.title, c.employer, m, c.want)
		case c.want == "" && m.Code == "1112":
			t.Errorf("%q at %q: %+v, a senior official outside a ministry", c.title, c.employer, m)
		}
	}
}
