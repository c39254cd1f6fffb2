//go:build amd64 && !purego

#include "textflag.h"

// func dotCodesAVX2(q []int16, codes []byte) int64
// len(q) is a multiple of 16. Per block: 16 codes sign-extended to int16
// (VPMOVSXBW), multiplied by 16 need codes and added in pairs into 8
// int32 lanes (VPMADDWD); two accumulators, whose lanes are widened to
// int64 for the horizontal sum.
TEXT ·dotCodesAVX2(SB), NOSPLIT, $0-56
	MOVQ q_base+0(FP), SI
	MOVQ q_len+8(FP), CX
	MOVQ codes_base+24(FP), DI
	SHRQ $4, CX
	VPXOR Y0, Y0, Y0
	VPXOR Y5, Y5, Y5

pair:
	CMPQ CX, $2
	JL   single
	VPMOVSXBW (DI), Y1
	VPMADDWD (SI), Y1, Y1
	VPADDD Y1, Y0, Y0
	VPMOVSXBW 16(DI), Y3
	VPMADDWD 32(SI), Y3, Y3
	VPADDD Y3, Y5, Y5
	ADDQ $64, SI
	ADDQ $32, DI
	SUBQ $2, CX
	JMP  pair

single:
	CMPQ CX, $0
	JE   sum
	VPMOVSXBW (DI), Y1
	VPMADDWD (SI), Y1, Y1
	VPADDD Y1, Y0, Y0

sum:
	VPADDD Y5, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPMOVSXDQ X0, Y2
	VPMOVSXDQ X1, Y3
	VPADDQ Y3, Y2, Y2
	VEXTRACTI128 $1, Y2, X3
	VPADDQ X3, X2, X2
	VPSHUFD $0x4E, X2, X3
	VPADDQ X3, X2, X2
	VMOVQ X2, AX
	VZEROUPPER
	MOVQ AX, ret+48(FP)
	RET

// func dotCodes4AVX2(q []int16, r *[8]*byte, out *[4]int64)
// The dot products of the first len(q) codes of rows r[0..3] (len(q) a
// multiple of 16): each block of need codes is loaded once for the four
// rows, whose loads are interleaved so that their cache misses overlap.
// Rows r[4..7], the next ones, are prefetched first: a window's rows lie
// apart, where the hardware prefetcher sees no stream.
TEXT ·dotCodes4AVX2(SB), NOSPLIT, $0-40
	MOVQ q_len+8(FP), DX
	MOVQ r+24(FP), AX
	MOVQ 32(AX), R12
	MOVQ 40(AX), R13
	MOVQ 48(AX), DI
	MOVQ 56(AX), BX
	XORQ CX, CX

prefetch:
	PREFETCHT0 (R12)(CX*1)
	PREFETCHT0 (R13)(CX*1)
	PREFETCHT0 (DI)(CX*1)
	PREFETCHT0 (BX)(CX*1)
	ADDQ $64, CX
	CMPQ CX, DX
	JLT  prefetch

	MOVQ q_base+0(FP), SI
	MOVQ DX, CX
	MOVQ 0(AX), R8
	MOVQ 8(AX), R9
	MOVQ 16(AX), R10
	MOVQ 24(AX), R11
	SHRQ $4, CX
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3

block4:
	CMPQ CX, $0
	JE   reduce4
	VMOVDQU (SI), Y8
	VPMOVSXBW (R8), Y4
	VPMOVSXBW (R9), Y5
	VPMOVSXBW (R10), Y6
	VPMOVSXBW (R11), Y7
	VPMADDWD Y8, Y4, Y4
	VPMADDWD Y8, Y5, Y5
	VPMADDWD Y8, Y6, Y6
	VPMADDWD Y8, Y7, Y7
	VPADDD Y4, Y0, Y0
	VPADDD Y5, Y1, Y1
	VPADDD Y6, Y2, Y2
	VPADDD Y7, Y3, Y3
	ADDQ $32, SI
	ADDQ $16, R8
	ADDQ $16, R9
	ADDQ $16, R10
	ADDQ $16, R11
	DECQ CX
	JMP  block4

reduce4:
	MOVQ out+32(FP), DI
	VEXTRACTI128 $1, Y0, X4
	VPMOVSXDQ X0, Y0
	VPMOVSXDQ X4, Y4
	VPADDQ Y4, Y0, Y0
	VEXTRACTI128 $1, Y1, X4
	VPMOVSXDQ X1, Y1
	VPMOVSXDQ X4, Y4
	VPADDQ Y4, Y1, Y1
	VEXTRACTI128 $1, Y2, X4
	VPMOVSXDQ X2, Y2
	VPMOVSXDQ X4, Y4
	VPADDQ Y4, Y2, Y2
	VEXTRACTI128 $1, Y3, X4
	VPMOVSXDQ X3, Y3
	VPMOVSXDQ X4, Y4
	VPADDQ Y4, Y3, Y3
	// Y0..Y3 hold four int64 each: sum each to one.
	VPERM2I128 $0x20, Y1, Y0, Y4
	VPERM2I128 $0x31, Y1, Y0, Y5
	VPADDQ Y5, Y4, Y4
	VPERM2I128 $0x20, Y3, Y2, Y6
	VPERM2I128 $0x31, Y3, Y2, Y7
	VPADDQ Y7, Y6, Y6
	// Y4 = [r0a r0b r1a r1b], Y6 = [r2a r2b r3a r3b]
	VPUNPCKLQDQ Y6, Y4, Y5
	VPUNPCKHQDQ Y6, Y4, Y7
	VPADDQ Y7, Y5, Y5
	// Y5 = [r0 r2 r1 r3]
	VPERMQ $0xD8, Y5, Y5
	VMOVDQU Y5, (DI)
	VZEROUPPER
	RET
