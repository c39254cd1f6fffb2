package ingest

import "testing"

func TestSniff(t *testing.T) {
	cases := []struct{ name, head, want string }{
		{"indicator CSV", "indicator,geo,area,sex,age,diploma,period,value,unit,publisher,reported_by,source_url\n", KindIndicators},
		{"ads CSV with BOM and French columns", "\ufeffid,titre,entreprise,ville\n1,Soudeur,X,Fès\n", KindAds},
		{"ads CSV with English columns", "title,company,location,salary\n", KindAds},
		{"social media export: text without a title", "post_id,groupe,message,ville,date_post,permalink\nfb-1,Khdma f Casa,\"Bghina serveur f café, 2800dh\",casa,2025-10-28,https://www.facebook.com/groups/x/posts/1\n", KindAds},
		{"table of unknown columns is not a note", "col_a,col_b,col_c,col_d\nLe taux de chômage des jeunes a progressé en 2024 selon le HCP qui relève une hausse dans les villes et une baisse à la campagne,b,c,d\n", ""},
		{"ads JSON Lines", `{"intitule":"Infirmier","ville":"Rabat","salaire":"5000"}` + "\n", KindAds},
		{"profiles JSON array", "[\n {\n  \"id\": \"soudeur\",\n  \"isco\": \"7212\"", KindProfiles},
		{"profiles YAML list", "- id: soudeur\n  isco: \"7212\"\n", KindProfiles},
		{"note with front matter", "---\nid: note-x\ntitle: \"Chômage\"\n---\n# Titre\n", KindNotes},
		{"markdown note", "# Le chômage des jeunes\n\nTexte.", KindNotes},
		{"HTML note", "<!DOCTYPE html><html><body><p>Note</p></body></html>", KindNotes},
		{"running text", "Le taux de chômage des jeunes a progressé en 2024 selon le HCP, qui relève une hausse dans les villes et une baisse à la campagne pour l'ensemble des tranches d'âge suivies par l'enquête.", KindNotes},
		{"CSV of something else", "a,b,c\n1,2,3\n", ""},
		{"binary", "\x00\x01\x02PK", ""},
		{"empty", "", ""},
	}
	for _, c := range cases {
		if got := Sniff([]byte(c.head)); got != c.want {
			t.Errorf("%s: Sniff = %q, want %q", c.name, got, c.want)
		}
	}
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"title,city\n", "{\"title\":1}", "---\n", "[", "\ufeff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		switch k := Sniff(b); k {
		case "", KindIndicators, KindAds, KindProfiles, KindNotes:
		default:
			t.Fatalf("Sniff returned unknown kind %q", k)
		}
	})
}
