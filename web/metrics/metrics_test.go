package metrics

import (
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/marsad/marsad/tools"
)

func TestLabelsStayBounded(t *testing.T) {
	r := New()
	r.Ingested("ads", 7, 2, 1, nil)
	r.Ingested("<script>", 0, 0, 0, errors.New("unknown kind"))
	r.Ingested("", 0, 0, 0, errors.New("cannot tell"))
	r.ToolCall("", time.Millisecond, &tools.ArgError{Field: "tool", Value: "made_up"})
	r.ToolCall("indicator_series", time.Millisecond, fmt.Errorf("store: %w", errors.New("down")))
	r.ToolCall("indicator_series", time.Millisecond, fmt.Errorf("period: %w", tools.ErrBadArgs))
	r.Request("", "GET", 404, time.Millisecond)

	for _, c := range []struct {
		got  float64
		want float64
		what string
	}{
		{testutil.ToFloat64(r.ingestRecs.WithLabelValues("ads", "loaded")), 7, "ads loaded"},
		{testutil.ToFloat64(r.ingestRecs.WithLabelValues("ads", "duplicate")), 2, "ads duplicate"},
		{testutil.ToFloat64(r.ingestRecs.WithLabelValues("ads", "quarantined")), 1, "ads quarantined"},
		{testutil.ToFloat64(r.ingestFiles.WithLabelValues("unknown", "refused")), 2, "refused files of no known kind"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
	rec := httptest.NewRecorder()
	r.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	text := string(body)
	for _, want := range []string{
		`marsad_tool_call_duration_seconds_count{outcome="bad_args",tool="unknown"} 1`,
		`marsad_tool_call_duration_seconds_count{outcome="error",tool="indicator_series"} 1`,
		`marsad_tool_call_duration_seconds_count{outcome="bad_args",tool="indicator_series"} 1`,
		`marsad_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"} 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("exposition lacks %s", want)
		}
	}
	for _, leaked := range []string{"made_up", "<script>"} {
		if strings.Contains(text, leaked) {
			t.Errorf("%q became a label", leaked)
		}
	}
}
