package lang

import "testing"

// TestSalaryFramesAsWritten: Darija's pay verbs as people spell them in
// Arabizi (kaychad, kaychedd, kaykhalso, kayakhod, kaydakhal) frame an
// occupation: one Marsad lacks is named, a known one is not.
func TestSalaryFramesAsWritten(t *testing.T) {
	for text, want := range map[string]string{
		"ch7al kaychad mrabbi dinosorat f lmghrib?": "mrabbi dinosorat",
		"chhal kaychedd dresseur dyal lfiyala?":     "dresseur dyal lfiyala",
		"ch7al kayakhod toiletteur dyal lklab?":     "toiletteur dyal lklab",
		"ch7al kaydakhal astro-boulanger f casa?":   "astro-boulanger",
		"ch7al kaykhalso mrabbi dinosorat f rbat?":  "mrabbi dinosorat",
	} {
		got := FindUnresolved(text)
		if len(got) != 1 || got[0].Kind != KindOccupation || got[0].Surface != want {
			t.Errorf("FindUnresolved(%q) = %+v, want the occupation %q", text, got, want)
		}
	}
	for _, text := range []string{"ch7al kaychad lplombi f casa?", "chhal kaychedd lfermli?", "ch7al kayakhod serveur f marrakech?"} {
		if got := FindUnresolved(text); got != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, got)
		}
	}
}
