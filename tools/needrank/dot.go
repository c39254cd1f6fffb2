package needrank

// dotGeneric returns the dot product of need codes with the int8 codes
// of a row (len(codes) >= len(q)), four independent sums.
func dotGeneric(q []int16, codes []byte) int64 {
	codes = codes[:len(q)]
	var s0, s1, s2, s3 int64
	for len(q) >= 4 {
		s0 += int64(q[0]) * int64(int8(codes[0]))
		s1 += int64(q[1]) * int64(int8(codes[1]))
		s2 += int64(q[2]) * int64(int8(codes[2]))
		s3 += int64(q[3]) * int64(int8(codes[3]))
		q, codes = q[4:], codes[4:]
	}
	for i := range q {
		s0 += int64(q[i]) * int64(int8(codes[i]))
	}
	return s0 + s1 + s2 + s3
}

// dotGeneric4 sets out[j] to dotGeneric(q, r[j]) for four rows.
func dotGeneric4(q []int16, r *[4][]byte, out *[4]int64) {
	for j := range out {
		out[j] = dotGeneric(q, r[j])
	}
}
