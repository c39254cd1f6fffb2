package ingest

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// SMIG is the monthly statutory minimum wage of non-agricultural work that
// an ad saying "SMIG" is read as: 17.10 MAD an hour × 191 hours = 3,266.10
// MAD gross a month, in force since 2025-01-01 under decree n° 2.24.1122
// (adopted by the Government Council on 26 December 2024). It is applied
// to ads of every date.
const (
	SMIG       = 3266.10
	SMIGSource = "Décret n° 2.24.1122 fixant le SMIG à 17,10 DH/heure à compter du 1er janvier 2025 (https://leseco.ma/business/smig-smag-les-augmentations-effectives-a-partir-du-1er-janvier.html)"
)

// Conversion factors to a monthly amount, stated once: 26 working days a
// month, 191 hours a month (the SMIG's basis), 52/12 weeks a month.
const (
	daysPerMonth  = 26
	hoursPerMonth = 191
	weeksPerMonth = 52.0 / 12
)

// amountRe finds amounts: grouped thousands ("6 500", "6.500", "6,500"),
// plain numbers with an optional decimal part ("7000,00"), and an
// optional k ("8K").
var amountRe = regexp.MustCompile(`\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`)

// salary is a salary read from an ad.
type salary struct {
	min, max float64 // MAD per month, 0 when not stated
	note     string  // smig, negotiable, foreign_currency, unreadable, or the conversion made
}

// parseSalary reads a salary as written: "6000-8000 DH" → 6000 to 8000;
// "5 000 MAD net" → 5000; "120 DH/jour" → 120×26 (note "daily*26");
// "60 000 DH par an" → 5000 (note "yearly/12"); "SMIG" → SMIG (note
// "smig"); "à négocier", "selon profil" → none (note "negotiable").
func parseSalary(s string) salary {
	s = strings.TrimSpace(s)
	if s == "" {
		return salary{}
	}
	low := lang.Normalize(s)
	if hasAny(low, smigWords) {
		return salary{min: SMIG, max: SMIG, note: "smig"}
	}
	if strings.ContainsAny(s, "€$") || hasAny(low, foreignWords) {
		return salary{note: "foreign_currency"}
	}
	nums, ok := amounts(asciiDigits(s))
	if !ok {
		return salary{note: "unreadable"}
	}
	if len(nums) == 0 {
		return salary{note: "negotiable"}
	}
	factor, note := periodFactor(low)
	sal := salary{min: round2(nums[0] * factor), note: note}
	sal.max = sal.min
	if len(nums) > 1 && nums[1] >= nums[0] {
		sal.max = round2(nums[1] * factor)
	}
	if sal.min < minSalary || sal.max > maxSalary {
		return salary{note: "unreadable"}
	}
	return sal
}

// The bounds of a salary read, in MAD a month: below minSalary an amount
// is a typo or a count ("12"), above maxSalary not a wage. maxAmount
// bounds one amount as written, before its period is converted (a yearly
// maxSalary is 12 million): a larger one is a typo or garbage, refused
// before any arithmetic on it can overflow.
const (
	minSalary = 100
	maxSalary = 1_000_000
	maxAmount = 100_000_000
)

var (
	smigWords    = words("smig", "smic", "salaire minimum", "السميك", "الحد الادنى للاجور", "الحد الأدنى للأجور")
	foreignWords = words("eur", "euro", "euros", "usd")
	dayWords     = words("jour", "journee", "par jour", "day", "daily", "يوم", "اليوم", "لليوم", "فاليوم", "يوميا",
		"nhar", "lnhar", "nhar", "نهار", "لنهار", "النهار", "فالنهار", "للنهار")
	hourWords   = words("heure", "h", "hour", "hourly", "ساعة", "للساعة", "لساعة", "الساعة", "sa3a", "sa3", "lsa3a")
	weekWords   = words("semaine", "week", "weekly", "أسبوع", "اسبوعيا")
	annualWords = words("an", "ans", "annee", "annuel", "annuelle", "par an", "year", "yearly", "annual", "سنة", "سنويا", "سنوي")
)

// phrases are words or phrases to look for in normalised text, kept in
// lang.Normalize form between spaces.
type phrases []string

// words builds phrases from phrases as written.
func words(ps ...string) phrases {
	out := make(phrases, 0, len(ps))
	for _, p := range ps {
		if n := lang.Normalize(p); n != "" {
			out = append(out, " "+n+" ")
		}
	}
	return out
}

// hasAny reports whether normalised text contains one of the phrases as
// whole words.
func hasAny(norm string, ps phrases) bool {
	t := " " + norm + " "
	for _, p := range ps {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// periodFactor returns the factor to a monthly amount from the period the
// text names, and the note saying so ("" for a month).
func periodFactor(norm string) (float64, string) {
	switch {
	case hasAny(norm, dayWords):
		return daysPerMonth, "daily*26"
	case hasAny(norm, hourWords):
		return hoursPerMonth, "hourly*191"
	case hasAny(norm, weekWords):
		return weeksPerMonth, "weekly*52/12"
	case hasAny(norm, annualWords):
		return 1.0 / 12, "yearly/12"
	}
	return 1, ""
}

// amounts returns the numbers of s in order, "8K" read as 8000. It
// reports false when one of them is past maxAmount: the salary is then
// unreadable, not the other amounts alone.
func amounts(s string) ([]float64, bool) {
	var out []float64
	for _, loc := range amountRe.FindAllStringIndex(s, -1) {
		v, ok := parseAmount(s[loc[0]:loc[1]])
		if !ok {
			return nil, false
		}
		if rest := s[loc[1]:]; len(rest) > 0 && (rest[0] == 'k' || rest[0] == 'K') {
			v *= 1000
		}
		if v > maxAmount {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}

// parseAmount reads "6 500", "6.500", "6,500.00", "7000,00": a separator
// followed by exactly three digits groups thousands, one followed by one
// or two digits marks decimals. It reports false for more digits than
// any amount up to maxAmount has: what it hands strconv is then always a
// short decimal number, never an overflow, NaN, Inf or hex float.
func parseAmount(t string) (float64, bool) {
	if len(t) > maxAmountChars {
		return 0, false
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= '0' && c <= '9' {
			b.WriteByte(c)
			continue
		}
		digits := 0
		for j := i + 1; j < len(t) && t[j] >= '0' && t[j] <= '9'; j++ {
			digits++
		}
		if digits != 3 && (c == '.' || c == ',') {
			b.WriteByte('.')
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, err == nil
}

// asciiDigits turns Arabic-Indic and Persian digits into ASCII ones and
// no-break spaces into spaces.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r == '\u00a0' || r == '\u202f':
			return ' '
		}
		return r
	}, s)
}

// maxAmountChars is the longest amount parseAmount reads: maxAmount
// written with thousands separators and decimals ("100 000 000,00").
const maxAmountChars = len("100 000 000,00")

// round2 rounds to the centime, without a conversion to an integer that
// could overflow.
func round2(v float64) float64 { return math.Round(v*100) / 100 }
