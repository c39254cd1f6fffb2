// Marsad chat page: sends questions over the /ws websocket and streams each
// answer into its turn (turn.js); keeps the session in localStorage and
// restores the conversation after a reload (GET /api/sessions/:id); a new
// chat, export and print; feedback (POST /api/feedback); the interface
// language switch; the footer's list of the sources actually loaded. Plain
// JS, no build step, no external resource.
(function () {
  'use strict';

  var R = window.marsadRender;
  var I = window.marsadI18n;
  var Turn = window.MarsadTurn;

  // ---- Stored settings: localStorage, so they outlive the tab. ----

  var store = {
    get: function (k) {
      try { return window.localStorage.getItem(k) || ''; } catch (e) { return ''; }
    },
    set: function (k, v) {
      try {
        if (v) window.localStorage.setItem(k, v);
        else window.localStorage.removeItem(k);
      } catch (e) { /* private mode: the setting lasts the page */ }
    }
  };
  var SESSION = 'marsad.session';
  var LANG = 'marsad.lang';

  var session = {
    id: store.get(SESSION),
    turns: 0, // turns the server holds for this session
    set: function (id) {
      if (id !== this.id) this.turns = 0;
      this.id = id;
      store.set(SESSION, id);
      updateExport();
    }
  };

  var messages, form, input, sendButton, statusEl;
  var socket = null;
  var current = null; // the Turn being streamed
  var turns = []; // every Turn on the page, to relabel on a language switch
  var outbox = null; // a request waiting for the socket to open
  var stopping = false;
  var restoring = false;
  var retryDelay = 500;
  var MAX_RETRY_DELAY = 15000;

  function scrollDown() {
    window.scrollTo(0, document.body.scrollHeight);
  }

  function setStatus(state) {
    statusEl.dataset.state = state;
    statusEl.setAttribute('data-i18n', 'status.' + state);
    statusEl.textContent = I.t('status.' + state);
  }

  function setBusy(busy) {
    sendButton.disabled = busy;
    document.querySelectorAll('.chip').forEach(function (b) { b.disabled = busy; });
  }

  // ---- Whether the server keeps conversations. ----

  // The sessions routes are known to exist once one answered; until then
  // feedback and export stay hidden (CSS: body[data-sessions=yes]).
  function setSessionsRoute(ok) {
    document.body.dataset.sessions = ok ? 'yes' : 'no';
  }

  function fetchSession(id) {
    return window.fetch('/api/sessions/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) throw r.status;
        return r.json();
      });
  }

  function updateExport() {
    var a = document.getElementById('export');
    if (session.id) a.href = '/api/sessions/' + encodeURIComponent(session.id) + '/export';
    else a.removeAttribute('href');
    a.hidden = !session.id;
  }

  // restore shows the stored session's turns; a session the server does
  // not know (or a server without the route) starts a new conversation,
  // so no follow-up is answered from turns the user cannot see.
  function restore() {
    if (!session.id) return;
    restoring = true; // a question asked now would land before the old turns
    setBusy(true);
    fetchSession(session.id).then(function (data) {
      setSessionsRoute(true);
      // first_turn: the session's index of the first turn kept (older
      // ones may have been dropped), which feedback names turns by.
      session.turns = typeof data.first_turn === 'number' ? data.first_turn : 0;
      (data.turns || []).forEach(function (t) {
        var turn = newTurn(t.question || '');
        turn.done(t, session.turns++);
      });
    }, function (status) {
      // 404: unknown session or no such route; 503: the server keeps no
      // conversations. Either way the old turns cannot be shown.
      if (status === 404 || status === 503) session.set('');
    }).then(function () {
      restoring = false;
      if (!current) setBusy(false);
    });
  }

  var hooks = {
    scroll: scrollDown,
    stop: stop,
    regenerate: function (q) { ask(q); },
    feedback: function (turn, rating, comment) {
      return window.fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ session_id: session.id, turn: turn.index, rating: rating, comment: comment })
      }).then(function (r) { if (!r.ok) throw new Error('feedback: ' + r.status); });
    }
  };

  // ---- Socket. ----

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + window.location.host + '/ws');
    socket.onopen = function () {
      retryDelay = 500;
      setStatus('open');
      if (outbox) {
        socket.send(JSON.stringify(outbox));
        outbox = null;
      }
    };
    socket.onmessage = function (msg) {
      var ev;
      try { ev = JSON.parse(msg.data); } catch (e) { return; }
      onEvent(ev);
    };
    socket.onclose = function () {
      socket = null;
      if (current && !outbox) {
        if (stopping) current.fail(I.t('stopped'), 'notice');
        else current.fail(I.t('cut'));
        finishTurn();
      }
      if (stopping) {
        stopping = false;
        connect(); // a stop is not an outage: reconnect at once
        return;
      }
      setStatus('closed');
      window.setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_DELAY);
    };
  }

  // stop abandons the turn being streamed: closing the socket cancels it
  // on the server, which keeps no trace of it.
  function stop() {
    if (!current) return;
    if (outbox) {
      outbox = null;
      current.fail(I.t('stopped'), 'notice');
      finishTurn();
      return;
    }
    stopping = true;
    if (socket) socket.close();
  }

  function onEvent(ev) {
    if (!current) return;
    switch (ev.type) {
      case 'token': current.token(ev.text || ''); break;
      case 'tool_call': case 'tool_result': if (ev.call) current.call(ev.call); break;
      case 'citation': if (ev.citation) current.citation(ev.citation); break;
      case 'done': onDone(ev.turn || {}); break;
      case 'error': current.fail(ev.message || I.t('error')); finishTurn(); break;
    }
  }

  function onDone(turn) {
    if (turn.session_id) session.set(turn.session_id);
    current.done(turn, session.turns++);
    finishTurn();
    if (!document.body.dataset.sessions && session.id) {
      fetchSession(session.id).then(function () { setSessionsRoute(true); }, function () { setSessionsRoute(false); });
    }
  }

  function finishTurn() {
    current = null;
    setBusy(false);
    input.focus();
  }

  function ask(text) {
    text = text.trim();
    if (!text || current || restoring) return;
    current = newTurn(text);
    setBusy(true);
    scrollDown();
    var req = { message: text, session_id: session.id };
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(req));
    else outbox = req;
  }

  function newTurn(question) {
    var turn = new Turn(messages, question, hooks);
    turns.push(turn);
    return turn;
  }

  function newChat() {
    stop();
    session.set('');
    turns = [];
    messages.replaceChildren();
    input.value = '';
    input.focus();
  }

  // ---- Interface language. ----

  // applyLang writes every marked string of the page in lang.
  function applyLang(lang) {
    lang = I.setLang(lang);
    store.set(LANG, lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = I.dir();
    document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = I.t(n.dataset.i18n); });
    document.querySelectorAll('[data-i18n-title]').forEach(function (n) {
      n.title = I.t(n.dataset.i18nTitle);
      n.setAttribute('aria-label', I.t(n.dataset.i18nTitle));
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) { n.placeholder = I.t(n.dataset.i18nPlaceholder); });
    document.querySelectorAll('[data-i18n-aria]').forEach(function (n) { n.setAttribute('aria-label', I.t(n.dataset.i18nAria)); });
    turns.forEach(function (turn) { turn.renderCalls(); });
    document.querySelectorAll('.lang-switch button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
    var head = document.getElementById('print-head');
    head.textContent = I.t('print.title', { date: new Date().toLocaleDateString(lang === 'ar' ? 'ar-MA' : lang) });
  }

  // browserLang returns the first of the browser's languages the
  // interface speaks, or "".
  function browserLang() {
    var langs = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < langs.length; i++) {
      var l = String(langs[i]).slice(0, 2).toLowerCase();
      if (I.LANGS.indexOf(l) >= 0) return l;
    }
    return '';
  }

  // ---- Footer: the sources the server has actually loaded. ----

  // loadSources lists what GET /api/sources reports, worded in the
  // interface language; without that route, or with an empty list, the
  // footer makes no claim about sources at all.
  function loadSources() {
    var lang = I.lang();
    window.fetch('/api/sources?lang=' + lang, { headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) throw r.status; return r.json(); })
      .then(function (data) {
        if (lang !== I.lang()) return; // switched again meanwhile
        var list = Array.isArray(data) ? data : (data && data.sources) || [];
        var names = list.map(sourceName).filter(Boolean);
        var foot = document.getElementById('loaded');
        foot.hidden = !names.length;
        if (!names.length) return;
        foot.replaceChildren(R.el('span', { 'data-i18n': 'loaded', text: I.t('loaded') }));
        names.forEach(function (n, i) {
          if (i) foot.append(' · ');
          foot.append(n);
        });
      }, function () { /* no route: no claim */ });
  }

  // sourceName shows one loaded source: the server's label ("HCP — 1 071
  // chiffres officiels") or its publisher, and a demo badge.
  function sourceName(s) {
    if (typeof s === 'string') s = { publisher: s };
    if (!s || typeof s !== 'object') return null;
    var name = s.label || s.publisher || s.name;
    if (!name) return null;
    var dir = R.dirOf(name);
    var span = R.el('bdi', { class: 'loaded-source', dir: dir });
    R.appendIsolated(span, String(name), dir);
    if (s.demo === true) {
      var badge = R.el('span', { class: 'badge demo', text: I.answer(I.lang(), 'demo') });
      if (s.demo_label) badge.title = s.demo_label;
      span.append(' ', badge);
    }
    return span;
  }

  // ---- Start. ----

  function init() {
    messages = document.getElementById('messages');
    form = document.getElementById('ask');
    input = document.getElementById('question');
    sendButton = document.getElementById('send');
    statusEl = document.getElementById('status');
    applyLang(store.get(LANG) || browserLang() || document.documentElement.lang);
    updateExport();
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = input.value;
      if (!text.trim() || current || restoring) return;
      input.value = '';
      ask(text);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    document.querySelectorAll('.chip').forEach(function (b) {
      b.addEventListener('click', function () { ask(b.dataset.question || b.textContent); });
    });
    document.querySelectorAll('.lang-switch button').forEach(function (b) {
      b.addEventListener('click', function () {
        applyLang(b.dataset.lang);
        loadSources();
      });
    });
    // Escape stops the answer being streamed, as the stop button does.
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && current) stop();
    });
    document.getElementById('new-chat').addEventListener('click', newChat);
    document.getElementById('print').addEventListener('click', function () { window.print(); });
    restore();
    loadSources();
    connect();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
