package toolstest

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

// NewProfileStore returns an empty profile store for one subtest; the
// suite closes it when it is an io.Closer.
type NewProfileStore func(t *testing.T) tools.ProfileStore

// TestProfileStore runs the conformance suite of tools.ProfileStore.
func TestProfileStore(t *testing.T, newStore NewProfileStore) {
	run := func(name string, f func(t *testing.T, s tools.ProfileStore)) { subtest(t, name, newStore, f) }
	run("empty store has no profile", testProfilesEmpty)
	run("profiles upsert by id", testProfiles)
	run("profiles read between changes are current", testProfilesCurrent)
}

// A store may share the slice Profiles returns until its profiles change:
// a read after a change sees it, and a slice returned before keeps what
// it said (it is never modified in place).
func testProfilesCurrent(t *testing.T, s tools.ProfileStore) {
	ctx := context.Background()
	if _, err := s.PutProfiles(ctx, ProfileFixture()); err != nil {
		t.Fatal(err)
	}
	before, err := s.Profiles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := s.Profiles(ctx); err != nil || len(again) != 3 {
		t.Fatalf("Profiles read again = %d profiles, %v", len(again), err)
	}
	changed := ProfileFixture()
	changed[1].Titles = map[string]string{"fr": "Développeur logiciel"}
	if _, err := s.PutProfiles(ctx, changed); err != nil {
		t.Fatal(err)
	}
	after, err := s.Profiles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := after[0].Title("fr"); got != "Développeur logiciel" {
		t.Errorf("after the change, Profiles says %q, want the new title", got)
	}
	if got := before[0].Title("fr"); got == "Développeur logiciel" {
		t.Errorf("a slice returned before the change now says %q: it was modified in place", got)
	}
}

func testProfilesEmpty(t *testing.T, s tools.ProfileStore) {
	ps, err := s.Profiles(context.Background())
	if err != nil || ps == nil || len(ps) != 0 {
		t.Fatalf("Profiles on empty = %v, %v", ps, err)
	}
}

func testProfiles(t *testing.T, s tools.ProfileStore) {
	ctx := context.Background()
	sum, err := s.PutProfiles(ctx, ProfileFixture())
	if err != nil || sum != (tools.AddSummary{Inserted: 3}) {
		t.Fatalf("PutProfiles = %+v, %v; want 3 inserted", sum, err)
	}
	changed := ProfileFixture()
	changed[1].Titles = map[string]string{"fr": "Développeur logiciel"}
	if sum, _ := s.PutProfiles(ctx, changed); sum != (tools.AddSummary{Existing: 2, Updated: 1}) {
		t.Fatalf("PutProfiles again = %+v, want 2 existing 1 updated", sum)
	}
	bad := []tools.Profile{{ID: "x", Code: "72", Titles: map[string]string{"fr": "X"}, Publisher: "test"}}
	if _, err := s.PutProfiles(ctx, bad); !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("PutProfiles with a bad code: err = %v, want ErrBadData", err)
	}
	ps, _ := s.Profiles(ctx)
	var got []string
	for _, p := range ps {
		got = append(got, p.Code+" "+p.ID+" "+p.Title("fr"))
	}
	want := []string{"2512 developpeur Développeur logiciel", "7212 chaudronnier Chaudronnier", "7212 soudeur Soudeur"}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("Profiles (-want +got):\n%s", d)
	}
}

// ProfileFixture is the profile set the suites load: two profiles of 7212
// (one with a skill and a training) and one of 2512.
func ProfileFixture() []tools.Profile {
	return []tools.Profile{
		{ID: "soudeur", Code: "7212", Titles: map[string]string{"fr": "Soudeur", "ar": "لحام"}, Publisher: "test",
			SkillIDs: []string{"welding"}, Trainings: []tools.Training{{Name: "TS soudage", Kind: "vocational", Provider: "OFPPT"}}},
		{ID: "developpeur", Code: "2512", Titles: map[string]string{"fr": "Développeur"}, Publisher: "test"},
		{ID: "chaudronnier", Code: "7212", Titles: map[string]string{"fr": "Chaudronnier"}, Publisher: "test"},
	}
}
