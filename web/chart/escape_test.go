package chart

import (
	"bytes"
	"encoding/xml"
	"testing"
)

// escape writes what xml.EscapeText writes, for the texts it copies as
// they are and for those it changes.
func TestEscapeAsXMLEscapeText(t *testing.T) {
	for _, s := range []string{
		"", "Taux de chômage (%)", "معدل البطالة 2024", "Opérateur / Ouvrier d'usine", `a "b" <c> & d`,
		"tab\there", "line\nend", "cr\rx", "bad \xff byte", "\uFFFD", "\uFFFE", "\U0001F600 ok", "\x7f del",
		"ⴰⵎⴰⵢⵏⵓ", "\u2066-3,2\u2069", "Nombre d'annonces", `l'« emploi » & <b>'x'</b> "y"`, "'", "d'\xff", "d'\tx",
	} {
		var want, got bytes.Buffer
		_ = xml.EscapeText(&want, []byte(s))
		escape(&got, s)
		if got.String() != want.String() {
			t.Errorf("escape(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"Nombre d'annonces", `a "b" <c> & d`, "bad \xff byte", "tab\there", "معدل البطالة"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want, got bytes.Buffer
		_ = xml.EscapeText(&want, []byte(s))
		escape(&got, s)
		if got.String() != want.String() {
			t.Errorf("escape(%q) = %q, want %q", s, got.String(), want.String())
		}
	})
}
