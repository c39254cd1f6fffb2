package lang

import (
	"strings"
	"testing"
)

// benchText is about 1 KB of mixed user text: French, MSA, Darija and
// Arabizi sentences from the detection set, in a fixed order.
var benchText = func() string {
	parts := []string{
		"Quel est le taux de chômage des jeunes diplômés à Casablanca au T3 2024 ? ",
		"ما هو معدل البطالة في جهة الدار البيضاء سطات خلال الفصل الأول من سنة 2024؟ ",
		"واش كاين شي ستاج فالرباط ولا فطنجة؟ بغيت نخدم فرملي ولا تريسيان. ",
		"ch7al taux de chomage f casa l3am li fat? wach kayn chi khedma f tanja? ",
		"How many unemployed women are there in rural areas since 2015? ",
	}
	var b strings.Builder
	for b.Len() < 1024 {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	return b.String()[:1024]
}()

func BenchmarkNormalize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Normalize(benchText)
	}
}

func BenchmarkDetect(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Detect(benchText)
	}
}

func BenchmarkDetectShort(b *testing.B) {
	for b.Loop() {
		Detect("wach kayn chi stage f casa?")
	}
}

func BenchmarkFindPlaces(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		FindPlaces(benchText)
	}
}

func BenchmarkFindConcepts(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		FindConcepts(benchText)
	}
}

func BenchmarkFindPeriods(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		FindPeriods(benchText)
	}
}

func BenchmarkFold(b *testing.B) {
	words := Tokens(benchText)
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			Fold(w)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Analyze(benchText)
	}
}

// benchMixed holds the phrasings the planner found hard: Darija job creation
// and loss, people without work, rankings, age ranges, misspellings, glued
// prepositions and Darija quarter ordinals.
var benchMixed = "ch7al mn khedma tkhel9at f lfla7a f trimestre tani 2024? unemplyment rate in casablnca, ina jiha fiha a9al chomag bin 25 w 34 3am? " +
	"شحال من واحد ما عندهومش الخدمة فالعروبية فالربع التاني؟ quelle région a le taux de chômage le plus faible entre 25 et 34 ans ou chez les femmes? " +
	"nisbat li khdamin f casa wla rbat, participaton des femmes, sousemploi dans le BTP, underemployement among youth aged 15 to 24. " +
	"achmen jiha fiha ktar chomage f 2024? الخدمات اللي ضاعت فالبني العام اللي فات. how many jobs were lost in agriculture in 2020? "

func BenchmarkFindConceptsMixed(b *testing.B) {
	b.SetBytes(int64(len(benchMixed)))
	for b.Loop() {
		FindConcepts(benchMixed)
	}
}
