package offline

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/recent"
	"github.com/marsad/marsad/tools"
)

// The cue tables of the one router of the planner, in one place: which
// words vote for which tool (routingTable, with cueFigure for the words
// that ask a figure and keep a question naming an indicator on the
// indicator tables), which name a kind of training (kindTable), and which
// tell what a job seeker asks besides the tool (seekerTable). Teaching
// the planner a phrasing is one edit here; readCues reads all three on a
// message once, and routed (market_route.go) decides with them.

// cueFigure marks the words that ask for a figure (combien, شحال, how
// many): with an indicator named, they keep the question on the
// indicator tables whatever else it says.
const cueFigure = "figure"

// cueDefine marks the words that ask what something means ("définition
// de", "تعريف", "chno ma3na"): of an indicator named, its definition and
// figure; of anything else, what the notes say.
const cueDefine = "define"

// cueInDemand marks the words that say an occupation is in demand,
// recruits or has a future ("est-ce que les soudeurs sont demandés",
// "الكوافورة واش عليها الطلب", "is there demand for nurses"): about an
// occupation the message names they ask its profile, which carries its
// demand in ads; without one, the ranking of occupations (weigh). The
// ranking's own cues ask which occupations, in the plural or with a top.
const cueInDemand = "in_demand"

// cueKind prefixes the votes of the words that name a kind of training.
const cueKind = "kind:"

// Cue weights: a strong cue names what the tool answers (compétences,
// offres, note, and pourquoi: explanations are in the notes); a weak one
// is a verb or a generic word that only leans towards it (devenir, bghit).
const (
	weak   = 1
	strong = 2
)

// What a job seeker's question says besides the tool it asks for: that it
// asks what an occupation pays (the answer then opens on the salary), that
// it asks an official rate, or that the person speaks of themselves as
// looking for work ("je suis infirmière au chômage", "ana fermliya w ma
// khdamach"), which wants ads rather than the indicator its words name.
const (
	cueSalary = "salary"
	cueRate   = "rate"
	cueSeeker = "seeker"
)

// seekerTable is the source of seekerVocabulary, as routingTable is of
// the routing vocabulary.
var seekerTable = []cueRow{
	{cueSalary, strong, "combien gagne*|combien touche*|touche* combien|quel salaire|salaire*|rémunération*|paie|payé*|gagne*|" +
		"salary|salaries|wage*|earn*|pay|pays|paid|how much does|" +
		"راتب|الراتب|رواتب|أجر|الأجر|اجور|أجرة|يتقاضى|يتقاضون|يربح|كيخلص|كتخلص|كيخلصو|الخلصة|خلصة|الصالير|صالير|" +
		"kaykhles|katkhles|kaykhelsou|kaykhlsou|kaykhalso|katkhalso|lkhlas|khlas|lkhelsa|khelsa|salir|ssalir|" +
		// Darija's other words for pay: the wage (l5ales, الشهرية, la paie),
		// and earning as taking, pulling or making (كيشد، كياخد، كيصور).
		"lkhales|khales|lkhals|lkhles|khles|chehriya|chhriya|lpaye|lpay|kaychedd|katchedd|kaychddo|kaychad|katchad|kaychado|kaydakhal|kaydkhel|kayakhod|katakhod|kaykhod|kaysawar|kaysowar|kayrba7|" +
		"الخالص|الشهرية|شهرية|الباي|لاباي|كيشد|كتشد|كيشدو|كياخد|كتاخد|كياخدو|كيصور|كتصور|كيربح"},
	{cueRate, strong, "taux|rate|rates|نسبة|معدل|nisba|nisbat|nesba|pourcentage|percentage|proportion|mo3adal|m3adal"},
	{cueSeeker, weak, "je suis|je cherche|i am|i'm|ana|أنا|انا|au chômage|sans emploi|sans travail|unemployed|jobless|out of work|" +
		"عاطل|عاطلة|عاطلين|3atel|3atla|m3attal|bla khedma|بلا خدمة|ما خدامش|ما خدامةش|makhdamch|ma khdamch|ma khdamach|makhdamach|machi khddam"},
}

// cueTable is the source of the routing vocabulary: per vote and weight,
// phrases separated by '|', in every language and script. Spelling
// variants need not be listed when folding makes them equal (l5edma,
// lkhedma, lkhdma), but Arabizi and Darija verb forms that folding keeps
// apart are listed one by one.
var routingTable = []cueRow{
	// The ranking asked for: which occupations, a plural of them, a top.
	{tools.NameTopOccupations, strong, "métiers demand*|métiers les plus demand*|métiers recherch*|métiers les plus recherch*|métiers porteur*|" +
		"métiers qui recrut*|métiers recrut*|métiers d'avenir|métiers en tension|métiers qui embauch*|" +
		"le plus d'offre*|plus d'offre*|le plus d'annonce*|plus d'annonce*|bzaf dyal l'offre*|bzaf dyal les offre*|" +
		"bzaf d les annonces|ktar dyal les offres|اكثر عروض|اكثر الاعلانات|most job ads|most ads|most offers|hottest jobs|" +
		"professions demand*|profils demand*|postes les plus demand*|emplois les plus demand*|" +
		"quels métiers|quel métier|top des métiers|classement des métiers|" +
		"المهن المطلوب*|المهن الاكثر|اكثر المهن|الوظائف المطلوب*|الوظائف الاكثر|اكثر الوظائف|المهن التي يكثر|الحرف المطلوب*|مهن المستقبل|" +
		"المهن الواعد*|الخدمات اللي مطلوب*|الخدمات المطلوب*|الخدمات اللي كاين*|الخدمات لي كاين*|الخدمات لي مطلوب*|" +
		"شنو هي الخدمات|شنو هوما الخدمات|اشمن خدمات|اشمن الخدمات|خدمات مطلوب*|" +
		"khdmat li kayn*|khdmat li matlou*|khdmat matlou*|khdmat li mtalb*|khdmat li kaytalb*|chno homa lkhdmat|ach mn khdmat|achmen khdmat|" +
		"ina khdmat|ina khdma|ina khedma|achmen khdma|metiers li matlou*|metiers li kayn*|hirfa li matlou*|" +
		"in demand job*|jobs in demand|occupations in demand|in demand occupation*|" +
		// superlatives rank
		"les plus demand*|le plus demand*|plus recherch*|qui recrute* le plus|demande la plus forte|يكثر عليها الطلب|يكثر الطلب|" +
		"الاكثر طلب*|اكثر طلب*|matlou* ktar|most in demand|most demanded|most sought|most wanted|hiring the most|" +
		"top jobs|top occupations|which jobs|what jobs|which occupations|what occupations|jobs are hiring|" +
		"which trades|what trades|which professions|what professions|which roles|which positions|what kind of jobs|what kinds of jobs|" +
		"what type of jobs|which types of jobs|quels postes|quel poste|quels emplois|quels boulots|quels jobs|les plus proposé*|" +
		"plus proposé*|bzaf d l'offre*|bzaf d les offre*|bzaf dial l'offre*|" +
		"شنو هي الخدمة اللي|شنو هي الخدمة لي|اشمن خدمة|شمن خدمة|chno l5edma li|chno hiya l5edma li|chmen khdma"},
	{tools.NameTopOccupations, weak, "métier*|profession*|qui recrute*|recrutent|المهن|مهن|الوظائف|الحرف|khdmat|lkhdmat|occupations|jobs hiring|" +
		"lmihan|mihan|l'mihan|lmehan|mehan|lhiraf|hiraf|" +
		// trades and craftsmen: with words of demand they ask the ranking
		// ("شنو هي الحرفة لي فيها الخدمة بزاف", "l7irfiyin li matloubin")
		"الحرفة|حرفة|حرف|الحرفيين|حرفيين|الحرفيون|حرفيون|الحرايفية|حرايفية|الصنايع|صنايع|الصنعة|" +
		"l7irfa|7irfa|l7iraf|7iraf|l7irfiyin|7irfiyin|l7irafiyin|7irafiyin|7rayfi|l7rayfi|7rayfiya|l7rayfiya|" +
		"artisans|métiers manuels|craftsmen|craftspeople|crafts|trades"},
	{tools.NameTopOccupations, strong, "top lmihan|top mihan|top lmehan|top mehan|top khdmat|top lkhdmat|top métiers|top des jobs|top jobs|top occupations|" +
		"lmihan li matlou*|mihan matlou*|lmehan li matlou*|mehan matlou*|lmihan li talbin|lmehan li talbin|khdmat li talbin"},

	// An occupation said to be in demand, to recruit or to have a future:
	// see cueInDemand.
	{cueInDemand, strong, "métier demand*|métier recherch*|métier porteur*|métier qui recrut*|métier d'avenir|métier en tension|" +
		"métier qui embauch*|forte demande|très demand*|sont recherch*|est recherch*|très recherch*|bien recherch*|" +
		"bien demand*|sont demand*|est demand*|la demande de|la demande en|la demande pour|demande pour|en demande|de l'avenir|d'avenir|" +
		"débouché*|" +
		"الطلب على|الطلب عليه|الطلب عليها|الطلب عليهم|عليه الطلب|عليها الطلب|عليهم الطلب|" +
		"فيهم الطلب|الطلب كتر|الطلب كثير|الطلب مرتفع|مطلوبين بزاف|مطلوبة بزاف|مطلوب بزاف|كيطلبو بزاف|" +
		"مهنة مطلوب*|مهنة واعد*|مهنة المستقبل|عندها مستقبل|عندو مستقبل|لها مستقبل|له مستقبل|مستقبل مهنة|" +
		"هل يوجد طلب|كاين الطلب|كاين طلب|" +
		// where there is much work: "الحرفة لي فيها الخدمة بزاف", "fiha lkhdma bzaf"
		"فيها الخدمة بزاف|فيه الخدمة بزاف|فيهم الخدمة بزاف|فيها خدمة بزاف|فيها بزاف ديال الخدمة|فيها الخدمة كتر|فيها الخدمة كثيرة|" +
		"fiha bzaf|fih bzaf|fihom bzaf|فيها بزاف|فيه بزاف|فيهم بزاف|" +
		"fiha lkhdma bzaf|fih lkhdma bzaf|fihom lkhdma bzaf|fiha khdma bzaf|fiha bzaf dyal lkhdma|fiha lkhdma ktar|fiha ktar lkhdma|" +
		"fihom talab|talab kter|talab ktar|talab kbir|matloubin bzaf|matlouba bzaf|matloub bzaf|kaytalbohom bzaf|kaytalbo bzaf|" +
		"3lih talab|3liha talab|3lihom talab|fih talab|fiha talab|talab 3lih|talab 3liha|talab 3lihom|kayn talab|kayn ttalab|" +
		"khdma matlou*|khedma matlou*|fiha lmosta9bal|fih lmosta9bal|3ndha mosta9bal|3andha mosta9bal|3ndo mosta9bal|" +
		"in demand|demand for|sought after|" +
		"with a future|a future|future for|future of|job prospects|prospects for|shortage of"},
	{cueInDemand, weak, "demandé|demandés|demandée|demandées|avenir|" +
		"مطلوب|مطلوبة|مطلوبين|مطلوبون|المستقبل|مستقبل|الطلب|كيطلبوه|كيطلبوها|كيطلبوهم|" +
		"matloub|matlouba|matloubin|matlobin|talbin|talab|ttalab|mosta9bal|lmosta9bal|kaytalboh|kaytalbohom|" +
		"demand|future|sought"},

	{tools.NameSkillsInDemand, strong, "compétence*|competance*|qualifications requises|qualités requises|savoir faire|savoir-faire|profil recherché|" +
		"connaissances requises|que faut il savoir|faut il maîtriser|il faut maîtriser|aptitude*|" +
		"مهارات|المهارات|الكفاءات|كفاءات|الكفايات|المؤهلات المطلوب*|القدرات المطلوب*|ماذا يجب ان اتعلم|ما الذي يجب معرفته|ماذا يجب ان اعرف|" +
		"خاصني نعرف|خاص نعرف|خاصك تعرف|خاص تعرف|خاصني نتعلم|شنو خاصني نعرف|الكومبيطونس|الكومبيطونص|" +
		"khassni n3ref|khasni n3ref|khass n3ref|khassek t3ref|khass t3ref|khassni nt3elem|khassni nt3alem|kompetans|mharat|lmharat|mahara|lmahara|mharat*|maharat*|lmaharat*|" +
		"skill*|what do i need to know|need to learn|should i learn|what employers want|requirements for|" +
		// skills said to be asked for: required, not an occupation in demand
		"المهارات المطلوب*|الكفاءات المطلوب*|المهارات اللي مطلوب*|المهارات لي مطلوب*|الكفاءات اللي مطلوب*|الكومبيطونس اللي مطلوب*|" +
		"الكومبيطونس لي مطلوب*|compétences demandées|compétences recherchées|compétences requises|les compétences demandées|" +
		"lmharat li matlou*|les competences li matlou*|required skills|skills required|skills in demand|skills are in demand|" +
		// what one must know for an occupation, said of its worker: "شنو خاص الطباخ يعرف", "what must a cook know"
		"خاصو يعرف|خاصها تعرف|خاصهم يعرفو|خاص يعرف|خاصو يتعلم|خاصها تتعلم|خاصو يكون عارف|يجب ان يعرف|يجب ان يتقن|ما يجب معرفته|" +
		"khasso y3ref|khassou y3ref|khasso ya3ref|khassha t3ref|khasshom y3erfo|khass y3ref|khasso yt3elem|" +
		"doit savoir|doit connaître|doivent savoir|doivent connaître|doit maîtriser|doivent maîtriser|" +
		"must know|should know|needs to know|need to know|have to know|has to know|" +
		"quelles qualités|qualités pour|qualités nécessaires|qualités d'un|qualités d'une|employers looking for|employers look for|" +
		"employers expect|looking for in a|looking for in an|qualities"},
	{tools.NameSkillsInDemand, weak, "chno khass|chnou khass|شنو خاص|شنو خاصني|chno kaytalbo|شنو كيطلبو|ما المطلوب|qualifications"},

	{tools.NameOccupationProfile, strong, "c'est quoi le métier|c'est quoi un|c'est quoi une|en quoi consiste|fiche métier|description du métier|" +
		"description du poste|description de poste|fiche de poste|fiche du poste|job profile|occupation profile|profile of|profile|وصف الوظيفة|وصف المنصب|تعريف ديال مهنة|تعريف مهنة|تعريف ديال الخدمة|تعريف الخدمة|تعريف لمهنة|définition du métier|définition d'un métier|definition of the job|ta3rif dyal|وصفا لمهنة|وصف مهنة|وصف لمهنة|وصفا للمهنة|description of the job|describe the job|" +
		"que fait un|que fait une|combien gagne|quel salaire|le métier d'|le métier de|du métier de|du métier d'|métier de|métier d'|parle moi du métier|parlez moi du métier|" +
		"ما هي مهنة|ما هو عمل|ماذا يعمل|ماذا يفعل|ما هي مهام|مهام|كم يتقاضى|كم يربح|راتب|اجرة|" +
		"شنو هي الخدمة ديال|شنو كيدير|شنو كتدير|اشنو كيدير|شحال كيخلص|شحال كتخلص|كيخلص|كتخلص|" +
		"chno kaydir|chno katdir|achno kaydir|kaydir|katdir|ch7al kaykhles|ch7al katkhles|kaykhles|katkhles|kaykhelsou|kaykhlsou|kaykhalso|katkhalso|" +
		"كيخلصو|كتخلصو|" +
		"what does a|what does an|what is the job of|job description|how much does|earn|tell me about the job|salary of|" +
		// what the work is, is like, consists of, and asking to be told about it
		"consiste*|en quoi ça consiste|c'est quoi le travail|c'est quoi le boulot|c'est quoi le job|c'est quoi son travail|quel est le travail d|" +
		"à quoi ressemble|le quotidien d|nature du travail|nature du métier|description du travail|ce que fait|ce que font|ça fait quoi|" +
		"parle moi du travail|parle moi du boulot|parlez moi du travail|présente moi le métier|présentation du métier|" +
		"طبيعة عمل|طبيعة العمل|طبيعة مهنة|طبيعة المهنة|طبيعة وظيفة|طبيعة الوظيفة|طبيعة الخدمة|طبيعة خدمة|ما عمل|ما دور|ما هو دور|بماذا يقوم|" +
		"ما الذي يقوم به|ما الذي يفعله|ماذا يقوم|نبذة عن|فكرة عن|حدثني عن|اخبرني عن|عرفني ب|كيف هو العمل|كيف يكون العمل|" +
		"معلومات على|معلومات عن|معلومة على|معلومات حول|المعلومات على|المعلومات عن|بغيت نعرف|بغيت نعرف شي حاجة على|بغيت نعرف شوية على|بغيت نفهم|نعرف على|نعرف شي حاجة على|نعرف شوية على|نعرف شويه على|فكرة على|كيفاش دايرة|كيفاش داير|هضر ليا على|هدر ليا على|قوليا على|كولي على|كيفاش دايرة الخدمة|" +
		"كيفاش هي الخدمة|شنو هي خدمة|اش كيدير|اش كتدير|اش كيديرو|" +
		"ma3loumat 3la|ma3lomat 3la|ma3loumat 3an|ma3lomat 3an|ma3loumat 3ala|l3ma3loumat 3la|infos sur le métier|infos sur le travail|infos sur le boulot|informations sur le métier|renseignements sur le métier|info about the job|info about being|information about the job|information about being|info on the job|information on the job|bghit n3ref|bghit n3ref chi 7aja 3la|bghit n3ref chwiya 3la|bghit n3raf|bghit nfham|bghit nfhem|kifach dayra|kifach dayer|n3ref 3la|n3raf 3la|na3ref 3la|n3ref chi 7aja 3la|n3ref chwiya 3la|fikra 3la|hder lia 3la|hdr lia 3la|hder liya 3la|gol lia 3la|" +
		"goulia 3la|golia 3la|kifach dayra lkhdma|kifach hiya lkhdma|ach kaydir|ach katdir|ach kaydiro|chno hiya lkhdma dyal|chno hia lkhdma dyal|" +
		"chnahiya lkhdma dyal|" +
		// ("it" is a reference, blanked before the cues are read: "what's it like" reads "what's like")
		"work like|job like|what is it like|what's it like|what it is like|what it's like|what's like|what is like|does the job involve|does the work involve|" +
		"what do they do|tell me about being|tell me about working|describe the work|nature of the work|day to day|" +
		"a day in the life|typical day"},
	{tools.NameOccupationProfile, weak, "c'est quoi|qu'est-ce qu|salaire*|salary|شنو هي|ما هي|ما هو|kaydiro|wage*|what is a|what is an|pay|pays|paid|paie|payé"},

	{tools.NameTrainingPaths, strong, "comment devenir|comment être|formation*|offre* de formation|se former|me former|te former|nous former|vous former|où apprendre|où étudier|quelles études|" +
		"quel diplôme|cursus|filière*|école*|institut*|apprentissage|" +
		"كيف اصبح|التكوينات|تكوينات|تؤدي الى مهنة|تؤدي الى|الفورماسيونات|فورماسيونات|lformations|كيف يمكنني ان اصبح|كيف اصير|اين يمكنني دراسة|اين يمكن دراسة|اين يمكنني ان ادرس|اين اتكون|لكي اصبح|كي اصبح|الدراسة اللازمة|الدراسة المطلوبة|الدراسات اللازمة|تكوين|التكوين|اين ادرس|ماذا ادرس|اين اتعلم|شعبة|معهد|مدرسة|" +
		"كيفاش نولي|كيفاش نوالي|فين نقرا|شنو نقرا|اشنو نقرا|نتكون|فورماسيون|" +
		"kifach nwelli|kifach nweli|kifach nwalli|kifach nwli|kifech nwelli|fin n9ra|chno n9ra|achno n9ra|fin nt9ra|takwin|tkwin|formasyon|" +
		"ntkwen|ntkewen|ntkewwen|ntkawen|ntakwen|nitkawen|fin nt3elem|fin nt3lem|fin nt3allem|فين نتعلم|" +
		"how to become|how do i become|how can i become|training*|course*|where to study|what to study|study to become|" +
		"where can i train|where to train|train as|train to become|train for|get trained|" +
		"apprenticeship*|diploma for|degree for|which school|what school|school for|schools for|a school to|training school|college for"},
	{tools.NameTrainingPaths, weak, "devenir|اصبح|لاصبح|اصير|نولي|باش نولي|نقرا|nwelli|nweli|nwalli|nwli|n9ra|nt9ra|bach nwelli|become|becoming|study|" +
		// studying or learning it, said of an occupation pointed at ("التانية، فين نقدر نقراها؟", "la deuxième, où l'étudier ?")
		"étudier|apprendre|دراستها|دراسته|ادرسها|ادرسه|ندرس|ندرسها|اتعلمها|اتعلمه|نتعلم|nqra|n9rah|nqrah|nt3lem|nt3elem|nt3allem|learn"},
	{tools.NameTrainingPaths, strong, "y former|y préparer|fin nqra|chno nqra|achno nqra"},

	{tools.NameSearchJobAds, strong, "offre* d'emploi|offre*|annonce*|je cherche un emploi|je cherche du travail|cherche* emploi|cherche* travail|" +
		"cherche* job|cherche* poste|cherche* un poste|cherche* un stage|postuler|poste* à pourvoir|poste* vacant*|on recrute|" +
		"عروض الشغل|عروض العمل|عروض عمل|عرض عمل|عروض|اعلانات|الاعلانات|فرص الشغل|فرص عمل|فرص العمل|وظائف شاغر*|مناصب شاغر*|" +
		"ابحث عن عمل|ابحث عن شغل|ابحث عن وظيفة|اريد عملا|اريد العمل|" +
		"شي خدمة|شي خدمه|بغيت خدمة|بغيت نخدم|كنقلب على خدمة|كنقلب على الخدمة|نقلب على خدمة|فين نلقى خدمة|لانونس|انونس|انونسات|الانونسات|لانونسات|الانونس|" +
		"chi khedma|chi khdma|bghit khedma|bghit khdma|bghit nkhdem|bghit nkhdm|kan9leb 3la khedma|kan9eleb 3la khedma|" +
		"n9leb 3la khedma|fin nl9a khedma|fin nlqa khedma|chi poste|chi boulot|chi travail|anonsat|annonsat|lanonsat|lannonsat|anonces|lanonces|l'annonces|lannonces|anons|lanons|" +
		"job offer*|job ad*|any ad*|ads for|ads in|job posting*|job listing*|vacanc*|opening*|looking for a job|looking for work|find a job|find work|" +
		"internship offer*"},
	{tools.NameSearchJobAds, weak, "recrutement|embauche|recrute|توظيف|كنقلب|بغيت|bghit|hiring|apply"},

	{tools.NameSearchDocuments, strong, "note*|étude*|rapport*|analyse*|que dit|que disent|document*|publication*|article*|pourquoi|les causes|les raisons|" +
		"تقرير|التقرير|تقارير|دراسة|الدراسة|دراسات|مذكرة|المذكرة|تحليل|ماذا تقول|ماذا يقول|وثيقة|نشرة|لماذا|اسباب|الاسباب|" +
		"شنو كاين على|شنو كاين علي|شنو كيقول|شنو كتقول|علاش|" +
		"chno kayn 3la|chnou kayn 3la|chno kaygoul|chno katgoul|3lach|3lache|ta9rir|dirasa|" +
		"report*|study on|study about|a study|studies|analysis|reasons|causes|what does the note|what do the notes|why|explication*|expliquer|différence entre|la différence|شرح|الفرق بين|كيف يتم قياس|far9 bin|lfar9 bin|difference between|explanation*|" +
		// an explanation asked instead of figures
		"not numbers|no numbers|not the numbers|not figures|no figures|pas de chiffres|sans chiffres|pas les chiffres|بدون أرقام|بلا أرقام|ماشي الأرقام|machi ar9am|bla ar9am"},
	// What a word means: the notes explain it, but an indicator named has
	// its own definition (routed).
	{cueDefine, strong, "définit*|définition*|signifie|veut dire|تعريف|التعريف|معنى|المقصود ب|يقصد ب|ma3na|chno ma3na|definition*|what is meant|define|meaning of"},
	{tools.NameSearchDocuments, weak, "parle moi de|explique|explain|tell me about|about"},

	// Words that look like a cue but are not one: "par rapport à" is no report.
	// The CNSS's statistical and demographic report names a series of figures;
	// "what is the net jobs created" is no "what jobs" (the longest cue wins at
	// a word, and a longer cue starting there still does: "what is the job of").
	{"", 0, "par rapport|en rapport avec|rapport qualité|rapport statistique|statistical and demographic report|التقرير الإحصائي|" +
		"what is the|what was the|what were the|what are the|حسب اعلانات|حسب الاعلانات|حسب اعلانات التوظيف|d'après les annonces|selon les annonces|according to job ads|according to ads"},

	// A figure asked for: an indicator question, whatever else it says.
	{cueFigure, strong, "combien|quel est le taux|quel était le taux|quelle est la part|chiffre*|selon le rapport|selon l'étude|selon la note|" +
		"d'après le rapport|d'après l'étude|d'après la note|according to the report|according to the study|حسب التقرير|حسب الدراسة|حسب المذكرة|" +
		"كم|ما هو معدل|ما هي نسبة|ما معدل|رقم|شحال|قداش|ch7al|chhal|9dach|qdach|ra9m|how many|how much is|what is the rate|what was the rate|figure*"},

	// The future of job ads (see forecastRoute): a forecast or demand said
	// in the future tense asks forecast_demand; a time to come (next year,
	// the coming months) does when the message also asks which occupations
	// or whether one is in demand. Words of a future alone ("avenir",
	// "مستقبل", "d'avenir") stay the in_demand and ranking cues they were.
	{tools.NameForecastDemand, strong, "prévision*|prévoir|prévu*|projection*|seront demand*|sera demand*|seront recherch*|sera recherch*|seront encore demand*|" +
		"sera encore demand*|seront les plus demand*|seront-ils demand*|recruteront|recrutera|vont recruter|va recruter|vont être demand*|va être demand*|" +
		"forecast*|projected|will be in demand|will be demanded|will be needed|will be sought|will still be in demand|will be hiring|will hire|going to be in demand|" +
		"سيكثر|سيزيد الطلب|سيكون عليها الطلب|سيكون عليه الطلب|ستكون مطلوب*|سيكون مطلوب*|ستطلب|سيطلب|توقعات|التوقعات|توقع الطلب|تنبؤ|" +
		"غادي يكون عليها الطلب|غادي يكون عليه الطلب|غادي يكون عليهم الطلب|غادي تكون مطلوب*|غادي يكون مطلوب*|غادي يكونو مطلوب*|غادي يكثر|غادي يزيد الطلب|" +
		"ghadi tkon matlo*|ghadi tkoun matlo*|ghadi ykon matlo*|ghadi ykoun matlo*|ghadi ykono matlo*|ghadi ykouno matlo*|ghadi ykon 3liha talab|" +
		"ghadi ykoun 3liha talab|ghadi ykon 3lih talab|ghadi yktar|ghadi yzid talab|tawa9o3*|twa9o3*|tanabo2"},
	{cueFuture, weak, "prochains mois|mois à venir|mois prochains|dans le futur|à l'avenir|années à venir|prochaines années|" +
		"coming months|next months|months ahead|in the future|coming years|years ahead|" +
		"مستقبلا|في المستقبل|ف المستقبل|فالمستقبل|الشهور الجاية|الشهور الجايين|الأشهر المقبلة|الاشهر القادمة|السنوات المقبلة|السنوات القادمة|" +
		"f lmosta9bal|flmosta9bal|f l'mosta9bal|chhour jayin|chhour jayine|lchhour jayin"},
	{cueNextYear, weak, "l'an prochain|l'année prochaine|année prochaine|an prochain|next year|" +
		"العام الجاي|العام اللي جاي|العام لي جاي|السنة الجاية|العام المقبل|السنة المقبلة|العام القادم|السنة القادمة|" +
		"l3am jay|l3am li jay|l3am jaay|l3am ljay|l3am lijay|l3am jayi|l3am jaya"},
}

// kindTable names the kinds of training (tools.TrainingKinds) a training
// question may ask for.
var kindTable = []cueRow{
	{cueKind + "vocational", strong, "OFPPT|formation professionnelle|ISTA|technicien spécialisé|التكوين المهني|تكوين مهني|takwin mihani|vocational"},
	{cueKind + "university", strong, "université|universitaire|fac|faculté|licence|master|جامعة|الجامعة|كلية|الفاك|jami3a|lfac|university|degree|" +
		"ماستر|الماستر|ماجستير|الاجازة|اجازة|ليسانس|الليسانس|lmaster|lisans|bachelor|master's"},
	{cueKind + "certificate", strong, "certificat|certification|شهادة مهنية|certificate|certification"},
}

// The planner's cue tables, compiled.
var (
	routingVocabulary = compileVocabulary(routingTable)
	kindVocabulary    = compileVocabulary(kindTable)
	seekerVocabulary  = compileVocabulary(seekerTable)
)

// cueVotes are the votes of the cues of one message, read once
// (readCues): per tool and for a figure (routingVocabulary), per kind of
// training (kindVocabulary), for a seeker's words (seekerVocabulary) and
// for a person describing themselves (matchVocabulary).
//
// A cueVotes is never changed once made (a caller changing votes works on
// a copy, as routed does): readCues shares one between the turns that
// read the same words.
type cueVotes struct {
	route, kinds, seeker, match map[string]int
}

// readCues reads the cues of the four vocabularies in text, whose words
// in normal form are toks (Reading.RestTokens of Reading.Rest). The routing
// cues of a question that follows statements are the question's when it
// has a strong one: "I am a guidance counselor preparing a talk on job
// opportunities in the Oriental. Which occupations are most in demand
// there?" asks the ranking, not ads; the seeker's words of the statements
// still count ("je suis infirmière au chômage. Quels métiers recrutent ?").
func readCues(text string, toks []string) *cueVotes {
	key := ""
	if len(text) <= maxKeptCueText {
		key = cueKey(text, toks)
		if v, ok := keptCues.Get(key); ok {
			return v
		}
	}
	v := countCues(text, toks)
	if key != "" {
		keptCues.Put(key, v)
	}
	return v
}

// keptCues keeps the votes of the texts read last: a message asked again
// (the page's examples, the popular questions) is not counted again, a
// tenth of the planner's reading of it. The votes are a function of the
// text and its words only, the vocabularies being fixed, and nothing
// changes a cueVotes once made, so one is shared by every turn reading
// the same words. Bounded: up to 2×512 texts of at most maxKeptCueText
// bytes.
var keptCues = recent.New[string, *cueVotes](512)

const maxKeptCueText = 512

// cueKey is text and toks, each led by its length: two different
// texts or lists of words never give the same key.
func cueKey(text string, toks []string) string {
	var b strings.Builder
	for _, s := range append([]string{text}, toks...) {
		b.WriteString(strconv.Itoa(len(s)))
		b.WriteByte(':')
		b.WriteString(s)
	}
	return b.String()
}

// countCues is readCues without keptCues.
func countCues(text string, toks []string) *cueVotes {
	ct := cueTextOf(toks)
	v := &cueVotes{route: routingVocabulary.count(ct), kinds: kindVocabulary.count(ct), seeker: seekerVocabulary.count(ct),
		match: matchVocabulary.count(ct)}
	if q, ok := questionAfterStatements(text); ok {
		if route := routingVocabulary.votes(q); slices.Max(append(slices.Collect(maps.Values(route)), 0)) >= strong {
			v.route = route
		}
	}
	return v
}

// questionAfterStatements returns the last sentence of text when the
// sentences before it are statements (none ends with a question mark);
// ok is false for a message of one sentence or of several questions
// ("شنو كيدير التريسيان؟ و شنو خاصو يعرف" asks both).
func questionAfterStatements(text string) (string, bool) {
	text = strings.TrimRight(text, " \t\n.!?؟")
	end := strings.LastIndexAny(text, "!?؟\n") // the end of the sentence before the last
	if j := strings.LastIndex(text, ". "); j > end {
		end = j
	}
	if end < 0 {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(text[end:])
	last := strings.TrimSpace(text[end+size:])
	if last == "" || strings.ContainsAny(text[:end+size], "?؟") {
		return "", false
	}
	return last, true
}

// What a message that asks match_profile says (see describesPerson): that
// the person describes themselves (cueSelf: a diploma, a past job, "j'ai
// un", "3ndi", "I have"), names their own profile or CV (cueOwnProfile),
// and asks what fits them (cueFits: "pour moi", "tnasbni", "fit me").
// Neither alone routes: "3ndi s2al" asks nothing of the person, "comment
// refaire mon CV" is no profile, "any jobs for me in Rabat?" asks ads.
const (
	cueSelf       = "self"
	cueOwnProfile = "own_profile"
	cueFits       = "fits"
)

// matchTable is the source of matchVocabulary.
var matchTable = []cueRow{
	{cueFits, strong, "pour moi|me convien*|me correspond*|correspond*|adapté* à mon|adaptée* à mon|qui me va|qui me vont|fait pour moi|faits pour moi|" +
		"quoi faire avec|que faire avec|avec mon diplôme|avec mon profil|avec ma formation|avec mon bac|que puis je faire|qu'est ce que je peux faire|vers quel métier|" +
		"تناسبني|يناسبني|تناسب|يناسب|تتناسب|يتناسب|المناسبة لي|المناسب لي|المناسبين لي|مناسبة لي|تلائمني|تلاءمني|الملائمة لي|ملائمة لي|ماذا يمكنني ان اعمل|ماذا اعمل|" +
		"كتناسبني|غاتناسبني|كيناسبني|مناسبة ليا|مناسبين ليا|المناسبة ليا|شنو نخدم|اش نخدم|اشنو نخدم|شنو نقدر نخدم|" +
		"tnasbni|tnasebni|katnasbni|kattnasbni|kaytnasbni|ytnasbni|ynasbni|kaynasbni|tnasb|mnasba lia|mnasbin lia|mnasba liya|mnasbin liya|" +
		"chno nkhdem|chnou nkhdem|achno nkhdem|ach nkhdem|chno n9der nkhdem|" +
		"fit me|fits me|suit me|suits me|suitable for me|right for me|for me|match my|matches my|fit my|suit my|what can i do with|what could i do with|" +
		"jobs for someone with|careers for someone with|what should i do with"},
	{cueSelf, weak, "j'ai un|j'ai une|j'ai obtenu|j'ai fait|j'ai travaillé|j'ai étudié|je suis titulaire|titulaire d'un|titulaire d'une|diplômé*|je maîtrise|" +
		"mon diplôme|ma formation|mon expérience|mes compétences|ans d'expérience|années d'expérience|" +
		"لدي|عندي|حاصل على|حاصلة على|حصلت على|متخرج|متخرجة|تخرجت|درست|اشتغلت|عملت|قريت|خدمت|جبت الباك|" +
		"3ndi|3andi|3endi|9rit|qrit|khdemt|khdamt|jbt lbac|jebt lbac|" +
		"i have|i've got|i hold|i graduated|i studied|i worked|my degree|my diploma|years of experience"},
	{cueOwnProfile, strong, "mon profil|mon cv|mon parcours|my profile|my cv|my resume|my background|ملفي|سيرتي الذاتية|سيرتي|السيفي ديالي|البروفيل ديالي|" +
		"cv dyali|lcv dyali|profil dyali|le profil dyali"},
}

// cvHeadings are the headings of a CV's sections: a message with two
// lines that open on one (lang.Normalize forms compared) is a pasted CV.
var cvHeadings = []string{"formation", "formations", "diplôme", "diplômes", "expérience", "expériences", "expérience professionnelle",
	"expériences professionnelles", "compétences", "langues", "parcours", "cursus", "objectif", "education", "work experience", "experience",
	"skills", "languages", "التكوين", "الشهادات", "المؤهلات", "الخبرة", "الخبرات", "الخبرة المهنية", "المهارات", "اللغات", "المستوى الدراسي",
	"الدراسة", "التجربة", "lkhibra", "formation dyali"}

var matchVocabulary = compileVocabulary(matchTable)
