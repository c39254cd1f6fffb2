package chart

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
)

// A turn read back from a session store holds its tool results as maps
// and float64s: it draws the same charts as the turn that was answered.
func TestTurnReadBackFromJSONDrawsTheSameCharts(t *testing.T) {
	for _, q := range []string{"taux de chômage au Maroc 2015-2023", "معدل البطالة حسب الجهات", "Quels sont les métiers les plus demandés à Tanger ?"} {
		turn, store := ask(t, q)
		raw, err := json.Marshal(turn)
		if err != nil {
			t.Fatal(err)
		}
		var back assistant.Turn
		if err := json.Unmarshal(raw, &back); err != nil {
			t.Fatal(err)
		}
		again, err := NewMaker(store).Charts(context.Background(), back)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]assistant.Chart(turn.Charts), again); diff != "" || len(again) == 0 {
			t.Errorf("%q: charts from JSON differ (-answered +read back):\n%s", q, diff)
		}
	}
}

func TestMakerSaysWhyItCouldNotStore(t *testing.T) {
	turn, store := ask(t, "taux de chômage au Maroc 2015-2023")
	if err := os.RemoveAll(store.dir); err != nil {
		t.Fatal(err)
	}
	cs, err := NewMaker(store).Charts(context.Background(), turn)
	if err == nil || cs != nil {
		t.Errorf("Charts into a removed folder = %v, %v; want an error", cs, err)
	}
}

func TestMakerStopsWithItsContext(t *testing.T) {
	turn, store := ask(t, "taux de chômage au Maroc 2015-2023")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewMaker(store).Charts(ctx, turn); err == nil {
		t.Error("Charts after the turn's context ended: no error")
	}
}
