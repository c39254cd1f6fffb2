package ingest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/bits"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// adID returns the stable ID of an ad: 16 hex digits of a SHA-256 of the
// words (lang.Tokens) of its title, employer, place and description, so
// that the same ad loaded twice, from any file or site, gets the same ID.
// Dates, salary and links are left out: a repost with a new date is the
// same ad.
func adID(parts ...[]string) string {
	h := sha256.New()
	for _, toks := range parts {
		for _, t := range toks {
			h.Write([]byte(t))
			h.Write([]byte{' '})
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Signature shape: sigLen MinHash values of word pairs, each kept as its
// low 8 bits (b-bit MinHash), read in sigBands bands of sigRows values.
const (
	sigLen   = 64
	sigRows  = 4
	sigBands = sigLen / sigRows
)

// minhashSeeds are the multipliers and offsets of the sigLen hash
// functions, fixed so that stored signatures stay comparable.
var minhashSeeds = func() (s [sigLen][2]uint64) {
	x := uint64(0x6d61727361642121) // "marsad!!"
	for i := range s {
		x = mix(x + 0x9e3779b97f4a7c15)
		s[i][0] = x | 1
		x = mix(x + 0x9e3779b97f4a7c15)
		s[i][1] = x
	}
	return s
}()

// signature is the MinHash signature of an ad's text: the set of pairs of
// consecutive words (lang.Tokens) of its title, employer and description
// (single words for a one-word text). The share of equal bytes of two
// signatures estimates the Jaccard similarity of their sets (see
// similarity).
func signature(title, employer, description []string) []byte {
	toks := make([]string, 0, len(title)+len(employer)+len(description))
	toks = append(append(append(toks, title...), employer...), description...)
	var mins [sigLen]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	add := func(h uint64) {
		for i := range mins {
			if v := h*minhashSeeds[i][0] + minhashSeeds[i][1]; v < mins[i] {
				mins[i] = v
			}
		}
	}
	if len(toks) == 1 {
		add(hashString(toks[0]))
	}
	for i := 0; i+1 < len(toks); i++ {
		add(mix(hashString(toks[i]) ^ bits.RotateLeft64(hashString(toks[i+1]), 17)))
	}
	sig := make([]byte, sigLen)
	for i, m := range mins {
		sig[i] = byte(m >> 56)
	}
	return sig
}

// similarity estimates the Jaccard similarity of the word-pair sets behind
// two signatures: equal bytes, corrected for the 1/256 chance that two
// different minima share their top 8 bits.
func similarity(a, b []byte) float64 {
	if len(a) != sigLen || len(b) != sigLen {
		return 0
	}
	const chance = 1.0 / 256
	return (float64(equalBytes(a, b))/sigLen - chance) / (1 - chance)
}

// equalBytes counts the positions where a and b (of equal length, a
// multiple of 8) hold the same byte, eight at a time: a zero byte of a^b
// is an equal pair.
func equalBytes(a, b []byte) int {
	const low7 = 0x7f7f7f7f7f7f7f7f
	n := 0
	for i := 0; i+8 <= len(a); i += 8 {
		x := binary.LittleEndian.Uint64(a[i:]) ^ binary.LittleEndian.Uint64(b[i:])
		y := (x&low7 + low7) | x | low7 // high bit of each byte set unless the byte is zero
		n += bits.OnesCount64(^y)
	}
	return n
}

// hashString is 64-bit FNV-1a: stable across runs and builds, as stored
// fingerprints require.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is the splitmix64 finaliser: it spreads FNV's weak low bits.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// legalWords are words of an employer's name that sites add or drop
// ("SARL", "Maroc", "Group").
var legalWords = map[string]bool{"sarl": true, "s": true, "a": true, "r": true, "l": true, "au": true, "sa": true,
	"sas": true, "ltd": true, "maroc": true, "morocco": true, "group": true, "groupe": true, "المغرب": true, "ش": true, "م": true}

// employerKey is the comparable form of an employer's name: normalised,
// without legal-form and country words; "" for no employer.
func employerKey(name string) string {
	var kept []string
	for _, t := range lang.Tokens(name) {
		if !legalWords[t] {
			kept = append(kept, t)
		}
	}
	return strings.Join(kept, " ")
}
