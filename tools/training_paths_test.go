package tools_test

import (
	"testing"

	"github.com/marsad/marsad/tools"
)

// training_paths lists the trainings of the profile asked, cited by it.
func TestTrainingPathsListsTheProfilesTrainings(t *testing.T) {
	d, res := mustCall[tools.TrainingResult](t, tools.TrainingTool{Store: fixtureStore(t)}, `{"occupation":"Soudeur"}`)
	if d.Occupation != "7212" || len(d.Rows) != 1 {
		t.Fatalf("result = %+v, want the one training of 7212", d)
	}
	if r := d.Rows[0]; r.Name != "TS soudage" || r.Provider != "OFPPT" || r.ProfileID != "soudeur" || r.Occupation != "7212" {
		t.Errorf("row = %+v", r)
	}
	if len(res.Citations) != 1 || res.Citations[0].ID != "profile:soudeur" {
		t.Errorf("citations = %+v, want the soudeur profile", res.Citations)
	}
}

// An occupation without trainings gets no row and the occupations that
// have some.
func TestTrainingPathsWithoutTrainingsListsThoseWithSome(t *testing.T) {
	d, res := mustCall[tools.TrainingResult](t, tools.TrainingTool{Store: fixtureStore(t)}, `{"occupation":"Développeur"}`)
	if len(d.Rows) != 0 || len(d.Occupations) != 1 || len(res.Citations) != 0 {
		t.Fatalf("result = %+v, citations %v; want no row and the one occupation with trainings", d, res.Citations)
	}
}

func TestTrainingPathsRefusesBadArguments(t *testing.T) {
	tool := tools.TrainingTool{Store: fixtureStore(t)}
	_, err := call(t, tool, `{"occupation":"soudeur","kind":"magic"}`)
	wantArgError(t, err, "kind")
	_, err = call(t, tool, `{"skill":"jonglage"}`)
	wantArgError(t, err, "skill")
}
