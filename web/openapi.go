package web

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

// openAPI is the OpenAPI 3 document of every route routes registers,
// with the request and response schemas; openapi_test.go checks it
// against the engine's routes and the answers of a running server.
//
//go:embed openapi.json
var openAPI []byte

// handleOpenAPI answers GET /openapi.json with the document.
func (s *Server) handleOpenAPI(c *gin.Context) {
	c.Data(http.StatusOK, "application/json", openAPI)
}
