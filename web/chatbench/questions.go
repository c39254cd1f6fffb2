package chatbench

// Questions are the questions a session asks, two in each of Marsad's
// five languages (French, Arabic, Darija in Arabic script and in Latin
// script, English): figures, job ads, skills, training. Session i asks
// Questions[i mod n], Questions[i+1 mod n], …, so that every question is
// asked at every moment of the run.
var Questions = []string{
	"Quel est le taux de chômage au Maroc en 2024 ?",
	"Quels métiers recrutent le plus à Casablanca ?",
	"ما هو معدل البطالة لدى النساء سنة 2023؟",
	"ما هي المهارات المطلوبة لمطور البرمجيات؟",
	"شحال كاينة البطالة عند الشباب ف 2024؟",
	"كاين شي خدمة ديال المحاسب ف طنجة؟",
	"chhal dyal chomage f lmaghrib f 2022?",
	"bghit nkhdem f call center f rabat, chno khassni?",
	"What is the activity rate of women in 2024?",
	"Which training leads to a nursing job?",
}
