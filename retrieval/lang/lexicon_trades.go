package lang

import "strings"

// tradeFields are the fields of work that are a trade, per occupation
// (ISCO-08 code): the fields of its own trade (soudure is the welder's,
// mécanique automobile the car mechanic's) and those it shares with other
// occupations (mécanique is also the industrial and the aircraft
// mechanic's, électricité the industrial electrician's). Near a word of
// work or after a noun of trade both name the occupation ("khddam f
// lmikanik", "كنخدم ف الميكانيك", "emploi en cuisine", "مهنة التلحيم", "le
// métier de la coiffure"); elsewhere the field is a skill (الميكانيك,
// plomberie), and a training in it leads to the occupation only for a
// field of its own trade (TradeOf).
var tradeFields = []struct{ code, own, shared string }{
	{"7231", "mécanique auto|mécanique automobile|mécanique des voitures|mécanique de voitures|ميكانيك السيارات|ميكانيك الطوموبيلات|" +
		"الميكانيك ديال الطوموبيلات|الميكانيك ديال الطوموبيل|lmikanik dyal tomobilat|lmikanik dyal tonobil|" +
		"auto mechanics|car repair", "mécanique|lmikanik|الميكانيك|ميكانيك"},
	{"7411", "électricité bâtiment|électricité du bâtiment|électricité de bâtiment|building electricity|الكهرباء ديال البني|" +
		"الترسيسيتي ديال البني|trisiti dyal lbni|كهرباء البناء|كهرباء المباني",
		"électricité|الكهرباء|الترسيسيتي|ترسيسيتي|trisiti|tricite|triciti|lktrisiti|ktrisiti"},
	{"7126", "plomberie|lplombri|plombri|الترصيص|السباكة|البلومبري|بلومبري|plumbing", ""},
	{"7212", "soudure|soudage|التلحيم|ssoudure|welding", ""},
	{"5120", "cuisine|lkouzina|kouzina|الكوزينة|كوزينة|الطبخ|tiyab|ttyab|cooking", ""},
	{"8153", "couture|confection|lkhiyata|lkhyata|الخياطة|الكونفيكسيون|konfeksyon|lkonfeksyon|sewing", ""},
	{"7131", "peinture|peinture bâtiment|sbigha|ssbigha", ""},
	{"7115", "menuiserie|nnjara|njara|carpentry|joinery", ""},
	{"5141", "coiffure|hairdressing", ""},
	{"2221", "التمريض|تمريض|ttamrid|tamrid", ""},
	{"7512", "boulangerie|pâtisserie|الحلويات|l7lawiyat|7lawiyat|lhalawiyat|baking|pastry", ""},
}

// tradeConcepts are the occupations read from their field (tradeFields):
// near a word of work, or after a noun of trade.
func tradeConcepts() []conceptDef {
	var out []conceptDef
	for _, t := range tradeFields {
		fields := t.own
		if t.shared != "" {
			fields += "|" + t.shared
		}
		out = append(out, conceptDef{KindOccupation, t.code, trade(fields)})
	}
	return out
}

// tradeIndex finds the fields of tradeFields, the item being the row; a
// shared field is a blocking entry, so that "mécanique" alone leads to no
// occupation while "mécanique automobile", the longer, does.
var tradeIndex = func() *phraseIndex {
	ix := newPhraseIndex()
	for i, t := range tradeFields {
		for _, f := range splitList(t.own) {
			ix.add(f, i)
		}
		for _, f := range splitList(t.shared) {
			ix.add("!"+f, i)
		}
	}
	return ix.finish()
}()

// TradeOf returns the ISCO-08 code of the occupation whose own trade the
// first field of work text names ("je veux faire mécanique auto",
// "takwin d soudure", "تكوين في التلحيم", "a course in plumbing": 7231,
// 7212, 7212, 7126); ok is false when text names none, or only a field
// several occupations share ("formation en mécanique", "الكهرباء"). A
// training asked in such a field leads to that occupation.
func TradeOf(text string) (code string, ok bool) { return tradeOf(prepare(text)) }

// tradeOf is TradeOf on a prepared text.
func tradeOf(tw *textWords) (code string, ok bool) {
	for _, h := range tradeIndex.find(tw) {
		return tradeFields[h.e.item].code, true
	}
	return "", false
}

// tradeNouns name a trade before its field, per script of the field:
// "le métier de la soudure", "mihnat lmikanik", "مهنة التلحيم".
var tradeNouns = struct{ latin, arabic []string }{
	latin:  []string{"métier de", "métier de la", "métier du", "métier d'", "métier de l'", "profession de", "trade of", "mihnat", "lmihna dyal", "hirfat", "l7irfa dyal"},
	arabic: []string{"مهنة", "المهنة ديال", "مهنة ديال", "حرفة", "الحرفة ديال", "حرفة ديال", "صنعة", "الصنعة ديال"},
}

// trade returns the forms of a trade's field (a "|"-separated list): each
// near a word of work (cued "labour"), and after a noun of trade of its
// script (tradeNouns).
func trade(fields string) string {
	forms := []string{cued("labour", fields)}
	for _, f := range splitList(fields) {
		nouns := tradeNouns.latin
		if strings.ContainsFunc(f, func(r rune) bool { return r >= 0x0600 && r <= 0x06FF }) {
			nouns = tradeNouns.arabic
		}
		for _, n := range nouns {
			sep := " "
			if strings.HasSuffix(n, "'") {
				sep = ""
			}
			forms = append(forms, n+sep+f)
		}
	}
	return strings.Join(forms, "|")
}
