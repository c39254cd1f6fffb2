package needrank

import (
	"encoding/binary"
	"math"
)

// need is a need quantised for the integer scan: need ≈ step·codes.
type need struct {
	f     []float32
	codes []int16
	step  float64
	// slack times a row's |scale| bounds how far the row's estimate
	// (estimate) may lie from its DotInt8 score.
	slack float64
	// exact is set when the need cannot be bounded (a NaN or an
	// infinity in it): every row is then scored with DotInt8.
	exact bool
}

// codeMax is the largest int16 code of a need. With row codes of at most
// 128 in magnitude, an int32 lane of the AVX2 kernel sums dim/8 products
// of at most 2²² each: it holds them up to maxKernelDim dimensions.
const codeMax = 32767

// maxKernelDim is the largest dimension the int32 kernel sums without
// overflow; larger needs use the int64 generic kernel.
const maxKernelDim = 4096

// newNeed quantises f.
func newNeed(f []float32) need {
	n := need{f: f, codes: make([]int16, len(f))}
	var top, l1 float64
	for _, x := range f {
		a := math.Abs(float64(x))
		if math.IsNaN(a) || math.IsInf(a, 0) {
			n.exact = true
			return n
		}
		top, l1 = max(top, a), l1+a
	}
	if top == 0 {
		return n // every score is 0: estimates are exact
	}
	n.step = top / codeMax
	var errL1 float64
	for i, x := range f {
		c := math.Round(float64(x) / n.step)
		n.codes[i] = int16(max(-codeMax, min(codeMax, c)))
		errL1 += math.Abs(float64(x) - n.step*float64(n.codes[i]))
	}
	// |Σ need·c − step·Σ codes·c| ≤ 128·‖need − step·codes‖₁ (a row code
	// is at most 128 in magnitude); DotInt8's float32 sum of len(f)
	// products, then its product by the scale, lies within
	// (len(f)+2)·2⁻²⁴·Σ|need·c| of the true value; 2⁻⁴⁰ covers the
	// float64 rounding of errL1 and of the estimate. 1 % on top.
	n.slack = 1.01 * 128 * (errL1 + l1*(float64(len(f)+2)*0x1p-24+0x1p-40))
	return n
}

// rowScale returns the scale of a retrieval.QuantizeInt8 encoding.
func rowScale(row []byte) float64 {
	return float64(math.Float32frombits(binary.LittleEndian.Uint32(row)))
}

// estimate returns a row's estimated score and how far its DotInt8 score
// may lie from it; sum is the integer dot product of the need's codes
// with the row's. A row whose scale is not finite gets an infinite
// bound, so it is always scored exactly.
func (n *need) estimate(row []byte, sum int64) (est, bound float64) {
	s := rowScale(row)
	est = float64(sum) * n.step * s
	bound = math.Abs(s)*n.slack + math.Abs(est)*0x1p-40
	if n.exact || math.IsNaN(est) || math.IsInf(est, 0) || math.IsNaN(bound) {
		return 0, math.Inf(1)
	}
	return est, bound
}
