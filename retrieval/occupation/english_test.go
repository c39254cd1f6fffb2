package occupation

import "testing"

// TestEnglishGradesAndFields: English titles rank the occupation with a
// grade word before it ("Associate", "Lead", "Principal") and, after the
// words of a field, put the grade or an internship where the head would
// stand, the field written as its activity ("Engineering"): the post is
// the field's worker's. bad is the code the title had before.
func TestEnglishGradesAndFields(t *testing.T) {
	cases := []placeCase{
		{"Associate Software Engineer", []string{"2512"}, "5223"},
		{"Principal Mechanical Engineer", []string{"2144"}, ""},
		{"Data Engineering Lead", []string{"2511", "2521"}, ""},
		{"Software Engineering Intern", []string{"2512"}, ""},
		{"Mechanical Engineering Intern (6 months)", []string{"2144"}, "3118"},
		{"Civil Engineering Internship - Casablanca", []string{"2142"}, ""},
		// a label must fit the title read so whole: a service
		// representative of another trade is no patient's
		{"Hotel Guest Service Representative Lead", nil, "5249"},
		// a title that names computing twice means its tools: ESCO's "AI
		// specialist" insemates cattle; once only, the word may be the label's
		{"AI Specialist - Python", []string{"2512", "2511"}, "3240"},
		{"Drift net maker", []string{"7318"}, ""},
		// "cyber" is computing's security, and a pair read as one word
		// ("cyber security" as "cybersecurity") is no title's head: the
		// title still ends on "manager"
		{"Cyber Security Manager - Casablanca", []string{"2529", "1330"}, ""},
		{"Cyber Security Consultant", []string{"2529"}, ""},
	}
	checkPlaces(t, cases)
}

// TestOffshoringEnglishUsage: the English titles of offshoring and
// multinational employers in Morocco that ESCO lacks or gives another
// trade's code: bad is the code the title had before.
func TestOffshoringEnglishUsage(t *testing.T) {
	cases := []struct{ title, want, bad string }{
		{"Account Manager (B2B) - Rabat", "3322", "3312"},
		{"Senior Account Executive", "3322", "1420"},
		{"Hostess - Marrakech", "4226", "2656"},
		{"Brand Ambassador", "5242", "1112"},
		{"Legal Counsel", "2611", ""},
		{"Site Reliability Engineer", "2522", "2142"},
		{"QA Tester", "2519", "2643"},
		{"Software Test Lead", "2519", ""},
		{"Bilingual Legal Counsel", "2611", ""},
		// a customer service's clerks, whatever grade they are given
		{"Customer Success Specialist", "4222", "3331"},
		{"Client Support Specialist (Spanish)", "4222", "2635"},
		{"Customer Care Executive", "4222", "2431"},
		{"Customer Data Analyst", "3341", ""},
		// digital advertising, which ESCO's labels lack
		{"Paid Search Specialist", "2431", "2513"},
		{"SEA Specialist", "2431", "1324"},
		{"Shopify Growth Manager/ CRO Expert", "2431", "1330"},
	}
	for _, c := range cases {
		if m := Classify(c.title, Context{}); m.Code != c.want || c.bad != "" && m.Code == c.bad {
			t.Errorf("%q: %q (%s, %q), want %q, not %q", c.title, m.Code, m.Via, m.Label, c.want, c.bad)
		}
	}
}

// TestSecurityAndSafetyTitles: an English security expert secures
// computers, a guard guards; the safety field's acronyms (HSE, EHS, HSSE,
// EH&S, QHSE) are one field, whose officers, coordinators and specialists
// run its programmes (2263), its technicians and supervisors inspect
// (3257), and whose head of service is its professional.
func TestSecurityAndSafetyTitles(t *testing.T) {
	checkCodes(t, map[string]string{
		"Audit Remediation Security Expert": "2529",
		"Security Analyst":                  "2529",
		"Security Guard":                    "5414",
		"HSSE Coordinator III (Plant)":      "2263",
		"EH & S Analyst":                    "2263",
		"HSE Officer":                       "2263",
		"Chargé QHSE":                       "2263",
		"Superviseur HSE":                   "3257",
		"Technicien HSE":                    "3257",
		"Chef du service HSE (ingénieur de formation) - Casablanca": "2263",
		"رئيس مصلحة تدبير السلامة والصحة المهنية":                   "2263",
		"Stage PFE - BAC +5 / Contrôle de Gestion H/F":              "2411",
	})
}
