package tools

// Explain returns what the indicator measures, who publishes it and on
// which population, in one to three plain sentences: French for "fr",
// Modern Standard Arabic for "ar", English for "en". Darija readers read
// Arabic script or French in practice, so "ary" gets the Arabic text and
// "ary-Latn" the French one; any other tag gets English. An indicator the
// table below does not explain yet gets its English Description, so a
// caller always has something to show.
func (d Definition) Explain(lang string) string {
	t, ok := explanations[d.ID]
	if !ok {
		return d.Description
	}
	switch lang {
	case "fr", "ary-Latn":
		return t[0]
	case "ar", "ary":
		return t[1]
	default:
		return t[2]
	}
}

// explanations holds each indicator's definition in French, Arabic and
// English, in that order, keyed by indicator id. They are written for a
// job seeker, after the publishers' glossaries (HCP's labour force survey
// and survey of informal production units, the CNSS's reports, ANAPEC,
// the Office des changes, the consular registers), and name the series
// breaks a reader must know (../shared/data/README.md).
var explanations = map[string][3]string{
	// The labour force survey's headline figures (HCP, Enquête nationale
	// sur l'emploi: ILO definitions applied to people aged 15 and over).
	"unemployment_rate": {
		"Part des chômeurs dans la population active selon l'enquête nationale sur l'emploi du HCP, au sens du BIT : personnes de 15 ans et plus (ou d'une tranche d'âge précisée) sans travail pendant la semaine de référence, disponibles et cherchant activement un emploi. Ruptures : réforme de l'enquête en 2017, révision de 2019 ; le taux du recensement est un autre indicateur.",
		"نسبة العاطلين من السكان النشيطين حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط وبتعريف منظمة العمل الدولية: البالغون 15 سنة فأكثر (أو فئة عمرية محددة) الذين لم يزاولوا أي عمل خلال الأسبوع المرجعي، والمستعدون للعمل، والباحثون عنه فعلياً. انقطاع السلسلة: إصلاح البحث سنة 2017 ومراجعة 2019؛ ومعدل الإحصاء العام مؤشر آخر.",
		"Unemployed people as a share of the labour force, from HCP's labour force survey in the ILO sense: people aged 15 and over (or in a stated age band) with no work in the reference week, available and actively looking for a job. Breaks: survey reform in 2017, revision in 2019; the census rate is a separate indicator.",
	},
	"activity_rate": {
		"Part de la population de 15 ans et plus qui est active, c'est-à-dire qui travaille ou est au chômage (enquête nationale sur l'emploi du HCP). Les élèves et étudiants, les femmes au foyer et les retraités sont inactifs.",
		"حصة السكان النشيطين، أي المشتغلين والعاطلين، من مجموع السكان البالغين 15 سنة فأكثر، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط. ويُعدّ التلاميذ والطلبة وربات البيوت والمتقاعدون غير نشيطين.",
		"Share of the population aged 15 and over that is in the labour force, that is working or unemployed (HCP labour force survey). Pupils and students, homemakers and retirees count as inactive.",
	},
	"employment_rate": {
		"Part des personnes de 15 ans et plus qui ont un emploi, en comptant toute personne ayant travaillé au moins une heure pendant la semaine de référence (enquête nationale sur l'emploi du HCP).",
		"حصة المشتغلين من مجموع السكان البالغين 15 سنة فأكثر، والمشتغل هو كل من زاول عملاً ولو لساعة واحدة خلال الأسبوع المرجعي (البحث الوطني حول التشغيل، المندوبية السامية للتخطيط).",
		"Share of people aged 15 and over who have a job, counting anyone who worked at least one hour during the reference week (HCP labour force survey).",
	},
	"unemployed_persons": {
		"Nombre de chômeurs de 15 ans et plus au sens du BIT, selon l'enquête nationale sur l'emploi du HCP : sans travail pendant la semaine de référence, disponibles et cherchant activement un emploi.",
		"عدد العاطلين البالغين 15 سنة فأكثر حسب تعريف منظمة العمل الدولية كما يطبقه البحث الوطني حول التشغيل للمندوبية السامية للتخطيط: بدون عمل خلال الأسبوع المرجعي، ومستعدون للعمل، ويبحثون عنه فعلياً.",
		"Number of unemployed people aged 15 and over in the ILO sense, from HCP's labour force survey: without work during the reference week, available, and actively looking for a job.",
	},
	"employed_persons": {
		"Nombre de personnes de 15 ans et plus ayant un emploi, même d'une heure pendant la semaine de référence, selon l'enquête nationale sur l'emploi du HCP.",
		"عدد الأشخاص البالغين 15 سنة فأكثر الذين يزاولون شغلاً، ولو لساعة واحدة خلال الأسبوع المرجعي، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Number of people aged 15 and over with a job, even one hour's work in the reference week, from HCP's labour force survey.",
	},
	"labour_force": {
		"Population active : personnes de 15 ans et plus qui travaillent ou sont au chômage (enquête nationale sur l'emploi du HCP).",
		"السكان النشيطون: الأشخاص البالغون 15 سنة فأكثر المشتغلون أو العاطلون (البحث الوطني حول التشغيل، المندوبية السامية للتخطيط).",
		"Labour force: people aged 15 and over who are working or unemployed (HCP labour force survey).",
	},
	"inactive_persons": {
		"Personnes de 15 ans et plus qui ne travaillent pas et ne cherchent pas d'emploi : élèves et étudiants, femmes au foyer, retraités, personnes qui ne peuvent pas travailler (enquête nationale sur l'emploi du HCP).",
		"الأشخاص البالغون 15 سنة فأكثر الذين لا يشتغلون ولا يبحثون عن شغل: التلاميذ والطلبة وربات البيوت والمتقاعدون والعاجزون عن العمل (البحث الوطني حول التشغيل، المندوبية السامية للتخطيط).",
		"People aged 15 and over who neither work nor look for work: pupils and students, homemakers, retirees, people unable to work (HCP labour force survey).",
	},
	"working_age_population": {
		"Population en âge d'activité : toutes les personnes de 15 ans et plus, actives ou non (enquête nationale sur l'emploi du HCP).",
		"السكان في سن النشاط: جميع الأشخاص البالغين 15 سنة فأكثر، نشيطين كانوا أم غير نشيطين (البحث الوطني حول التشغيل، المندوبية السامية للتخطيط).",
		"Working-age population: everyone aged 15 and over, in the labour force or not (HCP labour force survey).",
	},
	"female_share_labour_force": {
		"Part des femmes dans la population active de 15 ans et plus (celles qui travaillent ou sont au chômage), selon l'enquête nationale sur l'emploi du HCP.",
		"حصة النساء من السكان النشيطين البالغين 15 سنة فأكثر (المشتغلات والعاطلات)، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Women's share of the labour force aged 15 and over (women working or unemployed), from HCP's labour force survey.",
	},
	"first_job_seekers_share": {
		"Part, parmi les chômeurs de 15 ans et plus, de ceux qui n'ont jamais travaillé et cherchent leur premier emploi (HCP).",
		"حصة الذين لم يسبق لهم أن اشتغلوا ويبحثون عن أول شغل من بين العاطلين البالغين 15 سنة فأكثر (المندوبية السامية للتخطيط).",
		"Share of the unemployed aged 15 and over who have never worked and are looking for their first job (HCP).",
	},
	"long_term_unemployment_share": {
		"Part, parmi les chômeurs de 15 ans et plus, de ceux qui cherchent un emploi depuis un an ou plus (HCP).",
		"حصة العاطلين البالغين 15 سنة فأكثر الذين يبحثون عن شغل منذ سنة أو أكثر (المندوبية السامية للتخطيط).",
		"Share of the unemployed aged 15 and over who have been looking for a job for a year or more (HCP).",
	},
	"mean_unemployment_duration": {
		"Nombre moyen de mois depuis lesquels les chômeurs de 15 ans et plus cherchent un emploi (HCP).",
		"متوسط عدد الأشهر التي قضاها العاطلون البالغون 15 سنة فأكثر في البحث عن شغل (المندوبية السامية للتخطيط).",
		"Average number of months the unemployed aged 15 and over have been looking for a job (HCP).",
	},

	// Net job creation: the change in employment over a year, overall
	// and by HCP's four sectors.
	"net_jobs_created": {
		"Variation du nombre d'actifs occupés entre deux années, ou entre le même trimestre de deux années, selon l'enquête nationale sur l'emploi du HCP. Un chiffre négatif signifie des emplois perdus.",
		"الفرق في عدد المشتغلين بين سنتين، أو بين الفصل نفسه من سنتين، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط. والرقم السالب يعني فقدان مناصب شغل.",
		"Change in the number of employed people between two years, or between the same quarter of two years, from HCP's labour force survey. A negative figure means jobs lost.",
	},
	"net_jobs_created_services": {
		"Variation sur un an du nombre d'actifs occupés dans les services (commerce, transport, administration, tourisme…), selon l'enquête nationale sur l'emploi du HCP ; négative, elle indique des emplois perdus.",
		"التغير خلال سنة في عدد المشتغلين في قطاع الخدمات (التجارة والنقل والإدارة والسياحة…)، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط؛ وإذا كان سالباً فهو فقدان لمناصب الشغل.",
		"Change over a year in the number of people employed in services (trade, transport, administration, tourism…), from HCP's labour force survey; a negative figure means jobs lost.",
	},
	"net_jobs_created_industry": {
		"Variation sur un an du nombre d'actifs occupés dans l'industrie, artisanat compris, selon l'enquête nationale sur l'emploi du HCP ; négative, elle indique des emplois perdus.",
		"التغير خلال سنة في عدد المشتغلين في الصناعة، بما فيها الصناعة التقليدية، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط؛ وإذا كان سالباً فهو فقدان لمناصب الشغل.",
		"Change over a year in the number of people employed in industry, handicrafts included, from HCP's labour force survey; a negative figure means jobs lost.",
	},
	"net_jobs_created_construction": {
		"Variation sur un an du nombre d'actifs occupés dans le bâtiment et les travaux publics (BTP), selon l'enquête nationale sur l'emploi du HCP ; négative, elle indique des emplois perdus.",
		"التغير خلال سنة في عدد المشتغلين في قطاع البناء والأشغال العمومية، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط؛ وإذا كان سالباً فهو فقدان لمناصب الشغل.",
		"Change over a year in the number of people employed in building and public works, from HCP's labour force survey; a negative figure means jobs lost.",
	},
	"net_jobs_created_agriculture": {
		"Variation sur un an du nombre d'actifs occupés dans l'agriculture, la forêt et la pêche, selon l'enquête nationale sur l'emploi du HCP ; négative, elle indique des emplois perdus, souvent après une année de sécheresse.",
		"التغير خلال سنة في عدد المشتغلين في الفلاحة والغابات والصيد البحري، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط؛ وإذا كان سالباً فهو فقدان لمناصب الشغل، وكثيراً ما يحدث بعد سنة جفاف.",
		"Change over a year in the number of people employed in agriculture, forestry and fishing, from HCP's labour force survey; a negative figure means jobs lost, often after a drought year.",
	},

	// Employment by sector and by status.
	"employment_share_services": {
		"Part des actifs occupés de 15 ans et plus qui travaillent dans les services, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يعملون في قطاع الخدمات، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of employed people aged 15 and over who work in services, from HCP's labour force survey.",
	},
	"employment_share_agriculture": {
		"Part des actifs occupés de 15 ans et plus qui travaillent dans l'agriculture, la forêt et la pêche, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يعملون في الفلاحة والغابات والصيد البحري، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of employed people aged 15 and over who work in agriculture, forestry and fishing, from HCP's labour force survey.",
	},
	"employment_share_industry": {
		"Part des actifs occupés de 15 ans et plus qui travaillent dans l'industrie, artisanat compris, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يعملون في الصناعة، بما فيها الصناعة التقليدية، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of employed people aged 15 and over who work in industry, handicrafts included, from HCP's labour force survey.",
	},
	"employment_share_construction": {
		"Part des actifs occupés de 15 ans et plus qui travaillent dans le bâtiment et les travaux publics (BTP), selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يعملون في البناء والأشغال العمومية، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of employed people aged 15 and over who work in building and public works, from HCP's labour force survey.",
	},
	"employed_persons_services": {
		"Nombre de personnes de 15 ans et plus qui travaillent dans les services, selon l'enquête nationale sur l'emploi du HCP.",
		"عدد المشتغلين البالغين 15 سنة فأكثر في قطاع الخدمات، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Number of people aged 15 and over who work in services, from HCP's labour force survey.",
	},
	"employed_persons_agriculture": {
		"Nombre de personnes de 15 ans et plus qui travaillent dans l'agriculture, la forêt et la pêche, selon l'enquête nationale sur l'emploi du HCP.",
		"عدد المشتغلين البالغين 15 سنة فأكثر في الفلاحة والغابات والصيد البحري، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Number of people aged 15 and over who work in agriculture, forestry and fishing, from HCP's labour force survey.",
	},
	"employed_persons_industry": {
		"Nombre de personnes de 15 ans et plus qui travaillent dans l'industrie, artisanat compris, selon l'enquête nationale sur l'emploi du HCP.",
		"عدد المشتغلين البالغين 15 سنة فأكثر في الصناعة، بما فيها الصناعة التقليدية، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Number of people aged 15 and over who work in industry, handicrafts included, from HCP's labour force survey.",
	},
	"employed_persons_construction": {
		"Nombre de personnes de 15 ans et plus qui travaillent dans le bâtiment et les travaux publics (BTP), selon l'enquête nationale sur l'emploi du HCP.",
		"عدد المشتغلين البالغين 15 سنة فأكثر في البناء والأشغال العمومية، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Number of people aged 15 and over who work in building and public works, from HCP's labour force survey.",
	},
	"wage_employment_share": {
		"Part des salariés (payés par un employeur, public ou privé) parmi les actifs occupés de 15 ans et plus, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة الأجراء (الذين يتقاضون أجراً من مشغل عمومي أو خاص) من بين المشتغلين البالغين 15 سنة فأكثر، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of employees (paid by a public or private employer) among employed people aged 15 and over, from HCP's labour force survey.",
	},
	"unpaid_employment_share": {
		"Part des actifs occupés de 15 ans et plus qui travaillent sans être payés, surtout des aides familiales dans l'exploitation ou le commerce de la famille (HCP).",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يعملون دون أجر، وأغلبهم مساعدون عائليون في ضيعة الأسرة أو تجارتها (المندوبية السامية للتخطيط).",
		"Share of employed people aged 15 and over who work without pay, mostly family helpers on the family farm or in the family business (HCP).",
	},
	"employed_no_diploma_share": {
		"Part des actifs occupés de 15 ans et plus qui n'ont aucun diplôme, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين لا يتوفرون على أي شهادة، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of employed people aged 15 and over who hold no diploma, from HCP's labour force survey.",
	},
	"employment_linked_medical_coverage_share": {
		"Part des actifs occupés de 15 ans et plus qui ont une couverture médicale grâce à leur emploi (assurance maladie de l'employeur ou de la profession), selon le HCP.",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يستفيدون من تغطية صحية مرتبطة بشغلهم (تأمين عن المرض عبر المشغل أو المهنة)، حسب المندوبية السامية للتخطيط.",
		"Share of employed people aged 15 and over who have medical coverage through their job (health insurance via the employer or the occupation), from HCP.",
	},
	"informal_sector_employment_share_nonagri": {
		"Part des emplois hors agriculture exercés dans le secteur informel, c'est-à-dire dans des unités de production non agricoles qui ne tiennent pas de comptabilité complète, selon l'enquête nationale du HCP sur le secteur informel. Ce n'est pas tout l'emploi informel : un salarié non déclaré d'une entreprise formelle n'y est pas compté.",
		"حصة مناصب الشغل خارج الفلاحة الموجودة في القطاع غير المنظم، أي في وحدات إنتاجية غير فلاحية لا تمسك محاسبة كاملة، حسب البحث الوطني للمندوبية السامية للتخطيط حول القطاع غير المنظم. ولا يشمل كل الشغل غير المنظم، فالأجير غير المصرح به في مقاولة منظمة لا يُحتسب فيه.",
		"Share of non-agricultural jobs held in the informal sector, that is in non-agricultural production units that keep no complete accounts, from HCP's survey of informal production units. It is not all informal employment: an undeclared employee of a formal firm is not counted.",
	},

	// Underemployment in HCP's two senses.
	"underemployment_rate": {
		"Part des actifs occupés de 15 ans et plus en sous-emploi selon le HCP : ceux qui travaillent moins de 48 heures par semaine et veulent et peuvent travailler plus, et ceux qui cherchent un autre emploi parce que leur revenu est insuffisant ou que leur travail ne correspond pas à leur formation.",
		"حصة المشتغلين البالغين 15 سنة فأكثر في وضعية الشغل الناقص حسب المندوبية السامية للتخطيط: من يعملون أقل من 48 ساعة في الأسبوع ويرغبون في العمل أكثر ومستعدون له، ومن يبحثون عن شغل آخر لضعف الدخل أو لعدم ملاءمة العمل لتكوينهم.",
		"Share of employed people aged 15 and over who are underemployed in HCP's sense: working under 48 hours a week while wanting and available to work more, or looking for another job because their income is too low or the job does not match their training.",
	},
	"underemployed_persons": {
		"Nombre d'actifs occupés de 15 ans et plus en sous-emploi selon le HCP, lié à la durée du travail (moins de 48 heures par semaine, souhaitant travailler plus) ou au revenu (cherchant un autre emploi pour un revenu insuffisant ou un emploi inadapté à la formation).",
		"عدد المشتغلين البالغين 15 سنة فأكثر في وضعية الشغل الناقص حسب المندوبية السامية للتخطيط، سواء المرتبط بمدة العمل (أقل من 48 ساعة أسبوعياً مع الرغبة في العمل أكثر) أو المرتبط بالدخل (البحث عن شغل آخر لضعف الدخل أو لعدم ملاءمة العمل للتكوين).",
		"Number of employed people aged 15 and over who are underemployed in HCP's sense: time-related (under 48 hours a week, wanting more work) or income-related (looking for another job because pay is too low or the job does not fit their training).",
	},
	"time_related_underemployment_rate": {
		"Part des actifs occupés de 15 ans et plus qui ont travaillé moins de 48 heures pendant la semaine de référence, souhaitent travailler davantage et sont disponibles pour le faire (sous-emploi lié à la durée du travail, HCP).",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين اشتغلوا أقل من 48 ساعة خلال الأسبوع المرجعي، ويرغبون في العمل أكثر ومستعدون لذلك (الشغل الناقص المرتبط بمدة العمل، المندوبية السامية للتخطيط).",
		"Share of employed people aged 15 and over who worked under 48 hours in the reference week, want to work more and are available to do so (time-related underemployment, HCP).",
	},
	"time_related_underemployed_persons": {
		"Nombre d'actifs occupés de 15 ans et plus qui ont travaillé moins de 48 heures pendant la semaine de référence et veulent et peuvent travailler davantage (sous-emploi lié à la durée du travail, HCP).",
		"عدد المشتغلين البالغين 15 سنة فأكثر الذين اشتغلوا أقل من 48 ساعة خلال الأسبوع المرجعي ويرغبون في العمل أكثر ومستعدون لذلك (الشغل الناقص المرتبط بمدة العمل، المندوبية السامية للتخطيط).",
		"Number of employed people aged 15 and over who worked under 48 hours in the reference week and want and are available to work more (time-related underemployment, HCP).",
	},
	"income_related_underemployment_rate": {
		"Part des actifs occupés de 15 ans et plus qui cherchent un autre emploi, ou sont prêts à en changer, parce que leur revenu est insuffisant ou que leur emploi ne correspond pas à leur formation (sous-emploi lié au revenu, HCP).",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يبحثون عن شغل آخر أو مستعدون لتغيير شغلهم بسبب ضعف الدخل أو عدم ملاءمة الشغل لتكوينهم (الشغل الناقص المرتبط بالدخل، المندوبية السامية للتخطيط).",
		"Share of employed people aged 15 and over who look for another job, or are ready to change jobs, because their income is too low or the job does not match their training (income-related underemployment, HCP).",
	},
	"income_related_underemployed_persons": {
		"Nombre d'actifs occupés de 15 ans et plus qui cherchent un autre emploi, ou sont prêts à en changer, pour un revenu insuffisant ou un emploi inadapté à leur formation (sous-emploi lié au revenu, HCP).",
		"عدد المشتغلين البالغين 15 سنة فأكثر الذين يبحثون عن شغل آخر أو مستعدون لتغييره بسبب ضعف الدخل أو عدم ملاءمته لتكوينهم (الشغل الناقص المرتبط بالدخل، المندوبية السامية للتخطيط).",
		"Number of employed people aged 15 and over who look for another job, or are ready to change jobs, because pay is too low or the job does not fit their training (income-related underemployment, HCP).",
	},
	"underemployment_time_related_share": {
		"Part, parmi les personnes en sous-emploi, de celles qui le sont faute d'heures : moins de 48 heures par semaine et souhait de travailler plus (HCP).",
		"حصة الشغل الناقص المرتبط بمدة العمل (أقل من 48 ساعة أسبوعياً مع الرغبة في العمل أكثر) من مجموع الأشخاص في وضعية الشغل الناقص (المندوبية السامية للتخطيط).",
		"Share of the underemployed who are so for lack of hours: under 48 hours a week and wanting to work more (HCP).",
	},
	"underemployment_income_related_share": {
		"Part, parmi les personnes en sous-emploi, de celles qui le sont pour un revenu insuffisant ou un emploi inadapté à leur formation (HCP).",
		"حصة الشغل الناقص المرتبط بالدخل (ضعف الدخل أو عدم ملاءمة الشغل للتكوين) من مجموع الأشخاص في وضعية الشغل الناقص (المندوبية السامية للتخطيط).",
		"Share of the underemployed who are so because of low pay or a job that does not match their training (HCP).",
	},
	"underemployment_rate_services": {
		"Part des actifs occupés des services en sous-emploi, lié à la durée du travail ou au revenu, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين في قطاع الخدمات الذين يوجدون في وضعية الشغل الناقص، المرتبط بمدة العمل أو بالدخل، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of people employed in services who are underemployed, time- or income-related, from HCP's labour force survey.",
	},
	"underemployment_rate_industry": {
		"Part des actifs occupés de l'industrie, artisanat compris, en sous-emploi, lié à la durée du travail ou au revenu, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين في الصناعة، بما فيها الصناعة التقليدية، الذين يوجدون في وضعية الشغل الناقص، المرتبط بمدة العمل أو بالدخل، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of people employed in industry, handicrafts included, who are underemployed, time- or income-related, from HCP's labour force survey.",
	},
	"underemployment_rate_construction": {
		"Part des actifs occupés du bâtiment et des travaux publics (BTP) en sous-emploi, lié à la durée du travail ou au revenu, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين في البناء والأشغال العمومية الذين يوجدون في وضعية الشغل الناقص، المرتبط بمدة العمل أو بالدخل، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of people employed in building and public works who are underemployed, time- or income-related, from HCP's labour force survey.",
	},

	// Young people neither in employment nor in education or training.
	"neet_rate": {
		"Part des jeunes de 15 à 24 ans qui ne sont ni en emploi, ni à l'école, ni en formation (NEET), selon le HCP. Le HCP publie aussi les tranches de 15 à 17 ans et de 18 à 24 ans.",
		"حصة الشباب البالغين من 15 إلى 24 سنة الذين لا يشتغلون ولا يتابعون دراسة ولا تكويناً، حسب المندوبية السامية للتخطيط. وتنشر المندوبية أيضاً فئتي 15 إلى 17 سنة و18 إلى 24 سنة.",
		"Share of young people aged 15 to 24 who are neither in employment nor in education or training (NEET), from HCP. HCP also publishes the 15 to 17 and 18 to 24 bands.",
	},
	"neet_persons": {
		"Nombre de jeunes de 15 à 24 ans qui ne sont ni en emploi, ni à l'école, ni en formation (NEET), selon le HCP.",
		"عدد الشباب البالغين من 15 إلى 24 سنة الذين لا يشتغلون ولا يتابعون دراسة ولا تكويناً، حسب المندوبية السامية للتخطيط.",
		"Number of young people aged 15 to 24 who are neither in employment nor in education or training (NEET), from HCP.",
	},
	"neet_female_share": {
		"Part des jeunes femmes parmi les jeunes de 15 à 24 ans qui ne sont ni en emploi, ni à l'école, ni en formation (NEET), selon le HCP.",
		"حصة الشابات من بين الشباب البالغين من 15 إلى 24 سنة الذين لا يشتغلون ولا يتابعون دراسة ولا تكويناً، حسب المندوبية السامية للتخطيط.",
		"Young women's share of the young people aged 15 to 24 who are neither in employment nor in education or training (NEET), from HCP.",
	},

	// Working time.
	"excessive_hours_share": {
		"Part des actifs occupés de 15 ans et plus qui travaillent plus de 48 heures par semaine, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين البالغين 15 سنة فأكثر الذين يعملون أكثر من 48 ساعة في الأسبوع، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of employed people aged 15 and over who work more than 48 hours a week, from HCP's labour force survey.",
	},
	"excessive_hours_share_services": {
		"Part des actifs occupés des services qui travaillent plus de 48 heures par semaine, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين في قطاع الخدمات الذين يعملون أكثر من 48 ساعة في الأسبوع، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of people employed in services who work more than 48 hours a week, from HCP's labour force survey.",
	},
	"excessive_hours_share_industry": {
		"Part des actifs occupés de l'industrie, artisanat compris, qui travaillent plus de 48 heures par semaine, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين في الصناعة، بما فيها الصناعة التقليدية، الذين يعملون أكثر من 48 ساعة في الأسبوع، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of people employed in industry, handicrafts included, who work more than 48 hours a week, from HCP's labour force survey.",
	},
	"excessive_hours_share_construction": {
		"Part des actifs occupés du bâtiment et des travaux publics (BTP) qui travaillent plus de 48 heures par semaine, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين في البناء والأشغال العمومية الذين يعملون أكثر من 48 ساعة في الأسبوع، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of people employed in building and public works who work more than 48 hours a week, from HCP's labour force survey.",
	},
	"excessive_hours_share_agriculture": {
		"Part des actifs occupés de l'agriculture, de la forêt et de la pêche qui travaillent plus de 48 heures par semaine, selon l'enquête nationale sur l'emploi du HCP.",
		"حصة المشتغلين في الفلاحة والغابات والصيد البحري الذين يعملون أكثر من 48 ساعة في الأسبوع، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Share of people employed in agriculture, forestry and fishing who work more than 48 hours a week, from HCP's labour force survey.",
	},
	"avg_weekly_hours_worked": {
		"Nombre moyen d'heures effectivement travaillées en une semaine par un actif occupé de 15 ans et plus, selon l'enquête nationale sur l'emploi du HCP.",
		"متوسط عدد الساعات التي يشتغلها فعلياً في الأسبوع الشخص المشتغل البالغ 15 سنة فأكثر، حسب البحث الوطني حول التشغيل للمندوبية السامية للتخطيط.",
		"Average number of hours actually worked in a week by an employed person aged 15 and over, from HCP's labour force survey.",
	},
	"total_weekly_hours_worked": {
		"Total des heures travaillées en une semaine par l'ensemble des actifs occupés de 15 ans et plus, en millions d'heures (HCP) ; il baisse quand l'emploi ou la durée du travail recule, comme en 2020.",
		"مجموع الساعات التي يشتغلها في الأسبوع كل المشتغلين البالغين 15 سنة فأكثر، بملايين الساعات (المندوبية السامية للتخطيط)؛ وينخفض حين يتراجع الشغل أو مدة العمل، كما حدث سنة 2020.",
		"Total hours worked in a week by all employed people aged 15 and over, in millions of hours (HCP); it falls when jobs or working time shrink, as in 2020.",
	},

	// The census measures activity with fewer questions than the survey:
	// its rates are separate indicators.
	"unemployment_rate_census": {
		"Taux de chômage mesuré par le recensement général de la population et de l'habitat (RGPH) du HCP, avec la définition du recensement : 21,3 % en 2024 contre 13,3 % pour l'enquête sur l'emploi. Les deux chiffres ne se comparent pas et ne se raccordent pas.",
		"معدل البطالة الذي يقيسه الإحصاء العام للسكان والسكنى للمندوبية السامية للتخطيط بتعريفه الخاص: 21,3 في المائة سنة 2024 مقابل 13,3 في المائة في البحث الوطني حول التشغيل. ولا يقارن الرقمان ولا يُدمجان في سلسلة واحدة.",
		"Unemployment rate measured by HCP's general census of population and housing (RGPH), with the census's own definition: 21.3% in 2024 against 13.3% in the labour force survey. The two figures are neither comparable nor joined into one series.",
	},
	"activity_rate_census": {
		"Taux d'activité mesuré par le recensement général de la population et de l'habitat (RGPH) du HCP, avec la définition du recensement : il ne se compare pas au taux de l'enquête nationale sur l'emploi.",
		"معدل النشاط الذي يقيسه الإحصاء العام للسكان والسكنى للمندوبية السامية للتخطيط بتعريفه الخاص، ولا يقارن بمعدل البحث الوطني حول التشغيل.",
		"Activity rate measured by HCP's general census of population and housing (RGPH), with the census's own definition: not comparable with the labour force survey's rate.",
	},

	// ANAPEC's programmes: Idmaj (insertion contracts), Tahfiz (state
	// support to new firms' hires), Taehil (training for employability).
	"anapec_idmaj_insertions": {
		"Chercheurs d'emploi embauchés par une entreprise privée avec un contrat d'insertion du programme Idmaj de l'ANAPEC, où l'État exonère le salaire d'impôt et de charges sociales pendant une durée limitée. Chiffres annuels ou cumulés de janvier à juillet, sans limite d'âge.",
		"الباحثون عن شغل الذين شغّلتهم مقاولة خاصة بعقد إدماج في إطار برنامج إدماج للوكالة الوطنية لإنعاش التشغيل والكفاءات، حيث تعفي الدولة الأجر من الضريبة والتحملات الاجتماعية لمدة محدودة. أرقام سنوية أو تراكمية من يناير إلى يوليوز، دون حد للسن.",
		"Job seekers hired by a private firm on an insertion contract under ANAPEC's Idmaj programme, where the state exempts the wage from income tax and social charges for a limited time. Yearly figures or January-July totals, with no age limit.",
	},
	"anapec_idmaj_insertions_international": {
		"Chercheurs d'emploi placés dans un emploi à l'étranger par l'intermédiaire de l'ANAPEC, chaque année, sans limite d'âge.",
		"الباحثون عن شغل الذين أُدمجوا في شغل بالخارج عن طريق الوساطة التي تقوم بها الوكالة الوطنية لإنعاش التشغيل والكفاءات، كل سنة، دون حد للسن.",
		"Job seekers placed in a job abroad through ANAPEC's intermediation, each year, with no age limit.",
	},
	"anapec_salaried_insertions": {
		"Chercheurs d'emploi placés dans un emploi salarié par l'ANAPEC dans l'année, tous programmes confondus, principalement Idmaj et Tahfiz.",
		"الباحثون عن شغل الذين أدمجتهم الوكالة الوطنية لإنعاش التشغيل والكفاءات في شغل مأجور خلال السنة، بجميع برامجها، وأساساً برنامجا إدماج وتحفيز.",
		"Job seekers placed in salaried jobs by ANAPEC during the year, all programmes together, mainly Idmaj and Tahfiz.",
	},
	"anapec_taehil_beneficiaries": {
		"Chercheurs d'emploi formés par le programme Taehil de l'ANAPEC, qui finance des formations pour s'adapter à un poste proposé ou se reconvertir vers un métier qui recrute. Chiffres annuels ou cumulés de janvier à juillet.",
		"الباحثون عن شغل الذين استفادوا من تكوين في إطار برنامج تأهيل للوكالة الوطنية لإنعاش التشغيل والكفاءات، الذي يموّل تكوينات للتكيف مع منصب معروض أو لإعادة التأهيل نحو مهنة يُطلب فيها التوظيف. أرقام سنوية أو تراكمية من يناير إلى يوليوز.",
		"Job seekers trained under ANAPEC's Taehil programme, which funds training to fit a job on offer or to retrain for an occupation that is hiring. Yearly figures or January-July totals.",
	},
	"anapec_tahfiz_firms": {
		"Entreprises (ainsi qu'associations et coopératives) nouvellement créées qui recrutent avec le programme Tahfiz de l'ANAPEC, où l'État prend en charge les charges sociales patronales et l'impôt sur le salaire des nouvelles recrues pendant une durée limitée.",
		"المقاولات (والجمعيات والتعاونيات) حديثة الإنشاء التي توظف في إطار برنامج تحفيز للوكالة الوطنية لإنعاش التشغيل والكفاءات، حيث تتحمل الدولة التحملات الاجتماعية للمشغل والضريبة على أجور المستخدمين الجدد لمدة محدودة.",
		"Newly created firms (and associations and cooperatives) hiring under ANAPEC's Tahfiz programme, where the state pays the employer's social charges and the income tax on new hires' wages for a limited time.",
	},
	"anapec_tahfiz_insertions": {
		"Chercheurs d'emploi embauchés par de nouvelles entreprises dans le cadre du programme Tahfiz de l'ANAPEC (charges sociales et impôt sur le salaire pris en charge par l'État). Chiffres annuels ou cumulés de janvier à juillet.",
		"الباحثون عن شغل الذين شغّلتهم مقاولات حديثة في إطار برنامج تحفيز للوكالة الوطنية لإنعاش التشغيل والكفاءات (تتحمل الدولة التحملات الاجتماعية والضريبة على الأجر). أرقام سنوية أو تراكمية من يناير إلى يوليوز.",
		"Job seekers hired by new firms under ANAPEC's Tahfiz programme (social charges and income tax on the wage paid by the state). Yearly figures or January-July totals.",
	},

	// The CNSS's figures cover the private-sector employees their
	// employers declare: not public servants, the self-employed, or
	// undeclared work.
	"cnss_declared_employees": {
		"Salariés du secteur privé déclarés à la CNSS par leurs employeurs au cours de l'année, selon le rapport d'activité de la CNSS. Les fonctionnaires, les indépendants et le travail non déclaré n'y figurent pas.",
		"أجراء القطاع الخاص الذين صرّح بهم مشغلوهم لدى الصندوق الوطني للضمان الاجتماعي خلال السنة، حسب تقرير نشاط الصندوق. ولا يشمل الموظفين ولا العاملين لحسابهم ولا الشغل غير المصرح به.",
		"Private-sector employees declared to the CNSS by their employers during the year, from the CNSS activity report. Civil servants, the self-employed and undeclared work are not included.",
	},
	"cnss_declared_employees_sdr": {
		"Salariés déclarés à la CNSS comptés selon son rapport statistique et démographique, sur une autre base que le rapport d'activité : une série à part, à ne pas raccorder à l'autre.",
		"الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي كما يحصيهم تقريره الإحصائي والديموغرافي، على أساس يختلف عن تقرير النشاط: سلسلة مستقلة لا تُدمج مع الأخرى.",
		"Employees declared to the CNSS as counted in its statistical and demographic report, on another basis than the activity report: a separate series, not to be joined to the other.",
	},
	"cnss_affiliated_firms": {
		"Entreprises inscrites (affiliées) à la CNSS, qu'elles aient ou non déclaré des salariés dans la période.",
		"المقاولات المنخرطة في الصندوق الوطني للضمان الاجتماعي، سواء صرّحت بأجراء خلال الفترة أم لا.",
		"Firms registered (affiliated) with the CNSS, whether or not they declared employees in the period.",
	},
	"cnss_declaring_affiliates": {
		"Entreprises affiliées qui ont effectivement déclaré au moins un salarié à la CNSS pendant la période.",
		"المقاولات المنخرطة التي صرّحت فعلاً بأجير واحد على الأقل لدى الصندوق الوطني للضمان الاجتماعي خلال الفترة.",
		"Affiliated firms that actually declared at least one employee to the CNSS in the period.",
	},
	"cnss_avg_monthly_declared_wage": {
		"Salaire mensuel moyen que les employeurs privés déclarent à la CNSS pour un salarié, en dirhams. C'est le salaire déclaré, pas le revenu total : primes non déclarées, travail au noir et fonctionnaires n'y sont pas.",
		"متوسط الأجر الشهري الذي يصرح به المشغلون الخواص لدى الصندوق الوطني للضمان الاجتماعي عن كل أجير، بالدرهم. وهو الأجر المصرح به وليس الدخل الكامل: لا يشمل المنح غير المصرح بها ولا الشغل غير المصرح به ولا الموظفين.",
		"Mean monthly wage private employers declare to the CNSS per employee, in dirhams. It is the declared wage, not total earnings: undeclared bonuses, undeclared work and civil servants are left out.",
	},
	"cnss_median_monthly_declared_wage": {
		"Salaire mensuel médian déclaré à la CNSS par les employeurs privés, en dirhams : la moitié des salariés déclarés touchent moins, l'autre moitié plus. Il est plus proche du salaire courant que la moyenne, tirée vers le haut par les hauts salaires.",
		"الأجر الشهري الوسيط المصرح به لدى الصندوق الوطني للضمان الاجتماعي من طرف المشغلين الخواص، بالدرهم: نصف الأجراء المصرح بهم يتقاضون أقل منه والنصف الآخر أكثر. وهو أقرب إلى الأجر الشائع من المتوسط الذي ترفعه الأجور العالية.",
		"Median monthly wage private employers declare to the CNSS, in dirhams: half the declared employees earn less, half earn more. It is closer to a typical wage than the mean, which high wages pull up.",
	},
	"cnss_declared_wage_bill": {
		"Total des salaires déclarés à la CNSS par les employeurs privés sur l'année, en milliards de dirhams.",
		"مجموع الأجور التي صرّح بها المشغلون الخواص لدى الصندوق الوطني للضمان الاجتماعي خلال السنة، بملايير الدراهم.",
		"Total wages declared to the CNSS by private employers over the year, in billions of dirhams.",
	},
	"cnss_share_below_smig": {
		"Part des salariés déclarés à la CNSS dont le salaire mensuel déclaré est inférieur au salaire minimum (SMIG), souvent parce qu'ils ne sont déclarés qu'une partie du mois.",
		"حصة الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي الذين يقل أجرهم الشهري المصرح به عن الحد الأدنى القانوني للأجور، وكثيراً ما يرجع ذلك إلى التصريح بهم لجزء من الشهر فقط.",
		"Share of employees declared to the CNSS whose declared monthly wage is below the minimum wage (SMIG), often because they are declared for only part of the month.",
	},
	"cnss_share_above_6000": {
		"Part des salariés déclarés à la CNSS dont le salaire mensuel déclaré dépasse 6 000 dirhams, le plafond des cotisations.",
		"حصة الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي الذين يفوق أجرهم الشهري المصرح به 6000 درهم، وهو سقف الاشتراكات.",
		"Share of employees declared to the CNSS whose declared monthly wage is above 6,000 dirhams, the contribution ceiling.",
	},
	"cnss_female_share_declared_employees": {
		"Part des femmes parmi les salariés du secteur privé déclarés à la CNSS.",
		"حصة النساء من بين أجراء القطاع الخاص المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي.",
		"Women's share of the private-sector employees declared to the CNSS.",
	},
	"cnss_declared_employees_share_services": {
		"Part des salariés déclarés à la CNSS qui travaillent dans des entreprises de services.",
		"حصة الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي الذين يعملون في مقاولات الخدمات.",
		"Share of the employees declared to the CNSS who work for service firms.",
	},
	"cnss_declared_employees_share_industry": {
		"Part des salariés déclarés à la CNSS qui travaillent dans des entreprises industrielles.",
		"حصة الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي الذين يعملون في المقاولات الصناعية.",
		"Share of the employees declared to the CNSS who work for industrial firms.",
	},
	"cnss_declared_employees_share_construction": {
		"Part des salariés déclarés à la CNSS qui travaillent dans le bâtiment et les travaux publics (BTP).",
		"حصة الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي الذين يعملون في البناء والأشغال العمومية.",
		"Share of the employees declared to the CNSS who work in building and public works.",
	},
	"cnss_declared_employees_share_agriculture": {
		"Part des salariés déclarés à la CNSS qui travaillent dans des exploitations agricoles.",
		"حصة الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي الذين يعملون في الاستغلاليات الفلاحية.",
		"Share of the employees declared to the CNSS who work on farms.",
	},
	"cnss_declared_employees_share_commerce": {
		"Part des salariés déclarés à la CNSS qui travaillent dans le commerce.",
		"حصة الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي الذين يعملون في التجارة.",
		"Share of the employees declared to the CNSS who work in trade.",
	},

	// Migration: remittances (Office des changes, balance of payments)
	// and consular registrations (Ministry of Foreign Affairs).
	"remittances_received": {
		"Argent transféré au Maroc par les Marocains résidant à l'étranger (MRE) sur l'année, en milliards de dirhams, tel que l'Office des changes l'enregistre dans la balance des paiements. Les sommes apportées hors des circuits officiels n'y sont pas.",
		"الأموال التي حوّلها مغاربة العالم إلى المغرب خلال السنة، بملايير الدراهم، كما يسجلها مكتب الصرف في ميزان الأداءات. ولا تشمل المبالغ التي تدخل خارج القنوات الرسمية.",
		"Money sent to Morocco by Moroccans living abroad over the year, in billions of dirhams, as the Office des changes records it in the balance of payments. Sums brought in outside official channels are not included.",
	},
	"remittances_share_from_france": {
		"Part des transferts des Marocains résidant à l'étranger envoyés depuis la France, selon l'Office des changes.",
		"حصة التحويلات القادمة من فرنسا من مجموع تحويلات مغاربة العالم، حسب مكتب الصرف.",
		"Share of the remittances of Moroccans living abroad sent from France, from the Office des changes.",
	},
	"remittances_share_from_spain": {
		"Part des transferts des Marocains résidant à l'étranger envoyés depuis l'Espagne, selon l'Office des changes.",
		"حصة التحويلات القادمة من إسبانيا من مجموع تحويلات مغاربة العالم، حسب مكتب الصرف.",
		"Share of the remittances of Moroccans living abroad sent from Spain, from the Office des changes.",
	},
	"remittances_share_from_italy": {
		"Part des transferts des Marocains résidant à l'étranger envoyés depuis l'Italie, selon l'Office des changes.",
		"حصة التحويلات القادمة من إيطاليا من مجموع تحويلات مغاربة العالم، حسب مكتب الصرف.",
		"Share of the remittances of Moroccans living abroad sent from Italy, from the Office des changes.",
	},
	"remittances_share_from_saudi_arabia": {
		"Part des transferts des Marocains résidant à l'étranger envoyés depuis l'Arabie saoudite, selon l'Office des changes.",
		"حصة التحويلات القادمة من المملكة العربية السعودية من مجموع تحويلات مغاربة العالم، حسب مكتب الصرف.",
		"Share of the remittances of Moroccans living abroad sent from Saudi Arabia, from the Office des changes.",
	},
	"moroccans_abroad_consular_registered": {
		"Marocains résidant à l'étranger inscrits (immatriculés) dans les consulats du Maroc à une date donnée, selon le ministère des Affaires étrangères. Tous ne s'inscrivent pas : ce n'est pas le nombre total des Marocains du monde.",
		"المغاربة المقيمون بالخارج المسجلون في قنصليات المملكة في تاريخ معين، حسب وزارة الشؤون الخارجية. ولا يسجل الجميع، فهذا الرقم ليس العدد الإجمالي لمغاربة العالم.",
		"Moroccans living abroad registered at Morocco's consulates on a given date, from the Ministry of Foreign Affairs. Not everyone registers: this is not the total number of Moroccans abroad.",
	},
}
