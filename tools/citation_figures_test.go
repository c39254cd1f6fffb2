package tools

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mergedOneByOne is what citationsOf must return: MergeCitations of each
// figure's own Citation.
func mergedOneByOne(obs []Observation) []Citation {
	cs := make([]Citation, len(obs))
	for i, o := range obs {
		cs[i] = o.Citation()
	}
	return MergeCitations(cs)
}

// citationsOf agrees with MergeCitations on figures drawn from a few
// pages, relays and unaddressed publishers (among them "HCP/LNT"
// relayed by "x", whose ID is that of "HCP" relayed by "LNT/x"), with
// repeated periods, and past the number of sources where a map finds
// them.
func TestCitationsOfMergesAsMergeCitations(t *testing.T) {
	urls := []string{"", "", "https://www.hcp.ma/a.html", "https://www.hcp.ma/b.html", "https://lnt.ma/x"}
	pubs := []string{"HCP", "HCP/LNT", "ANAPEC"}
	bys := []string{"", "LNT", "Le360", "LNT/x", "x"}
	relays := []string{"", "", "https://lnt.ma/1", "https://le360.ma/2"}
	inds := []string{"unemployment_rate", "job_ads_count"}
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	for n := range 400 {
		size := n % 150
		obs := make([]Observation, size)
		many := n%5 == 4 // pages enough to pass manySources
		for i := range obs {
			obs[i] = Observation{Indicator: pick(inds), Period: strconv.Itoa(2000 + r.IntN(12)), Publisher: pick(pubs),
				ReportedBy: pick(bys), SourceURL: pick(urls), RelayURL: pick(relays)}
			if many && r.IntN(4) > 0 {
				obs[i].SourceURL = "https://www.hcp.ma/" + strconv.Itoa(r.IntN(200))
			}
		}
		if diff := cmp.Diff(mergedOneByOne(obs), citationsOf(obs)); diff != "" {
			t.Fatalf("%d figures (-MergeCitations +citationsOf):\n%s", size, diff)
		}
	}
}

func TestJoinedEqual(t *testing.T) {
	words := []string{"", "/", "a", "a/", "/b", "a/b", "ab", "b", "a//b"}
	for _, a1 := range words {
		for _, a2 := range words {
			for _, b1 := range words {
				for _, b2 := range words {
					if got, want := joinedEqual(a1, a2, b1, b2), a1+"/"+a2 == b1+"/"+b2; got != want {
						t.Errorf("joinedEqual(%q, %q, %q, %q) = %v, want %v", a1, a2, b1, b2, got, want)
					}
				}
			}
		}
	}
}

// BenchmarkCitationsOf merges the citations of a series shaped as
// toolstest.Volume's: a page a year from 1990 to 2039, quarters in the
// last ten years, 90 figures from 50 sources; beside it, MergeCitations
// of each figure's Citation, which citationsOf replaced.
func BenchmarkCitationsOf(b *testing.B) {
	var obs []Observation
	for y := 1990; y < 2040; y++ {
		o := Observation{Indicator: "unemployment_rate", Period: strconv.Itoa(y), Publisher: "synthetic",
			ReportedBy: "toolstest.Volume", SourceURL: "https://synthetic.example/volume/" + strconv.Itoa(y)}
		obs = append(obs, o)
		for q := 1; y >= 2030 && q <= 4; q++ {
			o.Period = strconv.Itoa(y) + "-Q" + strconv.Itoa(q)
			obs = append(obs, o)
		}
	}
	b.Run("two passes", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			citationsOf(obs)
		}
	})
	b.Run("merged one by one", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			mergedOneByOne(obs)
		}
	})
}
