package web

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// turnReport is what the page shows of one turn, measured in the browser.
type turnReport struct {
	Question string
	Answer   string
	Lang     string
	Blocks   []blockReport // every block of the answer, its sources and charts
	Isolated []string      // the text of each <bdi> in the answer
	Sources  []string
	Charts   []chartReport
	Actions  []string // the action buttons' classes
}

// blockReport is one block: its computed direction and, for a list item,
// how far its text sits from the item's start edge (the bullet's side).
type blockReport struct {
	Tag, Text, Dir string
	Gap            float64
}

type chartReport struct {
	Alt        string
	ImgWidth   int // natural width: 0 when the SVG did not load
	Rows       int // rows of the chart's table body
	Caption    string
	CellsDir   []string
	FigureDirs string
}

// inspectTurn returns turn i (0-based) of the page.
const inspectTurn = `(function (i) {
  var turn = document.querySelectorAll('[data-role=turn]')[i];
  var ans = turn.querySelector('[data-role=answer]');
  var sel = '[data-role=answer] p, [data-role=answer] li, [data-role=answer] th, [data-role=answer] td, [data-role=answer] h3,' +
    ' [data-role=sources] li, [data-role=chart] th, [data-role=chart] td, [data-role=chart] figcaption';
  function gap(b) {
    if (b.tagName !== 'LI') return 0;
    var r = document.createRange();
    r.selectNodeContents(b);
    var text = r.getBoundingClientRect(), box = b.getBoundingClientRect();
    return getComputedStyle(b).direction === 'rtl' ? box.right - text.right : text.left - box.left;
  }
  return {
    Question: turn.querySelector('.msg-user .bubble').textContent.trim(),
    Answer: ans.textContent,
    Lang: turn.querySelector('article').lang,
    Blocks: Array.from(turn.querySelectorAll(sel)).map(function (b) {
      return { Tag: b.tagName, Text: b.textContent.slice(0, 80), Dir: getComputedStyle(b).direction, Gap: gap(b) };
    }),
    Isolated: Array.from(ans.querySelectorAll('bdi')).map(function (b) { return b.textContent; }),
    Sources: Array.from(turn.querySelectorAll('[data-role=sources] li')).map(function (b) { return b.textContent; }),
    Charts: Array.from(turn.querySelectorAll('[data-role=chart]')).map(function (f) {
      var img = f.querySelector('img');
      return { Alt: img ? img.alt : '', ImgWidth: img ? img.naturalWidth : 0,
        Rows: f.querySelectorAll('[data-role=chart-table] tbody tr').length,
        Caption: (f.querySelector('figcaption') || {}).textContent || '',
        CellsDir: Array.from(f.querySelectorAll('td')).map(function (c) { return getComputedStyle(c).direction; }),
        FigureDirs: getComputedStyle(f).direction };
    }),
    Actions: Array.from(turn.querySelectorAll('.actions button')).map(function (b) { return b.className; })
  };
})(%d)`

// ask types question into the form, sends it with Enter, and waits until
// the page holds n turns, the last one finished.
func ask(t *testing.T, ctx context.Context, question string, n int) turnReport {
	t.Helper()
	mustRun(t, ctx,
		chromedp.SendKeys(chromedp.ID("question"), question+kb.Enter),
		waitJS(fmt.Sprintf(`(function () {
		  var turns = document.querySelectorAll('[data-role=turn]');
		  return turns.length === %d && turns[%d].querySelector('article').getAttribute('aria-busy') === 'false';
		})()`, n, n-1)),
		// Chart images load after done; wait for them to settle.
		waitJS(`Array.from(document.querySelectorAll('[data-role=chart] img')).every(function (i) { return i.complete; })`),
	)
	return mustEval[turnReport](t, ctx, fmt.Sprintf(inspectTurn, n-1))
}

// checkTurn checks one finished turn against its question and the
// direction its answer must take.
func checkTurn(t *testing.T, r turnReport, question, dir string) {
	t.Helper()
	if r.Question != question {
		t.Errorf("turn shows question %q, want %q", r.Question, question)
	}
	if a := strings.TrimSpace(r.Answer); a == "" || a == "…" {
		t.Errorf("%q: empty answer", question)
	}
	items := 0
	for _, b := range r.Blocks {
		if b.Dir != dir {
			t.Errorf("%q: %s %q has direction %s, want %s", question, b.Tag, b.Text, b.Dir, dir)
		}
		if b.Tag == "LI" {
			items++
			// The text starts at the bullet's side, not across the line.
			if b.Gap > 4 {
				t.Errorf("%q: list item %q starts %.0f px from its %s edge", question, b.Text, b.Gap, dir)
			}
		}
	}
	if items == 0 {
		t.Errorf("%q: no list item in the answer or its sources", question)
	}
	if len(r.Sources) == 0 {
		t.Errorf("%q: no source listed", question)
	}
}

// checkCharts checks the turn's charts when the server gives the turn
// charts (POST /api/chat for the same question tells); otherwise the page
// must show none.
func checkCharts(t *testing.T, b *browser, r turnReport, question, dir string) {
	t.Helper()
	var turn struct {
		Charts []struct {
			Title string
			Table struct{ Rows [][]string }
		}
	}
	b.serverJSON(t, "POST", "/api/chat", mustJSON(t, map[string]string{"message": question}), &turn)
	if len(turn.Charts) == 0 {
		t.Logf("%q: the server gives this turn no chart; chart checks skipped", question)
		if len(r.Charts) != 0 {
			t.Errorf("%q: page shows %d charts the turn does not carry", question, len(r.Charts))
		}
		return
	}
	if len(r.Charts) != len(turn.Charts) {
		t.Fatalf("%q: page shows %d charts, turn carries %d", question, len(r.Charts), len(turn.Charts))
	}
	for i, c := range r.Charts {
		want := turn.Charts[i]
		if c.ImgWidth == 0 || c.Alt != want.Title {
			t.Errorf("%q chart %d: image width %d alt %q, want a loaded SVG titled %q", question, i, c.ImgWidth, c.Alt, want.Title)
		}
		if c.Rows != len(want.Table.Rows) {
			t.Errorf("%q chart %d: table has %d rows, want %d", question, i, c.Rows, len(want.Table.Rows))
		}
		if c.FigureDirs != dir {
			t.Errorf("%q chart %d: direction %s, want %s", question, i, c.FigureDirs, dir)
		}
	}
}

// missing returns the members of want absent from got.
func missing(got []string, want ...string) []string {
	var out []string
	for _, w := range want {
		found := false
		for _, g := range got {
			if g == w {
				found = true
				break
			}
		}
		if !found {
			out = append(out, w)
		}
	}
	return out
}
