package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/lang"
)

// maxNoteFile bounds a note, read whole.
const maxNoteFile = 16 << 20

// Note is a statistical note or article read from Markdown, HTML or plain
// text.
type Note struct {
	ID        string
	Title     string
	Text      string // Markdown kept as written; HTML turned into plain text
	Lang      string
	Publisher string
	Period    string    // 2024, 2025-Q3 … as the front matter says
	Region    string    // MA, MA-SUD, MA-01 … MA-12, "" when not stated
	URL       string    // an http(s) address, "" when none (see webAddress)
	Date      time.Time // start of Period, zero when none
	// URLDropped says why the front matter's url was dropped ("javascript:
	// is not http(s)"), "" when it was kept or there was none.
	URLDropped string
}

var (
	headingRe = regexp.MustCompile(`(?m)^#{1,3}\s+(.+)$`)
	titleRe   = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>`)
	periodRe  = regexp.MustCompile(`^(\d{4})(?:-Q([1-4])|-(\d{2}))?`)
)

// ReadNote reads one note named name. A front matter block between
// "---" lines gives id, title, lang, publisher, period, region, url;
// what it leaves out is taken from the text (first heading or <title>,
// detected language) and the file name (id), and publisher defaults to
// the one given. A note without text is an error wrapping ErrBadFile.
func ReadNote(r io.Reader, name, publisher string) (Note, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxNoteFile+1))
	if err != nil {
		return Note{}, err
	}
	if len(data) > maxNoteFile {
		return Note{}, &RowError{File: name, Line: 1, Err: fmt.Errorf("note larger than %d bytes", maxNoteFile)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if line := invalidLine(data); line > 0 {
		reason, _ := notUTF8(string(data))
		return Note{}, &RowError{File: name, Line: line, Err: errors.New(reason)}
	}
	meta, body, err := frontMatter(data)
	if err != nil {
		return Note{}, &RowError{File: name, Line: 1, Err: fmt.Errorf("front matter: %w", err)}
	}
	n := Note{ID: meta["id"], Title: meta["title"], Lang: meta["lang"], Publisher: first(meta["publisher"], publisher),
		Period: meta["period"], Region: meta["region"]}
	n.URL, n.URLDropped = webAddress(meta["url"])
	text := string(body)
	if isHTML(body) {
		if n.Title == "" {
			n.Title = htmlTitle(text)
		}
		text = plainText(text)
	}
	n.Text = strings.TrimSpace(text)
	if n.Text == "" {
		return Note{}, &RowError{File: name, Line: 1, Err: fmt.Errorf("%w: the note has no text", ErrBadFile)}
	}
	n.fill(name)
	return n, nil
}

// fill derives what the front matter left out.
func (n *Note) fill(name string) {
	if n.Title == "" {
		if m := headingRe.FindStringSubmatch(n.Text); m != nil {
			n.Title = strings.TrimSpace(m[1])
		} else {
			line, _, _ := strings.Cut(n.Text, "\n")
			n.Title = prefix(strings.TrimSpace(line), 120)
		}
	}
	if n.ID == "" {
		base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		n.ID = "note-" + strings.ReplaceAll(lang.Normalize(base), " ", "-")
	}
	if n.Lang == "" {
		n.Lang = string(lang.Detect(prefix(n.Text, 2000)))
	}
	if n.Publisher == "" {
		n.Publisher = "unknown"
	}
	if m := periodRe.FindStringSubmatch(n.Period); m != nil {
		month := "01"
		switch {
		case m[2] != "":
			month = fmt.Sprintf("%02d", (int(m[2][0]-'0')-1)*3+1)
		case m[3] != "":
			month = m[3]
		}
		n.Date, _ = time.Parse("2006-01", m[1]+"-"+month)
	}
}

// Document returns the note as a retrieval document.
func (n Note) Document() retrieval.Document {
	meta := map[string]string{}
	if n.Period != "" {
		meta["period"] = n.Period
	}
	if n.URLDropped != "" {
		meta["url_dropped"] = n.URLDropped
	}
	return retrieval.Document{ID: n.ID, Kind: retrieval.KindNote, Lang: n.Lang, Title: n.Title, Text: n.Text,
		Region: n.Region, Date: n.Date, Publisher: n.Publisher, URL: n.URL, Meta: meta}
}

// frontMatter splits a leading "---" block from the body and reads its
// keys as text.
func frontMatter(data []byte) (map[string]string, []byte, error) {
	meta := map[string]string{}
	rest, ok := bytes.CutPrefix(data, []byte("---"))
	if !ok {
		return meta, data, nil
	}
	block, body, found := bytes.Cut(rest, []byte("\n---"))
	if !found {
		return meta, data, nil
	}
	var raw map[string]any
	if err := yaml.Unmarshal(block, &raw); err != nil {
		return nil, nil, err
	}
	for k, v := range raw {
		if v != nil {
			meta[strings.ToLower(k)] = strings.TrimSpace(fmt.Sprint(v))
		}
	}
	if i := bytes.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:] // the rest of the closing "---" line
	} else {
		body = nil
	}
	return meta, body, nil
}

func isHTML(b []byte) bool {
	t := bytes.ToLower(bytes.TrimSpace(b))
	return bytes.HasPrefix(t, []byte("<!doctype html")) || bytes.HasPrefix(t, []byte("<html")) ||
		bytes.Contains(t[:min(len(t), 2048)], []byte("<body")) || bytes.HasPrefix(t, []byte("<h1")) || bytes.HasPrefix(t, []byte("<p"))
}

func htmlTitle(s string) string {
	m := titleRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return oneLine(first(m[1], m[2]))
}
