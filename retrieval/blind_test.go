package retrieval_test

import "testing"

// TestRetrievalQualityBlind scores testdata/heldout_queries.jsonl: 60
// queries written by someone who read the corpus but none of the code or
// the other query sets, scored as they came. It logs the table; the
// floors guard against regressions, a few points under the first run.
func TestRetrievalQualityBlind(t *testing.T) {
	report := runQuality(t, "heldout_queries.jsonl", 60, 30)
	if r := report.get("all", "hybrid").recall(); r < blindFloor {
		t.Errorf("blind hybrid recall@5 = %.3f, floor %.2f", r, blindFloor)
	}
	if r := report.get("cross-language", "hybrid").recall(); r < blindCrossFloor {
		t.Errorf("blind cross-language hybrid recall@5 = %.3f, floor %.2f", r, blindCrossFloor)
	}
}

// First run: 0.858 overall, 0.926 cross-language (hybrid recall@5).
const (
	blindFloor      = 0.82
	blindCrossFloor = 0.88
)
