package ingest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/marsad/marsad/retrieval/lang"
)

func TestEqualBytesMatchesNaiveCount(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		a, b := make([]byte, sigLen), make([]byte, sigLen)
		for i := range a {
			a[i] = byte(r.IntN(4)) * 85 // few values: many equal bytes, 0x00 and 0xff included
			b[i] = byte(r.IntN(4)) * 85
		}
		naive := 0
		for i := range a {
			if a[i] == b[i] {
				naive++
			}
		}
		if got := equalBytes(a, b); got != naive {
			t.Fatalf("equalBytes(%x, %x) = %d, want %d", a, b, got, naive)
		}
	}
}

func sigOf(title, employer, text string) []byte {
	return signature(lang.Tokens(title), lang.Tokens(employer), lang.Tokens(text))
}

const offerText = `Nous recrutons un soudeur qualifié pour notre atelier de chaudronnerie.
Missions : souder des structures métalliques au TIG et au MIG, lire les plans, contrôler les soudures.
Profil : diplôme OFPPT en soudage, deux ans d'expérience, rigueur et respect des consignes de sécurité.`

func TestDeduperDecisions(t *testing.T) {
	orig := sigOf("Soudeur TIG (H/F)", "Atlas Métal SARL", offerText)
	repost := sigOf("URGENT - SOUDEUR TIG", "ATLAS MÉTAL", offerText+"\nPostulez avant la fin du mois.")
	other := sigOf("Comptable confirmé", "Atlas Métal SARL", "Tenue de la comptabilité générale, déclarations fiscales et sociales, rapprochements bancaires, clôtures mensuelles et annuelles, reporting à la direction financière.")
	if s := similarity(orig, repost); s < DefaultMinSimilarity {
		t.Fatalf("repost similarity %.2f below the threshold", s)
	}
	if s := similarity(orig, other); s > 0.2 {
		t.Fatalf("different ad similarity %.2f, want low", s)
	}
	d := newDeduper(DefaultMinSimilarity)
	d.add(newEntry("00000000000000aa", orig, "MA-01", "Atlas Métal SARL", "", ""))
	cases := []struct {
		name string
		e    dedupEntry
		near bool
	}{
		{"repost, same region, employer spelled otherwise", newEntry("b1", repost, "MA-01", "ATLAS MÉTAL", "", ""), true},
		{"repost without region", newEntry("b2", repost, "", "Atlas Métal", "", ""), true},
		{"repost without employer", newEntry("b3", repost, "MA-01", "", "", ""), true},
		{"same text in another region", newEntry("b4", repost, "MA-06", "Atlas Métal", "", ""), false},
		{"same text from another employer", newEntry("b5", repost, "MA-01", "Rif Acier", "", ""), false},
		{"another ad", newEntry("b6", other, "MA-01", "Atlas Métal", "", ""), false},
	}
	for _, c := range cases {
		if _, got := d.near(c.e); got != c.near {
			t.Errorf("%s: near = %v, want %v", c.name, got, c.near)
		}
	}
	if _, ok := d.exact(newEntry("00000000000000aa", nil, "", "", "", "")); !ok {
		t.Errorf("exact lookup by ID failed")
	}
}

func TestDeduperUnplacedFirst(t *testing.T) {
	d := newDeduper(DefaultMinSimilarity)
	d.add(newEntry("c1", sigOf("Soudeur TIG", "", offerText), "", "", "", ""))
	if _, ok := d.near(newEntry("c2", sigOf("Soudeur TIG", "", offerText+" Merci."), "MA-03", "", "", "")); !ok {
		t.Fatal("a placed repost of an unplaced ad was not found")
	}
}

func TestEmployerKey(t *testing.T) {
	for in, want := range map[string]string{"Atlas Métal SARL": "atlas metal", "ATLAS METAL S.A.R.L": "atlas metal",
		"Atlas Métal Maroc": "atlas metal", "atlas métal group": "atlas metal", "": ""} {
		if got := employerKey(in); got != want {
			t.Errorf("employerKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// randomSig returns a signature of random bytes: two of them share about
// one byte in 256.
func randomSig(r *rand.Rand) []byte {
	sig := make([]byte, sigLen)
	for i := range sig {
		sig[i] = byte(r.Uint32())
	}
	return sig
}

// The mechanism behind the 2 of 60,000 generated ads that a re-read
// loaded: an ad repeats an earlier one of its region and employer but
// shares a single band with it (here band 13, as g7-00004849 with
// g7-00004785), and later ads of the region with the same value in that
// band crowd its bucket. The earlier ad must still be found, after the
// later ads and in an index rebuilt from the kept ads in their order, as
// the re-read after a restart does; a bucket that kept its newest entries
// had dropped it.
func TestDeduperRepeatSurvivesLaterAds(t *testing.T) {
	r := rand.New(rand.NewPCG(4785, 4849))
	const band = 13
	orig := randomSig(r)
	repost := slices.Clone(orig)
	for b := range sigBands {
		if b != band {
			repost[b*sigRows] ^= 0xff // every other band differs by a byte
		}
	}
	d := newDeduper(DefaultMinSimilarity)
	kept := []dedupEntry{newEntry("0000000000004785", orig, "MA-06", "Kasbah Soins", "", "")}
	d.add(kept[0])
	e := newEntry("0000000000004849", repost, "MA-06", "Kasbah Soins", "", "")
	if i, ok := d.near(e); !ok || i != 0 {
		t.Fatalf("repost not found a near duplicate of the ad it repeats (similarity %.2f)", similarity(orig, repost))
	}
	for n := range 3 * bucketCap {
		sig := randomSig(r)
		copy(sig[band*sigRows:(band+1)*sigRows], orig[band*sigRows:])
		employer := "Kasbah Soins" // the same employer first, then others
		if n >= bucketCap {
			employer = fmt.Sprintf("Employeur %d", n)
		}
		f := newEntry(fmt.Sprintf("%016x", 1<<32+n), sig, "MA-06", employer, "", "")
		if _, ok := d.near(f); ok {
			t.Fatalf("later ad %d found a near duplicate", n)
		}
		d.add(f)
		kept = append(kept, f)
	}
	rebuilt := newDeduper(DefaultMinSimilarity)
	for _, k := range kept {
		rebuilt.add(k)
	}
	for name, d := range map[string]*deduper{"after later ads": d, "rebuilt from the kept ads": rebuilt} {
		if i, ok := d.near(e); !ok || i != 0 {
			t.Errorf("%s: near = %d, %v; want the ad it repeats, 0", name, i, ok)
		}
	}
}

// A flood of ads with the same value in a band, from three employers,
// leaves no bucket longer than bucketCap: a lookup stays bounded.
func TestDeduperBucketsStayBounded(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	base := randomSig(r)
	d := newDeduper(DefaultMinSimilarity)
	for n := range 200 * bucketCap {
		sig := slices.Clone(base)
		for b := range sigBands { // one band as base's, the others not
			if b != n%sigBands {
				sig[b*sigRows+n%sigRows] = byte(r.Uint32())
			}
		}
		d.add(newEntry(fmt.Sprintf("%016x", n), sig, "MA-01", fmt.Sprintf("Employeur %d", n%3), "", ""))
	}
	for b := range sigBands {
		for k, head := range d.heads[b] {
			n := 0
			for i := head; i != 0; i = d.next[b][i-1] {
				n++
			}
			if n > bucketCap {
				t.Fatalf("band %d bucket %d holds %d entries, more than %d", b, k, n, bucketCap)
			}
		}
	}
}

// An ad that comes when the bucket of its band is already full (here of
// ads from other employers) is still found by a repost from its employer:
// it went into the bucket of its employer.
func TestDeduperOriginalAfterFullBucket(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const band = 2
	orig := randomSig(r)
	d := newDeduper(DefaultMinSimilarity)
	for n := range bucketCap {
		sig := randomSig(r)
		copy(sig[band*sigRows:(band+1)*sigRows], orig[band*sigRows:])
		d.add(newEntry(fmt.Sprintf("%016x", 1<<32+n), sig, "MA-09", fmt.Sprintf("Employeur %d", n), "", ""))
	}
	d.add(newEntry("00000000000000aa", orig, "MA-09", "Souss Agrumes", "", ""))
	repost := slices.Clone(orig)
	for b := range sigBands {
		if b != band {
			repost[b*sigRows+1] ^= 0x55
		}
	}
	for _, region := range []string{"MA-09", ""} {
		if i, ok := d.near(newEntry("bb", repost, region, "SOUSS AGRUMES SARL", "", "")); !ok || i != bucketCap {
			t.Errorf("repost in region %q: near = %d, %v; want the original, %d", region, i, ok, bucketCap)
		}
	}
}
