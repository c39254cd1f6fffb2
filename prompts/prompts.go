// Package prompts holds Marsad's words: the answer templates of the offline
// planner and the system prompt of the LLM path, one file per language
// (fr, ar, ary, ary-Latn, en), embedded in the binary.
//
// Render never invents content: templates only arrange the strings and
// figures given in their data, already formatted for the language by the
// functions of this package.
package prompts

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"text/template"
	"unicode"
	"unicode/utf8"
)

//go:embed templates/*.tmpl
var files embed.FS

// Languages lists the language tags that have templates.
var Languages = []string{"fr", "ar", "ary", "ary-Latn", "en"}

// ErrNoTemplate is returned for an unknown template name.
var ErrNoTemplate = errors.New("no such template")

var byLang = func() map[string]*template.Template {
	m := make(map[string]*template.Template, len(Languages))
	for _, l := range Languages {
		m[l] = template.Must(template.New(l).Funcs(funcs).ParseFS(files, "templates/"+l+".tmpl"))
	}
	return m
}()

var funcs = template.FuncMap{
	"join": strings.Join,
	"le":   frDefinite,
	"du":   frOf,
	"cap":  capitalize,
	"de":   frDe,
	// etablit agrees "s'établir" with the indicator name's number ("les
	// transferts des MRE s'établissent").
	"etablit": frEstablishes,
	// hasPrefix and trimPrefix let a template adapt to a name's own
	// article ("L'Oriental") or head word ("Jihat ch-Charq").
	"hasPrefix":  strings.HasPrefix,
	"trimPrefix": strings.TrimPrefix,
}

// The first words of the French indicator names (tools' definitions) that
// are feminine or plural: the others are masculine singular.
var (
	frFeminine = map[string]bool{"création": true, "part": true, "population": true, "durée": true, "masse": true}
	frPlural   = map[string]bool{"actifs": true, "transferts": true, "insertions": true, "salariés": true, "entreprises": true,
		"bénéficiaires": true, "Marocains": true}
)

// frDefinite puts the French definite article before an indicator name,
// elided before a vowel ("l'emploi").
func frDefinite(name string) string {
	first, _, _ := strings.Cut(name, " ")
	r, _ := utf8.DecodeRuneInString(first)
	switch {
	case frPlural[first]:
		return "les " + name
	case strings.ContainsRune("aeiouyàâéèêîôûh", unicode.ToLower(r)):
		return "l'" + name
	case frFeminine[first]:
		return "la " + name
	}
	return "le " + name
}

// frEstablishes is "s'établit", or "s'établissent" for a plural name.
func frEstablishes(name string) string {
	if strings.HasPrefix(frDefinite(name), "les ") {
		return "s'établissent"
	}
	return "s'établit"
}

// frOf is "de" + the definite article, contracted (du, de la, de l', des).
func frOf(name string) string {
	d := frDefinite(name)
	switch {
	case strings.HasPrefix(d, "le "):
		return "du " + name
	case strings.HasPrefix(d, "les "):
		return "des " + name
	}
	return "de " + d
}

// frDe is the French preposition "de" before s, elided before a vowel
// ("d'avril 2024", "de janvier 2024").
func frDe(s string) string {
	first, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("aeiouyàâéèêîôûAEIOUYÀÂÉÈÊÎÔÛ", first) {
		return "d'" + s
	}
	return "de " + s
}

func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// Render executes template name in lang (falling back to French for an
// unknown language) with data, and trims surrounding space. It returns
// ErrNoTemplate when name is not defined for that language.
func Render(name, lang string, data any) (string, error) {
	t, ok := byLang[lang]
	if !ok {
		t = byLang["fr"]
	}
	tt := t.Lookup(name)
	if tt == nil {
		return "", fmt.Errorf("%w: %s/%s", ErrNoTemplate, lang, name)
	}
	b := renderBuffers.Get().(*bytes.Buffer)
	defer renderBuffers.Put(b)
	b.Reset()
	if ct := compiledOf[t].byName[name]; ct == nil || ct.execute(b, data) != nil {
		b.Reset()
		if err := tt.Execute(b, data); err != nil {
			return "", fmt.Errorf("render %s/%s: %w", lang, name, err)
		}
	}
	return tidy(b.Bytes()), nil
}

// renderBuffers hold templates' output until tidied.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// compiledOf is each language's templates compiled (compiled.go).
var compiledOf = func() map[*template.Template]*compiled {
	m := make(map[*template.Template]*compiled, len(byLang))
	for _, t := range byLang {
		m[t] = compileSet(t)
	}
	return m
}()

// tidy returns out with the spaces ending its lines removed, at most one
// empty line between paragraphs, so that templates may use conditionals
// freely, and no space around it.
func tidy(out []byte) string {
	var s strings.Builder
	s.Grow(len(out))
	first, blank := true, false
	for {
		line, rest, found := bytes.Cut(out, []byte("\n"))
		line = bytes.TrimRight(line, " \t")
		if len(line) > 0 || !blank {
			if !first {
				s.WriteByte('\n')
			}
			s.Write(line)
			first = false
		}
		blank = len(line) == 0
		if !found {
			return strings.TrimSpace(s.String())
		}
		out = rest
	}
}
