package ingest

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/retrieval/lang"
)

// field is one of the job-ad fields of DESIGN.md, plus seen (the day the
// ad was collected).
type field int

const (
	fID field = iota
	fTitle
	fEmployer
	fCity
	fRegion
	fSector
	fContract
	fSalary
	fEducation
	fExperience
	fDescription
	fSkills
	fPosted
	fSourceSite
	fURL
	fSeen
	numFields
)

// FieldNames are the canonical job-ad field names, in field order.
var FieldNames = [numFields]string{"id", "title", "employer", "city", "region", "sector", "contract", "salary",
	"education", "experience", "description", "skills", "posted", "source_site", "url", "seen"}

// aliases lists the column names real exports use for each field, in
// French, English and Arabic. Names are compared after columnKey.
var aliases = map[field][]string{
	fID:          {"ref", "reference", "post_id", "المرجع", "مرجع", "الرقم_المرجعي", "رقم_الإعلان", "رقم_العرض", "offer_id", "job_id", "annonce_id", "id_offre", "id_annonce"},
	fTitle:       {"titre", "poste", "intitule", "intitule_poste", "intitule_du_poste", "job_title", "position", "fonction", "offre", "emploi", "titre_offre", "title_fr", "المنصب", "عنوان", "الوظيفة"},
	fEmployer:    {"entreprise", "societe", "company", "company_name", "employer_name", "hiring_organization", "hiring_organization_name", "employeur", "recruteur", "raison_sociale", "organisation", "organization", "الشركة", "المشغل", "المقاولة"},
	fCity:        {"ville", "lieu", "location", "localisation", "location_city", "job_location", "job_location_address_address_locality", "address_locality", "lieu_de_travail", "lieu_travail", "city_name", "المدينة", "المكان"},
	fRegion:      {"province", "الجهة", "job_location_address_address_region", "address_region"},
	fSector:      {"secteur", "secteur_activite", "secteur_d_activite", "domaine", "industry", "activite", "القطاع"},
	fContract:    {"contrat", "type_contrat", "type_de_contrat", "contract_type", "employment_type", "job_type", "نوع_العقد", "العقد"},
	fSalary:      {"salaire", "remuneration", "pay", "wage", "salaire_propose", "الأجر", "الراتب"},
	fEducation:   {"niveau", "diplome", "niveau_etude", "niveau_etudes", "niveau_d_etudes", "formation", "education_level", "degree", "المستوى", "الشهادة", "المستوى_الدراسي"},
	fExperience:  {"experience_requise", "annees_experience", "years_experience", "الخبرة"},
	fDescription: {"desc", "details", "contenu", "texte", "body", "message", "text", "post_text", "content", "caption", "corps", "النص", "نص_الإعلان", "missions", "description_poste", "descriptif", "الوصف", "التفاصيل"},
	fSkills:      {"competences", "mots_cles", "keywords", "tags", "competences_requises", "profil_recherche", "المهارات", "الكفاءات"},
	fPosted:      {"date", "date_publication", "publication_date", "date_pub", "published", "published_at", "posted_at", "date_de_publication", "publie_le", "date_posted", "posted_date", "date_post", "post_date", "created_time", "created_at", "date_annonce", "تاريخ_النشر", "التاريخ"},
	fSourceSite:  {"source", "site", "site_source", "source_name", "المصدر"},
	fURL:         {"lien", "link", "href", "url_offre", "permalink", "permalink_url", "post_url", "url_annonce", "الرابط"},
	fSeen:        {"scraped_at", "collected_at", "crawled_at", "fetched_at", "date_collecte", "date_extraction"},
}

// columnIndex maps a column key to its field.
var columnIndex = func() map[string]field {
	m := map[string]field{}
	for f := range numFields {
		m[columnKey(FieldNames[f])] = f
		for _, a := range aliases[f] {
			m[columnKey(a)] = f
		}
	}
	return m
}()

// columnKey is the comparable form of a column name: BOM and spaces
// trimmed, lower case, accents removed, runs of other characters turned
// into one underscore ("Date de publication" → "date_de_publication").
func columnKey(name string) string {
	name = splitCamel(strings.TrimPrefix(strings.TrimSpace(name), "\ufeff"))
	var b strings.Builder
	under := false
	for _, w := range strings.FieldsFunc(lang.Normalize(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if under {
			b.WriteByte('_')
		}
		b.WriteString(w)
		under = true
	}
	return b.String()
}

// columnMap is how one input's columns map onto fields.
type columnMap struct {
	// byName maps each column name as written to its field, or -1.
	byName map[string]field
	// Mapped says which column was read as which field, for the summary
	// (only names that differ from the field's canonical name).
	Mapped map[string]string
	// Unknown lists the columns no field took, in order of appearance.
	Unknown []string
}

func newColumnMap() *columnMap {
	return &columnMap{byName: map[string]field{}, Mapped: map[string]string{}}
}

// fieldOf returns the field of a JSON member name (-1 when none), and
// records how it was read for the summary. Unlike field, it does not
// keep a field for the first name that took it: JSON Lines records of one
// file may come from several sources with their own names (jobTitle on
// one line, title on the next), so the caller settles clashes per record.
func (cm *columnMap) fieldOf(name string) field { return cm.learn(name, false) }

// field returns the field of column name, learning it on first sight. A
// field already taken by an earlier column leaves the later one unknown,
// so that no value silently overwrites another.
func (cm *columnMap) field(name string) field { return cm.learn(name, true) }

// learn returns the field of name, -1 when none, and records how it was
// read for the summary; exclusive refuses a field an earlier name took.
func (cm *columnMap) learn(name string, exclusive bool) field {
	if f, ok := cm.byName[name]; ok {
		return f
	}
	f, ok := columnIndex[columnKey(name)]
	if ok && exclusive {
		for _, g := range cm.byName {
			if g == f {
				ok = false
				break
			}
		}
	}
	if !ok {
		cm.byName[name] = -1
		cm.Unknown = append(cm.Unknown, name)
		return -1
	}
	cm.byName[name] = f
	if name != FieldNames[f] {
		cm.Mapped[name] = FieldNames[f]
	}
	return f
}

// splitCamel puts a space where a lower-case letter or digit meets an
// upper-case one, so that the camelCase names of JSON APIs read like the
// others: jobTitle → job Title, datePosted → date Posted.
func splitCamel(name string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range name {
		if unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
