//go:build amd64 && !purego

#include "textflag.h"

// func prefetchCode(code []int8, scale *float32)
// PREFETCHT0 on every cache line of code (its first byte, each 64 bytes
// after, and its last byte, for a code that does not start a line), then
// on scale. A prefetch never faults, so an empty code is no harm.
TEXT ·prefetchCode(SB), NOSPLIT, $0-32
	MOVQ code_base+0(FP), SI
	MOVQ code_len+8(FP), CX
	LEAQ (SI)(CX*1), DX

line:
	PREFETCHT0 (SI)
	ADDQ       $64, SI
	CMPQ       SI, DX
	JB         line
	PREFETCHT0 -1(DX)
	MOVQ       scale+24(FP), AX
	PREFETCHT0 (AX)
	RET
