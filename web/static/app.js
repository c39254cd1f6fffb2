// Marsad chat page: sends questions over the /ws websocket, streams the
// answer's tokens as they arrive, shows tool calls and citations, and sets
// the writing direction of every block from its own text. Plain JS, no
// build step, no external resource; answer text only ever reaches the DOM
// as text nodes.
(function () {
  'use strict';

  // ---- Direction: the same rule as web.Direction in Go. ----

  var RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
  var LETTER = /\p{L}/u;

  // dirOf returns "rtl" when the first letter of text is right-to-left,
  // "ltr" for any other letter, "" when there is no letter (inherit).
  function dirOf(text) {
    var m = LETTER.exec(text || '');
    if (!m) return '';
    return RTL.test(m[0]) ? 'rtl' : 'ltr';
  }

  function setDir(el, text) {
    var d = dirOf(text);
    if (d) el.dir = d;
  }

  // ---- DOM helpers: text only, never HTML. ----

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') node.textContent = attrs[k];
        else if (k === 'class') node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      node.append(c);
    });
    return node;
  }

  // safeURL keeps only http and https addresses.
  function safeURL(u) {
    try {
      var url = new URL(u, window.location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // ---- Simple markdown: paragraphs, bullet and numbered lists, pipe
  // tables, **bold** and bare links. ----

  function isTableSeparator(line) {
    return /^\|?[\s:|-]+\|?$/.test(line) && line.indexOf('-') >= 0;
  }

  function splitRow(line) {
    var s = line.replace(/^\|/, '').replace(/\|$/, '');
    return s.split('|').map(function (c) {
      return c.trim();
    });
  }

  // parseBlocks cuts text into blocks: {type:"p", lines}, {type:"ul"|"ol",
  // items}, {type:"table", rows, header}, {type:"h", text}.
  function parseBlocks(text) {
    var blocks = [];
    var cur = null;
    function open(type) {
      if (!cur || cur.type !== type) {
        cur = { type: type, lines: [], items: [], rows: [], header: false };
        blocks.push(cur);
      }
      return cur;
    }
    text.replace(/\r\n?/g, '\n').split('\n').forEach(function (raw) {
      var line = raw.trim();
      var m;
      if (!line) {
        cur = null;
      } else if (line.charAt(0) === '|') {
        var t = open('table');
        if (isTableSeparator(line)) t.header = t.rows.length === 1;
        else t.rows.push(splitRow(line));
      } else if ((m = /^[-*•]\s+(.*)$/.exec(line))) {
        open('ul').items.push(m[1]);
      } else if ((m = /^\d+[.)]\s+(.*)$/.exec(line))) {
        open('ol').items.push(m[1]);
      } else if ((m = /^#{1,4}\s+(.*)$/.exec(line))) {
        blocks.push({ type: 'h', text: m[1] });
        cur = null;
      } else {
        open('p').lines.push(line);
      }
    });
    return blocks;
  }

  // appendInline adds text to node, turning **bold** into <strong> and
  // http(s) addresses into links.
  function appendInline(node, text) {
    var re = /\*\*(.+?)\*\*|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?])/g;
    var last = 0;
    var m;
    while ((m = re.exec(text))) {
      if (m.index > last) node.append(text.slice(last, m.index));
      if (m[1] !== undefined) {
        node.append(el('strong', { text: m[1] }));
      } else {
        var href = safeURL(m[2]);
        node.append(href ? el('a', { href: href, text: m[2], target: '_blank', rel: 'noopener noreferrer', dir: 'ltr' }) : m[2]);
      }
      last = re.lastIndex;
    }
    if (last < text.length) node.append(text.slice(last));
  }

  function renderParagraph(b) {
    var p = el('p');
    b.lines.forEach(function (line, i) {
      if (i > 0) p.append(el('br'));
      appendInline(p, line);
    });
    setDir(p, b.lines.join(' '));
    return p;
  }

  function renderList(b) {
    var list = el(b.type);
    setDir(list, b.items[0]);
    b.items.forEach(function (item) {
      var li = el('li');
      appendInline(li, item);
      setDir(li, item);
      list.append(li);
    });
    return list;
  }

  function renderTable(b) {
    var table = el('table');
    setDir(table, b.rows.map(function (r) { return r.join(' '); }).join(' '));
    var body = el('tbody');
    b.rows.forEach(function (row, i) {
      var head = b.header && i === 0;
      var tr = el('tr');
      row.forEach(function (cell) {
        var c = el(head ? 'th' : 'td', head ? { scope: 'col' } : null);
        appendInline(c, cell);
        setDir(c, cell);
        tr.append(c);
      });
      if (head) table.append(el('thead', null, [tr]));
      else body.append(tr);
    });
    table.append(body);
    return el('div', { class: 'table-wrap' }, [table]);
  }

  function renderMarkdown(container, text) {
    var nodes = parseBlocks(text).map(function (b) {
      switch (b.type) {
        case 'table': return renderTable(b);
        case 'ul': case 'ol': return renderList(b);
        case 'h': var h = el('h3'); appendInline(h, b.text); setDir(h, b.text); return h;
        default: return renderParagraph(b);
      }
    });
    container.replaceChildren.apply(container, nodes);
  }

  // ---- Tool calls and citations. ----

  var KINDS = {
    official_statistic: 'statistique officielle · إحصاء رسمي',
    job_ads_count: "comptage d'offres d'emploi · عدد عروض الشغل",
    document: 'document · وثيقة',
    projection: 'projection (pas un constat) · توقع'
  };

  function countRows(data) {
    if (Array.isArray(data)) return data.length;
    if (data && typeof data === 'object') {
      var keys = Object.keys(data);
      for (var i = 0; i < keys.length; i++) {
        if (Array.isArray(data[keys[i]])) return data[keys[i]].length;
      }
    }
    return null;
  }

  function summarize(call) {
    if (call.error) return 'Erreur : ' + call.error;
    if (!call.result) return 'en cours… · جار التنفيذ…';
    var parts = [];
    var n = countRows(call.result.data);
    if (n !== null) parts.push(n + (n === 1 ? ' ligne' : ' lignes'));
    var c = (call.result.citations || []).length;
    parts.push(c + (c === 1 ? ' source' : ' sources'));
    return parts.join(' · ');
  }

  function pretty(v, limit) {
    var s = JSON.stringify(v, null, 2) || '';
    return s.length > limit ? s.slice(0, limit) + '\n…' : s;
  }

  function renderCall(call) {
    var body = el('div', { class: 'tool-body' }, [
      el('h4', { text: 'Arguments' }),
      el('pre', { dir: 'ltr', text: pretty(call.arguments, 2000) })
    ]);
    if (call.result) {
      body.append(el('h4', { text: 'Résultat · النتيجة' }), el('pre', { dir: 'ltr', text: pretty(call.result.data, 4000) }));
    }
    return el('details', { class: 'tool' + (call.error ? ' tool-failed' : '') }, [
      el('summary', null, [
        el('span', { class: 'tool-name', dir: 'ltr', text: call.name }),
        el('span', { class: 'tool-summary', text: summarize(call) })
      ]),
      body
    ]);
  }

  function citationLabel(c) {
    var parts = [c.publisher || ''];
    if (c.title) parts.push(c.title);
    return parts.filter(Boolean).join(' — ');
  }

  function renderCitation(c) {
    var label = citationLabel(c);
    var href = safeURL(c.url || '');
    var li = el('li');
    li.append(href ? el('a', { href: href, target: '_blank', rel: 'noopener noreferrer', text: label }) : label);
    if (c.reported_by) li.append(' ', el('span', { class: 'meta', text: '(via ' + c.reported_by + ')' }));
    if (c.period) li.append(' ', el('span', { class: 'meta period', dir: 'ltr', text: c.period }));
    if (KINDS[c.kind]) li.append(' ', el('span', { class: 'kind kind-' + c.kind, text: KINDS[c.kind] }));
    setDir(li, label);
    return li;
  }

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
    renderMarkdown(this.body, this.text);
    scrollDown();
  };

  Answer.prototype.call = function (call) {
    var i = this.findCall(call);
    if (i < 0) this.calls.push(call);
    else this.calls[i] = call;
    this.tools.replaceChildren.apply(this.tools, this.calls.map(renderCall));
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
    var key = c.id || c.url || citationLabel(c) + c.period;
    if (this.citations.some(function (x) { return (x.id || x.url || citationLabel(x) + x.period) === key; })) return;
    this.citations.push(c);
    this.renderSources();
  };

  Answer.prototype.renderSources = function () {
    if (!this.citations.length) return;
    this.sources.hidden = false;
    this.sources.replaceChildren(
      el('h3', { text: 'Sources · المصادر' }),
      el('ol', null, this.citations.map(renderCitation))
    );
  };

  Answer.prototype.done = function (turn) {
    if (turn) {
      if (typeof turn.answer === 'string' && turn.answer) this.text = turn.answer;
      if (turn.tool_calls && turn.tool_calls.length) {
        this.calls = turn.tool_calls.slice(); // the turn is authoritative
        this.tools.replaceChildren.apply(this.tools, this.calls.map(renderCall));
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

  // The pure parts, for web/testdata/app_test.js (run by go test when
  // node is installed).
  window.marsadPage = {
    dirOf: dirOf, parseBlocks: parseBlocks, renderMarkdown: renderMarkdown, renderCitation: renderCitation
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
