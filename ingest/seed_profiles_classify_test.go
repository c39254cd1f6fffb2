package ingest

import (
	"testing"

	"github.com/marsad/marsad/ingest/seed"
	"github.com/marsad/marsad/tools"
)

// TestSeedProfilesLeaveProjectsToTheirField: the demo's project manager
// profile (1219) names no project of a field among its aliases, so that
// a loaded demo does not pull, by its names, the project leaders Marsad
// places by their field (an IT project's 1330, a project office's 2421,
// a client-side project's 2511) into its own code.
func TestSeedProfilesLeaveProjectsToTheirField(t *testing.T) {
	f, err := seed.FS.Open("profiles/profiles.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadProfiles(f, "profiles.json", "Marsad")
	if err != nil {
		t.Fatal(err)
	}
	profiles := make([]tools.Profile, len(recs))
	for i, r := range recs {
		profiles[i] = r.Profile
	}
	c := NewClassifier(profiles, nil)
	for title, want := range map[string]string{
		"PMO Business Analyst": "2421", "Consultant(e) PMO": "2421", "Chef de projet IT (H/F)": "1330",
		"Chef de projet MOA": "2511", "Chef de projet": "1219",
	} {
		if m := c.Classify(adText{title: title}); m.Code != want {
			t.Errorf("%q: %+v, want %s", title, m, want)
		}
	}
}
