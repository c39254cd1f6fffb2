//go:build amd64 && !purego

#include "textflag.h"

// func signDistancesPOPCNT(q []uint64, w int, xs []uint64, out []uint16)
// For each vector (w words of xs): for each word, diff = the sign word of
// q XOR the vector's word, then the four planes of q ANDed with diff and
// counted, each plane into an accumulator of its own (one chain of
// additions would serialise them); the vector's distance is the four
// weighed 1, 2, 4, 8, stored as out's next uint16.
TEXT ·signDistancesPOPCNT(SB), NOSPLIT, $0-80
	MOVQ q_base+0(FP), R9
	MOVQ w+24(FP), R8
	IMUL3Q $40, R8, R8
	ADDQ R9, R8 // the end of q
	MOVQ xs_base+32(FP), SI
	MOVQ out_base+56(FP), DI
	MOVQ out_len+64(FP), CX

vector:
	TESTQ CX, CX
	JZ    done
	XORQ  AX, AX
	XORQ  BX, BX
	XORQ  R12, R12
	XORQ  R13, R13
	MOVQ  R9, R10

word:
	MOVQ    (SI), DX
	XORQ    (R10), DX
	MOVQ    8(R10), R11
	ANDQ    DX, R11
	POPCNTQ R11, R11
	ADDQ    R11, AX
	MOVQ    16(R10), R11
	ANDQ    DX, R11
	POPCNTQ R11, R11
	ADDQ    R11, BX
	MOVQ    24(R10), R11
	ANDQ    DX, R11
	POPCNTQ R11, R11
	ADDQ    R11, R12
	MOVQ    32(R10), R11
	ANDQ    DX, R11
	POPCNTQ R11, R11
	ADDQ    R11, R13
	ADDQ    $8, SI
	ADDQ    $40, R10
	CMPQ    R10, R8
	JB      word

	LEAQ (AX)(BX*2), AX
	LEAQ (AX)(R12*4), AX
	LEAQ (AX)(R13*8), AX
	MOVW AX, (DI)
	ADDQ $2, DI
	DECQ CX
	JMP  vector

done:
	RET
