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
		// A > inside a comment, an attribute or a script is not a tag's end.
		{"Soudeur <!-- a > b --> TIG", "Soudeur TIG"},
		{"<!--[if mso]><p>x > y</p><![endif]-->Texte", "Texte"},
		{`Voir <a title="x > y" href="/o?a=1&amp;b=2">l'offre</a>`, "Voir l'offre"},
		{`<img alt="a > b">Image`, "Image"},
		{"<script>if (a < b && c > d) { x() }</script>Après", "Après"},
		{"<style>p > a { color: red }</style><p>Texte</p>", "Texte"},
		{"<noscript><p>Activez JavaScript</p></noscript>Offre", "Offre"},
		// Entities decoded once: an escaped tag is text.
		{"<p>Contr&ocirc;le &amp; &#233;t&#xE9; &lt;b&gt;</p>", "Contrôle & été <b>"},
		// Broken markup: what is text stays, an unclosed tag goes.
		{"<p>Soudeur <b>TIG", "Soudeur TIG"},
		{"Texte <div class=\"x", "Texte"},
		{"</p>Texte</div></li>", "Texte"},
		{"3<5 et 5>3", "3<5 et 5>3"},
		// Blocks apart, cells side by side.
		{"<table><tr><td>Poste</td><td>Soudeur</td></tr><tr><td>Ville</td><td>Tanger</td></tr></table>", "Poste Soudeur\nVille Tanger"},
		{"<h2>Profil</h2><div>Bac+2</div><section>CDI</section>", "Profil\nBac+2\nCDI"},
	}
	for _, c := range cases {
		if got := plainText(c.in); got != c.want {
			t.Errorf("plainText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<", "&amp;", "a<b", "<br>\n<br>", "x <!-- a > b --> y", `<a title="x > y">z</a>`,
		"<script>a > b</script>c", "&lt;b&gt;", "<p>Soudeur <b>TIG"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := plainText(s)
		if twice := plainText(once); len(twice) > len(once) {
			t.Fatalf("plainText grows on its own output: %q -> %q", once, twice)
		}
	})
}
