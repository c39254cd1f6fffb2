package occupation

import "sync"

// Name returns a name of an ISCO-08 unit group in language l from ESCO:
// the shortest preferred label among the group's occupations (the most
// general: "soudeur" rather than "soudeur à l'arc"), in French for every
// language but English (ESCO has no Arabic). "" when ESCO has none.
func Name(code, l string) string {
	namesOnce.Do(buildNames)
	if l == "en" {
		return namesEN[code]
	}
	return namesFR[code]
}

var (
	namesOnce        sync.Once
	namesFR, namesEN map[string]string
)

func buildNames() {
	namesFR, namesEN = map[string]string{}, map[string]string{}
	_ = eachESCO(func(code, l, kind, label string) {
		if kind != "p" {
			return
		}
		m := namesFR
		if l == "en" {
			m = namesEN
		}
		if old, ok := m[code]; !ok || len(label) < len(old) || len(label) == len(old) && label < old {
			m[code] = label
		}
	})
}
