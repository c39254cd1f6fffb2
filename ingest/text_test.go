package ingest

import "testing"

func TestPlainText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<p>Missions&nbsp;:</p><ul><li>Souder</li><li>Contr&ocirc;ler</li></ul>", "Missions :\nSouder\nContrôler"},
		{"Ligne 1<br>Ligne 2<br/>Ligne 3", "Ligne 1\nLigne 2\nLigne 3"},
		{"salaire < 5000 &amp; primes", "salaire < 5000 & primes"},
		{"<script>alert(1)</script>Texte <b>gras</b>", "Texte gras"},
		{"  a   b \r\n\r\n\r\n c  ", "a b\n\nc"},
		{"&amp;eacute;t&amp;eacute;", "&eacute;t&eacute;"},
		{"مطلوب <b>لحام</b> فطنجة", "مطلوب لحام فطنجة"},
	}
	for _, c := range cases {
		if got := plainText(c.in); got != c.want {
			t.Errorf("plainText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<", "&amp;", "a<b", "<br>\n<br>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := plainText(s)
		if twice := plainText(once); len(twice) > len(once) {
			t.Fatalf("plainText grows on its own output: %q -> %q", once, twice)
		}
	})
}
