package offline

import (
	"testing"

	"github.com/marsad/marsad/tools"
)

// TestInformationOnAnOccupationAsksItsProfile: asking for information on
// an occupation ("معلومات على", "ma3loumat 3la", "des infos sur le métier
// de", "info about the job") asks its profile, not its ads; the Darija cook
// (الطياب, ettyab) is the cook.
func TestInformationOnAnOccupationAsksItsProfile(t *testing.T) {
	cases := []struct{ msg, tool, code string }{
		{"عطيني شي معلومات على خدمة السيكوريتي", tools.NameOccupationProfile, "5414"},
		{"بغيت معلومات على الخدمة ديال البلومبي", tools.NameOccupationProfile, "7126"},
		{"3tini chi ma3loumat 3la khdmat soudeur", tools.NameOccupationProfile, "7212"},
		{"je voudrais des infos sur le travail de plombier", tools.NameOccupationProfile, "7126"},
		{"أريد معلومات عن مهنة الممرض", tools.NameOccupationProfile, "2221"},
		{"any info about the job of a welder?", tools.NameOccupationProfile, "7212"},
		{"j'aimerais avoir des infos sur le métier d'électricien", tools.NameOccupationProfile, "7411"},
		{"can you give me some information about the job of plumber?", tools.NameOccupationProfile, "7126"},
		{"أريد بعض المعلومات حول مهنة المحاسب", tools.NameOccupationProfile, "2411"},
		{"بغيت شي معلومات على الكوافور", tools.NameOccupationProfile, "5141"},
		{"bghit chi ma3lomat 3la lfermli", tools.NameOccupationProfile, "2221"},
		{"عطيني المعلومات على خدمة الطباخ", tools.NameOccupationProfile, "5120"},
		{"بغيت نتعلم الطياب ديال الريسطو", tools.NameTrainingPaths, "5120"},
		{"bghit nt3elem ettyab f agadir", tools.NameTrainingPaths, "5120"},
		{"kayn chi khedma dyal tyab f casa?", tools.NameSearchJobAds, "5120"},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool || got.code != c.code {
			t.Errorf("%q: tool %q, code %q; want %q, %q", c.msg, got.tool, got.code, c.tool, c.code)
		}
	}
}
