package web

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// SourcesFunc lists the sources of the data loaded (tools.LoadedSources).
type SourcesFunc func(ctx context.Context) ([]tools.LoadedSource, error)

// sourcesTTL is how long the list of loaded sources is reused: reading it
// walks every indicator series, and an ingestion changes it rarely.
const sourcesTTL = time.Minute

// LoadedSource is a loaded source as GET /api/sources gives it: the
// source, and Label and DemoLabel in the language asked.
type LoadedSource struct {
	tools.LoadedSource
	// Label: "HCP — 1 071 chiffres officiels",
	// "emploi-maroc.example — 180 offres d'emploi dédoublonnées".
	Label     string `json:"label"`
	DemoLabel string `json:"demo_label,omitempty"`
}

// sourcesCache keeps the last list read and when.
type sourcesCache struct {
	mu   sync.Mutex
	at   time.Time
	list []tools.LoadedSource
}

// LoadedSources returns the sources of the data loaded, labelled in
// lang (fr, ar, ary, ary-Latn, en; French otherwise), at most sourcesTTL
// old; none when the server was given no Config.Sources. The page's
// footer lists them, and only them.
func (s *Server) LoadedSources(ctx context.Context, lang string) ([]LoadedSource, error) {
	list, err := s.loadedSources(ctx)
	if err != nil {
		return nil, err
	}
	w := prompts.Sources(lang)
	out := make([]LoadedSource, 0, len(list))
	for _, src := range list {
		ls := LoadedSource{LoadedSource: src, Label: src.Publisher}
		switch {
		case src.Kind == tools.KindReference:
			ls.Label = w.OwnSheet + " — " + prompts.Count(lang, "sheets", src.Sheets)
		case src.Notes > 0:
			ls.Label += " — " + prompts.Count(lang, "notes", src.Notes)
		case src.Sheets > 0:
			ls.Label += " — " + prompts.Count(lang, "sheets", src.Sheets)
		case src.Ads > 0:
			ls.Label += " — " + prompts.Count(lang, "ads", src.Ads)
		case src.Figures > 0:
			ls.Label += " — " + prompts.Count(lang, "figures", src.Figures)
		}
		if src.Demo {
			ls.DemoLabel = w.Demo
		}
		out = append(out, ls)
	}
	return out, nil
}

func (s *Server) loadedSources(ctx context.Context) ([]tools.LoadedSource, error) {
	if s.cfg.Sources == nil {
		return nil, nil
	}
	c := &s.sources
	c.mu.Lock()
	defer c.mu.Unlock() // one reader at a time: the others wait for its list
	if c.list != nil && time.Since(c.at) < sourcesTTL {
		return c.list, nil
	}
	list, err := s.cfg.Sources(ctx)
	if err != nil {
		return nil, err
	}
	if list == nil {
		list = []tools.LoadedSource{}
	}
	c.list, c.at = list, time.Now()
	return list, nil
}

// handleSources answers GET /api/sources?lang=… with
// {"sources": [LoadedSource...]}: the sources of the data loaded, figures
// first, then job sites, then occupation sheets, then notes.
func (s *Server) handleSources(c *gin.Context) {
	list, err := s.LoadedSources(c.Request.Context(), c.Query("lang"))
	if err != nil {
		s.fail(c, err, "")
		return
	}
	c.Header("Cache-Control", "max-age=60")
	c.JSON(http.StatusOK, gin.H{"sources": list})
}
