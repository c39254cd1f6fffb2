package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/seed"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

// seedProfiles are the occupation profiles Marsad ships, read as
// ingestion reads them.
var seedProfiles = sync.OnceValues(func() ([]tools.Profile, error) {
	f, err := seed.FS.Open("profiles/profiles.json")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := ingest.ReadProfiles(f, "profiles.json", "")
	if err != nil {
		return nil, err
	}
	var ps []tools.Profile
	for _, r := range recs {
		if r.Err != nil {
			return nil, fmt.Errorf("profiles.json:%d: %w", r.Line, r.Err)
		}
		ps = append(ps, r.Profile)
	}
	return ps, nil
})

// matchStore is the fixture's ads (2512 in MA-06 ×2 and MA-04, 7212 in
// MA-01 ×3 and MA-06, 4222 in MA-06 ×2, one unclassified) and profiles,
// with the seed's 90 occupation profiles.
func matchStore(t testing.TB) tools.JobMarketStore {
	t.Helper()
	s, err := embedded.OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ps, err := seedProfiles()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.AddAds(ctx, toolstest.AdFixture()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutProfiles(ctx, append(toolstest.ProfileFixture(), ps...)); err != nil {
		t.Fatal(err)
	}
	return s
}

func matchCall(t *testing.T, tool tools.Tool, args string) (tools.MatchResult, tools.Result) {
	t.Helper()
	res, err := call(t, tool, args)
	if err != nil {
		t.Fatalf("match_profile(%s): %v", args, err)
	}
	d, err := tools.DataAs[tools.MatchResult](res)
	if err != nil {
		t.Fatal(err)
	}
	return d, res
}

// firstMatch returns d, failing when it has no candidate.
func firstMatch(t *testing.T, d tools.MatchResult) tools.MatchResult {
	t.Helper()
	if len(d.Matches) == 0 {
		t.Fatalf("no match; read %+v", d.Person)
	}
	return d
}

func TestMatchProfileFrenchOneLiner(t *testing.T) {
	s := matchStore(t)
	all, _ := s.Profiles(context.Background())
	d, res := matchCall(t, &tools.MatchTool{Store: s},
		`{"profile":"J'ai un bac+2 en développement informatique, je connais Java et SQL, je cherche un poste à Casablanca"}`)
	c := firstMatch(t, d).Matches[0]
	if c.Code != "2512" || c.RegionAds != 2 || c.Ads != 3 || !c.AdsKnown || len(c.Common) != 2 {
		t.Errorf("first = %+v, want the software developer with java and sql in common, 2 ads in MA-06 of 3", c)
	}
	if d.Person.Level != "bac+2" || d.Region != "MA-06" || d.Person.Place != "Casablanca" || d.Profiles != len(all) {
		t.Errorf("read %+v, region %q, %d profiles", d.Person, d.Region, d.Profiles)
	}
	if d.Ads != 10 || d.RegionAds != 5 || d.From != "2025-01" || d.To != "2025-04" || len(d.Matches) != 5 {
		t.Errorf("ads %d in the country, %d in the region, %s–%s, %d matches; want 10, 5, 2025-01–2025-04, 5", d.Ads, d.RegionAds, d.From, d.To, len(d.Matches))
	}
	var kinds []tools.Kind
	for _, cite := range res.Citations {
		kinds = append(kinds, cite.Kind)
		if cite.Kind == tools.KindReference && (!cite.Demo || cite.Publisher != "Marsad") {
			t.Errorf("profile citation %+v: want Marsad's demo reference sheet", cite)
		}
	}
	if res.Citations[0].ID != "profile:developpeur-logiciel" || !slices.Contains(kinds, tools.KindAdCount) {
		t.Errorf("citations = %+v, want the first match's sheet first and the ad counts", res.Citations)
	}
}

func TestMatchProfileArabicCV(t *testing.T) {
	cv := "السيرة الذاتية\nالاسم: سعاد العلوي\nالتكوين: دبلوم تقني متخصص في المحاسبة، المعهد المتخصص للتكنولوجيا التطبيقية بفاس، 2021\n" +
		"الخبرة المهنية: مساعدة محاسب في شركة للتوزيع بفاس\nالمهارات: المحاسبة العامة، إكسيل، التصريحات الضريبية\nاللغات: العربية، الفرنسية"
	d, _ := matchCall(t, &tools.MatchTool{Store: matchStore(t)}, `{"profile":`+quote(cv)+`}`)
	var top []string
	for _, c := range firstMatch(t, d).Matches[:2] {
		top = append(top, c.Code)
	}
	slices.Sort(top)
	if !slices.Equal(top, []string{"2411", "4311"}) || d.Person.Lang != "ar" || d.Person.Level != "bac+2" || d.Region != "MA-03" {
		t.Errorf("top two %v, read %+v in %q; want the accountant and the accounting clerk, Arabic, bac+2, Fès-Meknès", top, d.Person, d.Region)
	}
	if n := d.Matches[0].Name; !strings.Contains(n, "محاسب") {
		t.Errorf("first named %q, want its Arabic name", n)
	}
}

func TestMatchProfileDarijaArabiziWish(t *testing.T) {
	d, _ := matchCall(t, &tools.MatchTool{Store: matchStore(t)}, `{"profile":"3ndi diplome f soudure mn OFPPT w bghit nkhdem soudeur f tanja"}`)
	c := firstMatch(t, d).Matches[0]
	if c.Code != "7212" || d.Region != "MA-01" || c.RegionAds != 3 || c.Ads != 4 || d.Person.Lang != "ary-Latn" {
		t.Errorf("first %+v in %q (read %+v), want the welder with 3 ads in MA-01 of 4", c, d.Region, d.Person)
	}
	if len(c.Why) == 0 || c.Why[0].Kind != "wished_occupation" {
		t.Errorf("why = %+v, want the wish first", c.Why)
	}
}

func TestMatchProfileRegionOverride(t *testing.T) {
	tool := &tools.MatchTool{Store: matchStore(t)}
	profile := `"J'ai un bac+2 en développement informatique, je connais Java et SQL, je cherche un poste à Casablanca"`
	d, _ := matchCall(t, tool, `{"profile":`+profile+`,"region":"Tanger"}`)
	c := firstMatch(t, d).Matches[0]
	if d.Region != "MA-01" || d.Person.Region != "MA-06" || c.Code != "2512" || c.RegionAds != 0 || c.Ads != 3 || d.RegionAds != 3 {
		t.Errorf("region %q (read %q), first %+v, region ads %d; want MA-01 overriding MA-06, 0 developer ads there of 3", d.Region, d.Person.Region, c, d.RegionAds)
	}
	d, _ = matchCall(t, tool, `{"profile":`+profile+`,"region":"MA"}`)
	if c := d.Matches[0]; d.Region != "" || c.RegionAds != c.Ads || d.RegionAds != d.Ads {
		t.Errorf("the whole country: region %q, first %+v; want no region and the country's counts", d.Region, c)
	}
	_, err := call(t, tool, `{"profile":`+profile+`,"region":"Atlantis"}`)
	wantArgError(t, err, "region")
}

func TestMatchProfileRefusesBadProfiles(t *testing.T) {
	tool := &tools.MatchTool{Store: matchStore(t)}
	for name, c := range map[string]struct{ args, says string }{
		"missing":  {`{}`, "profile is required"},
		"blank":    {`{"profile":"  \n "}`, "profile is required"},
		"too long": {`{"profile":"` + strings.Repeat("comptable ", tools.MaxProfileChars/10+1) + `"}`, "profile has 8010 characters, at most 8000"},
		"not text": {`{"profile":42}`, "not a valid JSON object"},
		"language": {`{"profile":"soudeur","lang":"de"}`, "lang"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := call(t, tool, c.args)
			if !errors.Is(err, tools.ErrBadArgs) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("err = %v, want ErrBadArgs saying %q", err, c.says)
			}
		})
	}
}

func TestMatchProfileLimitBounds(t *testing.T) {
	tool := &tools.MatchTool{Store: matchStore(t)}
	profile := `"Licence en économie, 3 ans d'expérience en banque à Rabat, je parle anglais"`
	for _, c := range []struct {
		limit, want int
	}{{0, 5}, {1, 1}, {10, 10}} {
		d, _ := matchCall(t, tool, fmt.Sprintf(`{"profile":%s,"limit":%d}`, profile, c.limit))
		if len(d.Matches) != c.want {
			t.Errorf("limit %d: %d matches, want %d", c.limit, len(d.Matches), c.want)
		}
	}
	for _, limit := range []int{-1, 11} {
		_, err := call(t, tool, fmt.Sprintf(`{"profile":%s,"limit":%d}`, profile, limit))
		if !errors.Is(err, tools.ErrBadArgs) || !strings.Contains(err.Error(), "limit") || !strings.Contains(err.Error(), "1 to 10") {
			t.Errorf("limit %d: err = %v, want ErrBadArgs naming limit and its range", limit, err)
		}
	}
}

func TestMatchProfileFollowsTheProfiles(t *testing.T) {
	s := matchStore(t)
	tool := &tools.MatchTool{Store: s}
	args := `{"profile":"3ndi diplome f soudure w bghit nkhdem soudeur f tanja","limit":1}`
	before, _ := matchCall(t, tool, args)
	ps, _ := seedProfiles()
	changed := slices.Clone(ps)
	for i, p := range changed {
		if p.Code == "7212" {
			p.Titles = map[string]string{"fr": "Soudeur-monteur", "ar": p.Titles["ar"], "en": p.Titles["en"]}
			changed[i] = p
		}
	}
	if _, err := s.PutProfiles(context.Background(), changed); err != nil {
		t.Fatal(err)
	}
	after, _ := matchCall(t, tool, args)
	if before.Matches[0].Name != "Soudeur" || after.Matches[0].Name != "Soudeur-monteur" {
		t.Errorf("names %q then %q: the matcher was not rebuilt for the new profiles", before.Matches[0].Name, after.Matches[0].Name)
	}
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// BenchmarkMatchProfile measures a warm call: the profiles read and
// fingerprinted, the cached matcher, two ad counts.
func BenchmarkMatchProfile(b *testing.B) {
	tool := &tools.MatchTool{Store: matchStore(b)}
	args := []byte(`{"profile":"J'ai un bac+2 en développement informatique, je connais Java et SQL, je cherche un poste à Casablanca"}`)
	if _, err := tool.Call(context.Background(), args); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := tool.Call(context.Background(), args); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMatchProfileConcurrentCalls: calls made at once share one matcher
// build and give the same result (run with -race).
func TestMatchProfileConcurrentCalls(t *testing.T) {
	tool := &tools.MatchTool{Store: matchStore(t)}
	args := `{"profile":"J'ai un bac+2 en comptabilité, je cherche à Rabat","limit":3}`
	var wg sync.WaitGroup
	got := make([]string, 6)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := tool.Call(context.Background(), []byte(args))
			if err != nil {
				t.Error(err)
				return
			}
			b, _ := json.Marshal(res)
			got[i] = string(b)
		}()
	}
	wg.Wait()
	for i := range got {
		if got[i] != got[0] {
			t.Fatalf("call %d differs:\n%s\n%s", i, got[i], got[0])
		}
	}
}
