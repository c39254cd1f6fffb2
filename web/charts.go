package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/web/chart"
)

// ChartFiles gives a chart's picture by its file name ("<sha256>.svg"),
// as chart.Store does: an error wrapping chart.ErrBadName or
// chart.ErrNotFound for a name that is not a chart's, any other error
// for a failure to read.
type ChartFiles interface {
	Read(name string) ([]byte, error)
}

// chartCache lets browsers and proxies keep a chart for a year without
// asking again: its name is the hash of its bytes, so it never changes.
const chartCache = "public, max-age=31536000, immutable"

// handleChart serves GET /charts/:name, the SVG a turn's chart links to,
// 404 JSON for a name that is not a stored chart's. The picture may be
// opened on its own, so it gets a policy that runs nothing.
func (s *Server) handleChart(c *gin.Context) {
	name := c.Param("name")
	if s.cfg.Charts == nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "no chart " + name, "code": "not_found"})
		return
	}
	svg, err := s.cfg.Charts.Read(name)
	if errors.Is(err, chart.ErrBadName) || errors.Is(err, chart.ErrNotFound) {
		_ = c.Error(err)
		c.JSON(http.StatusNotFound, gin.H{"error": err.Error() + ": " + name, "code": "not_found"})
		return
	}
	if err != nil {
		s.fail(c, err, "")
		return
	}
	etag := `"` + strings.TrimSuffix(name, ".svg") + `"`
	c.Header("Cache-Control", chartCache)
	c.Header("ETag", etag)
	c.Header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
	c.Header("X-Content-Type-Options", "nosniff")
	if c.GetHeader("If-None-Match") == etag {
		c.Status(http.StatusNotModified)
		return
	}
	c.Data(http.StatusOK, "image/svg+xml", svg)
}
