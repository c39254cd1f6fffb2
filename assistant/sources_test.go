package assistant

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

func TestRelayName(t *testing.T) {
	for in, want := range map[string]string{
		"LNT":               "LNT",
		"Le Reporter (MAP)": "Le Reporter (MAP)",
		"Le360 (Arabic edition) [published before HCP 2019 revision of ENE data from Q2-2018 onward]": "Le360",
		"Libération (MAP) (headline of HCP's 2018 note; HCP's 2019 note restated 2018 as 9.5%)":       "Libération (MAP)",
		"Lakome (Arabic, via Maghress)": "Lakome",
		"LeSiteinfo/MAP":                "LeSiteinfo/MAP",
		"HCP (hcp.ma)":                  "HCP",
		"Walaw (English; HCP RGPH 2024": "Walaw",
		"":                              "",
	} {
		if got := relayName(in); got != want {
			t.Errorf("relayName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLabelCitationsInTheAnswersLanguage(t *testing.T) {
	page := "https://ar.le360.ma/economie/%D8%A7%D9%84%D8%A8%D8%B7%D8%A7%D9%84%D8%A9"
	cs := []tools.Citation{
		{ID: page, Kind: tools.KindOfficial, Publisher: "HCP", ReportedBy: "Le360 (Arabic edition)", URL: page, Supports: []string{"2017"}},
		{ID: page, Kind: tools.KindOfficial, Publisher: "HCP", ReportedBy: "Le360 (Arabic edition)", URL: page, Supports: []string{"2018"}},
		{ID: page, Kind: tools.KindOfficial, Publisher: "HCP", ReportedBy: "Le360 (Arabic edition)", URL: page, Supports: []string{"2019"}},
		{ID: "profile:infirmier", Kind: tools.KindReference, Publisher: "Marsad", Title: "Infirmier", Demo: true},
		{ID: "job_ads:emploi-maroc.example:2024-01/2025-11", Kind: tools.KindAdCount, Publisher: "emploi-maroc.example",
			Title: "27 deduplicated job ads collected from emploi-maroc.example", Period: "2024-01/2025-11", Ads: 27, Demo: true},
	}
	for l, want := range map[string][3]string{
		"ar": {"HCP، نقلا عن Le360", "الأرقام: 2017–2019", "«Infirmier» — بطاقة مرجعية من إعداد مرصد"},
		"fr": {"HCP, rapporté par Le360", "chiffres : 2017–2019", "« Infirmier » — fiche de référence de Marsad"},
		"en": {"HCP, reported by Le360", "figures: 2017–2019", "“Infirmier” — Marsad's own reference sheet"},
	} {
		got := LabelCitations(l, cs)
		if len(got) != 3 {
			t.Fatalf("%s: %d sources, want 3 (one per address): %+v", l, len(got), got)
		}
		if got[0].Label != want[0] || got[0].SupportsLabel != want[1] || got[0].DisplayURL != "ar.le360.ma/economie/البطالة" {
			t.Errorf("%s: press source = %q / %q / %q", l, got[0].Label, got[0].SupportsLabel, got[0].DisplayURL)
		}
		if got[1].Label != want[2] || got[1].DemoLabel == "" || got[1].URL != "" {
			t.Errorf("%s: reference sheet = %+v", l, got[1])
		}
		if !strings.Contains(got[2].Label, "emploi-maroc.example") || strings.Contains(got[2].Label, "deduplicated") && l != "en" || got[2].Title != "" {
			t.Errorf("%s: ad count label %q, want the site and the count in %s", l, got[2].Label, l)
		}
	}
	if cs[1].Label != "" || len(cs[0].Supports) != 1 {
		t.Error("LabelCitations changed its input")
	}
}

// TestLabelHCPPageRelayed: a figure whose address is HCP's own page and
// which a relay also carried reads "HCP (hcp.ma), relayed by …"; figures
// of one HCP page relayed by two sites name no relay.
func TestLabelHCPPageRelayed(t *testing.T) {
	page := "https://www.hcp.ma/region-tanger/Note_a578.html"
	nador := tools.Citation{ID: page, Kind: tools.KindOfficial, Publisher: "HCP", ReportedBy: "NadorCity (Arabic; HCP 2021 annual note)",
		URL: page, RelayURL: "https://www.nadorcity.ma/x.html", Supports: []string{"2019"}}
	for l, want := range map[string]string{"fr": "HCP (hcp.ma), rapporté par NadorCity", "en": "HCP (hcp.ma), reported by NadorCity", "ar": "HCP (hcp.ma)، نقلا عن NadorCity"} {
		if got := LabelCitations(l, []tools.Citation{nador}); len(got) != 1 || got[0].Label != want || got[0].RelayURL != nador.RelayURL {
			t.Errorf("%s: %+v, want label %q", l, got, want)
		}
	}
	other := nador
	other.ReportedBy, other.RelayURL, other.Supports = "Le Reporter (MAP)", "https://lereporter.ma/y", []string{"2020"}
	got := LabelCitations("fr", []tools.Citation{nador, other})
	if len(got) != 1 || got[0].Label != "HCP" || got[0].RelayURL != "" || len(got[0].Supports) != 2 {
		t.Errorf("one HCP page through two relays = %+v, want one source labelled HCP", got)
	}
}

func TestReadableListsSourcesOnce(t *testing.T) {
	turn := Turn{Lang: "fr", Answer: "Le taux est de 13,3 %.\n", Citations: LabelCitations("fr", []tools.Citation{
		{ID: "u", Kind: tools.KindOfficial, Publisher: "HCP", ReportedBy: "LNT", URL: "https://lnt.ma/x", Supports: []string{"2024"}}})}
	want := "Le taux est de 13,3 %.\n\nSource :\n- HCP, rapporté par LNT — chiffres : 2024 — https://lnt.ma/x"
	if got := Readable(turn); got != want {
		t.Errorf("Readable = %q, want %q", got, want)
	}
	if got := Readable(Turn{Lang: "fr", Answer: "Bonjour !"}); got != "Bonjour !" {
		t.Errorf("Readable of a turn without sources = %q", got)
	}
}

// twoFigures is a planner citing one page for two figures, as a tool
// result does, and emitting a citation event for each.
type twoFigures struct{}

func (twoFigures) Run(ctx context.Context, history []Turn, msg lang.Reading, emit Emit) (Turn, error) {
	cs := []tools.Citation{
		{ID: "u", Kind: tools.KindOfficial, Publisher: "HCP", URL: "https://hcp.ma/n", Supports: []string{"2023"}},
		{ID: "u", Kind: tools.KindOfficial, Publisher: "HCP", URL: "https://hcp.ma/n", Supports: []string{"2024"}},
	}
	for i := range cs {
		if err := emit(Event{Type: EventCitation, Citation: &cs[i]}); err != nil {
			return Turn{}, err
		}
	}
	return Turn{Lang: "fr", Answer: "13 % puis 13,3 %.", Citations: cs}, emit(Event{Type: EventToken, Text: "13 % puis 13,3 %."})
}

func TestChatStreamsEachSourceOnceLabelled(t *testing.T) {
	var evs []Event
	turn, err := New(twoFigures{}).Chat(context.Background(), Request{Message: "chômage 2023 et 2024"}, func(e Event) error {
		evs = append(evs, e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, e := range evs {
		types = append(types, e.Type)
	}
	if got := strings.Join(types, ","); got != "token,citation,done" {
		t.Fatalf("events %s, want the token, one citation for the one source, then done", got)
	}
	c := evs[1].Citation
	if c.Label != "HCP" || c.SupportsLabel != "chiffres : 2023, 2024" || len(turn.Citations) != 1 || turn.Citations[0].Label != c.Label {
		t.Errorf("citation event %+v, turn's %+v; want the one labelled source in both", c, turn.Citations)
	}
}
