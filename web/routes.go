package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// routes declares every route of the server.
func (s *Server) routes(r *gin.Engine) {
	r.GET("/", s.handlePage)
	r.GET("/static/*file", s.handleStatic)
	r.GET("/healthz", s.handleHealth)
	r.GET("/readyz", s.handleReady)
	r.GET("/metrics", s.handleMetrics)
	r.GET("/openapi.json", s.handleOpenAPI)
	r.POST("/api/chat", s.requireJSON, s.handleChat)
	r.GET("/ws", s.handleSocket)
	r.POST("/v1/chat/completions", s.requireJSON, s.handleCompletions)
	r.GET("/v1/models", s.handleModels)
	r.POST("/api/ingest", s.handleIngest)
	r.GET("/api/ingest/:id", s.handleIngestJob)
	r.GET("/charts/:name", s.handleChart)
	r.GET("/api/sessions/:id", s.handleSession)
	r.GET("/api/sessions/:id/export", s.handleExport)
	r.POST("/api/feedback", s.requireJSON, s.handleFeedback)
	r.GET("/api/sources", s.handleSources)
	r.NoRoute(func(c *gin.Context) {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found", "code": "not_found"})
	})
}

// handleHealth answers 200 {"status":"ok","version":...} while the
// process serves.
func (s *Server) handleHealth(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"status": "ok", "version": s.cfg.Version})
}

// handleMetrics serves Config.Metrics, or 404 when there is none.
func (s *Server) handleMetrics(c *gin.Context) {
	if s.cfg.Metrics == nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "no metrics on this server", "code": "not_found"})
		return
	}
	s.cfg.Metrics.ServeHTTP(c.Writer, c.Request)
}
