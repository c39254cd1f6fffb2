package lang

// rankConcepts ask for a ranking: which region or group has the most
// (compare) or the least (lowest; FindConcepts reports compare with it).
// Comparatives that also count ("أقل من 2000", "akbar mn 45 3am") do not
// rank before a number ("^"); plain adjectives (kbir, 9lil, ktar) rank only
// in a question about which or where ("ina jiha fiha bitala 9lila").
var rankConcepts = []conceptDef{
	{KindIntent, "compare", "ina region|ina régions|ina mdina|ina wa7da|ach mn region|ach men region|achmen region|chmen region|ach mn mdina|achmen mdina|chmen mdina|" +
		"f ina region|fina region|ina jihat|achmen jihat|fin kter|fin ktar|fin kther|fin kayn kter|fin kayn ktar|fin kayna ktar|fin kaynin ktar|" +
		"فين كتر|فين كثر|فين كاين كتر|فين كاينة كتر|فين كاينة كثر|أي مدينة|أي المدن|اشمن مدينة|شمن مدينة|آش من جهة|اش من جهة|" +
		"^akbar|^aktar|^ekbar|^ektar|^akthar|^أكبر|^الأكبر|^أكثر|^الأكثر|^كتر|" +
		cued("which", "^ktar|^kter|^kther|^kbar|^kbir|^kbira|^كبير|^كبيرة|^كبار|^كثر|^كتر|^بزاف") + "|" +
		"les plus élevés|les plus élevées|la plus touchée|le plus touché|les plus touchées|les plus touchés|le plus grand|la plus grande|" +
		// An order to rank: "classe les régions", "رتب الجهات", "rtteb liya ljihat".
		"classe les|classez les|classe-moi les|range les|rangez les|ordonne les|رتب الجهات|رتب لي الجهات|رتب المدن|رتب الفئات|رتب لي|رتب ليا|رتبي|" +
		"rtteb|rateb liya|rtteb liya|rateb ljihat|order the regions|sort the regions|" +
		"top regions|top régions|top villes|top cities|top jihat|the most|the highest|most affected|hardest hit|the biggest|biggest|largest|the largest"},
	{KindIntent, "lowest", "^a9al|^a9el|^aqal|^a9all|^akal|^أقل|^الأقل|^أدنى|^الأدنى|^أضعف|^الأضعف|" +
		"fin 9al|fin 9el|fin 9lil|fin 9lal|fin kayn 9lil|fin kayn 9al|فين قل|فين قليل|فين كاين قل|فين قلال|فين كاين قليل|" +
		cued("which", "9lil|9lila|9lal|sghar|sghir|sghira|قليل|قليلة|قلال|صغير|صغيرة|صغار") + "|" +
		"le moins|la moins|les moins|le moins élevé|la moins élevée|le plus faible|la plus faible|les plus faibles|le plus bas|la plus basse|les plus bas|les plus basses|" +
		"lowest|the lowest|least|the least|fewest|the fewest|smallest|the smallest"},
}

// rankBlocks contain a ranking word without asking for a ranking.
var rankBlocks = []string{"على الأقل", "على الأكثر", "3la l2a9al", "3la la9al", "3la l2aqal", "at least", "at most", "au moins", "du moins", "pour le moins", "à tout le moins", "not least", "الحد الأدنى",
	"allah akbar", "الله أكبر", "le plus tôt", "le plus vite", "au plus tard", "le plus souvent", "le moins possible"}
