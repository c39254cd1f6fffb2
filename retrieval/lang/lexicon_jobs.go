package lang

import "strings"

// cued prefixes every form of a "|"-separated list with the cue marker
// "[cues]" (see parseCues).
func cued(cues, list string) string {
	forms := splitList(list)
	for i, f := range forms {
		forms[i] = "[" + cues + "]" + f
	}
	return strings.Join(forms, "|")
}

// Verbs and adjectives saying that jobs were created or lost, in Darija
// (both scripts), French and English. They name net job creation only near
// a job noun: the creation verbs anywhere near one ("ch7al mn khedma
// tkhel9at", "tzadou dyal postes"), the ambiguous ones (went, rose, lost,
// new) near a plural job noun or a job noun and a count word ("ch7al mn
// khedma mchat", "lkhdamat li tdi3at"), so that "ضاعت ليا الخدمة" (I lost
// my job) or "lkhedma mchat mzyan" (work went well) name nothing.
const (
	jobCreatedVerbs = "تخلقات|تخلقو|تخلقوا|تخلقت|تخلق|اتخلقات|اتخلقو|تحدثات|تحدثو|تحدثت|خلقات|خلقو|تزادت|تزادو|تزادوا|تزاد|اتزادو|" +
		"tkhel9at|tkhal9at|tkhl9at|tkhel9o|tkhal9o|tkhl9o|tkhel9ou|tkhal9ou|tkhla9|tkhle9|tkhal9|tkhl9|t5el9at|t5al9at|t5l9at|t5el9o|t5al9o|t5l9o|" +
		"tkhelqat|tkhalqat|tkhalqo|khel9at|khal9at|khl9at|khel9o|khal9o|khl9o|t7adtat|t7adto|tzadet|tzadat|tzadt|tzadou|tzado|tzadaw|tzad|tzadit|" +
		"créés|créées|créé|créée|crées|crée|créent|créer|créant|générés|ajoutés|created|creates|create|creating|generated|added|gained"
	jobChangeWeak = "طلعات|طلعو|زادت|زادو|زاد|ضاعت|ضاعو|ضاعوا|ضاع|ضيعات|ضيعو|تضيعات|تقادات|تقادو|تقاداو|مشات|مشاو|مشاوا|تحيدات|تحيدو|تلفات|تلفو|خسرات|خسرو|نقصات|نقصو|" +
		"فقدت|فقدوا|فقدان|المفقودة|جداد|" +
		"tla3at|tl3at|tla3o|tl3o|tla3ou|zadet|zadt|zadou|zado|tdi3at|tdiy3at|tdya3at|tdi3o|tdiy3o|tdi3ou|da3at|da3o|da3ou|daya3at|" +
		"t9adat|t9adaw|t9ado|t9adou|t9adaou|tqadat|tqado|mchat|mchaw|mchaou|t7aydat|t7aydo|tlfat|tlfo|n9sat|n9sou|n9so|khsrat|khsro|jdad|" +
		"perdus|perdues|perdu|perdre|supprimés|supprimées|détruits|détruites|disparus|lost|lose|losing|cut|destroyed|shed|eliminated|disappeared"
)

// jobPhrasings are ways of naming indicators without their usual noun: job
// creation and loss, the employed and the unemployed as people ("li
// khdamin", "bla khedma", "ما عندهومش الخدمة"), and the activity rate as a
// bare noun (النشاط, nachat) when a group, a rate, a count or a question
// word stands near it ("النشاط عند العيالات", not "نشاط المقاولة"). A
// phrase about people with or without work is the rate after a rate word
// ("nisbat li bla khedma"), else the count of people.
var jobPhrasings = []conceptDef{
	{KindIndicator, "net_jobs_created", cued("job", jobCreatedVerbs) + "|" + cued("job+count/jobs/job+sector", jobChangeWeak) + "|" +
		"فقدان مناصب الشغل|فقدان مناصب شغل|مناصب الشغل المفقودة|المناصب المفقودة|فقدان الوظائف|الوظائف المفقودة|فقدان فرص الشغل|" +
		"مناصب الشغل الجديدة|مناصب شغل جديدة|فرص الشغل الجديدة|خلق مناصب شغل|إحداث مناصب شغل|صافي مناصب الشغل|صافي إحداث مناصب الشغل|" +
		"خدمات جداد|خدايم جداد|بوسطات جداد|مناصب جداد|الخدمات الجداد|khdamat jdad|khdmat jdad|postes jdad|postat jdad|khdayem jdad|" +
		"pertes d'emplois|perte d'emplois|destruction d'emplois|destructions d'emplois|suppression d'emplois|suppressions d'emplois|" +
		"suppressions de postes|suppression de postes|emplois perdus|postes perdus|emplois détruits|postes supprimés|emplois supprimés|" +
		"nouveaux emplois|nouveaux postes|emplois nouveaux|job losses|jobs lost|lost jobs|job cuts|jobs cut|jobs destroyed|jobs were lost|new positions|jobs gained"},

	{KindIndicator, "employment_rate", cued("rate", "khdamin|khaddamin|kaykhdmo|kaykhedmo|kikhdmo|li khdamin|lli khdamin|elli khdamin|li kaykhdmo|nas li khdamin|"+
		"3ndhom khedma|3andhom lkhedma|li 3ndhom lkhedma|خدامين|اللي خدامين|لي خدامين|كيخدمو|اللي كيخدمو|الناس اللي خدامين|عندهم الخدمة|اللي عندهم الخدمة|"+
		"travaillent|qui travaillent|ayant un emploi|qui ont un emploi|en emploi|occupés|occupées|actifs occupés|"+
		"working|who work|who are working|employed|in work|in employment|with a job|with jobs")},

	{KindIndicator, "unemployment_rate", cued("rate", withoutWork)},
	{KindIndicator, "unemployed_persons", withoutWork + "|" + cued("count", "not working|without work") + "|" +
		"wa7ed ma khdamch|wa7ed makhdamch|wahed ma khdamch|wahed makhdamch|nas ma khdaminch|nas makhdaminch|nas li ma khdaminch|" +
		"wa7ed ma kaykhdemch|wa7ed makaykhdemch|nas ma kaykhdmoch|nas makaykhdmoch|li ma kaykhdmoch|li makaykhdmoch|" +
		"واحد ما كيخدمش|واحد ماكيخدمش|ناس ما كيخدموش|اللي ما كيخدموش|اللي ماكيخدموش|" +
		"3atilin|3atlin|mo3atalin|m3atlin|chomeuses|sans boulot|الشومور|شومور|" +
		"واحد ما خدامش|واحد ماخدامش|ناس ما خدامينش|الناس اللي ما خدامينش|الناس اللي ماخدامينش"},

	{KindIndicator, "activity_rate", cued("group/rate/count/which", "النشاط|نشاط|lactivité|lactivite|nachat|nnachat|lnachat|en-nachat|النشيطين|nachitin") + "|" +
		"السكان النشيطين|الساكنة النشيطة|taux activité|taux activite|taux dyal nachat|nisbat nachitin"},
}

// withoutWork are the phrases for people without work, as a count by
// default and as a rate after a rate word.
const withoutWork = "bla khedma|bla khdma|bla 5edma|blach khdma|blach khedma|bla khdam|bla chghol|" +
	"ma3ndouch lkhedma|ma 3ndouch lkhedma|ma3ndouch khedma|ma3ndhomch lkhedma|ma 3ndhomch lkhedma|ma3ndhoumch lkhedma|ma3andhomch lkhedma|ma 3andhomch lkhedma|" +
	"ma3ndhomch khedma|ma 3ndhomch khedma|li ma3ndhomch lkhedma|li ma 3ndhomch lkhedma|li ma3ndouch lkhedma|" +
	"ma khdaminch|makhdaminch|li ma khdaminch|li makhdaminch|ma khdamin|li ma khdamin|" +
	"ma l9awch lkhedma|mal9awch lkhedma|ma l9awch khedma|mal9awch khedma|li ma l9awch lkhedma|ما لقاوش الخدمة|مالقاوش الخدمة|ما لقاوش خدمة|اللي ما لقاوش الخدمة|" +
	"بلا خدمة|بلا شغل|بدون عمل|بدون شغل|ما عندوش الخدمة|ماعندوش الخدمة|ما عندهومش الخدمة|ماعندهومش الخدمة|ما عندهمش الخدمة|ماعندهمش الخدمة|" +
	"ما عندهومش خدمة|ماعندهومش خدمة|اللي ما عندهومش الخدمة|اللي ماعندهومش الخدمة|ما خدامينش|ماخدامينش|اللي ما خدامينش|اللي ماخدامينش|ما خدامين|اللي ما خدامين|" +
	"sans travail|sans emploi|without a job|without jobs|out of work"

// activityBlocks use النشاط for a trade or a pastime, not the labour force.
var activityBlocks = []string{"مجال النشاط", "مجالات النشاط", "قطاع النشاط", "قطاعات النشاط", "فرع النشاط", "فروع النشاط", "النشاط البدني",
	"النشاط الرياضي", "نشاط بدني", "نشاط رياضي", "النشاط التجاري", "نشاط تجاري", "نشاط مدر للدخل", "مزاولة نشاط", "مزاولة النشاط", "نشاط مهني"}
