package lang

import "testing"

// An occupation joined by a domain link to words the package does not
// know is an occupation Marsad lacks; joined to a workplace, a place or a
// contract it is the occupation itself.
func TestOccupationDomains(t *testing.T) {
	unknown := map[string]string{
		"chno kaydir l ingenieur f teleportation? w ch7al kaykhles": "ingenieur f teleportation",
		"que fait un ingénieur en téléportation ?":                  "ingénieur en téléportation",
		"what does an engineer in teleportation do?":                "engineer in teleportation",
		"tell me about the job of quantum astro-baker":              "quantum astro-baker",
	}
	for text, want := range unknown {
		got := FindUnresolved(text)
		if len(got) != 1 || got[0].Kind != KindOccupation || got[0].Surface != want {
			t.Errorf("FindUnresolved(%q) = %+v, want the occupation %q", text, got, want)
		}
	}
	for _, text := range []string{
		"chno kaydir infirmier f sbitar?", "what does a nurse do in a hospital?", "que fait un soudeur en CDI à Tanger ?",
		"ما هو عمل الممرض في المستشفى؟", "chno kaydir serveur f ristora?", "que fait un commercial en entreprise ?",
		"what does a cook do in a hotel?", "chno kaydir lfermli f lmo3mal?",
	} {
		if got := FindUnresolved(text); got != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, got)
		}
	}
}

// A count of the people working in something the package does not know
// asks a figure Marsad lacks; in a sector, a place or a known field it
// does not.
func TestWorkingInUnknownThings(t *testing.T) {
	for text, want := range map[string]string{
		"شحال ديال الناس خدامين ف الميطافيرس ف المغرب؟":  "خدامين ف الميطافيرس",
		"how many people work in the metaverse?":         "work in the metaverse",
		"combien de gens travaillent dans le métavers ?": "travaillent dans le métavers",
		"ch7al mn wa7ed khdamin f lmetaverse?":           "khdamin f lmetaverse",
	} {
		got := FindUnresolved(text)
		if len(got) != 1 || got[0].Kind != KindIndicator || got[0].Surface != want {
			t.Errorf("FindUnresolved(%q) = %+v, want the indicator %q", text, got, want)
		}
	}
	for _, text := range []string{
		"combien de gens travaillent dans le BTP ?", "how many people work in agriculture?", "شحال من واحد خدام ف الفلاحة؟",
		"how many people work in Casablanca?", "je travaille dans le métavers", "ch7al kaychd li khdamin f call center?",
	} {
		if got := FindUnresolved(text); got != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, got)
		}
	}
}
