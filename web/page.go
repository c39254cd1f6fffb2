package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

//go:embed static
var staticFiles embed.FS

// assets is the static folder served under /static/.
var assets = mustSub(staticFiles, "static")

// pageName is the page template, rendered at / and never served raw.
const pageName = "index.html"

// example is a question offered as a clickable chip on the page.
type example struct {
	Lang string // BCP 47 tag for the lang attribute
	Text string
}

// examples show the five ways users write: French, Arabic, Darija in
// Arabic script, Arabizi and English.
var examples = []example{
	{"fr", "Quel est le taux de chômage des jeunes en 2024 ?"},
	{"ar", "ما هو معدل البطالة في جهة الشرق سنة 2024؟"},
	{"ary", "شحال كاينة البطالة عند العيالات ف 2024؟"},
	{"ary-Latn", "ch7al taux dyal chomage f casa 2024?"},
	{"fr", "Quelles compétences demandent les offres d'emploi à Tanger ?"},
	{"ary", "شنو هي التكوينات باش نولي فرملي؟"},
	{"en", "What are the most demanded occupations in Casablanca?"},
}

// pageData is what the page template receives.
type pageData struct {
	Version  string
	Examples []chip
}

type chip struct {
	Lang, Dir, Text string
}

func mustParsePage() *template.Template {
	return template.Must(template.New(pageName).ParseFS(assets, pageName))
}

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err)
	}
	return sub
}

// handlePage renders the chat page.
func (s *Server) handlePage(c *gin.Context) {
	data := pageData{Version: s.cfg.Version}
	for _, e := range examples {
		data.Examples = append(data.Examples, chip{Lang: e.Lang, Dir: Direction(e.Text), Text: e.Text})
	}
	var buf bytes.Buffer
	if err := s.page.Execute(&buf, data); err != nil {
		s.fail(c, err, "")
		return
	}
	securityHeaders(c)
	c.Data(http.StatusOK, "text/html; charset=utf-8", buf.Bytes())
}

// handleStatic serves the embedded assets under /static/, without
// directory listings.
func (s *Server) handleStatic(c *gin.Context) {
	name := strings.TrimPrefix(c.Param("file"), "/")
	info, err := fs.Stat(assets, name)
	if name == pageName || !fs.ValidPath(name) || err != nil || info.IsDir() {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found", "code": "not_found"})
		return
	}
	securityHeaders(c)
	c.Header("Cache-Control", "no-cache")
	http.ServeFileFS(c.Writer, c.Request, assets, name)
}

// securityHeaders forbids anything the page does not need: no external
// script, style, frame or connection.
func securityHeaders(c *gin.Context) {
	c.Header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
	c.Header("X-Content-Type-Options", "nosniff")
	c.Header("Referrer-Policy", "no-referrer")
}
