package lang

import "testing"

// An occupation frame's words end where a second question begins: at a
// conjunction and a question word, glued in Arabic script ("وما",
// "وشحال"), apart in the other scripts ("et quelles", "w chno", "and
// what"). The known occupation before it is no occupation Marsad lacks,
// and an unknown one is named without the question's words.
func TestOccupationFrameStopsAtASecondQuestion(t *testing.T) {
	for _, text := range []string{
		"ما هي مهنة مربية الأطفال وما المؤهلات التي تتطلبها؟",
		"ما هو عمل الممرض وكيف أصبح ممرضا؟",
		"ما هي مهنة المحاسب وهل هي مطلوبة؟",
		"شنو كيدير الفرملي وشنو خاصو يعرف؟",
		"شنو كيدير الفرملي وشحال كيخلص؟",
		"le métier de plombier et quelles formations faut-il ?",
		"que fait un soudeur, quel salaire ?",
		"chno kaydir lfermli w chno khasso y3ref?",
		"chno kaydir plombi wach kayn talab?",
		"what does a baker do and what do they need to know?",
		// nor where it stops for a time of day
		"الطباخ شنو كيدير نهار كامل؟", "شنو كيدير العساس فالليل؟",
	} {
		if got := FindUnresolved(text); got != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, got)
		}
	}
	for text, want := range map[string]string{
		"ما هي مهنة مروض الدلافين وما المؤهلات المطلوبة؟":  "مروض الدلافين",
		"شنو كيدير مروض الدلافين وشحال كيخلص؟":             "مروض الدلافين",
		"que fait un toiletteur canin et quel salaire ?":   "toiletteur canin",
		"chno kaydir toiletteur dyal lklab w chno khasso":  "toiletteur dyal lklab",
		"what does a dog groomer do and what do they earn": "dog groomer",
	} {
		got := FindUnresolved(text)
		if len(got) != 1 || got[0].Kind != KindOccupation || got[0].Surface != want {
			t.Errorf("FindUnresolved(%q) = %+v, want the occupation %q", text, got, want)
		}
	}
}
