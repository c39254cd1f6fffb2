// Package match is the engine of the match_profile tool: it reads a job
// seeker's profile (free text or a pasted CV, in French, Arabic, Darija in
// either script, or English) once, and ranks the occupations of a
// catalogue by how well the person fits them, each with its explanation:
// the skills in common and missing, the trainings that close the gap, the
// ads in the person's region, and the signals that matched.
//
// The package imports no other Marsad package than retrieval/lang (the
// lexicons, the gazetteer) and retrieval/occupation (the ISCO-08
// classifier): package tools fills its Catalogue from the occupation
// profiles it holds and wraps Matcher.Match as a tool.
package match
