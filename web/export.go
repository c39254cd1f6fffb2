package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
)

// exportWords are the fixed words of an exported conversation in one
// language; %s in Header are the date and the session id.
type exportWords struct {
	Title, Header, Demo, Question, Sources, Table, Chart string
}

var exportVocab = map[string]exportWords{
	"fr": {Title: "Conversation avec Marsad", Header: "Exportée de Marsad le %s (conversation `%s`).",
		Demo:     "Chaque chiffre vient de la source citée sous sa réponse. Les données de démonstration (offres d'emploi, notes et fiches métiers écrites pour la démonstration) sont marquées « données de démonstration ».",
		Question: "Question", Sources: "Sources", Table: "Tableau", Chart: "Graphique"},
	"ar": {Title: "محادثة مع مرصد", Header: "صُدّرت من مرصد في %s (المحادثة `%s`).",
		Demo:     "كل رقم مأخوذ من المصدر المذكور تحت جوابه. البيانات التجريبية (إعلانات الشغل والمذكرات والبطاقات المهنية المكتوبة للعرض) موسومة بعبارة «بيانات تجريبية».",
		Question: "السؤال", Sources: "المصادر", Table: "جدول", Chart: "رسم بياني"},
	"ary": {Title: "هضرة مع مرصد", Header: "تصدّرات من مرصد نهار %s (المحادثة `%s`).",
		Demo:     "كل رقم جاي من المصدر اللي مكتوب تحت الجواب ديالو. الداتا ديال التجربة (الإعلانات والمذكرات والفيشات اللي تكتبو للتجربة) مكتوب عليها «داتا ديال التجربة».",
		Question: "السؤال", Sources: "المصادر", Table: "جدول", Chart: "رسم"},
	"ary-Latn": {Title: "Hadra m3a Marsad", Header: "Tsadrat mn Marsad nhar %s (conversation `%s`).",
		Demo:     "Kol ra9m jay mn source li mktouba t7t jawab dyalo. Data dyal demo (annonces, notes w fiches li tkatbo l demo) mktoub 3liha « data dyal demo ».",
		Question: "Sou2al", Sources: "Sources", Table: "Tableau", Chart: "Graphique"},
	"en": {Title: "Conversation with Marsad", Header: "Exported from Marsad on %s (conversation `%s`).",
		Demo:     "Every figure comes from the source cited under its answer. Demo data (job ads, notes and occupation sheets written for the demonstration) is marked “demo data”.",
		Question: "Question", Sources: "Sources", Table: "Table", Chart: "Chart"},
}

// handleExport answers GET /api/sessions/:id/export with the kept turns
// of the session as Markdown (text/markdown, as an attachment): a header
// saying it was exported from Marsad, when, and that demo data is marked;
// then each question, its answer, the tables and charts of its turn, and
// its sources with their publisher and link. ?lang= (fr, ar, ary,
// ary-Latn, en) chooses the language of the fixed words; by default the
// first turn's.
func (s *Server) handleExport(c *gin.Context) {
	conv, ok := s.conversations(c)
	if !ok {
		return
	}
	got, err := conv.Session(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err, "")
		return
	}
	l := c.Query("lang")
	if _, known := exportVocab[l]; !known {
		l = got.Turns[0].Lang
	}
	md := exportMarkdown(got, l, time.Now().UTC(), requestBase(c.Request))
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="marsad-%s.md"`, got.SessionID))
	c.Data(http.StatusOK, "text/markdown; charset=utf-8", []byte(md))
}

// exportMarkdown writes a conversation as Markdown in language l's fixed
// words, dated at; base ("https://host") makes the charts' addresses,
// relative to the server, absolute, as the file is read elsewhere.
func exportMarkdown(conv assistant.Conversation, l string, at time.Time, base string) string {
	w, ok := exportVocab[l]
	if !ok {
		w = exportVocab["fr"]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", w.Title)
	fmt.Fprintf(&b, w.Header+"\n\n", at.Format("2006-01-02 15:04 UTC"), conv.SessionID)
	b.WriteString(w.Demo + "\n")
	for i, t := range conv.Turns {
		t = completeTurn(t, assistant.Request{SessionID: conv.SessionID})
		fmt.Fprintf(&b, "\n## %s %d\n\n", w.Question, conv.First+i+1)
		b.WriteString(quoteLines(t.Question) + "\n\n")
		b.WriteString(strings.TrimSpace(t.Answer) + "\n")
		for _, ch := range turnCharts(t) {
			if strings.HasPrefix(ch.URL, "/") {
				ch.URL = base + ch.URL
			}
			writeChart(&b, w, ch)
		}
		if src := assistant.SourcesText(t, markdownLink); src != "" {
			b.WriteString("\n" + src + "\n")
		}
	}
	return b.String()
}

// requestBase is the scheme and host the client reached: https when the
// connection or the proxy before it (X-Forwarded-Proto) says so.
func requestBase(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func quoteLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}

// exportChart is a chart as a turn carries it (assistant.Chart, read
// through JSON so that this file does not depend on that type's Go
// fields): a title, the address of its SVG, a caption and its table.
type exportChart struct {
	Title   string `json:"title"`
	URL     string `json:"url"`
	Caption string `json:"caption"`
	Table   *struct {
		Columns []string   `json:"columns"`
		Rows    [][]string `json:"rows"`
	} `json:"table"`
}

// turnCharts returns the charts of t, none when it has none (or when
// this build's Turn has no charts field).
func turnCharts(t assistant.Turn) []exportChart {
	raw, err := json.Marshal(t)
	if err != nil {
		return nil
	}
	var holder struct {
		Charts []exportChart `json:"charts"`
	}
	if json.Unmarshal(raw, &holder) != nil {
		return nil
	}
	return holder.Charts
}

func writeChart(b *strings.Builder, w exportWords, ch exportChart) {
	if ch.Table != nil && len(ch.Table.Columns) > 0 {
		fmt.Fprintf(b, "\n**%s%s**\n\n", w.Table, titleSuffix(ch.Title))
		b.WriteString("| " + strings.Join(cells(ch.Table.Columns), " | ") + " |\n")
		b.WriteString(strings.Repeat("|---", len(ch.Table.Columns)) + "|\n")
		for _, r := range ch.Table.Rows {
			b.WriteString("| " + strings.Join(cells(r), " | ") + " |\n")
		}
	}
	if ch.URL != "" {
		fmt.Fprintf(b, "\n%s%s: %s\n", w.Chart, titleSuffix(ch.Title), ch.URL)
	}
	if ch.Caption != "" {
		b.WriteString("\n*" + strings.TrimSpace(ch.Caption) + "*\n")
	}
}

func titleSuffix(t string) string {
	if t == "" {
		return ""
	}
	return " — " + t
}

// cells escapes what would break a Markdown table row.
func cells(in []string) []string {
	r := strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ")
	out := make([]string, len(in))
	for i, c := range in {
		out[i] = r.Replace(c)
	}
	return out
}
