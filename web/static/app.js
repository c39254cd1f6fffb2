// Marsad chat page: sends questions over the /ws websocket, streams the
// answer's tokens as they arrive, shows tool calls and citations under the
// answer, and reconnects when the socket drops. Plain JS, no build step, no
// external resource. Rendering lives in render.js.
(function () {
  'use strict';

  var R = window.marsadRender;
  var el = R.el;
  var setDir = R.setDir;

  // ---- One answer being streamed. ----

  function Answer(list) {
    this.text = '';
    this.calls = [];
    this.citations = [];
    this.pending = false;
    this.body = el('div', { class: 'answer-text' });
    this.tools = el('div', { class: 'tools' });
    this.sources = el('section', { class: 'sources', hidden: '' });
    this.node = el('li', { class: 'msg msg-assistant', 'aria-busy': 'true' }, [
      el('span', { class: 'who visually-hidden', text: 'Marsad : ' }),
      this.tools,
      this.body,
      this.sources
    ]);
    this.body.append(el('p', { class: 'typing', text: '…' }));
    list.append(this.node);
  }

  Answer.prototype.token = function (t) {
    this.text += t;
    var self = this;
    if (this.pending) return;
    this.pending = true;
    window.requestAnimationFrame(function () {
      self.pending = false;
      self.renderText();
    });
  };

  Answer.prototype.renderText = function () {
    setDir(this.body, this.text);
    R.renderMarkdown(this.body, this.text);
    scrollDown();
  };

  Answer.prototype.call = function (call) {
    var i = this.findCall(call);
    if (i < 0) this.calls.push(call);
    else this.calls[i] = call;
    this.tools.replaceChildren.apply(this.tools, this.calls.map(R.renderCall));
    scrollDown();
  };

  Answer.prototype.findCall = function (call) {
    for (var i = this.calls.length - 1; i >= 0; i--) {
      var c = this.calls[i];
      if (call.id ? c.id === call.id : c.name === call.name && !c.result && !c.error) return i;
    }
    return -1;
  };

  Answer.prototype.citation = function (c) {
    var key = R.citationKey(c);
    if (this.citations.some(function (x) { return R.citationKey(x) === key; })) return;
    this.citations.push(c);
    this.renderSources();
  };

  Answer.prototype.renderSources = function () {
    if (!this.citations.length) return;
    this.sources.hidden = false;
    this.sources.replaceChildren(
      el('h3', { text: 'Sources · المصادر' }),
      el('ol', null, this.citations.map(R.renderCitation))
    );
  };

  Answer.prototype.done = function (turn) {
    if (turn) {
      if (typeof turn.answer === 'string' && turn.answer) this.text = turn.answer;
      if (turn.tool_calls && turn.tool_calls.length) {
        this.calls = turn.tool_calls.slice(); // the turn is authoritative
        this.tools.replaceChildren.apply(this.tools, this.calls.map(R.renderCall));
      }
      (turn.citations || []).forEach(this.citation, this);
      if (turn.session_id) session.save(turn.session_id);
      if (turn.lang) this.node.lang = turn.lang.replace('-Latn', '');
    }
    this.renderText();
    this.node.setAttribute('aria-busy', 'false');
  };

  Answer.prototype.fail = function (message) {
    if (this.text) this.renderText();
    else this.body.replaceChildren();
    var p = el('p', { class: 'error', text: message });
    setDir(p, message);
    this.body.append(p);
    this.node.setAttribute('aria-busy', 'false');
    scrollDown();
  };

  // ---- Session, socket and form. ----

  var session = {
    key: 'marsad.session',
    get: function () {
      try { return window.sessionStorage.getItem(this.key) || ''; } catch (e) { return ''; }
    },
    save: function (id) {
      try { window.sessionStorage.setItem(this.key, id); } catch (e) { /* private mode */ }
    }
  };

  var messages, form, input, sendButton, statusEl;
  var socket = null;
  var current = null; // the Answer being streamed
  var outbox = null; // a request waiting for the socket to open
  var retryDelay = 500;
  var MAX_RETRY_DELAY = 15000;

  function scrollDown() {
    window.scrollTo(0, document.body.scrollHeight);
  }

  function setStatus(state, text) {
    statusEl.dataset.state = state;
    statusEl.textContent = text;
  }

  function setBusy(busy) {
    sendButton.disabled = busy;
    document.querySelectorAll('.chip').forEach(function (b) { b.disabled = busy; });
  }

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + window.location.host + '/ws');
    socket.onopen = function () {
      retryDelay = 500;
      setStatus('open', 'Connecté · متصل');
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
      setStatus('closed', 'Connexion perdue, nouvel essai… · انقطع الاتصال، إعادة المحاولة…');
      if (current && !outbox) {
        current.fail('La connexion a été coupée. Reposez la question. · انقطع الاتصال، أعد طرح السؤال.');
        current = null;
        setBusy(false);
      }
      window.setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_DELAY);
    };
  }

  function onEvent(ev) {
    if (!current) return;
    switch (ev.type) {
      case 'token': current.token(ev.text || ''); break;
      case 'tool_call': case 'tool_result': if (ev.call) current.call(ev.call); break;
      case 'citation': if (ev.citation) current.citation(ev.citation); break;
      case 'done': current.done(ev.turn); finishTurn(); break;
      case 'error': current.fail(ev.message || 'Erreur · خطأ'); finishTurn(); break;
    }
  }

  function finishTurn() {
    current = null;
    setBusy(false);
    input.focus();
  }

  function addUserMessage(text) {
    var bubble = el('div', { class: 'bubble' });
    text.split(/\n+/).forEach(function (line) {
      var p = el('p', { text: line });
      setDir(p, line);
      bubble.append(p);
    });
    var li = el('li', { class: 'msg msg-user' }, [el('span', { class: 'who visually-hidden', text: 'Vous : ' }), bubble]);
    setDir(li, text);
    messages.append(li);
  }

  function ask(text) {
    text = text.trim();
    if (!text || current) return;
    addUserMessage(text);
    current = new Answer(messages);
    setBusy(true);
    scrollDown();
    var req = { message: text, session_id: session.get() };
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(req));
    else outbox = req;
  }

  function init() {
    messages = document.getElementById('messages');
    form = document.getElementById('ask');
    input = document.getElementById('question');
    sendButton = document.getElementById('send');
    statusEl = document.getElementById('status');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = input.value;
      if (!text.trim() || current) return;
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
    connect();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
