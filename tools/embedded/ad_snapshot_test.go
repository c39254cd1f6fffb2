package embedded_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// snapshotAds are ads of two sites, some read again in a new version,
// some with a vector of another length, and one that names no occupation.
func snapshotAds(round int) []tools.Ad {
	var ads []tools.Ad
	for i := range 40 {
		a := sourcedAd(fmt.Sprintf("r%d-%02d", round, i), fmt.Sprintf("src-%02d", i%30), []string{"2512", "7212", "4222"}[i%3],
			fmt.Sprintf("%d DH", 4000+100*round), i%4)
		if i%7 == 0 {
			a.Vector = retrieval.QuantizeInt8([]float32{1, 0})
		}
		if i%11 == 0 {
			a.SourceSite, a.Meta, a.Occupation = "emploi.ma", nil, ""
		}
		a.Skills = []string{"excel", fmt.Sprintf("skill-%d", i%5)}
		a.Posted = fmt.Sprintf("2025-%02d-%02d", 1+i%10, 1+i%27)
		ads = append(ads, a)
	}
	return ads
}

// openStore opens dir, closed when the test ends.
func openStore(t *testing.T, dir string) *embedded.JobMarket {
	t.Helper()
	s, err := embedded.OpenJobMarket(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// replayedState is what a store in dir holds when its whole log is
// replayed: opened from a copy of dir without the snapshot.
func replayedState(t *testing.T, dir string) jobMarketState {
	t.Helper()
	cp := t.TempDir()
	for _, name := range []string{"ads.jsonl", "vectors.bin", "profiles.json"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(cp, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := openStore(t, cp)
	if embedded.SnapshotAt(s) != 0 {
		t.Fatal("the copy without a snapshot did not replay its whole log")
	}
	return stateOf(t, s)
}

// A store opened from its snapshot, then from the log lines written after
// it, holds what the whole log replayed holds.
func TestSnapshotThenTailEqualsTheWholeLog(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demand")
	s, err := embedded.OpenJobMarket(dir)
	if err != nil {
		t.Fatal(err)
	}
	mustAddAds(t, s, snapshotAds(1))
	if err := s.Close(); err != nil { // writes the snapshot
		t.Fatal(err)
	}
	a := openStore(t, dir)
	if embedded.SnapshotAt(a) == 0 {
		t.Fatal("the snapshot written by Close was not used")
	}
	if diff := cmp.Diff(replayedState(t, dir), stateOf(t, a)); diff != "" {
		t.Fatalf("from the snapshot (-replayed +snapshot):\n%s", diff)
	}
	// New versions of half the sources and new ads, left in the log only
	// (no Close: as after a crash).
	mustAddAds(t, a, snapshotAds(2))
	b := openStore(t, dir)
	if at := embedded.SnapshotAt(b); at == 0 {
		t.Fatal("the snapshot was not used with a longer log")
	}
	if diff := cmp.Diff(replayedState(t, dir), stateOf(t, b)); diff != "" {
		t.Fatalf("snapshot + tail (-replayed +snapshot):\n%s", diff)
	}
}

// A snapshot that does not fit the log is ignored: the whole log is
// replayed and nothing is lost.
func TestSnapshotThatDoesNotFitIsIgnored(t *testing.T) {
	damage := map[string]func(t *testing.T, dir string){
		"flipped byte": func(t *testing.T, dir string) {
			p := filepath.Join(dir, embedded.SnapshotFile)
			b, _ := os.ReadFile(p)
			b[len(b)/2] ^= 0x40
			os.WriteFile(p, b, 0o644)
		},
		"cut short": func(t *testing.T, dir string) {
			p := filepath.Join(dir, embedded.SnapshotFile)
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)-9], 0o644)
		},
		"log cut below it": func(t *testing.T, dir string) {
			p := filepath.Join(dir, "ads.jsonl")
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)/2], 0o644) // a whole number of lines or not: the torn one is dropped
		},
		"another log": func(t *testing.T, dir string) {
			other := filepath.Join(t.TempDir(), "other")
			o, err := embedded.OpenJobMarket(other)
			if err != nil {
				t.Fatal(err)
			}
			ads := snapshotAds(1)
			for i := range ads {
				ads[i].SalaryText = "5000 DH" // same length as 4100 DH: same log size
			}
			mustAddAds(t, o, ads)
			o.Close()
			b, _ := os.ReadFile(filepath.Join(other, "ads.jsonl"))
			os.WriteFile(filepath.Join(dir, "ads.jsonl"), b, 0o644)
		},
	}
	for name, spoil := range damage {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "demand")
			s, err := embedded.OpenJobMarket(dir)
			if err != nil {
				t.Fatal(err)
			}
			mustAddAds(t, s, snapshotAds(1))
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			spoil(t, dir)
			want := replayedState(t, dir)
			got := openStore(t, dir)
			if embedded.SnapshotAt(got) != 0 {
				t.Errorf("a snapshot that does not fit was used")
			}
			if diff := cmp.Diff(want, stateOf(t, got)); diff != "" {
				t.Fatalf("(-replayed +opened):\n%s", diff)
			}
		})
	}
}
