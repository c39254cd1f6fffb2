package lang

import "testing"

// TestDarijaOccupationNames checks the names Moroccans give occupations in
// Darija, in Arabic script and in Arabizi, and the French or MSA words that
// only look like them.
func TestDarijaOccupationNames(t *testing.T) {
	const (
		guard, trucker, preschool = "occupation:5414", "occupation:8332", "occupation:2342"
		mechanic, cook, waiter    = "occupation:7231", "occupation:5120", "occupation:5131"
		barber, seller, driver    = "occupation:5141", "occupation:5223", "occupation:8322"
		maid, accountant, nurse   = "occupation:9111", "occupation:2411", "occupation:2221"
	)
	checkPresence(t, []presenceCase{
		{"كنخدم سيكوريتي فشركة", []string{guard}, nil},
		{"خدام عساس فالليل", []string{guard}, nil},
		{"هي عساسة فالمدرسة", []string{guard}, nil},
		{"khdam securite f casa", []string{guard}, nil},
		{"bghit nkhdem sekuriti", []string{guard}, nil},
		{"la sécurité au travail", nil, []string{guard}},
		{"respect des consignes de sécurité", nil, []string{guard}},
		{"خدام كاميو بين كازا وأكادير", []string{trucker}, nil},
		{"مول الكاميو", []string{trucker}, nil},
		{"khdam f camion", []string{trucker}, nil},
		{"bghit nkhdem chifour dyal kamiou", []string{trucker}, nil},
		{"Je suis camionneur", []string{trucker}, nil},
		{"livraison par camion", nil, []string{trucker}},
		{"éducatrice en crèche", []string{preschool}, nil},
		{"poste en garderie à Rabat", []string{preschool}, nil},
		{"مربية في روض الأطفال", []string{preschool}, nil},
		{"khdama f creche", []string{preschool}, nil},
		{"arabe langue maternelle", nil, []string{preschool}},
		{"ميكانيسيان فالكاراج", []string{mechanic}, nil},
		{"bghit nkhdem mikanisyan", []string{mechanic}, nil},
		{"طباخ فالريسطو", []string{cook}, nil},
		{"khdam tbbakh f hotel", []string{cook}, nil},
		{"كوزينيي فمطعم", []string{cook}, nil},
		{"سرباي فالقهوة", []string{waiter}, nil},
		{"kaykhdem serbay", []string{waiter}, nil},
		{"garsoun f café", []string{waiter}, nil},
		{"حلاق فالحومة", []string{barber}, nil},
		{"kaykhdem 7allaq", []string{barber}, nil},
		{"بياع فالحانوت", []string{seller}, nil},
		{"khdam biya3 f souk", []string{seller}, nil},
		{"شيفور ديال الطاكسي", []string{driver}, nil},
		{"chifour f casa", []string{driver}, nil},
		{"خدامة ديال الدار", []string{maid}, nil},
		{"khddama f dar", []string{maid}, nil},
		{"bonne maîtrise d'Excel", nil, []string{maid}},
		{"كونطابل فشركة", []string{accountant}, nil},
		{"khdam kontabl", []string{accountant}, nil},
		{"فرملي فالسبيطار", []string{nurse}, nil},
		{"fermli f sbitar", []string{nurse}, nil},
		{"خدام فالكابلاج", []string{"occupation:8212"}, nil},
		{"clarkiste à Tanger", []string{"occupation:8344"}, nil},
		{"مول الطاكسي", []string{driver}, nil},
		{"النقل البحري والموقف الرسمي", nil, []string{"occupation:6222", "occupation:9211"}},
		{"أعمل محاسبا في شركة", []string{accountant}, nil},
		{"أبحث عن عمل مهندسا مدنيا", []string{"occupation:2142"}, nil},
		{"اشتغلت ممرضا ثم طبيبا", []string{nurse, "occupation:2211"}, nil},
	})
}

// TestEveryOccupationInArabicScript checks that each occupation has a
// name in Arabic script.
func TestEveryOccupationInArabicScript(t *testing.T) {
	for _, c := range Concepts(KindOccupation) {
		n := 0
		for _, term := range ConceptTerms(c) {
			if scriptOf(Normalize(term)) == arabicScript {
				n++
			}
		}
		if n == 0 {
			t.Errorf("occupation %s has no name in Arabic script: %q", c.Value, ConceptTerms(c))
		}
	}
}

// TestSkillAndDiplomaAmbiguities checks words shared by skills, diplomas
// and other meanings.
func TestSkillAndDiplomaAmbiguities(t *testing.T) {
	const plc, rest, elec, higher, licence = "skill:plc_automation", "skill:rest_api", "skill:electricity", "diploma:higher", "skill:driving_licence"
	checkPresence(t, []presenceCase{
		{"Développeur Java, API REST, Spring Boot", []string{rest, "skill:java"}, []string{plc}},
		{"conception d'API RESTful et microservices", []string{rest}, []string{plc}},
		{"programmation des API Siemens", []string{plc}, nil},
		{"automate programmable et grafcet", []string{plc}, nil},
		{"automatisme industriel", []string{plc}, nil},
		{"API", nil, []string{plc, rest}},
		{"Installation électrique bâtiment", []string{elec}, nil},
		{"installations électriques industrielles", []string{elec}, nil},
		{"licence en économie", []string{higher}, nil},
		{"titulaire d'une licence professionnelle", []string{higher}, nil},
		{"3ndi licence f droit", []string{higher}, nil},
		{"licence de conduire obligatoire", []string{licence}, []string{higher}},
		{"permis de conduire", []string{licence}, []string{higher}},
		{"permis B exigé", []string{licence}, []string{higher}},
		{"a valid driving licence is required", []string{licence}, []string{higher}},
		{"you need a licence to open a shop", nil, []string{higher}},
		{"driver's license and a bachelor's degree", []string{licence, higher}, nil},
		{"at this stage of the project", nil, []string{"contract:stage", "topic:internships"}},
	})
}
