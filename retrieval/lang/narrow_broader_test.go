package lang

import "testing"

func TestBroaderIndicator(t *testing.T) {
	for ind, want := range map[string]string{
		"remittances_received":                 "remittances_received",
		"time_related_underemployment_rate":    "underemployment_rate",
		"neet_persons":                         "neet_persons",
		"cnss_share_below_smig":                "cnss_avg_monthly_declared_wage",
		"moroccans_abroad_consular_registered": "",
	} {
		if got := BroaderIndicator(ind); got != want {
			t.Errorf("BroaderIndicator(%s) = %q, want %q", ind, got, want)
		}
	}
	if !Narrows("remittances_received", "remittances_share_from_france") || Narrows("remittances_received", "neet_rate") {
		t.Error("Narrows: remittances give way to France's share only")
	}
}
