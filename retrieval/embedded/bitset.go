package embedded

import "math/bits"

// bitset is a set of row numbers.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

// grow makes room for row n-1.
func (b bitset) grow(n int) bitset {
	for len(b)*64 < n {
		b = append(b, 0)
	}
	return b
}

func (b bitset) set(i int32)      { b[i>>6] |= 1 << (uint(i) & 63) }
func (b bitset) clear(i int32)    { b[i>>6] &^= 1 << (uint(i) & 63) }
func (b bitset) has(i int32) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

// and keeps in b the rows also in o.
func (b bitset) and(o bitset) {
	for i := range b {
		b[i] &= o[i]
	}
}

func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// each calls f for each row of b in increasing order.
func (b bitset) each(f func(i int32)) {
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			f(int32(wi*64 + t))
			w &= w - 1
		}
	}
}
