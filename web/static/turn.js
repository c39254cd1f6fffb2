// Marsad page: one turn of the conversation, the question and its answer,
// in one element data-role="turn" holding the answer (data-role="answer"),
// its tool calls, charts, sources and the actions on it (stop while it
// streams; copy, ask again and feedback once done). Loaded after parts.js,
// it exports window.MarsadTurn.
(function () {
  'use strict';

  var R = window.marsadRender;
  var I = window.marsadI18n;
  var el = R.el;

  // button makes an action button whose label follows the interface
  // language (data-i18n is read again by the language switch).
  function button(key, cls, onClick, icon) {
    var b = el('button', { type: 'button', class: 'act ' + cls, 'data-i18n-title': key, title: I.t(key), 'aria-label': I.t(key) });
    if (icon) b.append(el('span', { 'aria-hidden': 'true', text: icon + ' ' }));
    b.append(el('span', { class: 'act-label', 'data-i18n': key, text: I.t(key) }));
    b.addEventListener('click', onClick);
    return b;
  }

  // Turn builds the elements of one turn at the end of list. hooks gives
  // what the turn cannot do alone: stop(), regenerate(question),
  // feedback(turn, rating, comment) → Promise, scroll().
  function Turn(list, question, hooks) {
    this.question = question;
    this.hooks = hooks;
    this.text = '';
    this.lang = '';
    this.index = -1; // 0-based index in its session, once done
    this.calls = [];
    this.citations = [];
    this.pending = false;
    this.finished = false;
    this.body = el('div', { class: 'answer-text', 'data-role': 'answer' }, [el('p', { class: 'typing', text: '…' })]);
    this.tools = el('div', { class: 'tools' });
    this.charts = el('div', { class: 'charts', hidden: '' });
    this.sources = el('section', { class: 'sources', hidden: '', 'data-role': 'sources' });
    this.actions = el('div', { class: 'actions' });
    this.node = el('li', { class: 'turn', 'data-role': 'turn' }, [
      userBubble(question),
      el('article', { class: 'msg msg-assistant', 'aria-busy': 'true' }, [
        this.tools, this.body, this.charts, this.sources, this.actions
      ])
    ]);
    this.answerNode = this.node.lastChild;
    list.append(this.node);
    this.renderActions();
  }

  function userBubble(text) {
    var bubble = el('div', { class: 'bubble' });
    text.split(/\n+/).forEach(function (line) {
      var d = R.dirOf(line);
      var p = el('p', { dir: d });
      R.appendIsolated(p, line, d);
      bubble.append(p);
    });
    return el('div', { class: 'msg msg-user', dir: R.dirOf(text) }, [
      el('span', { class: 'who visually-hidden', 'data-i18n': 'you', text: I.t('you') }), bubble
    ]);
  }

  // dir is the answer's direction: from its language once known, else
  // from its letters so far, else from the question's.
  Turn.prototype.dir = function () {
    return R.langDir(this.lang) || R.textDir(this.text) || R.dirOf(this.question) || 'ltr';
  };

  Turn.prototype.token = function (t) {
    this.text += t;
    if (this.pending) return;
    this.pending = true;
    var self = this;
    window.requestAnimationFrame(function () {
      self.pending = false;
      // done and fail draw the final text themselves; drawing it again
      // would drop fail's notice.
      if (!self.finished) self.renderText();
    });
  };

  Turn.prototype.renderText = function () {
    R.renderMarkdown(this.body, this.text, this.dir());
    this.hooks.scroll();
  };

  Turn.prototype.call = function (call) {
    var i = this.findCall(call);
    if (i < 0) this.calls.push(call);
    else this.calls[i] = call;
    this.renderCalls();
  };

  Turn.prototype.renderCalls = function () {
    this.tools.replaceChildren.apply(this.tools, this.calls.map(R.renderCall));
  };

  Turn.prototype.findCall = function (call) {
    for (var i = this.calls.length - 1; i >= 0; i--) {
      var c = this.calls[i];
      if (call.id ? c.id === call.id : c.name === call.name && !c.result && !c.error) return i;
    }
    return -1;
  };

  Turn.prototype.citation = function (c) {
    var key = R.citationKey(c);
    if (this.citations.some(function (x) { return R.citationKey(x) === key; })) return;
    this.citations.push(c);
    this.renderSources();
  };

  Turn.prototype.renderSources = function () {
    this.sources.hidden = !this.citations.length;
    if (!this.citations.length) {
      this.sources.replaceChildren();
      return;
    }
    this.sources.replaceChildren.apply(this.sources, R.renderSources(this.citations, this.lang, this.dir()));
  };

  // renderCharts draws the turn's charts once it is done, so that they do
  // not move while the text streams above them.
  Turn.prototype.renderCharts = function (charts) {
    var list = (Array.isArray(charts) ? charts : []).filter(function (c) { return c && typeof c === 'object'; });
    this.charts.hidden = !list.length;
    var dir = this.dir();
    this.charts.replaceChildren.apply(this.charts, list.map(function (c) { return R.renderChart(c, dir); }));
  };

  // done finishes the turn with the server's turn, which is authoritative
  // for the text, the calls, the sources and the charts.
  Turn.prototype.done = function (turn, index) {
    turn = turn || {};
    if (typeof turn.answer === 'string' && turn.answer) this.text = turn.answer;
    if (turn.lang) {
      this.lang = turn.lang;
      this.answerNode.lang = turn.lang;
    }
    if (Array.isArray(turn.tool_calls) && turn.tool_calls.length) {
      this.calls = turn.tool_calls.slice();
      this.renderCalls();
    }
    if (Array.isArray(turn.citations)) {
      this.citations = [];
      turn.citations.forEach(this.citation, this);
    }
    this.renderSources(); // the direction may have changed with lang
    this.renderCharts(turn.charts);
    this.index = index;
    this.renderText();
    this.finish();
  };

  // fail ends the turn with message under what came of the answer; cls
  // is "error" unless the user stopped it ("notice").
  Turn.prototype.fail = function (message, cls) {
    if (this.text) this.renderText();
    else this.body.replaceChildren();
    var d = R.dirOf(message);
    var p = el('p', { class: cls || 'error', dir: d });
    R.appendIsolated(p, message, d);
    this.body.append(p);
    this.finish();
  };

  Turn.prototype.finish = function () {
    this.finished = true;
    this.answerNode.setAttribute('aria-busy', 'false');
    this.renderActions();
    this.hooks.scroll();
  };

  Turn.prototype.renderActions = function () {
    var self = this;
    var acts = [];
    if (!this.finished) {
      acts.push(button('stop', 'act-stop', function () { self.hooks.stop(); }, '■'));
    } else {
      if (this.text) acts.push(button('copy', 'act-copy', function () { self.copy(this); }));
      acts.push(button('regenerate', 'act-again', function () { self.hooks.regenerate(self.question); }, '↻'));
      if (this.index >= 0) {
        acts.push(button('up', 'act-up needs-sessions', function () { self.openFeedback('up', this); }, '+'));
        acts.push(button('down', 'act-down needs-sessions', function () { self.openFeedback('down', this); }, '−'));
      }
    }
    this.actions.replaceChildren.apply(this.actions, acts);
  };

  // copy puts the answer's text on the clipboard, with the older
  // selection-based copy where the Clipboard API is refused (plain http).
  Turn.prototype.copy = function (btn) {
    var text = this.text;
    var label = btn.querySelector('.act-label');
    function ok() {
      label.textContent = I.t('copied');
      window.setTimeout(function () { label.textContent = I.t('copy'); }, 1500);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(ok, function () { legacyCopy(text) && ok(); });
    } else if (legacyCopy(text)) {
      ok();
    }
  };

  function legacyCopy(text) {
    var ta = el('textarea', { class: 'visually-hidden', readonly: '' });
    ta.value = text;
    document.body.append(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    ta.remove();
    return ok;
  }

  // openFeedback shows the optional comment form for a rating; sending it
  // posts the rating once.
  Turn.prototype.openFeedback = function (rating, btn) {
    var self = this;
    this.actions.querySelectorAll('.act-up, .act-down').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b === btn));
    });
    var old = this.node.querySelector('.feedback');
    if (old) old.remove();
    var comment = el('textarea', { rows: '2', maxlength: '2000', dir: 'auto', 'data-i18n-placeholder': 'comment', placeholder: I.t('comment'), 'aria-label': I.t('comment') });
    var status = el('p', { class: 'feedback-status', role: 'status' });
    var form = el('form', { class: 'feedback', 'data-rating': rating }, [
      comment,
      el('div', { class: 'feedback-row' }, [
        el('button', { type: 'submit', 'data-i18n': 'feedback.send', text: I.t('feedback.send') }),
        el('button', { type: 'button', class: 'feedback-cancel', 'data-i18n': 'feedback.cancel', text: I.t('feedback.cancel') })
      ]),
      status
    ]);
    form.querySelector('.feedback-cancel').addEventListener('click', function () { form.remove(); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      form.querySelector('button[type=submit]').disabled = true;
      self.hooks.feedback(self, rating, comment.value.trim()).then(function () {
        form.replaceChildren(el('p', { class: 'feedback-status', role: 'status', 'data-i18n': 'feedback.thanks', text: I.t('feedback.thanks') }));
      }, function () {
        status.textContent = I.t('feedback.failed');
        form.querySelector('button[type=submit]').disabled = false;
      });
    });
    this.actions.after(form);
    comment.focus();
  };

  window.MarsadTurn = Turn;
})();
