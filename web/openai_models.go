package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// model is one entry of GET /v1/models, in OpenAI's shape.
type model struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Created int64  `json:"created"`
	OwnedBy string `json:"owned_by"`
}

// started is when the process started, reported as the model's creation
// time: Marsad's answers change with the data it loads, not with a model
// release.
var started = time.Now().Unix()

// handleModels answers GET /v1/models with the one model Marsad serves,
// {"object":"list","data":[{"id":"marsad","object":"model",...}]}, so that
// OpenAI clients (Open WebUI, LibreChat) can offer it.
func (s *Server) handleModels(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"object": "list", "data": []model{
		{ID: defaultModel, Object: "model", Created: started, OwnedBy: "marsad"},
	}})
}
