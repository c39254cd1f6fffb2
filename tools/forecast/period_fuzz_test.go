package forecast

import "testing"

// FuzzParsePeriod: whatever ParsePeriod accepts it writes back unchanged,
// and Add then Since is the identity.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2024-03", "2019-Q1", "2024-13", "2024-Q5", "0000-01", "2024-", "-2024-01", "2024-Q", "+024-01", "2024-Q+1"} {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, k int) {
		p, err := ParsePeriod(s)
		if err != nil {
			return
		}
		if p.String() != s {
			t.Fatalf("ParsePeriod(%q).String() = %q", s, p.String())
		}
		k %= 1000
		if got := p.Add(k).Since(p); got != k {
			t.Fatalf("%s: Add(%d).Since = %d", s, k, got)
		}
	})
}
