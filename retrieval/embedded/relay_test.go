package embedded

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/retrieval"
)

// A relay's caller finishes every item even when the other goroutine
// holds one and does not come back (a descheduled thread): the caller
// runs that item again, its result stands, and the other's, coming later,
// is dropped.
func TestRelayRunsAgainTheItemsOfAStalledGoroutine(t *testing.T) {
	const n = 10
	var r relay
	r.reset(n)
	out := [2][n]int{}
	holding, release := make(chan struct{}), make(chan struct{})
	do := func(w, i int) bool {
		if w == 1 && i == 0 {
			close(holding)
			<-release // the item is held until the test lets go
		}
		out[w][i] = 10*i + w
		return true
	}
	var wg sync.WaitGroup
	wg.Go(func() { r.work(1, do) })
	<-holding
	r.work(0, do)
	for i := range n {
		if !r.finished(i) || r.winner(i) != 0 || out[0][i] != 10*i {
			t.Fatalf("item %d: finished %v by %d, result %d; want finished by the caller, 10*i", i, r.finished(i), r.winner(i), out[0][i])
		}
	}
	close(release)
	wg.Wait()
	if r.winner(0) != 0 {
		t.Fatalf("item 0 finished by %d after the stalled goroutine came back; want the caller's result to stand", r.winner(0))
	}
}

// A search by signs whose second goroutine is stalled from its start
// returns the same rows as without it, and a write waits for that
// goroutine, which still reads the table, before changing it.
func TestSignSearchDoesNotWaitForAStalledGoroutine(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	rng := rand.New(rand.NewPCG(31, 32))
	const n, d = 20000, 128
	s := randomIndexedStore(t, rng, n, d)
	release := make(chan struct{})
	stalled := make(chan int, 4)
	relayStall = func(w int) {
		stalled <- w
		<-release
	}
	defer func() { relayStall = nil }()
	for _, c := range []struct {
		name  string
		cands int
		slack float64
	}{{"guessed", 800, guessSlack}, {"counted", 1000, 0.3}} {
		q := randomUnit(rng, 1, d)[0]
		got := s.t.signSearchSpans(q, s.t.alive, s.t.allSpans(), s.t.live, 10, c.cands, c.slack)
		want := wantSignSearch(s.t, q, s.t.alive, 10, c.cands)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: got %v, want %v", c.name, got, want)
		}
	}
	if len(stalled) == 0 {
		t.Fatal("the search started no second goroutine")
	}
	wrote := make(chan error, 1)
	go func() {
		wrote <- s.Upsert(ctx, []retrieval.Record{{Chunk: retrieval.Chunk{ID: "new", DocID: "new"}, Dense: randomUnit(rng, 1, d)[0]}})
	}()
	time.Sleep(50 * time.Millisecond)
	select {
	case err := <-wrote:
		t.Fatalf("a write changed the table while a search's goroutine read it (err %v)", err)
	default:
	}
	close(release)
	must(t, <-wrote)
}
