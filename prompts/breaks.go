package prompts

// breakNotes word the labour survey's series breaks (tools.SeriesBreak, by
// id) per language. Their only numbers are the break's own period, which
// the tool result carries.
var breakNotes = map[string]map[string]string{
	"ene_2017": {
		"fr":       "Rupture de série : le HCP a refondu son enquête nationale sur l'emploi en 2017 (nouvel échantillon) ; les chiffres antérieurs ne sont pas strictement comparables aux suivants.",
		"ar":       "انقطاع في السلسلة: أعادت المندوبية السامية للتخطيط هيكلة البحث الوطني حول التشغيل سنة 2017 (عينة جديدة)، لذا لا تقارن الأرقام السابقة تماما باللاحقة.",
		"ary":      "رد البال: المندوبية بدلات البحث ديال التشغيل ف 2017 (عينة جديدة)، والأرقام اللي قبل ما كتقارنش مزيان مع اللي من بعد.",
		"ary-Latn": "Radd lbal: l'HCP beddel l'enquête dyal l'emploi f 2017 (échantillon jdid), w les chiffres li 9bel ma kayt9arnouch mzyan m3a li mn b3d.",
		"en":       "Series break: HCP reformed its labour force survey in 2017 (new sample), so earlier figures are not strictly comparable with later ones.",
	},
	"hcp_revision_2019": {
		"fr":       "Rupture de série : le HCP a révisé ses chiffres à partir du 2e trimestre 2018 ; ceux publiés avant la révision (leur source le précise) ne sont pas comparables aux chiffres révisés.",
		"ar":       "انقطاع في السلسلة: راجعت المندوبية السامية للتخطيط أرقامها ابتداء من الفصل الثاني من 2018، ولا تقارن الأرقام المنشورة قبل المراجعة (يشير مصدرها إلى ذلك) بالأرقام المراجعة.",
		"ary":      "رد البال: المندوبية صححات الأرقام ديالها من الفصل التاني ديال 2018، والأرقام اللي تنشرو قبل التصحيح (المصدر ديالهم كيقول هادشي) ما كتقارنش مع الأرقام المصححة.",
		"ary-Latn": "Radd lbal: l'HCP sa7a7 les chiffres dyalo mn trimestre tani dyal 2018, w les chiffres li tnecharo 9bel (source dyalhom katgoulha) ma kayt9arnouch m3a les chiffres msa7in.",
		"en":       "Series break: HCP revised its figures from Q2 2018 onward; figures published before the revision (their source says so) are not comparable with revised ones.",
	},
}

// BreakNote words a series break in lang (French for an unknown
// language); "" for an unknown break.
func BreakNote(lang, id string) string {
	notes := breakNotes[id]
	if n, ok := notes[lang]; ok {
		return n
	}
	return notes["fr"]
}
