package langchain

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/match"

	"github.com/marsad/marsad/assistant/langchain/chattest"
)

// matchWords frame a scripted model's answer in each language: the best
// occupation (name, score), the skills in common and missing, a training
// closing the gap, the ads in the person's region, and demo sheets.
var matchWords = map[string]struct{ head, common, missing, training, ads, demo string }{
	"fr":       {"%s (score %s).", " En commun : %s.", " À acquérir : %s.", " Formation : %s.", " Offres dans votre région : %s.", " Fiches de démonstration."},
	"ar":       {"%s (الدرجة %s).", " المهارات المشتركة: %s.", " المهارات الناقصة: %s.", " التكوين: %s.", " الإعلانات في جهتك: %s.", " بطاقات تجريبية."},
	"ary":      {"%s (السكور %s).", " اللي عندك: %s.", " اللي خاصك: %s.", " التكوين: %s.", " الإعلانات ف الجهة ديالك: %s.", " فيشات ديال التجربة."},
	"ary-Latn": {"%s (score %s).", " Li 3ndek: %s.", " Li khassek: %s.", " Takwin: %s.", " L2i3lanat f jiha dyalek: %s.", " Fiches dyal démonstration."},
	"en":       {"%s (score %s).", " In common: %s.", " To acquire: %s.", " Training: %s.", " Ads in your region: %s.", " Demo sheets."},
}

// matchAnswer is what a model following the prompt writes from a
// match_profile result, in language l, every number as the tool gave it.
func matchAnswer(l string, d tools.MatchResult) string {
	if len(d.Matches) == 0 {
		return ""
	}
	w, m := matchWords[l], d.Matches[0]
	names := func(ss []match.Skill) string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Name)
		}
		return strings.Join(out, ", ")
	}
	var b strings.Builder
	fmt.Fprintf(&b, w.head, m.Name, num(l, m.Score))
	if len(m.Common) > 0 {
		fmt.Fprintf(&b, w.common, names(m.Common))
	}
	if len(m.Missing) > 0 {
		fmt.Fprintf(&b, w.missing, names(m.Missing))
	}
	if len(m.Trainings) > 0 {
		fmt.Fprintf(&b, w.training, m.Trainings[0].Name)
	}
	fmt.Fprintf(&b, w.ads, num(l, float64(m.RegionAds)))
	return b.String() + w.demo
}

// matchCases are people describing themselves in the five languages,
// with what the tool must read of them (level, region; "" when the
// profile does not say) and a phrase of the language's guidance.
var matchCases = []struct {
	lang, q, level, geo, guidance string
}{
	{"fr", "J'ai un bac+2 en comptabilité et 3 ans d'expérience, je cherche à Casablanca, quel métier pour moi ?", "bac+2", "MA-06", "les compétences en commun"},
	{"ar", "لدي إجازة في الاقتصاد، ما هي المهن المناسبة لي؟", "bac+3", "", "المهارات المشتركة"},
	{"ary", "عندي دبلوم تقني متخصص في الكهرباء، شنو الخدمة اللي تناسبني؟", "bac+2", "", "المهارات اللي عندو"},
	{"ary-Latn", "3ndi diplome f soudure mn OFPPT, chno lkhdma li tnasbni f tanja?", "", "MA-01", "lmaharat li 3ndo"},
	{"en", "I have a diploma in nursing and 3 years of experience in Rabat, which jobs fit me?", "", "MA-04", "the skills in common"},
}

// A model following the prompt passes the person's words to
// match_profile as they are, reads the real result and answers with the
// best occupation's score, skills in common and missing, a training and
// the region's ads: the answer is grounded and kept, and the prompt and
// tool definition sent say how.
func TestMatchThroughTheModel(t *testing.T) {
	for _, c := range matchCases {
		t.Run(c.lang, func(t *testing.T) {
			args, _ := json.Marshal(map[string]string{"profile": c.q})
			h := newSeedHarness(t, chattest.CallTool(tools.NameMatchProfile, string(args)),
				answer(func(d tools.MatchResult) string { return matchAnswer(c.lang, d) }))
			turn := h.run(t, c.q)
			h.mustKeep(t, turn, c.lang, tools.NameMatchProfile)
			if got := callArgs(t, turn.ToolCalls[0]); got["profile"] != c.q || len(got) != 1 {
				t.Errorf("arguments %v, want the profile as written", got)
			}
			d, err := tools.DataAs[tools.MatchResult](*turn.ToolCalls[0].Result)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Matches) == 0 || d.Person.Level != c.level || d.Region != c.geo || d.Person.Lang != c.lang {
				t.Fatalf("read level %q region %q lang %q, %d matches; want %q %q %q and matches",
					d.Person.Level, d.Region, d.Person.Lang, len(d.Matches), c.level, c.geo, c.lang)
			}
			if want := matchAnswer(c.lang, d); turn.Answer != want || !strings.Contains(turn.Answer, num(c.lang, d.Matches[0].Score)) {
				t.Errorf("answer %q, want the model's %q", turn.Answer, want)
			}
			if !slices.ContainsFunc(turn.Citations, func(ct tools.Citation) bool { return ct.Kind == tools.KindReference && ct.Demo }) {
				t.Errorf("citations %+v, want the demo sheets", turn.Citations)
			}
			sys := h.srv.Request(0).Messages[0].Content
			for _, want := range []string{c.guidance, tools.NameMatchProfile, "skills_common", "skills_missing", "trainings", "region_ads", "score"} {
				if !strings.Contains(sys, want) {
					t.Errorf("system prompt sent lacks %q", want)
				}
			}
		})
	}
}

// Both new tools are offered to the model with a description saying when
// to use them and a description for every argument.
func TestNewToolsAreOfferedWithTheirDocs(t *testing.T) {
	h := newSeedHarness(t, chattest.Say("Bonjour."))
	h.run(t, "Bonjour")
	offered := map[string]bool{}
	for _, tool := range h.srv.Request(0).Tools {
		f := tool.Function
		offered[f.Name] = true
		if f.Name != tools.NameForecastDemand && f.Name != tools.NameMatchProfile {
			continue
		}
		props, _ := f.Parameters["properties"].(map[string]any)
		if !strings.Contains(f.Description, "Use ") || len(props) < 4 {
			t.Errorf("%s: description %q, %d properties", f.Name, f.Description, len(props))
		}
		for name, p := range props {
			if d, _ := p.(map[string]any)["description"].(string); d == "" {
				t.Errorf("%s: argument %s has no description", f.Name, name)
			}
		}
	}
	if !offered[tools.NameForecastDemand] || !offered[tools.NameMatchProfile] {
		t.Errorf("tools offered %v, want forecast_demand and match_profile", offered)
	}
}

// A follow-up naming only a place ("w f rabat?") reaches the model with
// the previous call, which it repeats on the same profile for that place.
func TestMatchFollowUpReusesTheProfile(t *testing.T) {
	q := "3ndi diplome f soudure mn OFPPT, chno lkhdma li tnasbni f tanja?"
	args, _ := json.Marshal(map[string]string{"profile": q})
	again := repeatCall(tools.NameMatchProfile, "region", "rabat")
	write := answer(func(d tools.MatchResult) string { return matchAnswer("ary-Latn", d) })
	h := newSeedHarness(t, chattest.CallTool(tools.NameMatchProfile, string(args)), write, again, write)
	first := h.runAfter(t, nil, q)
	second := h.runAfter(t, []assistant.Turn{first}, "w f rabat?")
	if len(h.fallbacks) != 0 || len(second.ToolCalls) != 1 || second.ToolCalls[0].Result == nil {
		t.Fatalf("fallbacks %+v, calls %+v", h.fallbacks, second.ToolCalls)
	}
	d, _ := tools.DataAs[tools.MatchResult](*second.ToolCalls[0].Result)
	if got := callArgs(t, second.ToolCalls[0]); got["profile"] != q || d.Region != "MA-04" || second.Lang != "ary-Latn" {
		t.Errorf("follow-up arguments %v, region %q, lang %s; want the same profile in MA-04, in Arabizi", got, d.Region, second.Lang)
	}
}
