// Package lang is the one place Marsad asks about language: which of the five
// languages a text is in (Detect), the matching form of text (Normalize,
// Tokens, Fold), and the lexicons shared by the planner, retrieval and
// ingestion: the gazetteer of Moroccan places (FindPlaces, LookupPlace,
// RegionName), the concept lexicon of indicators, groups, intents,
// occupations, skills, contracts and topics in every language and script
// (FindConcepts, ConceptTerms, Concepts), time periods (FindPeriods,
// with LastYear, ThisYear and SameYear for relative years), and the words
// that point back at a conversation: ordinals, demonstratives and a
// leading ellipsis (FindReferences). Analyze runs the first three finders over one
// preparation of the text.
// FindUnresolved says what a text names that none of them resolves (a
// foreign or unknown place, an occupation or indicator of unknown words, a
// year outside 1990-2039), NearestPlaces and NearestConcepts the nearest
// known names, and FindSmallTalk tells greetings, thanks, goodbyes and
// questions outside the labour market.
//
// Everything here is a pure function of its arguments over tables built once
// at package initialisation: safe for concurrent use, never panicking, on any
// string including invalid UTF-8. The package imports nothing of Marsad.
//
// Matching works on folded tokens: text is normalised (Normalize), split into
// words (Tokens) and each word is reduced to a canonical form (Fold) that
// forgets the Arabic definite article and proclitics, the accusative alif
// of long Arabic words (محاسبا), Arabizi digit letters (3 7 9 5 8 2),
// ch/sh, ou/o/u/w, y/i, doubled letters and unstressed e between
// consonants. A lexicon entry matches when the folded words of the
// text equal its folded words, so "lbitala", "البطالة", "والبطالة" and
// "bitala" all find the unemployment rate. Finders return matches in order of
// appearance, the longest entry winning at each position, never overlapping
// (topics aside, see below), each with the surface text as written in the
// input.
//
// Some words mean a concept only in context, and the lexicon says which
// context (cue.go): a Darija verb such as "tkhel9at" (got created) or
// "ضاعت" (got lost) is net job creation near a job noun, "li khdamin" (who
// work) the employment rate after a rate word, "9lil" (few) the lowest in a
// question asking which. Misspelt Latin words of 7 letters or more find the
// indicator, sector or place they are one edit from (two from 11 letters),
// through a deletion index (typo.go). Age bands are read from their bounds
// in any language (age.go), and "X ou Y" between two places or groups asks
// for a comparison (alternative.go).
//
// Rarer indicators are often named by a general one and a qualifier
// anywhere in the message ("la part des salariés CNSS payés sous le
// SMIG", "شحال ف المية من الخدامة عندهم التغطية الصحية", "how long do
// unemployed people stay unemployed"): narrowing rules read those
// (narrow.go), and an indicator named beside a narrower one gives way to
// it. A longer concept name starting inside a shorter one wins over it.
//
// Topics (drought, informal_sector, call_centres, anapec...; see
// lexicon_topics.go) say what a text is about, for retrieval across
// languages. They are found in a second pass over the same words and may
// overlap the other concepts: "stage" is both the contract stage and the
// topic internships, and a group near a word of work ("chômage des
// femmes") is also the topic women_employment.
package lang
