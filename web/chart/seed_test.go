package chart

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/ingest/seedtest"
	"github.com/marsad/marsad/tools"
)

// seedReference is the offline planner's "now" and the date the seed's
// relative posting dates are read from, as in the planner's own tests.
var seedReference = seedtest.Reference

// seedKit returns the real tools over the embedded default data: the
// official figures and the demo corpus (profiles, notes, ads), built
// once for the package's tests.
func seedKit(t testing.TB) *tools.Kit {
	t.Helper()
	return seedtest.Shared(t).Kit
}

// ask answers question with the real offline assistant over the seed,
// its charts made by a Maker storing in a temporary folder, and returns
// the turn and the store.
func ask(t testing.TB, question string) (assistant.Turn, *Store) {
	t.Helper()
	store := mustStore(t)
	var failed error
	a := assistant.New(offline.New(seedKit(t), func() time.Time { return seedReference }),
		assistant.WithCharts(NewMaker(store).Charts, func(err error) { failed = err }))
	turn, err := a.Chat(context.Background(), assistant.Request{Message: question}, func(assistant.Event) error { return nil })
	if err != nil {
		t.Fatalf("%s: %v", question, err)
	}
	if failed != nil {
		t.Fatalf("%s: charts failed: %v", question, failed)
	}
	return turn, store
}

func mustStore(t testing.TB) *Store {
	t.Helper()
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}
