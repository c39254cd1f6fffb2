// Marsad page rendering: the writing direction of a block, and answer
// text, tool calls and citations turned into DOM nodes. Untrusted text only
// ever reaches the DOM as text nodes; links are kept only for http(s).
// Loaded before app.js, it exports window.marsadRender.
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

  // safeURL returns u as an absolute http or https address with a host,
  // or null. It is not resolved against the page: an empty or relative
  // address would then link to the chat page itself, and a link is only
  // worth making to a source's own page. Any other scheme (javascript:,
  // data:) must never become a link.
  function safeURL(u) {
    if (typeof u !== 'string' || !/^\s*https?:\/\//i.test(u)) return null;
    try {
      var url = new URL(u.trim());
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.host ? url.href : null;
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
    var href = safeURL(c.url); // no address: plain text, not a link to this page
    var li = el('li');
    li.append(href ? el('a', { href: href, target: '_blank', rel: 'noopener noreferrer', text: label }) : label);
    if (c.reported_by) li.append(' ', el('span', { class: 'meta', text: '(via ' + c.reported_by + ')' }));
    if (c.period) li.append(' ', el('span', { class: 'meta period', dir: 'ltr', text: c.period }));
    if (KINDS[c.kind]) li.append(' ', el('span', { class: 'kind kind-' + c.kind, text: KINDS[c.kind] }));
    setDir(li, label);
    return li;
  }

  window.marsadRender = {
    dirOf: dirOf,
    setDir: setDir,
    el: el,
    parseBlocks: parseBlocks,
    renderMarkdown: renderMarkdown,
    renderCall: renderCall,
    renderCitation: renderCitation,
    citationKey: function (c) { return c.id || c.url || citationLabel(c) + (c.period || ''); }
  };
})();
