package offline

import (
	"testing"

	"github.com/marsad/marsad/retrieval/lang"
)

// TestSecondQuestionIsNoPartOfTheOccupation: the word after an
// occupation is no part of its name when it opens a second question, a
// question word with a glued و ("وما", "وهل", "وكم") included.
func TestSecondQuestionIsNoPartOfTheOccupation(t *testing.T) {
	cases := []struct{ msg, tool, occupation string }{
		{"ما هي مهنة مربية الأطفال وما المؤهلات التي تتطلبها؟", toolProfile, "مربيه اطفال"},
		{"ما هو عمل المحاسب وهل هو مطلوب؟", toolProfile, "محاسب"},
		{"شنو هي الخدمة ديال الكوافور وكم كيخلص؟", toolProfile, "كوافور"},
		{"c'est quoi le métier de plombier et quel salaire ?", toolProfile, "plombier"},
		{"chno kaydir lfermli w ch7al kaykhles?", toolProfile, "lfermli"},
		{"what does a baker do and what do they earn?", toolProfile, "baker"},
	}
	for _, c := range cases {
		msg := lang.Read(c.msg)
		q := understand(msg, now())
		_, got := followUpAny(q, readDemand(msg, q), refs{}, state{})
		if got.tool != c.tool || got.occupation != c.occupation || len(msg.Unresolved) > 0 {
			t.Errorf("%q: tool %q, occupation %q, unresolved %+v; want %q, %q", c.msg, got.tool, got.occupation, msg.Unresolved, c.tool, c.occupation)
		}
	}
}
