package main

import (
	"net/http"
	"testing"

	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// A PostgreSQL that fails mid-run costs each turn at most its timeout,
// told in the user's language; /readyz says postgres is down while
// /healthz stays up; once the server is back, the same process answers
// again (the pool connects anew). Frozen is a server stopped with
// SIGSTOP: connections open, nothing answered, until SIGCONT. Stopped is
// a server shut down: connections closed, new ones refused, until it
// starts again.
func TestServeThroughAFailingPostgres(t *testing.T) {
	for _, c := range []struct {
		name           string
		fail, recovers func(t *testing.T, p *pgtest.Proxy)
		status         int // of POST /api/chat during the fault
	}{
		{"frozen", func(_ *testing.T, p *pgtest.Proxy) { p.Freeze() }, func(_ *testing.T, p *pgtest.Proxy) { p.Thaw() }, http.StatusGatewayTimeout},
		// 503, not 500: nothing was wrong with the question (tools.ErrUnavailable).
		{"stopped", func(_ *testing.T, p *pgtest.Proxy) { p.Stop() }, func(t *testing.T, p *pgtest.Proxy) { p.Start(t) }, http.StatusServiceUnavailable},
	} {
		t.Run(c.name, func(t *testing.T) {
			proxy := pgtest.NewProxy(t, pgtest.NewSchema(t))
			base := startServerEnv(t, env(t, "MARSAD_DATABASE_URL", proxy.DSN(), "MARSAD_TURN_TIMEOUT", faultTurnTimeout.String()))
			wantFigure(t, "before the fault", postChat(t, base, faultQuestions[0]))
			conn := dialWS(t, base)
			c.fail(t, proxy)
			askDuringFault(t, base, conn, c.status)
			readyUntil(t, base, "postgres")
			wantHealthy(t, base)
			c.recovers(t, proxy)
			askAfterFault(t, base, conn)
			readyUntil(t, base)
		})
	}
}
