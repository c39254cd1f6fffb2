//go:build amd64 && !purego

#include "textflag.h"

// SIGN_AHEAD is how many bytes ahead of the block they read both kernels
// ask for the signs (PREFETCHT0), about three blocks of 384 dimensions.
// Left to the processor's own prefetchers, a kernel waited for memory and
// computed in turns: over a million vectors (48 MB) on one core, the
// 512-bit kernel took 2.8-4.3 ns a vector and the 256-bit one 5.1-6.4,
// against 1.35 over signs in L1 and 1.9 for a bare read of the same bytes;
// asked for 4 KB ahead, 2.0-2.15 and 1.9-2.0 (BenchmarkSignDistances,
// alternated, load 2.6-3.3; 512 bytes ahead: 2.8, 2 KB: 2.0, 8 KB: 2.1).
// A prefetch never faults, so those past the end of the blocks are no
// harm.
#define SIGN_AHEAD 4096

// SIGN_ARGS loads the arguments both sign kernels take (func(nibbles,
// blocks []byte, out []uint16, near []uint32, cut uint16)): the tables at
// R9 up to R8, the blocks at SI, the distances at DI, the count of blocks
// in CX, the masks at R11, cut in every word of Y14, and the nibble mask
// 0x0f0f0f0f in X15, for the kernel to broadcast to its width.
#define SIGN_ARGS \
	MOVQ nibbles_base+0(FP), R9 \
	MOVQ nibbles_len+8(FP), R8 \
	ADDQ R9, R8 \
	MOVQ blocks_base+24(FP), SI \
	MOVQ out_base+48(FP), DI \
	MOVQ out_len+56(FP), CX \
	SHRQ $5, CX \
	MOVQ near_base+72(FP), R11 \
	MOVWLZX cut+96(FP), AX \
	MOVL AX, X14 \
	VPBROADCASTW X14, Y14 \
	MOVL $0x0f0f0f0f, AX \
	MOVL AX, X15

// FINISH_BLOCK stores the distances of a block from its word sums, Y0
// (even bytes + 256·odd bytes) and Y1 (odd bytes), at DI, and the mask of
// those at the cut-off (Y14) or nearer at R11, and moves both on.
#define FINISH_BLOCK \
	VPSLLW $8, Y1, Y2 \
	VPSUBW Y2, Y0, Y0 \
	VPUNPCKLWD Y1, Y0, Y2 \
	VPUNPCKHWD Y1, Y0, Y3 \
	VMOVDQU X2, (DI) \
	VMOVDQU X3, 16(DI) \
	VEXTRACTI128 $1, Y2, 32(DI) \
	VEXTRACTI128 $1, Y3, 48(DI) \
	ADDQ $64, DI \
	VPMINUW Y14, Y2, Y4 \
	VPCMPEQW Y2, Y4, Y4 \
	VPMINUW Y14, Y3, Y5 \
	VPCMPEQW Y3, Y5, Y5 \
	VPACKSSWB Y5, Y4, Y4 \
	VPMOVMSKB Y4, AX \
	MOVL AX, (R11) \
	ADDQ $4, R11


// func signDistancesAVX2(nibbles, blocks []byte, out []uint16, near []uint32, cut uint16)
// For each block of 32 vectors, two byte columns at a time: the low and
// the high nibbles of the 32 bytes of a column are looked up in the
// column's two tables (VPSHUFB; see signQuery.nibbles) and added, the two columns' sums added in
// bytes (at most 4·60 = 240), then into 16-bit sums: Y0 adds the bytes as
// words (even byte + 256·odd byte), Y1 the odd bytes alone, so that at the
// end the even vectors' sums are Y0 − 256·Y1. Both are interleaved back
// into the vectors' order and stored, 64 bytes a block. Each sum is then
// compared with cut (unsigned: min(d, cut) = d), the words packed to bytes
// in the vectors' order (VPACKSSWB keeps a lane's words of the first
// operand before the second's) and their top bits stored as the block's
// mask of near vectors.
TEXT ·signDistancesAVX2(SB), NOSPLIT, $0-98
	SIGN_ARGS
	VPBROADCASTD X15, Y15

block:
	TESTQ CX, CX
	JZ    done
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	MOVQ  R9, R10

pair:
	PREFETCHT0 SIGN_AHEAD(SI)
	VMOVDQU (SI), Y2
	VPSRLW  $4, Y2, Y3
	VPAND   Y15, Y2, Y2
	VPAND   Y15, Y3, Y3
	VMOVDQU (R10), Y4
	VMOVDQU 64(R10), Y5
	VPSHUFB Y2, Y4, Y4
	VPSHUFB Y3, Y5, Y5
	VPADDB  Y5, Y4, Y4
	VMOVDQU 32(SI), Y6
	VPSRLW  $4, Y6, Y7
	VPAND   Y15, Y6, Y6
	VPAND   Y15, Y7, Y7
	VMOVDQU 32(R10), Y8
	VMOVDQU 96(R10), Y9
	VPSHUFB Y6, Y8, Y8
	VPSHUFB Y7, Y9, Y9
	VPADDB  Y9, Y8, Y8
	VPADDB  Y8, Y4, Y4
	VPADDW  Y4, Y0, Y0
	VPSRLW  $8, Y4, Y4
	VPADDW  Y4, Y1, Y1
	ADDQ    $64, SI
	ADDQ    $128, R10
	CMPQ    R10, R8
	JB      pair

	FINISH_BLOCK
	DECQ       CX
	JMP        block

done:
	VZEROUPPER
	RET

// func signDistancesAVX512(nibbles, blocks []byte, out []uint16, near []uint32, cut uint16)
// signDistancesAVX2 with 512-bit registers, four byte columns at a time
// (len(nibbles)/64 a multiple of four): a register holds two columns of a
// block, the first in its low half, and the tables of both (the layout of
// signQuery.nibbles); the two registers' lookups are added in bytes (each
// half at most 240), then into words as signDistancesAVX2 does. At the
// end of a block the halves of the word sums are added, and the block
// finished as signDistancesAVX2 finishes it.
TEXT ·signDistancesAVX512(SB), NOSPLIT, $0-98
	SIGN_ARGS
	VPBROADCASTD X15, Z15

block512:
	TESTQ CX, CX
	JZ    done512
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	MOVQ   R9, R10

quad:
	PREFETCHT0 SIGN_AHEAD(SI)
	PREFETCHT0 SIGN_AHEAD+64(SI)
	VMOVDQU64 (SI), Z2
	VPSRLW    $4, Z2, Z3
	VPANDQ    Z15, Z2, Z2
	VPANDQ    Z15, Z3, Z3
	VMOVDQU64 (R10), Z4
	VMOVDQU64 64(R10), Z5
	VPSHUFB   Z2, Z4, Z4
	VPSHUFB   Z3, Z5, Z5
	VPADDB    Z5, Z4, Z4
	VMOVDQU64 64(SI), Z6
	VPSRLW    $4, Z6, Z7
	VPANDQ    Z15, Z6, Z6
	VPANDQ    Z15, Z7, Z7
	VMOVDQU64 128(R10), Z8
	VMOVDQU64 192(R10), Z9
	VPSHUFB   Z6, Z8, Z8
	VPSHUFB   Z7, Z9, Z9
	VPADDB    Z9, Z8, Z8
	VPADDB    Z8, Z4, Z4
	VPADDW    Z4, Z0, Z0
	VPSRLW    $8, Z4, Z4
	VPADDW    Z4, Z1, Z1
	ADDQ      $128, SI
	ADDQ      $256, R10
	CMPQ      R10, R8
	JB        quad

	VEXTRACTI64X4 $1, Z0, Y2
	VPADDW        Y2, Y0, Y0
	VEXTRACTI64X4 $1, Z1, Y3
	VPADDW        Y3, Y1, Y1
	FINISH_BLOCK
	DECQ       CX
	JMP        block512

done512:
	VZEROUPPER
	RET
