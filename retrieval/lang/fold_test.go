package lang

import "testing"

// foldSame lists spellings that must fold to the same key.
var foldSame = [][]string{
	{"البطالة", "بطالة", "والبطالة", "بالبطالة", "للبطالة", "فالبطالة", "البطاله"},
	{"المغرب", "مغرب", "بالمغرب", "فالمغرب", "والمغرب"},
	{"l5edma", "lkhedma", "lkhdma", "lkhedma", "LKHEDMA"},
	{"ch7al", "chhal", "shhal", "sh7al"},
	{"3afak", "afak", "aafak"},
	{"choumage", "chomage", "chômage", "Chômage"},
	{"mzyan", "mzian", "mezyan", "mziane"[:5]},
	{"wa7ed", "wahed", "wahd", "wa7d"},
	{"9raya", "qraya"},
	{"8ali", "ghali"},
	{"dyal", "dial", "diyal"},
	{"wach", "ouach", "wash"},
	{"bzaf", "bzzaf", "bezaf"},
	{"trisian", "trissian", "trisyan"},
	{"fermli", "fermlii"},
	{"diplômé", "diplome", "diplomé"},
	{"محاسب", "محاسبا", "محاسباً", "المحاسب"},
	{"مهندس", "مهندسا", "مهندساً"},
	{"طبيب", "طبيبا", "طبيباً"},
	{"حاليا", "حالياً", "الحالي"},
}

// foldDifferent lists words that must stay apart.
var foldDifferent = [][2]string{
	{"2024", "2025"},
	{"13.3", "133"},
	{"t3", "ta"},
	{"q1", "q2"},
	{"femme", "fame"},
	{"casa", "case"},
	{"rabat", "rebut"},
	{"بطالة", "طالة"},
	{"وجدة", "جدة"},
	{"كازا", "ازا"},
	{"دابا", "داب"},    // too short to be an accusative
	{"كازا", "كاز"},    // idem
	{"البيضاء", "بيض"}, // البيضا keeps its alif
	{"سلا", "سل"},
}

func TestFoldMerges(t *testing.T) {
	for _, group := range foldSame {
		want := Fold(group[0])
		for _, w := range group[1:] {
			if got := Fold(w); got != want {
				t.Errorf("Fold(%q) = %q, want %q like Fold(%q)", w, got, want, group[0])
			}
		}
	}
}

func TestFoldKeepsApart(t *testing.T) {
	for _, p := range foldDifferent {
		if Fold(p[0]) == Fold(p[1]) {
			t.Errorf("Fold(%q) = Fold(%q) = %q, want them different", p[0], p[1], Fold(p[0]))
		}
	}
}

func TestFoldValues(t *testing.T) {
	cases := []struct{ in, want string }{
		{"البطالة", "بطاله"},
		{"الدار", "دار"},
		{"الما", "الما"}, // too short to lose the article
		{"l5edma", "lkhdma"},
		{"ch7al", "chal"},
		{"2024", "2024"},
		{"13,3", "13.3"},
		{"Dar Lbida", "dar lbida"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, g := range foldSame {
		for _, w := range g {
			f.Add(w)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if twice := Fold(once); twice != once {
			t.Fatalf("Fold not idempotent: Fold(%q) = %q, Fold(that) = %q", s, once, twice)
		}
	})
}
