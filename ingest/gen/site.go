package gen

// The four imaginary job sites of the demo corpus. Their hosts use the
// reserved .example domain: the addresses lead nowhere.
var siteStyles = []siteStyle{
	{ // a French generalist job board
		name: "emploi-maroc.example", host: "www.emploi-maroc.example",
		lang: [3]int{88, 3, 9}, html: 0.05, flat: 0.12, truncate: 0.1,
		dates: []int{dateDMY, dateDMY, dateDMY, dateFrPosted, dateRelFr}, drop: 0.08,
	},
	{ // an aggregator exporting English keys and raw HTML
		name: "jobs-atlas.example", host: "jobs-atlas.example",
		lang: [3]int{89, 3, 8}, html: 0.6, flat: 0.05, entities: 0.35, truncate: 0.08,
		dates: []int{dateISO, dateISO, dateISOTime}, drop: 0.1, noTitle: 0.01,
	},
	{ // a classifieds site, much Arabic and Darija
		name: "souk-annonces.example", host: "souk-annonces.example",
		lang: [3]int{28, 56, 16}, darija: 0.45, flat: 0.2, emoji: 0.35, truncate: 0.25,
		dates: []int{dateRelFr, dateRelAr, dateFrLong, dateArLong, dateDMY}, drop: 0.15, arFields: true, noTitle: 0.01,
	},
	{ // a public employment portal
		name: "portail-emploi-public.example", host: "portail-emploi-public.example",
		lang: [3]int{62, 28, 10}, darija: 0.05, html: 0.3, flat: 0.05, entities: 0.2, truncate: 0.05,
		dates: []int{dateISO, dateDMYDash}, drop: 0.05, arFields: true,
	},
}

// siteFiles describes each seed file: its style (index in siteStyles), name,
// schema, ID prefix and number of original ads.
var siteFiles = []struct {
	style  int
	name   string
	prefix string
	count  int
	schema schema
}{
	{0, "site_a.csv", "sa", 170, schema{format: FormatCSV, crlf: true, skillSep: "; ", columns: []column{
		{"id", fID}, {"titre", fTitle}, {"entreprise", fEmployer}, {"ville", fCity}, {"secteur", fSector},
		{"type_contrat", fContract}, {"salaire", fSalary}, {"niveau", fEducation}, {"experience", fExperience},
		{"description", fDescription}, {"competences", fSkills}, {"date_publication", fPosted}, {"lien", fURL}}}},
	{1, "site_b.jsonl", "sb", 120, schema{format: FormatJSONL, skillArr: true, missing: jsonMissingOmit, columns: []column{
		{"id", fID}, {"title", fTitle}, {"company", fEmployer}, {"location", fCity}, {"sector", fSector},
		{"contract", fContract}, {"salary", fSalary}, {"education", fEducation}, {"experience", fExperience},
		{"description", fDescription}, {"skills", fSkills}, {"posted", fPosted}, {"url", fURL},
		{"source_site", fSourceSite}, {"scraped_at", fScrapedAt}}}},
	{2, "site_c.csv", "sc", 95, schema{format: FormatCSV, bom: true, skillSep: " | ", columns: []column{
		{"id", fID}, {"poste", fTitle}, {"societe", fEmployer}, {"lieu", fCity}, {"region", fRegion},
		{"secteur", fSector}, {"contrat", fContract}, {"salaire", fSalary}, {"diplome", fEducation},
		{"experience", fExperience}, {"description", fDescription}, {"mots_cles", fSkills}, {"date", fPosted},
		{"link", fURL}, {"nb_postes", fPositions}}}},
	{3, "anapec_like.jsonl", "an", 75, schema{format: FormatJSONL, skillSep: ";", missing: jsonMissingMixed, columns: []column{
		{"id", fID}, {"intitule", fTitle}, {"entreprise", fEmployer}, {"ville", fCity}, {"region", fRegion},
		{"secteur", fSector}, {"type_contrat", fContract}, {"salaire", fSalary}, {"diplome", fEducation},
		{"experience", fExperience}, {"description", fDescription}, {"competences", fSkills}, {"date", fPosted},
		{"lien", fURL}, {"nombre_postes", fPositions}, {"agence", fAgency}}}},
}
