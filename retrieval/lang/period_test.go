package lang

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// periodCase is one text with the periods FindPeriods must return, as
// "year/quarter/month=surface".
type periodCase struct {
	text string
	want []string
}

var periodCases = map[Tag][]periodCase{
	French: {
		{"taux de chômage au T3 2024", []string{"2024/3/0=T3 2024"}},
		{"1er trimestre 2024", []string{"2024/1/0=1er trimestre 2024"}},
		{"premier trimestre de 2024", []string{"2024/1/0=premier trimestre de 2024"}},
		{"troisième trimestre 2023", []string{"2023/3/0=troisième trimestre 2023"}},
		{"au deuxième trimestre", []string{"0/2/0=deuxième trimestre"}},
		{"en mai 2024", []string{"2024/0/5=mai 2024"}},
		{"l'année dernière", []string{"-1/0/0=l'année dernière"}},
		{"cette année", []string{"-2/0/0=cette année"}},
		{"entre 2015 et 2024", []string{"2015/0/0=2015", "2024/0/0=2024"}},
		{"un salaire de 2000 DH en 2023", []string{"2023/0/0=2023"}},
		{"plus de 2000 personnes", nil},
		{"les 15-24 ans", nil},
		{"+5000 emplois", nil},
		{"T4 de l'année dernière", []string{"-1/4/0=T4 de l'année dernière"}},
		{"le quatrième trimestre 2019, puis 2020", []string{"2019/4/0=quatrième trimestre 2019", "2020/0/0=2020"}},
		{"période 2024-05", []string{"2024/0/5=2024-05"}},
		{"entre le T1 et le T3 2024", []string{"2024/1/0=T1", "2024/3/0=T3 2024"}},
		{"mai ou juin 2023", []string{"2023/0/5=mai", "2023/0/6=juin 2023"}},
	},
	Arabic: {
		{"الفصل الأول من 2024", []string{"2024/1/0=الفصل الأول من 2024"}},
		{"الربع الثالث 2024", []string{"2024/3/0=الربع الثالث 2024"}},
		{"الفصل الثاني من سنة 2025", []string{"2025/2/0=الفصل الثاني من سنة 2025"}},
		{"خلال سنة ٢٠٢٣", []string{"2023/0/0=٢٠٢٣"}},
		{"السنة الماضية", []string{"-1/0/0=السنة الماضية"}},
		{"هذا العام", []string{"-2/0/0=هذا العام"}},
		{"ماي 2024", []string{"2024/0/5=ماي 2024"}},
		{"في شهر يونيو 2022", []string{"2022/0/6=يونيو 2022"}},
		{"الثلاثي الرابع لسنة 2021", []string{"2021/4/0=الثلاثي الرابع لسنة 2021"}},
		{"راتب 3000 درهم", nil},
		{"من 2010 إلى 2020", []string{"2010/0/0=2010", "2020/0/0=2020"}},
		{"سنة 2024م", []string{"2024/0/0=2024"}},
	},
	Darija: {
		{"الشوماج ف 2024", []string{"2024/0/0=2024"}},
		{"العام اللي فات", []string{"-1/0/0=العام اللي فات"}},
		{"هاد العام", []string{"-2/0/0=هاد العام"}},
		{"التريميستر الأول ديال 2024", []string{"2024/1/0=التريميستر الأول ديال 2024"}},
		{"فالفصل الثالث", []string{"0/3/0=فالفصل الثالث"}},
		{"ف ماي", nil},
		{"من 2015 حتى لدابا", []string{"2015/0/0=2015"}},
		{"شتنبر 2023", []string{"2023/0/9=شتنبر 2023"}},
		{"كيخلصو 2500 درهم", nil},
		{"الربع الرابع ديال العام اللي فات", []string{"-1/4/0=الربع الرابع ديال العام اللي فات"}},
	},
	Arabizi: {
		{"trimestre lowel dyal 2024", []string{"2024/1/0=trimestre lowel dyal 2024"}},
		{"trimestre tani", []string{"0/2/0=trimestre tani"}},
		{"f t3 2024", []string{"2024/3/0=t3 2024"}},
		{"l3am li fat", []string{"-1/0/0=l3am li fat"}},
		{"had l3am", []string{"-2/0/0=had l3am"}},
		{"chomage f 2024", []string{"2024/0/0=2024"}},
		{"kaykhlsso 3000 dh", nil},
		{"mn 2015 tal daba", []string{"2015/0/0=2015"}},
		{"trimestre talt 2023", []string{"2023/3/0=trimestre talt 2023"}},
		{"f mai 2024", []string{"2024/0/5=mai 2024"}},
		{"ltrimestre rabe3", []string{"0/4/0=ltrimestre rabe3"}},
	},
	English: {
		{"third quarter of 2024", []string{"2024/3/0=third quarter of 2024"}},
		{"Q1 2025", []string{"2025/1/0=Q1 2025"}},
		{"2024-Q3", []string{"2024/3/0=2024-Q3"}},
		{"2024 T3", []string{"2024/3/0=2024 T3"}},
		{"last year", []string{"-1/0/0=last year"}},
		{"this year", []string{"-2/0/0=this year"}},
		{"in May 2024", []string{"2024/0/5=May 2024"}},
		{"you may apply", nil},
		{"since 2010", []string{"2010/0/0=2010"}},
		{"more than 2000 jobs", nil},
		{"the first quarter", []string{"0/1/0=first quarter"}},
		{"in 2030 or 2039, not 2040", []string{"2030/0/0=2030", "2039/0/0=2039"}},
		{"Q2, 2024", []string{"0/2/0=Q2", "2024/0/0=2024"}},
	},
}

func TestFindPeriods(t *testing.T) {
	for tag, cases := range periodCases {
		if len(cases) < 10 {
			t.Errorf("%s: %d cases, want at least 10", tag, len(cases))
		}
		for _, c := range cases {
			var got []string
			for _, p := range FindPeriods(c.text) {
				got = append(got, fmt.Sprintf("%d/%d/%d=%s", p.Year, p.Quarter, p.Month, p.Surface))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s: FindPeriods(%q) (-want +got):\n%s", tag, c.text, diff)
			}
		}
	}
}

func TestFindPeriodsCompactForms(t *testing.T) {
	cases := map[string][2]int{
		"T1 2024": {2024, 1}, "t2-2023": {2023, 2}, "Q4 2019": {2019, 4}, "2024t3": {2024, 3}, "3T2024": {2024, 3},
		"2025Q1": {2025, 1}, "4e trimestre 2020": {2020, 4}, "2nd quarter 2022": {2022, 2}, "trimestre 3 2021": {2021, 3},
	}
	for text, want := range cases {
		got := FindPeriods(text)
		if len(got) != 1 || got[0].Year != want[0] || got[0].Quarter != want[1] {
			t.Errorf("FindPeriods(%q) = %+v, want year %d quarter %d", text, got, want[0], want[1])
		}
	}
}

func FuzzFindPeriods(f *testing.F) {
	for _, cases := range periodCases {
		for _, c := range cases {
			f.Add(c.text)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range FindPeriods(s) {
			if p.Quarter < 0 || p.Quarter > 4 || p.Month < 0 || p.Month > 12 {
				t.Fatalf("FindPeriods(%q): bad period %+v", s, p)
			}
			if p.Year != 0 && p.Year != LastYear && p.Year != ThisYear && p.Year != SameYear && (p.Year < 1990 || p.Year > 2039) {
				t.Fatalf("FindPeriods(%q): bad year %+v", s, p)
			}
		}
	})
}

// TestPeriodSpans: a month joined to the next by a span word opens a span
// of months; one coordinated with it ("mai et juin") does not.
func TestPeriodSpans(t *testing.T) {
	for text, want := range map[string][]bool{
		"insertions idmaj de janvier a juillet 2023":             {true, false},
		"Idmaj insertions january to july 2022":                  {true, false},
		"mn janvier l juillet 2023":                              {true, false},
		"من يناير إلى يوليوز 2023":                               {true, false},
		"de janvier 2023 jusqu'à juillet 2023":                   {true, false},
		"chômage en mai et juin 2024":                            {false, false},
		"le chômage au T1 et au T3 2024":                         {false, false},
		"taux de chômage en janvier 2024, en 2025 et en juillet": {false, false, false},
	} {
		ps := FindPeriods(text)
		var got []bool
		for _, p := range ps {
			got = append(got, p.Through)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: spans %v, want %v (%+v)", text, got, want, ps)
		}
	}
}
