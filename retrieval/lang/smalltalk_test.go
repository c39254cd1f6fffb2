package lang

import "testing"

func TestFindSmallTalk(t *testing.T) {
	cases := []struct {
		text, kind string
		tag        Tag
	}{
		{"bonjour", SmallGreeting, French},
		{"Salut Marsad !", SmallGreeting, French},
		{"salam", SmallGreeting, Arabizi},
		{"slm labas?", SmallGreeting, Arabizi},
		{"السلام عليكم", SmallGreeting, ""},
		{"hi there", SmallGreeting, English},
		{"Merci beaucoup !", SmallThanks, French},
		{"chokran bzaf", SmallThanks, Arabizi},
		{"شكرا", SmallThanks, ""},
		{"thanks a lot", SmallThanks, English},
		{"Qui es-tu ?", SmallIdentity, French},
		{"salam, chkon nta?", SmallIdentity, Arabizi},
		{"شكون نتا؟", SmallIdentity, Darija},
		{"من أنت؟", SmallIdentity, Arabic},
		{"who are you?", SmallIdentity, English},
		{"aide", SmallHelp, French},
		{"Tu peux m'aider ?", SmallHelp, French},
		{"صباح الخير", SmallGreeting, ""},
		{"help", SmallHelp, English},
		{"chno t9der dir?", SmallHelp, Arabizi},
		{"ماذا يمكنك أن تفعل؟", SmallHelp, Arabic},
		{"au revoir", SmallGoodbye, French},
		{"bslama", SmallGoodbye, Arabizi},
		{"مع السلامة", SmallGoodbye, Arabic},
		{"Qui va gagner la Coupe du monde 2030 ?", SmallOutOfScope, ""},
		{"Who will win the 2030 World Cup?", SmallOutOfScope, ""},
		{"شكون غادي يربح كاس العالم 2030؟", SmallOutOfScope, ""},
		{"quel temps fera-t-il demain à Rabat ?", SmallOutOfScope, ""},
		{"wach ghadi tchta ghda f rbat?", SmallOutOfScope, ""},
		{"ما هي وصفة الطاجين؟", SmallOutOfScope, ""},
		{"chno homa a7san tajine f mrakch?", SmallOutOfScope, ""},
	}
	for _, c := range cases {
		got, ok := FindSmallTalk(c.text)
		if !ok || got.Kind != c.kind || got.Lang != c.tag {
			t.Errorf("FindSmallTalk(%q) = %+v, %v; want %s %q", c.text, got, ok, c.kind, c.tag)
		}
	}
}

func TestLabourQuestionsAreNoSmallTalk(t *testing.T) {
	for _, text := range []string{
		"bonjour, quel est le taux de chômage en 2024 ?", "salam, chhal chomage f casa?", "merci, et pour les femmes ?",
		"Quel est l'impact de la Coupe du monde 2030 sur l'emploi ?", "l'emploi dans le BTP avant le Mondial", "كأس العالم 2030 والتشغيل",
		"salaire d'un cuisinier", "offres de cuisinier à Marrakech", "Comment la sécheresse touche l'emploi agricole ?",
		"help me find a job in Tangier", "aide-moi à trouver une formation", "", "?",
	} {
		if got, ok := FindSmallTalk(text); ok {
			t.Errorf("FindSmallTalk(%q) = %+v, want no small talk", text, got)
		}
	}
}

// Small talk by class (identity, help, thanks, greetings, goodbyes) in
// the five languages, casual wording included.
func TestSmallTalkClasses(t *testing.T) {
	cases := []struct{ text, kind string }{
		{"Bonjour, t'es qui toi ? un robot ?", SmallIdentity},
		{"t'es qui ?", SmallIdentity},
		{"c'est quoi marsad", SmallIdentity},
		{"C'est quoi Marsad ?", SmallIdentity},
		{"c quoi marsad", SmallIdentity},
		{"marsad c'est quoi ?", SmallIdentity},
		{"qui êtes-vous exactement ?", SmallIdentity},
		{"tu es un bot ?", SmallIdentity},
		{"t'es un robot ou un humain ?", SmallIdentity},
		{"vous êtes une IA ?", SmallIdentity},
		{"tu t'appelles comment ?", SmallIdentity},
		{"comment tu t'appelles ?", SmallIdentity},
		{"c'est qui marsad ?", SmallIdentity},
		{"qui t'a créé ?", SmallIdentity},
		{"tu es humain ?", SmallIdentity},
		{"je parle à un robot ?", SmallIdentity},
		{"ntya chkon", SmallIdentity},
		{"nta chkon?", SmallIdentity},
		{"chkoun nta a sahbi", SmallIdentity},
		{"nti chkon?", SmallIdentity},
		{"chno howa marsad?", SmallIdentity},
		{"achno hwa marsad", SmallIdentity},
		{"wach nta robot?", SmallIdentity},
		{"wach nta bnadem wla robot?", SmallIdentity},
		{"smitek?", SmallIdentity},
		{"chno smitek?", SmallIdentity},
		{"شكون نتا", SmallIdentity},
		{"شكون نتا؟", SmallIdentity},
		{"نتا شكون؟", SmallIdentity},
		{"شنو هو مرصد؟", SmallIdentity},
		{"واش نتا روبو؟", SmallIdentity},
		{"شنو سميتك؟", SmallIdentity},
		{"من أنت؟", SmallIdentity},
		{"من تكون؟", SmallIdentity},
		{"ما هو مرصد؟", SmallIdentity},
		{"هل أنت روبوت؟", SmallIdentity},
		{"هل أنت إنسان؟", SmallIdentity},
		{"ما اسمك؟", SmallIdentity},
		{"هل أنت ذكاء اصطناعي؟", SmallIdentity},
		{"are you a bot", SmallIdentity},
		{"are you a bot?", SmallIdentity},
		{"Are you a human?", SmallIdentity},
		{"are you an AI?", SmallIdentity},
		{"who are you exactly?", SmallIdentity},
		{"what is marsad?", SmallIdentity},
		{"what's your name?", SmallIdentity},
		{"who made you?", SmallIdentity},
		{"am I talking to a robot?", SmallIdentity},
		{"hey, who are you?", SmallIdentity},
		{"what can you do", SmallHelp},
		{"What can you do?", SmallHelp},
		{"what can you help me with?", SmallHelp},
		{"how does this work?", SmallHelp},
		{"what kind of questions can I ask?", SmallHelp},
		{"tu fais quoi ?", SmallHelp},
		{"tu peux faire quoi ?", SmallHelp},
		{"qu'est-ce que tu sais faire ?", SmallHelp},
		{"comment ça marche ?", SmallHelp},
		{"tu sers à quoi ?", SmallHelp},
		{"que peux-tu faire pour moi ?", SmallHelp},
		{"chno t9der dir?", SmallHelp},
		{"chno kadir?", SmallHelp},
		{"chno kat3ref dir", SmallHelp},
		{"kifach nkhdem bik?", SmallHelp},
		{"fach t9der t3awni", SmallHelp},
		{"شنو تقدر دير؟", SmallHelp},
		{"شنو كدير؟", SmallHelp},
		{"كيفاش نخدم بيك؟", SmallHelp},
		{"ماذا يمكنك أن تفعل؟", SmallHelp},
		{"ماذا تفعل؟", SmallHelp},
		{"كيف تعمل؟", SmallHelp},
		{"ما الذي تستطيع فعله؟", SmallHelp},
		{"بماذا تستطيع مساعدتي؟", SmallHelp},
		{"merci", SmallThanks},
		{"merci bcp", SmallThanks},
		{"mrc", SmallThanks},
		{"merci infiniment", SmallThanks},
		{"je vous remercie beaucoup", SmallThanks},
		{"ok merci", SmallThanks},
		{"super, merci !", SmallThanks},
		{"thanks!", SmallThanks},
		{"thank u", SmallThanks},
		{"thx a lot", SmallThanks},
		{"ty", SmallThanks},
		{"much appreciated", SmallThanks},
		{"thank you very much", SmallThanks},
		{"chokran", SmallThanks},
		{"choukran bzzaf", SmallThanks},
		{"merci bzaf", SmallThanks},
		{"lah ykhlik", SmallThanks},
		{"lah yjazik bikhir", SmallThanks},
		{"شكرا", SmallThanks},
		{"شكرا بزاف", SmallThanks},
		{"الله يخليك", SmallThanks},
		{"الله يجازيك بخير", SmallThanks},
		{"مشكور", SmallThanks},
		{"شكرا جزيلا", SmallThanks},
		{"شكرا لك على المساعدة", SmallThanks},
		{"بارك الله فيك", SmallThanks},
		{"bonjour", SmallGreeting},
		{"Bonjour !", SmallGreeting},
		{"bonsoir", SmallGreeting},
		{"slt", SmallGreeting},
		{"salut ça va ?", SmallGreeting},
		{"cc", SmallGreeting},
		{"coucou toi", SmallGreeting},
		{"hello", SmallGreeting},
		{"hey there", SmallGreeting},
		{"good morning!", SmallGreeting},
		{"hi, how are you?", SmallGreeting},
		{"salam", SmallGreeting},
		{"salam alikom", SmallGreeting},
		{"slm cv?", SmallGreeting},
		{"labas?", SmallGreeting},
		{"ahlan", SmallGreeting},
		{"sba7 lkhir", SmallGreeting},
		{"السلام عليكم", SmallGreeting},
		{"سلام", SmallGreeting},
		{"صباح الخير", SmallGreeting},
		{"مساء الخير", SmallGreeting},
		{"لاباس؟", SmallGreeting},
		{"كيداير؟", SmallGreeting},
		{"أهلا", SmallGreeting},
		{"مرحبا", SmallGreeting},
		{"au revoir", SmallGoodbye},
		{"bye", SmallGoodbye},
		{"à plus", SmallGoodbye},
		{"bonne journée", SmallGoodbye},
		{"bonne soirée, merci", SmallThanks},
		{"see you", SmallGoodbye},
		{"see ya", SmallGoodbye},
		{"goodbye!", SmallGoodbye},
		{"bye bye", SmallGoodbye},
		{"bslama", SmallGoodbye},
		{"beslama", SmallGoodbye},
		{"bslama w chokran", SmallThanks},
		{"nchoufek mn b3d", SmallGoodbye},
		{"بسلامة", SmallGoodbye},
		{"مع السلامة", SmallGoodbye},
		{"إلى اللقاء", SmallGoodbye},
		{"الله يعاونك", SmallGoodbye},
		{"تهلا", SmallGoodbye},
	}
	for _, c := range cases {
		if got, ok := FindSmallTalk(c.text); !ok || got.Kind != c.kind {
			t.Errorf("FindSmallTalk(%q) = %+v, %v; want %s", c.text, got, ok, c.kind)
		}
	}
}

// Questions that share words with small talk (a robot, AI, "are you",
// "comment ça marche") ask something of the labour market or of the
// last answer.
func TestQuestionsNearSmallTalk(t *testing.T) {
	for _, text := range []string{
		"tu es sûr ?",
		"are you sure?",
		"are you sure about that figure?",
		"les robots vont-ils remplacer les emplois ?",
		"l'IA va-t-elle supprimer des emplois au Maroc ?",
		"compétences en IA demandées",
		"offres en IA à Casablanca",
		"AI jobs in Morocco",
		"is AI taking jobs in Morocco?",
		"human resources jobs in Rabat",
		"ressources humaines",
		"comment ça marche le programme Idmaj ?",
		"à quoi sert l'ANAPEC ?",
		"what can you tell me about unemployment in 2024?",
		"wach nta 3arf chomage f casa?",
		"wach kayn robot f lmo3amil?",
		"هل أنت متأكد؟",
		"هل هناك روبوتات في المصانع؟",
		"الذكاء الاصطناعي والتشغيل",
		"je parle à un conseiller ANAPEC ?",
		"tu es sûr pour 2024 ?",
		"real wages in Morocco",
		"are you able to compare regions?",
		"merci, et pour les femmes ?",
		"ok et en 2025 ?",
		"bonjour, quel est le taux de chômage en 2024 ?",
		"a person with a degree",
		"robotique",
		"technicien en robotique",
		"opérateur de robot",
		"tu fais quoi comme métier si t'as un bac+2 ?",
		"qui recrute ?",
		"c'est quoi un CDI",
		"c'est quoi le SMIG",
		"what is the SMIG?",
		"ntya chkon li kaykhdem f casa",
		"شكون اللي كيخدم بزاف",
		"how does the unemployment rate work?",
	} {
		if got, ok := FindSmallTalk(text); ok {
			t.Errorf("FindSmallTalk(%q) = %+v, want no small talk", text, got)
		}
	}
}

// A message made of one kind's words (a robot, a human, able, thanks...)
// and courtesy words is that kind of small talk, whatever its phrasing.
func TestSmallTalkByItsWords(t *testing.T) {
	cases := []struct{ text, kind string }{
		{"salut, tu es qui ?", SmallIdentity},
		{"vous êtes un chatbot ?", SmallIdentity},
		{"c'est toi marsad ?", SmallIdentity},
		{"t'es une vraie personne ?", SmallIdentity},
		{"who am I talking to?", SmallIdentity},
		{"is this a bot?", SmallIdentity},
		{"are you chatgpt?", SmallIdentity},
		{"chkoun nta?", SmallIdentity},
		{"nta chkon a khoya", SmallIdentity},
		{"wach nta insan wla machine?", SmallIdentity},
		{"شكون انتا؟", SmallIdentity},
		{"انت روبو ولا بنادم؟", SmallIdentity},
		{"من أنت يا مرصد؟", SmallIdentity},
		{"هل أنت برنامج؟", SmallIdentity},
		{"qu'est-ce que tu peux faire ?", SmallHelp},
		{"what are you able to do?", SmallHelp},
		{"what can you help me with", SmallHelp},
		{"chno t9dr tdir?", SmallHelp},
		{"chnou kat3ref?", SmallHelp},
		{"شنو تقدر تعاوني فيه؟", SmallHelp},
		{"ماذا تستطيع أن تقدم لي؟", SmallHelp},
		{"how can you help me?", SmallHelp},
		{"merci beaucoup pour votre aide", SmallThanks},
		{"ok merci", SmallThanks},
		{"merci bien, bonne journée", SmallThanks},
		{"thanks a ton", SmallThanks},
		{"thank you so much!", SmallThanks},
		{"chokran a sidi", SmallThanks},
		{"mersi bzaf", SmallThanks},
		{"شكرا ليك", SmallThanks},
		{"شكرا جزيلا على المساعدة", SmallThanks},
		{"salam khoya", SmallGreeting},
		{"bonsoir marsad", SmallGreeting},
		{"hello marsad", SmallGreeting},
		{"السلام عليكم ورحمة الله وبركاته", SmallGreeting},
		{"مرحبا مرصد", SmallGreeting},
		{"bye bye marsad", SmallGoodbye},
		{"à la prochaine !", SmallGoodbye},
		{"bslama w lah y3awnk", SmallGoodbye},
		{"مع السلامة وشكرا", SmallThanks},
		{"see you later!", SmallGoodbye},
	}
	for _, c := range cases {
		if got, ok := FindSmallTalk(c.text); !ok || got.Kind != c.kind {
			t.Errorf("FindSmallTalk(%q) = %+v, %v; want %s", c.text, got, ok, c.kind)
		}
	}
	for _, text := range []string{
		"robotique industrielle formation",
		"qui recrute des développeurs ?",
		"who hires nurses in Rabat?",
		"chkon li kaychghel f casa?",
		"شكون كيشغل ف طنجة؟",
		"what can I do with a bac+2?",
		"que faire avec un bac pro ?",
		"thanks, and the unemployment rate in 2024?",
		"merci. et le taux d'activité des femmes ?",
		"are you sure it's 13%?",
		"c'est sûr ?",
	} {
		if got, ok := FindSmallTalk(text); ok {
			t.Errorf("FindSmallTalk(%q) = %+v, want no small talk", text, got)
		}
	}
}
