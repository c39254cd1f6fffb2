package recent

import (
	"fmt"
	"sync"
	"testing"
)

func TestMapKeepsWhatIsUsedAgain(t *testing.T) {
	m := New[string, int](4)
	for i := range 4 {
		m.Put(fmt.Sprint(i), i)
	}
	if v, ok := m.Get("2"); !ok || v != 2 {
		t.Fatalf("Get(2) = %d, %v", v, ok)
	}
	for i := 4; i < 8; i++ { // "0".."3" become the older generation
		m.Put(fmt.Sprint(i), i)
	}
	if _, ok := m.Get("1"); !ok { // moves to the newer generation
		t.Fatal("1 dropped while in the older generation")
	}
	for i := 8; i < 11; i++ { // fills the newer (1, 8, 9, 10): 4..7 are older, 0..3 dropped
		m.Put(fmt.Sprint(i), i)
	}
	if _, ok := m.Get("1"); !ok {
		t.Error("1, used again, was dropped")
	}
	if _, ok := m.Get("3"); ok {
		t.Error("3, not used again, is still kept")
	}
	if n := m.Len(); n > 8 {
		t.Errorf("%d entries kept, want at most 8", n)
	}
}

func TestMapIsBounded(t *testing.T) {
	m := New[int, int](16)
	for i := range 1000 {
		m.Put(i, i)
		if n := m.Len(); n > 32 {
			t.Fatalf("%d entries kept after %d puts, want at most 32", n, i+1)
		}
	}
	var zero Map[int, int]
	zero.Put(1, 1)
	if _, ok := zero.Get(1); ok {
		t.Error("the zero Map kept an entry")
	}
}

func TestMapConcurrent(t *testing.T) {
	m := New[int, int](8)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 500 {
				k := (g + i) % 20
				if v, ok := m.Get(k); ok && v != k*k {
					t.Errorf("Get(%d) = %d", k, v)
				}
				m.Put(k, k*k)
			}
		})
	}
	wg.Wait()
}
