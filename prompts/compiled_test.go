package prompts

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// reference renders as Render did before templates were compiled:
// text/template, then its blank lines collapsed.
func reference(name, lang string, data any) (string, error) {
	var b bytes.Buffer
	if err := byLang[lang].Lookup(name).Execute(&b, data); err != nil {
		return "", err
	}
	return strings.TrimSpace(collapseBlankLines(b.String())), nil
}

// collapseBlankLines is tidy as it was written before, on lines split.
func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// views are the data the templates are given, and values text/template
// handles differently (a pointer, an int, a map, nil).
var views = []any{
	SeriesView{}, CompareView{}, MissingView{}, HelpView{}, ForecastView{}, UnknownView{}, SmallTalkView{},
	CompareGapsView{}, TopOccupationsView{}, SkillsView{}, ProfileView{}, TrainingView{}, JobAdsView{},
	DocumentsView{}, AdsMissingView{}, TrainingMissingView{}, RefusedView{}, MatchView{},
	Figure{}, ForecastPoint{}, ForecastRankRow{}, AdScope{}, AdCountRow{}, TrainingLine{}, AdSalary{}, JobAdLine{},
	AdCriteria{}, DocumentLine{}, MatchRow{}, MatchRead{}, SourceWords{},
	&SeriesView{}, 0, "", map[string]any{}, nil,
}

// words are the strings random data is made of: what the templates test
// (eq .By "geo", hasPrefix), elide (vowels) or trim, and text that must
// pass untouched.
var words = []string{"", "", "geo", "sector", "sex", "area", "no_figures", "tool_error", "unknown_indicator", "out_of_scope",
	"ads", "official", "forecast", "taux de chômage", "emploi", "population active", "transferts des MRE", "L'Oriental",
	"Jihat ch-Charq", "Tanger", "جهة الشرق", "السكان", "avril 2024", "  trailing  ", "a\n\nb", "\t", "<b>&\"x\"", "13,3 %"}

// fill sets v (settable) to random data of its type.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(words[r.IntN(len(words))])
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(r.IntN(5) - 1))
	case reflect.Float32, reflect.Float64:
		v.SetFloat([]float64{0, 13.3, 0.1 + 0.2, 1e6, 1e21, -2.5, 1.0 / 3}[r.IntN(7)])
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Slice:
		if depth > 3 {
			return
		}
		n := r.IntN(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fill(r, s.Index(i), depth+1)
		}
		if n > 0 || r.IntN(2) == 0 {
			v.Set(s)
		}
	case reflect.Pointer:
		if depth > 3 || r.IntN(3) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), depth+1)
			}
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		if v.Type().Key().Kind() == reflect.String {
			for range r.IntN(3) {
				k := reflect.New(v.Type().Key()).Elem()
				fill(r, k, depth+1)
				e := reflect.New(v.Type().Elem()).Elem()
				fill(r, e, depth+1)
				m.SetMapIndex(k, e)
			}
		}
		v.Set(m)
	}
}

// Every template of every language renders, for random data of every
// view (the right one and the wrong ones), what text/template renders,
// or fails as it fails; and the compiled closures, not text/template,
// render most of them.
func TestCompiledTemplatesRenderAsTextTemplate(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 8))
	for _, lang := range Languages {
		set := byLang[lang]
		for _, tt := range set.Templates() {
			name := tt.Name()
			if name == lang {
				continue
			}
			ct := compiledOf[set].byName[name]
			if ct == nil {
				t.Errorf("%s/%s is not compiled", lang, name)
				continue
			}
			compiledRuns := 0
			for round := range 12 {
				for _, view := range views {
					data := view
					if view != nil {
						v := reflect.New(reflect.TypeOf(view)).Elem()
						if round > 0 {
							fill(r, v, 0)
						}
						data = v.Interface()
					}
					want, werr := reference(name, lang, data)
					got, gerr := Render(name, lang, data)
					if (werr != nil) != (gerr != nil) || got != want {
						t.Fatalf("%s/%s with %#v:\n got %q (%v)\nwant %q (%v)", lang, name, data, got, gerr, want, werr)
					}
					var b bytes.Buffer
					if ct.execute(&b, data) == nil {
						compiledRuns++
						if werr != nil {
							t.Fatalf("%s/%s with %#v: compiled gave %q where text/template fails: %v", lang, name, data, b.String(), werr)
						}
					}
				}
			}
			if compiledRuns == 0 {
				t.Errorf("%s/%s: the compiled template never rendered", lang, name)
			}
		}
	}
}

// tidy gives what lines split, trimmed, collapsed and joined gave.
func TestTidyIsCollapseBlankLines(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"", " ", "\t", "\n", "\n\n", "a", "b c", " \n", "\t\n \n", "é", "\u00a0", "\r\n"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := tidy([]byte(s)), strings.TrimSpace(collapseBlankLines(s)); got != want {
			t.Fatalf("tidy(%q) = %q, want %q", s, got, want)
		}
	}
}
