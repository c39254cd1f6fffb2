package web

import (
	"net/http/httptest"
	"testing"

	"github.com/marsad/marsad/web/metrics"
)

// BenchmarkRequestObserved measures GET /api/sessions/:id (a 404 JSON
// answer through the whole middleware chain, in process) without and
// with the metrics Observer: the difference is what observing a request
// costs (request id, route-template histogram, error counter).
func BenchmarkRequestObserved(b *testing.B) {
	reg := metrics.New()
	for _, c := range []struct {
		name string
		cfg  Config
	}{{"bare", Config{}}, {"metrics", Config{Observer: reg, Metrics: reg.Handler()}}} {
		b.Run(c.name, func(b *testing.B) {
			h := New(c.cfg, scripted(), nil).Handler()
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/sessions/s-1", nil))
			}
		})
	}
}
