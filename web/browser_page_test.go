package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/marsad/marsad/assistant"
)

// Questions asked in the browser: a French series, an Arabic series whose
// list items start with a year ("2019: 9,2%"), and a Darija skills list
// whose items start with Latin words ("php", "html").
const (
	questionFR  = "Évolution du taux de chômage national de 2017 à 2024"
	questionAR  = "تطور معدل البطالة في المغرب من 2017 إلى 2024"
	questionARY = "شنو هي المهارات اللي كيطلبو فمطور الويب؟"
)

// TestBrowser uses the chat page in headless Chromium at a desktop and a
// phone viewport.
func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	t.Run("desktop", func(t *testing.T) { testConversation(t, b, b.newPage(t, 1280, 900), "desktop") })
	t.Run("phone", func(t *testing.T) { testPhone(t, b, b.newPage(t, 390, 844)) })
	t.Run("stop", func(t *testing.T) { testStop(t, b) })
}

// testConversation asks in French, Arabic and Darija, checks each answer,
// then reloads, switches the interface language, exports and starts a
// new chat.
func testConversation(t *testing.T, b *browser, ctx context.Context, name string) {
	checkFooter(t, b, ctx)
	fr := ask(t, ctx, questionFR, 1)
	checkTurn(t, fr, questionFR, "ltr")
	ar := ask(t, ctx, questionAR, 2)
	checkTurn(t, ar, questionAR, "rtl")
	if m := missing(ar.Isolated, "2017: 10,2%", "2024: 13,3%"); len(m) > 0 {
		t.Errorf("Arabic answer: runs %q not isolated; isolated: %q", m, ar.Isolated)
	}
	ary := ask(t, ctx, questionARY, 3)
	checkTurn(t, ary, questionARY, "rtl")
	if m := missing(ary.Isolated, "php: 5", "html: 3"); len(m) > 0 {
		t.Errorf("Darija answer: runs %q not isolated; isolated: %q", m, ary.Isolated)
	}
	checkCharts(t, b, fr, questionFR, "ltr")
	checkCharts(t, b, ar, questionAR, "rtl")
	b.screenshot(t, ctx, name+"-conversation")
	b.screenshotTurns(t, ctx, name)
	checkPrint(t, b, ctx, name)
	checkCopy(t, ctx)
	again := regenerate(t, ctx, 4)
	checkTurn(t, again, questionARY, "rtl")
	if again.Answer != ary.Answer {
		t.Errorf("asked again, the Darija question got another answer:\n%s\nthen\n%s", ary.Answer, again.Answer)
	}

	checkProblems(t, ctx)
	session := mustEval[string](t, ctx, `localStorage.getItem('marsad.session') || ''`)
	if session == "" {
		t.Fatal("no session id kept in localStorage")
	}
	checkRestore(t, b, ctx, session, []string{questionFR, questionAR, questionARY, questionARY})
	checkExport(t, b, ctx, session)
	checkFeedback(t, b, ctx, session)
	checkLanguageSwitch(t, b, ctx, name)

	mustRun(t, ctx, chromedp.Click(chromedp.ID("new-chat")),
		waitJS(`document.querySelectorAll('[data-role=turn]').length === 0`))
	checkProblems(t, ctx)
	if s := mustEval[string](t, ctx, `localStorage.getItem('marsad.session') || ''`); s != "" {
		t.Errorf("new chat kept session %q", s)
	}
}

// checkRestore reloads the page: with GET /api/sessions/:id on the server
// the conversation comes back in order; without it the page starts empty
// rather than answer follow-ups from turns the user cannot see.
func checkRestore(t *testing.T, b *browser, ctx context.Context, session string, questions []string) {
	t.Helper()
	mustRun(t, ctx, chromedp.Reload(), waitJS(`document.querySelector('#status').dataset.state === 'open'`))
	if st := b.status(t, http.MethodGet, "/api/sessions/"+session, nil); st != http.StatusOK {
		t.Logf("GET /api/sessions/:id answers %d: restore checks skipped, the page must start empty", st)
		mustRun(t, ctx, waitJS(`!localStorage.getItem('marsad.session')`))
		if n := mustEval[int](t, ctx, `document.querySelectorAll('[data-role=turn]').length`); n != 0 {
			t.Errorf("page shows %d turns after a reload without a sessions route", n)
		}
		return
	}
	mustRun(t, ctx, waitJS(fmt.Sprintf(`document.querySelectorAll('[data-role=turn] article[aria-busy=false]').length === %d`, len(questions))))
	for i, q := range questions {
		r := mustEval[turnReport](t, ctx, fmt.Sprintf(inspectTurn, i))
		dir := "rtl"
		if q == questionFR {
			dir = "ltr"
		}
		checkTurn(t, r, q, dir)
	}
}

// checkExport follows the export link when the server keeps sessions;
// otherwise the link must not be offered.
func checkExport(t *testing.T, b *browser, ctx context.Context, session string) {
	t.Helper()
	visible := mustEval[bool](t, ctx, `getComputedStyle(document.getElementById('export')).display !== 'none'`)
	path := "/api/sessions/" + session + "/export"
	if st := b.status(t, http.MethodGet, path, nil); st != http.StatusOK {
		t.Logf("GET %s answers %d: export checks skipped, the link must be hidden", path, st)
		if visible {
			t.Error("export link shown without an export route")
		}
		return
	}
	href := mustEval[string](t, ctx, `document.getElementById('export').getAttribute('href') || ''`)
	if !visible || href != path {
		t.Fatalf("export link visible=%v href %q, want %q", visible, href, path)
	}
	resp, body := mustGet(t, b.base+href)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/markdown") ||
		!strings.Contains(string(body), questionAR) {
		t.Errorf("export: status %d type %q, body lacks the Arabic question:\n%.300s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
}

// checkFeedback rates the first answer with a comment when the server has
// POST /api/feedback; otherwise the thumbs must not be offered.
func checkFeedback(t *testing.T, b *browser, ctx context.Context, session string) {
	t.Helper()
	visible := mustEval[bool](t, ctx, `(function () {
	  var up = document.querySelector('[data-role=turn] .act-up');
	  return !!up && getComputedStyle(up).display !== 'none';
	})()`)
	if st := b.status(t, http.MethodGet, "/api/sessions/"+session, nil); st != http.StatusOK {
		t.Logf("GET /api/sessions/:id answers %d: feedback checks skipped, the thumbs must be hidden", st)
		if visible {
			t.Error("feedback buttons shown while the server keeps no session")
		}
		return
	}
	// A turn index of -1 is refused (400) by a working feedback route.
	probe := mustJSON(t, map[string]any{"session_id": session, "turn": -1, "rating": "up"})
	if st := b.status(t, http.MethodPost, "/api/feedback", probe); st != http.StatusBadRequest {
		t.Logf("POST /api/feedback with turn -1 answers %d, not 400: feedback checks skipped", st)
		return
	}
	if !visible {
		t.Fatal("no visible thumbs-up on the first answer")
	}
	mustRun(t, ctx,
		chromedp.Click(chromedp.CSS(`[data-role=turn] .act-up`)),
		chromedp.SendKeys(chromedp.CSS(`[data-role=turn] .feedback textarea`), "Très clair, merci"),
		chromedp.Click(chromedp.CSS(`[data-role=turn] .feedback button[type=submit]`)),
		waitJS(`(function () {
		  var s = document.querySelector('[data-role=turn] .feedback-status');
		  return s && s.dataset.i18n === 'feedback.thanks';
		})()`),
	)
}

// checkLanguageSwitch switches the interface to Arabic (right-to-left,
// kept across a reload) and then to English.
func checkLanguageSwitch(t *testing.T, b *browser, ctx context.Context, name string) {
	t.Helper()
	mustRun(t, ctx, chromedp.Click(chromedp.CSS(`.lang-switch [data-lang=ar]`)))
	b.screenshot(t, ctx, name+"-interface-ar")
	mustRun(t, ctx, chromedp.Reload(), waitJS(`document.querySelector('#status').dataset.state === 'open'`))
	type ui struct{ Lang, Dir, Send, New, Status string }
	const read = `({Lang: document.documentElement.lang, Dir: getComputedStyle(document.body).direction,
	  Send: document.getElementById('send').textContent, New: document.getElementById('new-chat').textContent,
	  Status: document.getElementById('status').textContent})`
	if got := mustEval[ui](t, ctx, read); got != (ui{"ar", "rtl", "أرسل", "محادثة جديدة", "متصل"}) {
		t.Errorf("Arabic interface after reload: %+v", got)
	}
	mustRun(t, ctx, chromedp.Click(chromedp.CSS(`.lang-switch [data-lang=en]`)))
	if got := mustEval[ui](t, ctx, read); got != (ui{"en", "ltr", "Send", "New chat", "Connected"}) {
		t.Errorf("English interface: %+v", got)
	}
}

// testPhone asks in Arabic and Darija on a phone screen: the answer and
// its chart must fit the width (no sideways scrolling) and keep their
// right-to-left blocks.
func testPhone(t *testing.T, b *browser, ctx context.Context) {
	ar := ask(t, ctx, questionAR, 1)
	checkTurn(t, ar, questionAR, "rtl")
	ary := ask(t, ctx, questionARY, 2)
	checkTurn(t, ary, questionARY, "rtl")
	checkCharts(t, b, ar, questionAR, "rtl")
	if w := mustEval[int](t, ctx, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("page is %d px wide on a 390 px screen", w)
	}
	b.screenshot(t, ctx, "phone-conversation")
	b.screenshotTurns(t, ctx, "phone")
	mustRun(t, ctx, chromedp.Click(chromedp.CSS(`.lang-switch [data-lang=ar]`)))
	b.screenshot(t, ctx, "phone-interface-ar")
	checkProblems(t, ctx)
}

// regenerate clicks "ask again" on the last turn and waits for turn n.
func regenerate(t *testing.T, ctx context.Context, n int) turnReport {
	t.Helper()
	mustRun(t, ctx,
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-role=turn]:nth-child(%d) .act-again`, n-1))),
		waitJS(fmt.Sprintf(`(function () {
		  var turns = document.querySelectorAll('[data-role=turn]');
		  return turns.length === %d && turns[%d].querySelector('article').getAttribute('aria-busy') === 'false';
		})()`, n, n-1)),
	)
	return mustEval[turnReport](t, ctx, fmt.Sprintf(inspectTurn, n-1))
}

// checkCopy copies the first answer and reads the clipboard back.
func checkCopy(t *testing.T, ctx context.Context) {
	t.Helper()
	mustRun(t, ctx,
		chromedp.Click(chromedp.CSS(`[data-role=turn] .act-copy`)),
		waitJS(`document.querySelector('[data-role=turn] .act-copy .act-label').dataset.i18n === 'copy' &&
		  document.querySelector('[data-role=turn] .act-copy .act-label').textContent === 'Copié'`),
	)
}

// checkPrint lays the page out for print: the conversation stays, the
// controls, the question box and the tool details go.
func checkPrint(t *testing.T, b *browser, ctx context.Context, name string) {
	t.Helper()
	mustRun(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	defer mustRun(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		return err
	}))
	b.screenshot(t, ctx, name+"-print")
	shown := mustEval[map[string]bool](t, ctx, `(function () {
	  var out = {};
	  ['.controls', '#ask', '.tools', '.actions', '[data-role=answer]', '[data-role=sources]', '#print-head'].forEach(function (s) {
	    var n = document.querySelector(s);
	    out[s] = !!n && getComputedStyle(n).display !== 'none';
	  });
	  return out;
	})()`)
	want := map[string]bool{".controls": false, "#ask": false, ".tools": false, ".actions": false,
		"[data-role=answer]": true, "[data-role=sources]": true, "#print-head": true}
	for sel, w := range want {
		if shown[sel] != w {
			t.Errorf("print: %s shown=%v, want %v", sel, shown[sel], w)
		}
	}
}

// testStop stops an answer while it streams, first with the stop button,
// then with Escape: each time the turn says it was stopped, the server's
// turn is cancelled, and the page reconnects.
func testStop(t *testing.T, b *browser) {
	cancelled := make(chan struct{}, 1)
	slow := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		if err := emit(assistant.Event{Type: assistant.EventToken, Text: "Je cherche les chiffres"}); err != nil {
			return assistant.Turn{}, err
		}
		<-ctx.Done() // an answer that never ends unless stopped
		cancelled <- struct{}{}
		return assistant.Turn{}, ctx.Err()
	})
	sb := b.withServer(t, slow)
	ctx := sb.newPage(t, 1280, 900)
	for i, stop := range []chromedp.Action[chromedp.Void]{
		chromedp.Click(chromedp.CSS(`[data-role=turn] .act-stop`)),
		chromedp.KeyEvent(kb.Escape),
	} {
		mustRun(t, ctx,
			chromedp.SendKeys(chromedp.ID("question"), "Quel est le taux de chômage ?"+kb.Enter),
			waitJS(fmt.Sprintf(`(function () {
			  var a = document.querySelectorAll('[data-role=answer]')[%d];
			  return a && a.textContent === 'Je cherche les chiffres';
			})()`, i)),
			stop,
			waitJS(fmt.Sprintf(`document.querySelectorAll('[data-role=turn] article')[%d].getAttribute('aria-busy') === 'false'`, i)),
		)
		select {
		case <-cancelled:
		case <-time.After(5 * time.Second):
			t.Errorf("stop %d did not cancel the turn on the server", i+1)
		}
		mustRun(t, ctx, waitJS(`document.querySelector('#status').dataset.state === 'open'`))
		r := mustEval[turnReport](t, ctx, fmt.Sprintf(inspectTurn, i))
		if !strings.Contains(r.Answer, "Je cherche les chiffres") || !strings.Contains(r.Answer, "Réponse arrêtée.") {
			t.Errorf("stopped answer %d reads %q", i+1, r.Answer)
		}
		if m := missing(r.Actions, "act act-again"); len(m) > 0 {
			t.Errorf("stopped turn %d offers %q, lacks ask again", i+1, r.Actions)
		}
	}
	b.screenshot(t, ctx, "stopped")
	checkProblems(t, ctx)
}

// checkFooter checks the footer names the sources GET /api/sources
// reports, and none when the server reports none (or has no such route).
func checkFooter(t *testing.T, b *browser, ctx context.Context) {
	t.Helper()
	var got struct {
		Sources []struct{ Label, Publisher string }
	}
	st := b.serverJSON(t, http.MethodGet, "/api/sources?lang=fr", nil, &got)
	var want []string
	for _, s := range got.Sources {
		if s.Label != "" {
			want = append(want, s.Label)
		} else {
			want = append(want, s.Publisher)
		}
	}
	if st != http.StatusOK || len(want) == 0 {
		t.Logf("GET /api/sources answers %d with %d sources: the footer must name none", st, len(want))
		mustRun(t, ctx, chromedp.Sleep(200*time.Millisecond)) // the page's own request
	} else {
		mustRun(t, ctx, waitJS(`!document.getElementById('loaded').hidden`))
	}
	shown := mustEval[[]string](t, ctx, `Array.from(document.querySelectorAll('#loaded .loaded-source')).map(function (s) {
	  return s.firstChild ? s.textContent.replace(/\s+(démo|demo|تجريبي)$/, '') : '';
	})`)
	if strings.Join(shown, "|") != strings.Join(want, "|") {
		t.Errorf("footer names %q, want %q", shown, want)
	}
	foot := mustEval[string](t, ctx, `document.querySelector('footer').textContent`)
	for _, claim := range []string{"ANAPEC", "CNSS", "HCP"} {
		if strings.Contains(foot, claim) && len(want) == 0 {
			t.Errorf("footer claims %s with no source loaded: %q", claim, foot)
		}
	}
}
