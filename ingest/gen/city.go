package gen

// city is one place ads are posted for, with the ways sites write it.
type city struct {
	key    string
	region string   // ISO 3166-2:MA
	weight int      // share of ads without an occupation preference
	latin  []string // French / English spellings as written on sites
	arabic []string // Arabic script
	areas  []string // neighbourhoods or zones, written after the city
}

var cities = []city{
	{"casablanca", "MA-06", 260, []string{"Casablanca", "Casa", "CASABLANCA", "casablanca", "Casablanca, Maroc", "Casa ", "Casablanca - Maroc"}, []string{"الدار البيضاء", "الدارالبيضاء", "كازا"}, []string{"Sidi Maarouf", "Ain Sebaa", "Bouskoura", "Maârif", "Lissasfa", "Hay Hassani", "Casa Nearshore", "Sidi Bernoussi"}},
	{"mohammedia", "MA-06", 25, []string{"Mohammedia", "MOHAMMEDIA", "Mohamedia"}, []string{"المحمدية"}, nil},
	{"dar-bouazza", "MA-06", 8, []string{"Dar Bouazza", "Dar bouazza", "Casablanca (Dar Bouazza)"}, []string{"دار بوعزة"}, nil},
	{"berrechid", "MA-06", 20, []string{"Berrechid", "BERRECHID", "Berrchid"}, []string{"برشيد"}, nil},
	{"settat", "MA-06", 10, []string{"Settat", "SETTAT"}, []string{"سطات"}, nil},
	{"el-jadida", "MA-06", 14, []string{"El Jadida", "EL JADIDA", "Eljadida", "El-Jadida"}, []string{"الجديدة"}, []string{"Jorf Lasfar"}},
	{"nouaceur", "MA-06", 10, []string{"Nouaceur", "NOUACEUR", "Casablanca - Nouaceur"}, []string{"النواصر"}, []string{"Midparc"}},
	{"rabat", "MA-04", 70, []string{"Rabat", "RABAT", "rabat", "Rabat, Maroc"}, []string{"الرباط"}, []string{"Agdal", "Hay Riad", "Hassan", "Souissi"}},
	{"sale", "MA-04", 22, []string{"Salé", "Sale", "SALE", "Rabat-Salé"}, []string{"سلا"}, []string{"Technopolis", "Tabriquet"}},
	{"temara", "MA-04", 14, []string{"Témara", "Temara", "TEMARA"}, []string{"تمارة"}, nil},
	{"kenitra", "MA-04", 35, []string{"Kénitra", "Kenitra", "KENITRA", "Kénitra (Atlantic Free Zone)"}, []string{"القنيطرة"}, []string{"Atlantic Free Zone"}},
	{"tanger", "MA-01", 90, []string{"Tanger", "Tangier", "TANGER", "tanger", "Tanger, Maroc", "Tanja"}, []string{"طنجة"}, []string{"Tanger Med", "Zone Franche", "Gzenaya", "Tanger Automotive City", "Mghogha"}},
	{"tetouan", "MA-01", 20, []string{"Tétouan", "Tetouan", "TETOUAN", "Tetuan"}, []string{"تطوان"}, nil},
	{"al-hoceima", "MA-01", 8, []string{"Al Hoceïma", "Al Hoceima", "Hoceima", "AL HOCEIMA"}, []string{"الحسيمة"}, nil},
	{"larache", "MA-01", 6, []string{"Larache", "LARACHE"}, []string{"العرائش"}, nil},
	{"fes", "MA-03", 55, []string{"Fès", "Fes", "FES", "Fez", "FEZ", "fes"}, []string{"فاس"}, []string{"Ain Chkef", "Sidi Brahim"}},
	{"meknes", "MA-03", 28, []string{"Meknès", "Meknes", "MEKNES"}, []string{"مكناس"}, nil},
	{"ifrane", "MA-03", 4, []string{"Ifrane", "IFRANE"}, []string{"إفران"}, nil},
	{"marrakech", "MA-07", 80, []string{"Marrakech", "Marrakesh", "MARRAKECH", "marrakech", "Marrakech, Maroc"}, []string{"مراكش"}, []string{"Guéliz", "Palmeraie", "Hivernage", "Sidi Ghanem"}},
	{"safi", "MA-07", 10, []string{"Safi", "SAFI"}, []string{"آسفي", "اسفي"}, nil},
	{"essaouira", "MA-07", 8, []string{"Essaouira", "ESSAOUIRA"}, []string{"الصويرة"}, nil},
	{"agadir", "MA-09", 60, []string{"Agadir", "AGADIR", "agadir", "Agadir, Maroc"}, []string{"أكادير", "اكادير"}, []string{"Talborjt", "Founty", "Tikiouine"}},
	{"inezgane", "MA-09", 12, []string{"Inezgane", "INEZGANE", "Inzegane"}, []string{"إنزكان", "انزكان"}, nil},
	{"ait-melloul", "MA-09", 10, []string{"Aït Melloul", "Ait Melloul", "AIT MELLOUL"}, []string{"أيت ملول", "ايت ملول"}, nil},
	{"chtouka", "MA-09", 10, []string{"Chtouka Aït Baha", "Biougra", "Chtouka"}, []string{"اشتوكة أيت باها", "بيوكرى"}, nil},
	{"taroudant", "MA-09", 6, []string{"Taroudant", "TAROUDANT"}, []string{"تارودانت"}, nil},
	{"oujda", "MA-02", 24, []string{"Oujda", "OUJDA", "oujda"}, []string{"وجدة"}, nil},
	{"nador", "MA-02", 12, []string{"Nador", "NADOR"}, []string{"الناظور"}, nil},
	{"berkane", "MA-02", 8, []string{"Berkane", "BERKANE"}, []string{"بركان"}, nil},
	{"beni-mellal", "MA-05", 18, []string{"Béni Mellal", "Beni Mellal", "BENI MELLAL", "Beni-Mellal"}, []string{"بني ملال"}, nil},
	{"khouribga", "MA-05", 10, []string{"Khouribga", "KHOURIBGA"}, []string{"خريبكة"}, nil},
	{"fquih-ben-salah", "MA-05", 5, []string{"Fquih Ben Salah", "Fkih Ben Salah"}, []string{"الفقيه بن صالح"}, nil},
	{"errachidia", "MA-08", 12, []string{"Errachidia", "Er-Rachidia", "ERRACHIDIA", "Rachidia"}, []string{"الرشيدية"}, nil},
	{"ouarzazate", "MA-08", 12, []string{"Ouarzazate", "OUARZAZATE", "Ouarzazat"}, []string{"ورزازات"}, nil},
	{"zagora", "MA-08", 4, []string{"Zagora"}, []string{"زاكورة"}, nil},
	{"guelmim", "MA-10", 22, []string{"Guelmim", "Goulmim", "GUELMIM"}, []string{"كلميم"}, nil},
	{"tan-tan", "MA-10", 12, []string{"Tan-Tan", "Tantan", "TAN TAN"}, []string{"طانطان"}, nil},
	{"laayoune", "MA-11", 18, []string{"Laâyoune", "Laayoune", "Layoune", "LAAYOUNE", "El Aaiún"}, []string{"العيون"}, nil},
	{"boujdour", "MA-11", 3, []string{"Boujdour"}, []string{"بوجدور"}, nil},
	{"dakhla", "MA-12", 12, []string{"Dakhla", "DAKHLA", "Dakhla Oued Eddahab"}, []string{"الداخلة"}, nil},
}

// cityIndex maps a city key to its position in cities.
var cityIndex = func() map[string]int {
	m := make(map[string]int, len(cities))
	for i, c := range cities {
		m[c.key] = i
	}
	return m
}()

var cityWeights = func() []int {
	w := make([]int, len(cities))
	for i, c := range cities {
		w[i] = c.weight
	}
	return w
}()

// regionNames holds how sites write each region: French (current and, for
// some, the pre-2015 name still found in ads) then Arabic.
var regionNames = map[string][]string{
	"MA-01": {"Tanger-Tétouan-Al Hoceïma", "Tanger-Tetouan-Al Hoceima", "Région de Tanger", "جهة طنجة تطوان الحسيمة"},
	"MA-02": {"L'Oriental", "Oriental", "Région de l'Oriental", "جهة الشرق"},
	"MA-03": {"Fès-Meknès", "Fes-Meknes", "Région Fès-Meknès", "جهة فاس مكناس"},
	"MA-04": {"Rabat-Salé-Kénitra", "Rabat-Sale-Kenitra", "Rabat-Salé-Zemmour-Zaër", "جهة الرباط سلا القنيطرة"},
	"MA-05": {"Béni Mellal-Khénifra", "Beni Mellal-Khenifra", "Tadla-Azilal", "جهة بني ملال خنيفرة"},
	"MA-06": {"Casablanca-Settat", "Grand Casablanca", "Casablanca Settat", "جهة الدار البيضاء سطات"},
	"MA-07": {"Marrakech-Safi", "Marrakech-Tensift-Al Haouz", "Région de Marrakech", "جهة مراكش آسفي"},
	"MA-08": {"Drâa-Tafilalet", "Draa-Tafilalet", "Région Drâa-Tafilalet", "جهة درعة تافيلالت"},
	"MA-09": {"Souss-Massa", "Souss-Massa-Drâa", "Souss Massa", "جهة سوس ماسة"},
	"MA-10": {"Guelmim-Oued Noun", "Guelmim-Es Semara", "Guelmim Oued Noun", "جهة كلميم واد نون"},
	"MA-11": {"Laâyoune-Sakia El Hamra", "Laayoune-Sakia El Hamra", "Laâyoune-Boujdour", "جهة العيون الساقية الحمراء"},
	"MA-12": {"Dakhla-Oued Ed-Dahab", "Dakhla-Oued Eddahab", "Oued Ed-Dahab-Lagouira", "جهة الداخلة وادي الذهب"},
}

// pickCity draws a city: from the occupation's preferred places most of the
// time, else from the national weights.
func (g *rng) pickCity(o *occupation) *city {
	if len(o.cities) > 0 && g.chance(0.7) {
		if i, ok := cityIndex[g.pick(o.cities)]; ok {
			return &cities[i]
		}
	}
	return &cities[g.weighted(cityWeights)]
}

// cityText writes the city the way a site would, in Latin or Arabic script.
func (g *rng) cityText(c *city, arabic bool) string {
	if arabic && len(c.arabic) > 0 {
		return g.pick(c.arabic)
	}
	s := g.pick(c.latin)
	if len(c.areas) > 0 && g.chance(0.15) {
		sep := g.pick([]string{" - ", " (", ", "})
		s += sep + g.pick(c.areas)
		if sep == " (" {
			s += ")"
		}
	}
	return s
}

// regionText writes the region label of c, or "" when the site leaves it out.
func (g *rng) regionText(c *city, arabic bool) string {
	names := regionNames[c.region]
	if arabic && g.chance(0.7) {
		return names[len(names)-1]
	}
	return g.pick(names[:len(names)-1])
}
