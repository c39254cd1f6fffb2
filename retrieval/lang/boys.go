package lang

// Darija's "drari" (الدراري) are the young, and the boys: "chomage dyal
// drari" asks youth unemployment, but "lbnat w drari" sets girls against
// boys. Beside a word for women or girls, and named by nothing else, a
// word for the young that also means boys names the males.

// boysWords are the folded forms of the words for the young that also
// mean boys.
var boysWords = foldedSet("drari", "ddrari", "ldrari", "الدراري", "دراري", "ولاد", "لولاد", "wlad", "lwlad")

// IsBoys reports whether the concept match names the young by a word that
// also means boys ("drari", "الدراري"): after girls, they are the boys.
func IsBoys(m ConceptMatch) bool {
	if m.Concept != (Concept{KindAge, "15-24"}) {
		return false
	}
	for _, t := range Tokens(m.Surface) {
		if !boysWords[foldNormal(t)] {
			return false
		}
	}
	return m.Surface != ""
}

// boysBesideGirls reads the boys' words of ms as males when ms names
// females and no males: "NEET 3nd lbnat w drari" compares girls and boys.
func boysBesideGirls(ms []ConceptMatch) []ConceptMatch {
	female, male := false, false
	for _, m := range ms {
		female = female || m.Concept == Concept{KindSex, "female"}
		male = male || m.Concept == Concept{KindSex, "male"}
	}
	if !female || male {
		return ms
	}
	for i, m := range ms {
		if IsBoys(m) {
			ms[i].Concept = Concept{KindSex, "male"}
		}
	}
	return ms
}
