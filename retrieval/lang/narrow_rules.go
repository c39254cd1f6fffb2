package lang

import "strings"

// Concept lists of the rules ("|"-separated indicator values).
const (
	employedGeneral   = "indicator/employed_persons|indicator/employment_rate"
	unemployedGeneral = "indicator/unemployment_rate|indicator/unemployed_persons"
	underGeneral      = "indicator/underemployment_rate|indicator/underemployed_persons"
	cnssGeneral       = "indicator/cnss_declared_employees"
	anapecProgramme   = "contract/anapec"
)

// ruleTable are the narrowing rules, applied in this order (see narrow.go):
// trigger rules first, each only while the message names no indicator,
// then the rules on concepts, general ones before those that narrow
// their results further (underemployment + income, then + a count of
// people).
var ruleTable = []ruleTerms{
	// Named by their parts when no indicator word is used.
	{trigger: moneyWords, with: []string{sendingWords}, unless: "gagne|gagner|gagnent|earn|earns|salaire|salary|kaychd|كيشد|كيخلصو|خلصة|paid|payé|ربح|" +
		"prix|price|ثمن|cost|coûte", to: "remittances_received"},
	{trigger: moroccanWords + "|" + diasporaWords, with: []string{sendVerbs}, unless: "gagne|gagner|earn|salaire|salary|kaychd|كيشد", to: "remittances_received"},
	{trigger: moroccanWords, with: []string{abroadWords}, count: true, unless: moneyWords + "|" + sendVerbs, to: "moroccans_abroad_consular_registered"},
	{trigger: diasporaWords, count: true, unless: moneyWords + "|" + sendVerbs, to: "moroccans_abroad_consular_registered"},
	{trigger: notWorkingWords, with: []string{outOfSchoolWords}, to: "neet_rate"},
	{trigger: healthWords, rate: true, labour: true, to: "employment_linked_medical_coverage_share"},
	{trigger: informalWords, labour: true, to: "informal_sector_employment_share_nonagri"},
	{trigger: smigWords, rate: true, with: []string{workerWords + "|" + earnWords}, to: "cnss_share_below_smig"},
	{trigger: cnssWords, with: []string{medianWords}, to: "cnss_median_monthly_declared_wage"},
	{trigger: cnssWords, with: []string{wageBillWords}, to: "cnss_declared_wage_bill"},
	{trigger: cnssWords, with: []string{wageWords, averageWords}, to: "cnss_avg_monthly_declared_wage"},
	{trigger: cnssWords, with: []string{payVerbs, averageWords}, to: "cnss_avg_monthly_declared_wage"},
	{trigger: cnssWords, with: []string{counting(firmWords), declaringWords}, to: "cnss_declaring_affiliates"},
	{trigger: cnssWords, with: []string{counting(firmWords)}, to: "cnss_affiliated_firms"},
	{trigger: cnssWords, with: []string{firmWords, declaringWords}, count: true, unless: counting(countedWorkers), to: "cnss_declaring_affiliates"},
	{trigger: cnssWords, with: []string{firmWords}, count: true, unless: counting(countedWorkers), to: "cnss_affiliated_firms"},
	{trigger: cnssWords, with: []string{workerWords}, to: "cnss_declared_employees"},
	{trigger: hourWords, with: []string{weekWords, workVerbs + "|يعمل|يعملون|تعمل|يشتغل|تشتغل|تخدمو|خدمو|تخدم|تخدمات|travaillent|travaille|travailler|work|worked|خدمة|lkhdma|khdma|الخدمة|العمل|الشغل"}, unless: longHoursWords, to: "avg_weekly_hours_worked"},
	{trigger: tahfizWords, with: []string{firmWords}, count: true, to: "anapec_tahfiz_firms"},
	{trigger: tahfizWords, with: []string{placedWords}, count: true, to: "anapec_tahfiz_insertions"},
	{trigger: taehilWords, with: []string{placedWords}, count: true, to: "anapec_taehil_beneficiaries"},
	{trigger: anapecWords, with: []string{abroadWords, placedWords}, count: true, unless: adWords, to: "anapec_idmaj_insertions_international"},
	{trigger: anapecWords, with: []string{placedWords}, count: true, unless: adWords, to: "anapec_salaried_insertions"},
	{trigger: workVerbs, with: []string{peopleCountWords}, group: "sector/agriculture", to: "employed_persons_agriculture"},
	{trigger: workVerbs, with: []string{peopleCountWords}, group: "sector/industry", to: "employed_persons_industry"},
	{trigger: workVerbs, with: []string{peopleCountWords}, group: "sector/construction", to: "employed_persons_construction"},
	{trigger: workVerbs, with: []string{peopleCountWords}, group: "sector/services", to: "employed_persons_services"},
	{trigger: jobNouns, rate: true, group: "sector/agriculture", to: "employment_share_agriculture"},
	{trigger: jobNouns, rate: true, group: "sector/industry", to: "employment_share_industry"},
	{trigger: jobNouns, rate: true, group: "sector/construction", to: "employment_share_construction"},
	{trigger: jobNouns, rate: true, group: "sector/services", to: "employment_share_services"},

	// ANAPEC's programmes, when what they count is asked.
	{on: anapecProgramme, with: []string{tahfizWords, firmWords}, count: true, to: "anapec_tahfiz_firms"},
	{on: anapecProgramme, with: []string{tahfizWords, placedWords}, count: true, to: "anapec_tahfiz_insertions"},
	{on: anapecProgramme, with: []string{taehilWords}, count: true, to: "anapec_taehil_beneficiaries"},
	{on: anapecProgramme, with: []string{abroadWords, placedWords}, count: true, unless: adWords, to: "anapec_idmaj_insertions_international"},
	{on: anapecProgramme, with: []string{idmajWords, placedWords}, count: true, unless: adWords, to: "anapec_idmaj_insertions"},
	{on: anapecProgramme, with: []string{placedWords}, count: true, unless: adWords, to: "anapec_salaried_insertions"},

	// The employed, by kind of job.
	{on: employedGeneral, trigger: workerNouns, with: []string{cnssWords}, to: "cnss_declared_employees"},
	{on: employedGeneral, trigger: workerNouns, with: []string{notEnoughWorkWords}, to: "underemployment_rate"},
	{on: employedGeneral, trigger: workerNouns, with: []string{longHoursWords}, to: "excessive_hours_share"},
	{on: employedGeneral, trigger: workerNouns, with: []string{healthWords}, rate: true, to: "employment_linked_medical_coverage_share"},
	{on: employedGeneral, trigger: workerNouns, with: []string{unpaidWords}, to: "unpaid_employment_share"},
	{on: employedGeneral, trigger: workerNouns, with: []string{informalWords}, to: "informal_sector_employment_share_nonagri"},
	{on: employedGeneral + "|" + cnssGeneral + "|indicator/wage_employment_share", trigger: workerNouns, with: []string{smigWords}, to: "cnss_share_below_smig"},
	{on: employedGeneral + "|indicator/wage_employment_share", trigger: workerNouns, with: []string{above6000Words}, rate: true, to: "cnss_share_above_6000"},
	{on: employedGeneral, trigger: workerNouns, group: "diploma/none", rate: true, to: "employed_no_diploma_share"},
	{on: employedGeneral, trigger: workerNouns, with: []string{wageEarnerWords}, rate: true, to: "wage_employment_share"},
	{on: employedGeneral, trigger: workerNouns, group: "sector/agriculture", rate: true, to: "employment_share_agriculture"},
	{on: employedGeneral, trigger: workerNouns, group: "sector/industry", rate: true, to: "employment_share_industry"},
	{on: employedGeneral, trigger: workerNouns, group: "sector/construction", rate: true, to: "employment_share_construction"},
	{on: employedGeneral, trigger: workerNouns, group: "sector/services", rate: true, to: "employment_share_services"},
	{trigger: employedWords, with: []string{populationWords}, rate: true, to: "employment_rate"},
	{on: "indicator/employed_persons", with: []string{populationWords}, rate: true, to: "employment_rate"},
	{trigger: jobNouns, with: []string{jobChangeWords}, count: true, to: "net_jobs_created"},
	{trigger: jobSearchWords, with: []string{longTermWords}, to: "long_term_unemployment_share"},
	{trigger: findJobWords, with: []string{durationWords + "|كيطول|يطول|ch7al kaytoul|kaytoul|en moyenne|on average|في المتوسط|ف المتوسط|f lmoyenne|combien de mois"},
		to: "mean_unemployment_duration"},

	// Underemployment's kinds, then their persons and shares.
	{on: underGeneral, with: []string{incomeWords}, to: "income_related_underemployment_rate"},
	{on: underGeneral, with: []string{hoursWords}, to: "time_related_underemployment_rate"},
	{on: "indicator/income_related_underemployment_rate", with: []string{underShareWords}, to: "underemployment_income_related_share"},
	{on: "indicator/time_related_underemployment_rate", with: []string{underShareWords}, to: "underemployment_time_related_share"},
	{on: "indicator/income_related_underemployment_rate", with: []string{peopleCountWords}, noRate: true, to: "income_related_underemployed_persons"},
	{on: "indicator/time_related_underemployment_rate", with: []string{peopleCountWords}, noRate: true, to: "time_related_underemployed_persons"},
	{on: "indicator/underemployment_rate", with: []string{peopleCountWords}, noRate: true, to: "underemployed_persons"},

	// The unemployed: for how long, and since when.
	{on: unemployedGeneral, with: []string{outOfSchoolWords}, to: "neet_rate"},
	{on: unemployedGeneral, with: []string{longTermWords}, to: "long_term_unemployment_share"},
	{on: unemployedGeneral, with: []string{durationWords}, to: "mean_unemployment_duration"},
	{on: unemployedGeneral, with: []string{firstJobWords}, to: "first_job_seekers_share"},
	{on: "indicator/unemployed_persons", rate: true, unless: countAsked, to: "unemployment_rate"}, // "what percent are unemployed", "نسبة العاطلين"

	// Women's shares.
	{on: "indicator/labour_force", group: "sex/female", rate: true, to: "female_share_labour_force"},
	{on: "indicator/activity_rate", with: []string{womenAmongWords}, group: "sex/female", to: "female_share_labour_force"},
	{on: "indicator/neet_rate|indicator/neet_persons", with: []string{femaleShareWords}, group: "sex/female", to: "neet_female_share"},
	{on: "indicator/neet_rate", with: []string{peopleCountWords}, noRate: true, to: "neet_persons"},
	{on: "indicator/neet_rate", with: []string{countAsked}, noRate: true, to: "neet_persons"}, // "how many NEET youth", "3adad NEET"

	// The CNSS's declared employees, by what is asked of them.
	{on: cnssGeneral, with: []string{above6000Words}, rate: true, to: "cnss_share_above_6000"},
	{on: cnssGeneral, group: "sex/female", rate: true, to: "cnss_female_share_declared_employees"},
	{on: cnssGeneral, group: "sector/agriculture", rate: true, to: "cnss_declared_employees_share_agriculture"},
	{on: cnssGeneral, group: "sector/industry", rate: true, to: "cnss_declared_employees_share_industry"},
	{on: cnssGeneral, group: "sector/construction", rate: true, to: "cnss_declared_employees_share_construction"},
	{on: cnssGeneral, group: "sector/services", rate: true, to: "cnss_declared_employees_share_services"},
	{on: cnssGeneral, with: []string{commerceWords}, rate: true, to: "cnss_declared_employees_share_commerce"},
	{on: cnssGeneral + "|indicator/cnss_avg_monthly_declared_wage", with: []string{medianWords}, to: "cnss_median_monthly_declared_wage"},
	{on: cnssGeneral, with: []string{wageBillWords}, to: "cnss_declared_wage_bill"},
	{on: cnssGeneral, with: []string{wageWords}, to: "cnss_avg_monthly_declared_wage"},
	{on: cnssGeneral, with: []string{payVerbs, averageWords}, to: "cnss_avg_monthly_declared_wage"},
	{on: cnssGeneral, with: []string{counting(firmWords), declaringWords}, to: "cnss_declaring_affiliates"},
	{on: cnssGeneral, with: []string{firmWords}, count: true, unless: counting(countedWorkers), to: "cnss_affiliated_firms"},
	{on: "indicator/cnss_affiliated_firms", with: []string{declaringWords}, to: "cnss_declaring_affiliates"},

	// Remittances by the country they come from: their share is the one
	// figure by country ("ch7al jat mn italia" is answered with it).
	{on: "indicator/remittances_received", with: []string{"France|فرنسا|fransa|frança|فرانسا|franca"}, to: "remittances_share_from_france"},
	{on: "indicator/remittances_received", with: []string{"Espagne|Spain|إسبانيا|اسبانيا|سبانيا|sbanya|sbania|spanya|spania|españa"},
		to: "remittances_share_from_spain"},
	{on: "indicator/remittances_received", with: []string{"Italie|Italy|إيطاليا|ايطاليا|الطاليان|taliyan|talyan|italia|ltalyan"},
		to: "remittances_share_from_italy"},
	{on: "indicator/remittances_received", with: []string{"Arabie saoudite|Saudi Arabia|Saudi|السعودية|sa3odiya|ssa3odiya|sa3oudiya|l'Arabie|Arabie"},
		to: "remittances_share_from_saudi_arabia"},

	// Money the Moroccans abroad send, rather than their number.
	{on: "indicator/moroccans_abroad_consular_registered", with: []string{moneyWords + "|" + sendVerbs}, to: "remittances_received"},

	// Weekly hours: all of them rather than their mean.
	{on: "indicator/avg_weekly_hours_worked", with: []string{totalWords}, to: "total_weekly_hours_worked"},
}

// counting returns the phrases that count one of nouns: a count frame
// followed by the noun ("how many businesses", "شحال من شركة").
func counting(nouns string) string {
	var out []string
	for _, f := range splitList(countFrames) {
		for _, w := range splitList(nouns) {
			if strings.HasSuffix(f, "'") {
				out = append(out, f+w)
			} else {
				out = append(out, f+" "+w)
			}
		}
	}
	return strings.Join(out, "|")
}

// narrowerOf lists, for a general indicator, the narrower ones a message
// naming both asks for: the general one gives way (dropBroader).
var narrowerOf = func() map[string][]string {
	employed := "underemployment_rate|underemployed_persons|time_related_underemployment_rate|income_related_underemployment_rate|" +
		"time_related_underemployed_persons|income_related_underemployed_persons|excessive_hours_share|excessive_hours_share_services|" +
		"excessive_hours_share_industry|excessive_hours_share_construction|excessive_hours_share_agriculture|employed_no_diploma_share|" +
		"employment_linked_medical_coverage_share|wage_employment_share|unpaid_employment_share|informal_sector_employment_share_nonagri|" +
		"employment_share_services|employment_share_industry|employment_share_construction|employment_share_agriculture|" +
		"employed_persons_services|employed_persons_industry|employed_persons_construction|employed_persons_agriculture|" +
		"cnss_declared_employees|cnss_share_below_smig|cnss_share_above_6000|cnss_avg_monthly_declared_wage|cnss_median_monthly_declared_wage|" +
		"anapec_idmaj_insertions|anapec_tahfiz_insertions|anapec_salaried_insertions|anapec_idmaj_insertions_international"
	unemployed := "long_term_unemployment_share|mean_unemployment_duration|first_job_seekers_share|unemployment_rate_census|" +
		"anapec_idmaj_insertions|anapec_tahfiz_insertions|anapec_salaried_insertions|anapec_idmaj_insertions_international|anapec_taehil_beneficiaries"
	under := "time_related_underemployment_rate|income_related_underemployment_rate|underemployment_time_related_share|" +
		"underemployment_income_related_share|underemployment_rate_services|underemployment_rate_industry|underemployment_rate_construction|" +
		"time_related_underemployed_persons|income_related_underemployed_persons"
	cnss := "cnss_share_below_smig|cnss_share_above_6000|cnss_female_share_declared_employees|cnss_declared_employees_share_services|" +
		"cnss_declared_employees_share_industry|cnss_declared_employees_share_construction|cnss_declared_employees_share_agriculture|" +
		"cnss_declared_employees_share_commerce|cnss_avg_monthly_declared_wage|cnss_median_monthly_declared_wage|cnss_declared_wage_bill|" +
		"cnss_declared_employees_sdr"
	remittances := "remittances_share_from_france|remittances_share_from_spain|remittances_share_from_italy|remittances_share_from_saudi_arabia"
	anapec := "anapec_idmaj_insertions|anapec_tahfiz_insertions|anapec_idmaj_insertions_international"
	m := map[string]string{
		"net_jobs_created": "anapec_idmaj_insertions|anapec_tahfiz_insertions|anapec_salaried_insertions|anapec_idmaj_insertions_international",
		"employed_persons": employed, "employment_rate": employed, "unemployment_rate": unemployed, "unemployed_persons": unemployed,
		"underemployment_rate": under, "underemployed_persons": under, "cnss_declared_employees": cnss, "wage_employment_share": cnss,
		"remittances_received": remittances, "anapec_salaried_insertions": anapec, "anapec_idmaj_insertions": "anapec_idmaj_insertions_international",
		"activity_rate": "female_share_labour_force|activity_rate_census", "labour_force": "female_share_labour_force|inactive_persons",
		"neet_rate": "neet_female_share", "neet_persons": "neet_female_share", "cnss_affiliated_firms": "cnss_declaring_affiliates",
		"avg_weekly_hours_worked": "excessive_hours_share|total_weekly_hours_worked", "total_weekly_hours_worked": "excessive_hours_share",
		"cnss_avg_monthly_declared_wage": "cnss_median_monthly_declared_wage|cnss_share_below_smig",
	}
	out := map[string][]string{}
	for k, v := range m {
		out[k] = splitList(v)
	}
	return out
}()

// narrowRules are the built rules of ruleTable.
var narrowRules = func() []narrowRule {
	built := map[string]*phraseIndex{}
	indexOf := func(list string) *phraseIndex { // one index per list, shared by the rules
		if ix, ok := built[list]; ok {
			return ix
		}
		built[list] = indexOf(list)
		return built[list]
	}
	out := make([]narrowRule, 0, len(ruleTable))
	for _, t := range ruleTable {
		r := narrowRule{rate: t.rate, noRate: t.noRate, count: t.count, labour: t.labour,
			to: &entry{item: lexicon.item(Concept{KindIndicator, t.to})}}
		for _, c := range splitList(t.on) {
			kind, value, _ := strings.Cut(c, "/")
			r.on = append(r.on, Concept{kind, value})
		}
		if t.trigger != "" {
			r.trigger = indexOf(t.trigger)
		}
		for _, w := range t.with {
			r.with = append(r.with, indexOf(w))
		}
		if t.group != "" {
			kind, value, _ := strings.Cut(t.group, "/")
			r.group = Concept{kind, value}
		}
		if t.unless != "" {
			r.unless = indexOf(t.unless)
		}
		out = append(out, r)
	}
	return out
}()
