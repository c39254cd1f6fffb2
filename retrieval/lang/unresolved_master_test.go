package lang

import "testing"

// The master of a trade Marsad does not know ("المعلم ديال تصفيف الغمام",
// "m3allem dyal tlwin l9mar") is an unknown occupation that holds the
// word the teacher is known by: the planner refuses it rather than
// answering for the teacher. The master of a known trade is that trade.
func TestMasterOfAnUnknownTrade(t *testing.T) {
	for text, surface := range map[string]string{
		"شنو كيدير المعلم ديال تصفيف الغمام؟":     "المعلم ديال تصفيف الغمام",
		"chno kaydir m3allem dyal tlwin l9mar?":   "m3allem dyal tlwin l9mar",
		"chno kaydir lm3allem d tlwin l9mar?":     "lm3allem d tlwin l9mar",
		"شنو خاص باش نولي معلم ديال تلوين القمر؟": "معلم ديال تلوين القمر",
	} {
		got := FindUnresolved(text)
		if len(got) != 1 || got[0].Kind != KindOccupation || got[0].Surface != surface || got[0].Inside != (Concept{KindOccupation, teacherCode}) {
			t.Errorf("FindUnresolved(%q) = %+v, want the occupation %q holding the teacher", text, got, surface)
		}
	}
	for _, text := range []string{"chno kaydir m3allem dyal zellij?", "شنو كيدير المعلم ديال الزليج؟", "chno kaydir m3allem?"} {
		for _, u := range FindUnresolved(text) {
			if u.Kind == KindOccupation {
				t.Errorf("FindUnresolved(%q) = %+v, want no unknown occupation", text, u)
			}
		}
	}
}
