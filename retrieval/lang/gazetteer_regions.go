package lang

// regionNames are the display names of MA, MA-SUD and the twelve regions:
// French, Arabic script, Arabizi, English.
var regionNames = map[string][4]string{
	"MA":     {"Maroc", "المغرب", "lmghrib", "Morocco"},
	"MA-SUD": {"Régions du Sud", "الجهات الجنوبية", "jihat l-janoub", "Southern regions"},
	"MA-01":  {"Tanger-Tétouan-Al Hoceïma", "طنجة - تطوان - الحسيمة", "Tanja-Titwan-L7oceima", "Tangier-Tetouan-Al Hoceima"},
	"MA-02":  {"L'Oriental", "الشرق", "Jihat ch-Charq", "Oriental"},
	"MA-03":  {"Fès-Meknès", "فاس - مكناس", "Fas-Mknas", "Fez-Meknes"},
	"MA-04":  {"Rabat-Salé-Kénitra", "الرباط - سلا - القنيطرة", "Rbat-Sla-Qnitra", "Rabat-Sale-Kenitra"},
	"MA-05":  {"Béni Mellal-Khénifra", "بني ملال - خنيفرة", "Bni Mellal-Khnifra", "Beni Mellal-Khenifra"},
	"MA-06":  {"Casablanca-Settat", "الدار البيضاء - سطات", "Casa-Settat", "Casablanca-Settat"},
	"MA-07":  {"Marrakech-Safi", "مراكش - آسفي", "Mrrakech-Asfi", "Marrakesh-Safi"},
	"MA-08":  {"Drâa-Tafilalet", "درعة - تافيلالت", "Dra3-Tafilalt", "Draa-Tafilalet"},
	"MA-09":  {"Souss-Massa", "سوس - ماسة", "Sous-Massa", "Souss-Massa"},
	"MA-10":  {"Guelmim-Oued Noun", "كلميم - واد نون", "Glmim-Wad Noun", "Guelmim-Oued Noun"},
	"MA-11":  {"Laâyoune-Sakia El Hamra", "العيون - الساقية الحمراء", "L3youn-Sakia l7amra", "Laayoune-Sakia El Hamra"},
	"MA-12":  {"Dakhla-Oued Ed-Dahab", "الداخلة - وادي الذهب", "Dakhla-Wad Dahab", "Dakhla-Oued Ed-Dahab"},
}

// areaDefs are the country, the southern group and the regions with every
// name they go by. "~" marks a name that is also a common word, "!" a phrase
// that only blocks a shorter name (see phraseIndex.add).
var areaDefs = []struct {
	code, kind, names string
}{
	{"MA", "country", "Maroc|Morocco|المغرب|المملكة المغربية|lmghrib|lmaghrib|el maghrib|l maghrib|maghrib|lmghreb|lblad|lbled|bladna|royaume du maroc|kingdom of morocco|national|nationale|au niveau national|niveau national|echelle nationale|l'ensemble du pays|tout le pays|ensemble du pays|nationwide|national level|countrywide|الوطني|وطنيا|الصعيد الوطني|المستوى الوطني|لبلاد|بلادنا|المغرب كامل|lmghrib kaml|" +
		"!agence nationale|!office national|!education nationale|!entraide nationale|!securite nationale|!surete nationale|!route nationale|!caisse nationale|!bibliotheque nationale|!promotion nationale|!assemblee nationale|!ecole nationale|!ecoles nationales|!strategie nationale|!national employment agency|!الوكالة الوطنية|!الصندوق الوطني|!التربية الوطنية|!التعاون الوطني|!الأمن الوطني|!المكتب الوطني|!الإنعاش الوطني|!المدرسة الوطنية|!المدارس الوطنية|!الاستراتيجية الوطنية|!الطريق الوطنية"},
	{"MA-SUD", "group", "provinces du sud|provinces du sahara|regions du sud|régions du sud|regions sud|regions sahariennes|provinces sahariennes|le sud|sud|sud du maroc|sahara|sahara marocain|الأقاليم الجنوبية|الجهات الجنوبية|الجنوب|جنوب المغرب|الصحراء|الصحراء المغربية|الجهات الصحراوية|jihat l-janoub|jihat janoub|janoub|ljanoub|sahra|lsahra|sa7ra|southern regions|southern provinces|south|the south|south of morocco|" +
		"!afrique du sud|!amerique du sud|!coree du sud|!south africa|!south america|!south korea|!جنوب افريقيا|!جنوب أفريقيا|!الصحراء الكبرى|!sud est|!sud ouest|!south east|!south west|!sahara occidental"},
	{"MA-01", "region", "Tanger-Tétouan-Al Hoceïma|Tanger Tetouan Al Hoceima|Tanger-Tétouan-Hoceima|Tanger Tetouan Hoceima|Tanger-Tétouan|Tangier-Tetouan-Al Hoceima|Tangier-Tetouan|طنجة تطوان الحسيمة|طنجة تطوان|Tanja-Titwan-L7oceima|tanja titwan|tanja titwan lhoceima|jihat chamal|جهة الشمال"},
	{"MA-02", "region", "L'Oriental|Oriental|région orientale|la région de l'oriental|الشرق|جهة الشرق|الجهة الشرقية|jiha charqia|jiha cherqia|jihat charq|jihat ch-charq|charq|lcharq|ch-charq|eastern region|oriental region|the oriental|!الشرق الأوسط|!الشرق الاوسط|!middle east|!moyen orient"},
	{"MA-03", "region", "Fès-Meknès|Fes-Meknes|Fez-Meknes|Fès Meknès|فاس مكناس|فاس - مكناس|Fas-Mknas|fas meknas|fes mknas|Fès-Boulemane|Meknès-Tafilalet|saiss|سايس"},
	{"MA-04", "region", "Rabat-Salé-Kénitra|Rabat-Sale-Kenitra|Rabat Salé Kénitra|Rabat-Salé|Rabat Sale|الرباط سلا القنيطرة|الرباط سلا|Rbat-Sla-Qnitra|rbat sla|rbat sla qnitra|Rabat-Salé-Zemmour-Zaer|gharb|lgharb|gharb chrarda beni hssen|gharb-chrarda|الغرب الشراردة"},
	{"MA-05", "region", "Béni Mellal-Khénifra|Beni Mellal-Khenifra|Beni Mellal Khenifra|بني ملال خنيفرة|بني ملال - خنيفرة|Bni Mellal-Khnifra|bni mellal khnifra|Tadla-Azilal|tadla azilal|تادلة أزيلال|tadla|تادلة"},
	{"MA-06", "region", "Casablanca-Settat|Casablanca Settat|Casa-Settat|casa settat|الدار البيضاء سطات|الدار البيضاء - سطات|الدارالبيضاء سطات|كازا سطات|Grand Casablanca|grand casa|الدار البيضاء الكبرى|Chaouia-Ouardigha|chaouia|الشاوية|doukkala|دكالة|dar lbida settat|dar bida settat"},
	{"MA-07", "region", "Marrakech-Safi|Marrakesh-Safi|Marrakech Safi|مراكش آسفي|مراكش - آسفي|Mrrakech-Asfi|mrakech asfi|marrakech asfi|Marrakech-Tensift-Al Haouz|marrakech tensift|abda|عبدة|tensift|تانسيفت"},
	{"MA-08", "region", "Drâa-Tafilalet|Draa-Tafilalet|Draa Tafilalt|Drâa-Tafilalt|درعة تافيلالت|درعة - تافيلالت|Dra3-Tafilalt|dra3 tafilalt|draa|درعة|tafilalet|tafilalt|تافيلالت"},
	{"MA-09", "region", "Souss-Massa|Souss Massa|Sous-Massa|Sous Massa|Souss-Massa-Drâa|سوس ماسة|سوس - ماسة|سوس|~Souss|sous massa|!sous emploi|!sous employe|!sous employes|!sous employee|!sous employees|!sous traitance|!sous traitant|!sous total|!sous reserve|!sous forme"},
	{"MA-10", "region", "Guelmim-Oued Noun|Guelmim Oued Noun|Guelmim-Oued Noun|كلميم واد نون|كلميم - واد نون|Glmim-Wad Noun|glmim wad noun|oued noun|wad noun|واد نون|وادي نون|Guelmim-Es Semara"},
	{"MA-11", "region", "Laâyoune-Sakia El Hamra|Laayoune-Sakia El Hamra|Laayoune Sakia Al Hamra|Laâyoune-Boujdour-Sakia El Hamra|العيون الساقية الحمراء|العيون - الساقية الحمراء|L3youn-Sakia l7amra|sakia el hamra|sakia al hamra|sakia lhamra|الساقية الحمراء"},
	{"MA-12", "region", "Dakhla-Oued Ed-Dahab|Dakhla-Oued Eddahab|Dakhla Oued Ed Dahab|Oued Ed-Dahab-Lagouira|الداخلة وادي الذهب|الداخلة - وادي الذهب|Dakhla-Wad Dahab|dakhla wad dahab|dakhla oued dahab"},
}

// provinceNames are the ISO 3166-2:MA provinces and prefectures with the
// region they lie in, for "province de X" / "إقليم X" and the province
// names that differ from their chief town.
var provinceNames = map[string][2]string{
	"MA-AGD": {"Agadir-Ida-Ou-Tanane", "MA-09"}, "MA-AOU": {"Aousserd", "MA-12"}, "MA-ASZ": {"Assa-Zag", "MA-10"},
	"MA-AZI": {"Azilal", "MA-05"}, "MA-BEM": {"Béni Mellal", "MA-05"}, "MA-BER": {"Berkane", "MA-02"},
	"MA-BES": {"Benslimane", "MA-06"}, "MA-BOD": {"Boujdour", "MA-11"}, "MA-BOM": {"Boulemane", "MA-03"},
	"MA-BRR": {"Berrechid", "MA-06"}, "MA-CAS": {"Casablanca", "MA-06"}, "MA-CHE": {"Chefchaouen", "MA-01"},
	"MA-CHI": {"Chichaoua", "MA-07"}, "MA-CHT": {"Chtouka-Aït Baha", "MA-09"}, "MA-DRI": {"Driouch", "MA-02"},
	"MA-ERR": {"Errachidia", "MA-08"}, "MA-ESI": {"Essaouira", "MA-07"}, "MA-ESM": {"Es-Semara", "MA-11"},
	"MA-FAH": {"Fahs-Anjra", "MA-01"}, "MA-FES": {"Fès", "MA-03"}, "MA-FIG": {"Figuig", "MA-02"},
	"MA-FQH": {"Fquih Ben Salah", "MA-05"}, "MA-GUE": {"Guelmim", "MA-10"}, "MA-GUF": {"Guercif", "MA-02"},
	"MA-HAJ": {"El Hajeb", "MA-03"}, "MA-HAO": {"Al Haouz", "MA-07"}, "MA-HOC": {"Al Hoceïma", "MA-01"},
	"MA-IFR": {"Ifrane", "MA-03"}, "MA-INE": {"Inezgane-Aït Melloul", "MA-09"}, "MA-JDI": {"El Jadida", "MA-06"},
	"MA-JRA": {"Jerada", "MA-02"}, "MA-KEN": {"Kénitra", "MA-04"}, "MA-KES": {"El Kelâa des Sraghna", "MA-07"},
	"MA-KHE": {"Khémisset", "MA-04"}, "MA-KHN": {"Khénifra", "MA-05"}, "MA-KHO": {"Khouribga", "MA-05"},
	"MA-LAA": {"Laâyoune", "MA-11"}, "MA-LAR": {"Larache", "MA-01"}, "MA-MAR": {"Marrakech", "MA-07"},
	"MA-MDF": {"M'diq-Fnideq", "MA-01"}, "MA-MED": {"Médiouna", "MA-06"}, "MA-MEK": {"Meknès", "MA-03"},
	"MA-MID": {"Midelt", "MA-08"}, "MA-MOH": {"Mohammédia", "MA-06"}, "MA-MOU": {"Moulay Yacoub", "MA-03"},
	"MA-NAD": {"Nador", "MA-02"}, "MA-NOU": {"Nouaceur", "MA-06"}, "MA-OUA": {"Ouarzazate", "MA-08"},
	"MA-OUD": {"Oued Ed-Dahab", "MA-12"}, "MA-OUJ": {"Oujda-Angad", "MA-02"}, "MA-OUZ": {"Ouezzane", "MA-01"},
	"MA-RAB": {"Rabat", "MA-04"}, "MA-REH": {"Rehamna", "MA-07"}, "MA-SAF": {"Safi", "MA-07"},
	"MA-SAL": {"Salé", "MA-04"}, "MA-SEF": {"Sefrou", "MA-03"}, "MA-SET": {"Settat", "MA-06"},
	"MA-SIB": {"Sidi Bennour", "MA-06"}, "MA-SIF": {"Sidi Ifni", "MA-10"}, "MA-SIK": {"Sidi Kacem", "MA-04"},
	"MA-SIL": {"Sidi Slimane", "MA-04"}, "MA-SKH": {"Skhirate-Témara", "MA-04"}, "MA-TAF": {"Tarfaya", "MA-11"},
	"MA-TAI": {"Taourirt", "MA-02"}, "MA-TAO": {"Taounate", "MA-03"}, "MA-TAR": {"Taroudant", "MA-09"},
	"MA-TAT": {"Tata", "MA-09"}, "MA-TAZ": {"Taza", "MA-03"}, "MA-TET": {"Tétouan", "MA-01"},
	"MA-TIN": {"Tinghir", "MA-08"}, "MA-TIZ": {"Tiznit", "MA-09"}, "MA-TNG": {"Tanger-Assilah", "MA-01"},
	"MA-TNT": {"Tan-Tan", "MA-10"}, "MA-YUS": {"Youssoufia", "MA-07"}, "MA-ZAG": {"Zagora", "MA-08"},
}

// provinceOwnNames are names of provinces that are not the name of a town.
var provinceOwnNames = map[string]string{
	"MA-AGD": "Agadir-Ida-Ou-Tanane|Agadir Ida Outanane|أكادير إداوتنان",
	"MA-ASZ": "Assa-Zag|Assa Zag|آسا الزاك",
	"MA-CHT": "Chtouka-Aït Baha|Chtouka Ait Baha|Chtouka|اشتوكة أيت باها|اشتوكة",
	"MA-FAH": "Fahs-Anjra|Fahs Anjra|الفحص أنجرة|Anjra|أنجرة",
	"MA-HAO": "Al Haouz|El Haouz|Haouz|lhouz|الحوز",
	"MA-INE": "Inezgane-Aït Melloul|Inezgane Ait Melloul|إنزكان أيت ملول",
	"MA-MDF": "M'diq-Fnideq|Mdiq Fnideq|المضيق الفنيدق",
	"MA-OUD": "Oued Ed-Dahab|Oued Eddahab|Oued Dahab|وادي الذهب|wad dahab",
	"MA-OUJ": "Oujda-Angad|Oujda Angad|وجدة أنكاد",
	"MA-REH": "Rehamna|Rhamna|الرحامنة",
	"MA-SKH": "Skhirate-Témara|Skhirat Temara|الصخيرات تمارة",
	"MA-TNG": "Tanger-Assilah|Tanger Asilah|Tangier-Assilah|طنجة أصيلة",
	"MA-ESM": "Es-Semara|Es Semara|إقليم السمارة",
	"MA-AOU": "Aousserd|Awserd|أوسرد",
}

// provincePrefixes introduce a province or prefecture named after its chief town.
var provincePrefixes = []string{"province de", "province d", "province of", "prefecture de", "préfecture de",
	"prefecture of", "إقليم", "عمالة", "iqlim", "l'iqlim d", "3amalat", "3imalat"}
