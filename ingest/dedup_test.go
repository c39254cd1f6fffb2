package ingest

import (
	"math/rand/v2"
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
