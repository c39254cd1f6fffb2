package web

import "testing"

var directionCases = []struct {
	text, want string
}{
	{"ما هو معدل البطالة في جهة الشرق سنة 2024؟", "rtl"},
	{"2024 : معدل البطالة 13,3 %", "rtl"},              // digits are not strong
	{"١٣٫٣ ٪ هو معدل البطالة", "rtl"},                  // nor are Arabic-Indic digits
	{"- معدل البطالة حسب HCP هو 13.3% في 2024", "rtl"}, // Latin word inside Arabic
	{"شحال كاينة البطالة عند العيالات ف 2024؟", "rtl"},
	{"ch7al taux dyal chomage f casa 2024?", "ltr"},
	{"Le taux de chômage des jeunes est de 36,7 %", "ltr"},
	{"HCP : معدل البطالة", "ltr"}, // the first letter decides, as dir="auto"
	{"| 2024 | 13,3 % |", ""},
	{"", ""},
	{"שלום", "rtl"},
}

func TestDirection(t *testing.T) {
	for _, tt := range directionCases {
		if got := Direction(tt.text); got != tt.want {
			t.Errorf("Direction(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzDirection(f *testing.F) {
	for _, tt := range directionCases {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Direction(s)
		if got != "rtl" && got != "ltr" && got != "" {
			t.Fatalf("Direction(%q) = %q", s, got)
		}
		// Prefixing digits and punctuation never changes the direction.
		if again := Direction("2024, " + s); again != got {
			t.Fatalf("Direction of %q changed from %q to %q after a neutral prefix", s, got, again)
		}
	})
}
