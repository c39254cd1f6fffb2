package tools

import (
	"regexp"
	"testing"
)

// TestPeriodFormsAreTheExpressions: each hand-written period form accepts
// what the regular expression it replaced accepts, on the forms' own
// periods with each byte replaced, dropped or doubled.
func TestPeriodFormsAreTheExpressions(t *testing.T) {
	forms := []struct {
		name string
		form func(string) bool
		re   *regexp.Regexp
	}{
		{"year", isYearForm, regexp.MustCompile(`^(19|20)\d\d$`)},
		{"quarter", isQuarterForm, regexp.MustCompile(`^(19|20)\d\d-Q[1-4]$`)},
		{"month", isMonthForm, regexp.MustCompile(`^(19|20)\d\d-(0[1-9]|1[0-2])$`)},
		{"date", isDateForm, regexp.MustCompile(`^(19|20)\d\d-(0[1-9]|1[0-2])-\d\d$`)},
		{"interval", isIntervalForm, regexp.MustCompile(`^((19|20)\d\d-(0[1-9]|1[0-2]))/((19|20)\d\d-(0[1-9]|1[0-2]))$`)},
	}
	seeds := []string{"1999", "2024", "2039", "2024-Q1", "2024-Q4", "2024-01", "2024-09", "2024-10", "2024-12",
		"2021-04-30", "2022-01/2022-07", "2019-12/2020-01"}
	bytes := []byte("0123456789-Q/q ٣\nx")
	var texts []string
	for _, s := range seeds {
		texts = append(texts, s, s+"\n", " "+s, "")
		for i := range len(s) {
			texts = append(texts, s[:i]+s[i+1:], s[:i+1]+s[i:])
			for _, b := range bytes {
				texts = append(texts, s[:i]+string(b)+s[i+1:])
			}
		}
	}
	for _, f := range forms {
		for _, s := range texts {
			if got, want := f.form(s), f.re.MatchString(s); got != want {
				t.Errorf("%s(%q) = %v, the expression says %v", f.name, s, got, want)
			}
		}
	}
}
