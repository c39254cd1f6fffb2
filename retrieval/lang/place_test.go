package lang

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// placeCase is one text with the place codes and surfaces FindPlaces must
// return, in order.
type placeCase struct {
	text string
	want []string // "code=surface"
}

var placeCases = map[Tag][]placeCase{
	French: {
		{"Quel est le taux de chômage à Casablanca ?", []string{"casablanca=Casablanca"}},
		{"emploi à Fès et à Meknès", []string{"fes=Fès", "meknes=Meknès"}},
		{"la région Casablanca-Settat", []string{"MA-06=Casablanca-Settat"}},
		{"chômage dans l'Oriental et le Souss", []string{"MA-02=l'Oriental", "MA-09=Souss"}},
		{"les provinces du Sud", []string{"MA-SUD=provinces du Sud"}},
		{"au niveau national", []string{"MA=au niveau national"}},
		{"Laâyoune, Dakhla et Guelmim", []string{"laayoune=Laâyoune", "dakhla=Dakhla", "guelmim=Guelmim"}},
		{"offres à El Jadida et Béni Mellal", []string{"el-jadida=El Jadida", "beni-mellal=Béni Mellal"}},
		{"stage à Salé ou Témara", []string{"sale=Salé", "temara=Témara"}},
		{"Ksar El Kebir, Larache", []string{"ksar-el-kebir=Ksar El Kebir", "larache=Larache"}},
		{"la province de Settat", []string{"MA-SET=province de Settat"}},
		{"opérateur à Tanger Med ou Sidi Maarouf", []string{"tanger=Tanger Med", "casablanca=Sidi Maarouf"}},
		{"Agence nationale de promotion de l'emploi", nil},
		{"une sauce salée", nil},
	},
	Arabic: {
		{"معدل البطالة في الدار البيضاء", []string{"casablanca=الدار البيضاء"}},
		{"جهة الدار البيضاء - سطات", []string{"MA-06=الدار البيضاء - سطات"}},
		{"فرص الشغل بالرباط وسلا", []string{"rabat=بالرباط", "sale=وسلا"}},
		{"جهة الرباط سلا القنيطرة", []string{"MA-04=الرباط سلا القنيطرة"}},
		{"البطالة في الأقاليم الجنوبية", []string{"MA-SUD=الأقاليم الجنوبية"}},
		{"على المستوى الوطني", []string{"MA=المستوى الوطني"}},
		{"جهة الشرق", []string{"MA-02=جهة الشرق"}},
		{"مدينة العيون والداخلة", []string{"laayoune=العيون", "dakhla=والداخلة"}},
		{"في مدينة الجديدة", []string{"el-jadida=مدينة الجديدة"}},
		{"من الجديدة إلى آسفي", []string{"el-jadida=الجديدة", "safi=آسفي"}},
		{"الوظائف الجديدة في طنجة", []string{"tanger=طنجة"}},
		{"إقليم الحوز", []string{"MA-HAO=الحوز"}},
		{"بني ملال وخنيفرة", []string{"beni-mellal=بني ملال", "khenifra=وخنيفرة"}},
		{"الشرق الأوسط", nil},
		{"الوظائف الجديدة في قطاع الخدمات بالجديدة", []string{"el-jadida=بالجديدة"}},
		{"المغرب", []string{"MA=المغرب"}},
	},
	Darija: {
		{"واش كاينة الخدمة فكازا", []string{"casablanca=فكازا"}},
		{"الشوماج فالدارالبيضاء", []string{"casablanca=فالدارالبيضاء"}},
		{"بغيت نخدم فطنجة ولا فتطوان", []string{"tanger=فطنجة", "tetouan=فتطوان"}},
		{"كاين شي ستاج فمراكش؟", []string{"marrakech=فمراكش"}},
		{"الخدمة فالبلاد قليلة", nil},
		{"لبلاد كاملة", []string{"MA=لبلاد"}},
		{"فين نلقى خدمة فأكادير ولا فإنزكان", []string{"agadir=فأكادير", "inezgane=فإنزكان"}},
		{"شحال الشوماج فالناظور", []string{"nador=فالناظور"}},
		{"التكوين فوجدة", []string{"oujda=فوجدة"}},
		{"خدمة فالقنيطرة", []string{"kenitra=فالقنيطرة"}},
		{"هادشي صافي", nil},
		{"شي خدمة فاسفي", []string{"safi=فاسفي"}},
		{"الخدمة فآسفي", []string{"safi=فآسفي"}},
	},
	Arabizi: {
		{"wach kayn chi stage f casa?", []string{"casablanca=casa"}},
		{"khdma f dar lbida", []string{"casablanca=dar lbida"}},
		{"bghit nkhdem f tanja wla titwan", []string{"tanger=tanja", "tetouan=titwan"}},
		{"chomage f mrakech", []string{"marrakech=mrakech"}},
		{"lbitala f lmghrib", []string{"MA=lmghrib"}},
		{"safi chokran", nil},
		{"khdma f safi", []string{"safi=safi"}},
		{"fcasa kayna lkhdma", []string{"casablanca=fcasa"}},
		{"jiha charqia", []string{"MA-02=jiha charqia"}},
		{"khdma jdida", nil},
		{"f jdida kayn lkhdma", []string{"el-jadida=jdida"}},
		{"stage f rbat o sla", []string{"rabat=rbat", "sale=sla"}},
		{"formation f l7oceima", []string{"al-hoceima=l7oceima"}},
	},
	English: {
		{"unemployment in Casablanca", []string{"casablanca=Casablanca"}},
		{"jobs in Tangier and Fez", []string{"tanger=Tangier", "fes=Fez"}},
		{"Marrakesh-Safi region", []string{"MA-07=Marrakesh-Safi"}},
		{"the southern regions", []string{"MA-SUD=southern regions"}},
		{"national level unemployment in Morocco", []string{"MA=national level", "MA=Morocco"}},
		{"South Africa", nil},
		{"El Aaiun and Dakhla", []string{"laayoune=El Aaiun", "dakhla=Dakhla"}},
		{"Rabat-Sale-Kenitra", []string{"MA-04=Rabat-Sale-Kenitra"}},
		{"internships in Agadir, Tiznit or Taroudant", []string{"agadir=Agadir", "tiznit=Tiznit", "taroudant=Taroudant"}},
		{"the Oriental region", []string{"MA-02=the Oriental"}},
		{"Meknes, Ifrane", []string{"meknes=Meknes", "ifrane=Ifrane"}},
	},
}

func TestFindPlaces(t *testing.T) {
	for tag, cases := range placeCases {
		if len(cases) < 10 {
			t.Errorf("%s: %d cases, want at least 10", tag, len(cases))
		}
		for _, c := range cases {
			var got []string
			for _, m := range FindPlaces(c.text) {
				got = append(got, m.Place.Code+"="+m.Surface)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s: FindPlaces(%q) (-want +got):\n%s", tag, c.text, diff)
			}
		}
	}
}

func TestLookupPlace(t *testing.T) {
	cases := []struct{ name, code string }{
		{"Casablanca", "casablanca"}, {"Casa", "casablanca"}, {"Dar Bida", "casablanca"}, {"dar lbida", "casablanca"},
		{"الدار البيضاء", "casablanca"}, {"كازا", "casablanca"}, {"الدارالبيضاء", "casablanca"},
		{"Tanger", "tanger"}, {"Tangier", "tanger"}, {"Tanja", "tanger"}, {"طنجة", "tanger"},
		{"Fès", "fes"}, {"Fes", "fes"}, {"Fez", "fes"}, {"فاس", "fes"},
		{"Meknès", "meknes"}, {"مكناس", "meknes"},
		{"Marrakesh", "marrakech"}, {"Mrakech", "marrakech"}, {"مراكش", "marrakech"},
		{"Agadir", "agadir"}, {"أكادير", "agadir"}, {"اكادير", "agadir"},
		{"Oujda", "oujda"}, {"وجدة", "oujda"},
		{"Laâyoune", "laayoune"}, {"Laayoune", "laayoune"}, {"El Aaiun", "laayoune"}, {"العيون", "laayoune"},
		{"الداخلة", "dakhla"}, {"Beni Mellal", "beni-mellal"}, {"بني ملال", "beni-mellal"},
		{"Tetouan", "tetouan"}, {"Titwan", "tetouan"}, {"Hoceima", "al-hoceima"}, {"الحسيمة", "al-hoceima"},
		{"Kenitra", "kenitra"}, {"القنيطرة", "kenitra"}, {"Salé", "sale"}, {"Sla", "sale"}, {"سلا", "sale"},
		{"Rabat", "rabat"}, {"الرباط", "rabat"}, {"Rbat", "rabat"}, {"El Jadida", "el-jadida"}, {"Jdida", "el-jadida"},
		{"الجديدة", "el-jadida"}, {"Safi", "safi"}, {"Asfi", "safi"}, {"آسفي", "safi"}, {"الناظور", "nador"},
		{"Souira", "essaouira"}, {"Témara", "temara"}, {"تمارة", "temara"},
		{"l'Oriental", "MA-02"}, {"الشرق", "MA-02"}, {"jiha charqia", "MA-02"}, {"Souss", "MA-09"}, {"سوس", "MA-09"},
		{"Sahara", "MA-SUD"}, {"provinces du Sud", "MA-SUD"}, {"الأقاليم الجنوبية", "MA-SUD"},
		{"Maroc", "MA"}, {"national", "MA"}, {"المغرب", "MA"}, {"lmghrib", "MA"}, {"lblad", "MA"},
		{"région de Casablanca-Settat", "MA-06"}, {"جهة الدار البيضاء سطات", "MA-06"},
		{"MA-06", "MA-06"}, {"ma-sud", "MA-SUD"}, {"MA-CAS", "MA-CAS"}, {"ksar-el-kebir", "ksar-el-kebir"},
	}
	for _, c := range cases {
		p, ok := LookupPlace(c.name)
		if !ok || p.Code != c.code {
			t.Errorf("LookupPlace(%q) = %+v, %v; want code %s", c.name, p, ok, c.code)
		}
	}
	for _, name := range []string{"", "Paris", "emploi à Rabat", "chômage", "رباط الخيل"} {
		if p, ok := LookupPlace(name); ok {
			t.Errorf("LookupPlace(%q) = %+v, want not found", name, p)
		}
	}
}

func TestPlaceRegions(t *testing.T) {
	for _, p := range Places() {
		if _, ok := regionNames[p.Region]; !ok {
			t.Errorf("%+v: region %q is not a known region", p, p.Region)
		}
		if p.Kind == "region" && p.Region != p.Code {
			t.Errorf("%+v: a region lies in itself", p)
		}
		if strings.ContainsAny(p.Name, "~!|") {
			t.Errorf("%+v: display name carries a lexicon marker", p)
		}
		if p.Kind == "city" && (p.Code != strings.ToLower(p.Code) || strings.Contains(p.Code, " ")) {
			t.Errorf("%+v: city code is not a slug", p)
		}
	}
	cities := 0
	for _, p := range Places() {
		if p.Kind == "city" {
			cities++
		}
	}
	if cities < 80 {
		t.Errorf("%d cities, want at least 80", cities)
	}
}

func TestRegionName(t *testing.T) {
	cases := []struct {
		code string
		tag  Tag
		want string
	}{
		{"MA-06", French, "Casablanca-Settat"}, {"MA-06", Arabic, "الدار البيضاء - سطات"}, {"MA-06", Darija, "الدار البيضاء - سطات"},
		{"MA-06", Arabizi, "Casa-Settat"}, {"MA-06", English, "Casablanca-Settat"},
		{"MA", French, "Maroc"}, {"MA", Arabic, "المغرب"}, {"MA", Arabizi, "lmghrib"}, {"MA", English, "Morocco"},
		{"MA-SUD", French, "Régions du Sud"}, {"MA-SUD", Darija, "الجهات الجنوبية"}, {"MA-SUD", Arabizi, "jihat l-janoub"},
		{"MA-SUD", English, "Southern regions"}, {"ma-02", French, "L'Oriental"}, {"MA-99", French, "MA-99"},
	}
	for _, c := range cases {
		if got := RegionName(c.code, c.tag); got != c.want {
			t.Errorf("RegionName(%q, %s) = %q, want %q", c.code, c.tag, got, c.want)
		}
	}
	for code := range regionNames {
		p, ok := LookupPlace(RegionName(code, French))
		if !ok || p.Code != code {
			t.Errorf("LookupPlace(RegionName(%s, fr)) = %+v, %v", code, p, ok)
		}
	}
}

func FuzzFindPlaces(f *testing.F) {
	for _, cases := range placeCases {
		for _, c := range cases {
			f.Add(c.text)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, m := range FindPlaces(s) {
			i := strings.Index(s[last+1:], m.Surface)
			if m.Surface == "" || i < 0 {
				t.Fatalf("FindPlaces(%q): surface %q is not in the input after offset %d", s, m.Surface, last)
			}
			last += 1 + i
		}
	})
}
