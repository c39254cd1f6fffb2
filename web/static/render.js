// Marsad page rendering: the direction of an answer, Latin and number runs
// isolated inside Arabic text (and Arabic runs inside French or English
// text), and answer text turned into DOM nodes. Untrusted text only ever
// reaches the DOM as text nodes; links are kept only for http(s).
// Loaded after i18n.js and before parts.js and app.js, it exports
// window.marsadRender.
(function () {
  'use strict';

  // ---- Direction. ----

  var RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
  var LETTER = /\p{L}/u;
  var RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
  var LETTERS = /\p{L}/gu;

  // dirOf returns "rtl" when the first letter of text is right-to-left,
  // "ltr" for any other letter, "" when there is no letter (inherit). It is
  // web.Direction in Go, used for the short texts a user types.
  function dirOf(text) {
    var m = LETTER.exec(text || '');
    if (!m) return '';
    return RTL.test(m[0]) ? 'rtl' : 'ltr';
  }

  // textDir returns the direction of a whole answer from its letters: "rtl"
  // when at least as many are right-to-left as left-to-right, "" when it
  // has none. Unlike dirOf it is not fooled by an Arabic answer whose first
  // word is "HCP" or "php".
  function textDir(text) {
    var all = (String(text || '').match(LETTERS) || []).length;
    if (!all) return '';
    var rtl = (String(text).match(RTL_LETTERS) || []).length;
    return rtl * 2 >= all ? 'rtl' : 'ltr';
  }

  // langDir returns the direction of a language tag, "" when unknown:
  // Darija is right-to-left in Arabic script (ary) and left-to-right in
  // Arabizi (ary-Latn).
  function langDir(tag) {
    switch (String(tag || '').toLowerCase()) {
      case 'ar': case 'ary': return 'rtl';
      case 'fr': case 'en': case 'ary-latn': return 'ltr';
      default: return '';
    }
  }

  function setDir(el, text) {
    var d = dirOf(text);
    if (d) el.dir = d;
  }

  // ---- Isolation of embedded runs. ----

  // In right-to-left text, a run starts at a Latin letter or a digit and
  // goes on up to the next Arabic-block character (Arabic punctuation
  // included), so that "BTS (2 ou 3 ans)" or "2019: 9,2%" stay one
  // left-to-right unit whose brackets and colons cannot flip.
  var LATIN_RUN = /[A-Za-z\u00C0-\u024F0-9][^\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]*/g;
  // In left-to-right text, a run is Arabic words and the spaces between
  // them only: the numbers after an Arabic name belong to the French line.
  var ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF](?:[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s]*[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF])?/g;

  function count(s, c) {
    return s.split(c).length - 1;
  }

  // trimRun drops what a Latin run caught after its last word: spaces and
  // any separator ("·", ":", "—"), which belong to the Arabic line around
  // it, and a closing bracket it did not open. It keeps what ends a word or
  // number: a letter, a digit, "%", "+" and "#" (C++, C#), its own brackets.
  function trimRun(s) {
    for (;;) {
      var t = s.replace(/[^\p{L}\p{N}%‰°+#)\]]+$/u, '');
      if (/[)\]]$/.test(t) && count(t, '(') + count(t, '[') < count(t, ')') + count(t, ']')) t = t.slice(0, -1);
      if (t === s) return s;
      s = t;
    }
  }

  // appendIsolated appends text to node, each run written in the other
  // direction than dir wrapped in a <bdi> with its own direction. Without a
  // known direction the text is appended as it is.
  function appendIsolated(node, text, dir) {
    if (dir !== 'rtl' && dir !== 'ltr') {
      node.append(text);
      return;
    }
    var re = dir === 'rtl' ? LATIN_RUN : ARABIC_RUN;
    var other = dir === 'rtl' ? 'ltr' : 'rtl';
    re.lastIndex = 0;
    var last = 0;
    var m;
    while ((m = re.exec(text))) {
      var run = dir === 'rtl' ? trimRun(m[0]) : m[0];
      if (!run) continue;
      if (m.index > last) node.append(text.slice(last, m.index));
      // A short run without spaces ("emploi-maroc.example", "15-24") is
      // not broken at its hyphens; a long one may wrap on a phone.
      var attrs = { dir: other, text: run };
      if (!/\s/.test(run) && run.length <= 40) attrs.class = 'nobreak';
      node.append(el('bdi', attrs));
      last = m.index + run.length;
      re.lastIndex = last;
    }
    if (last < text.length) node.append(text.slice(last));
  }

  // ---- DOM helpers: text only, never HTML. ----

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') node.textContent = attrs[k];
        else if (k === 'class') node.className = attrs[k];
        else if (k === 'dir') { if (attrs[k]) node.setAttribute('dir', attrs[k]); }
        else node.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) node.append(c);
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

  // linkHref returns the address a link may point to: a safe http(s)
  // address whose host is not under .example, a reserved name that never
  // resolves (the demo corpus' sites), or null.
  function linkHref(u) {
    var href = safeURL(u);
    return href && !/\.example$/i.test(new URL(href).hostname) ? href : null;
  }

  // readableURL returns an address as a person reads it: percent-escapes
  // decoded (an Arabic path shows in Arabic), without the scheme.
  function readableURL(u) {
    var s = String(u || '');
    try { s = decodeURI(s); } catch (e) { /* keep it encoded */ }
    return s.replace(/^https?:\/\//i, '').replace(/\/$/, '');
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

  // appendInline adds text to node in direction dir, turning **bold** into
  // <strong> and http(s) addresses into links that show the decoded
  // address and point to the encoded one.
  function appendInline(node, text, dir) {
    var re = /\*\*(.+?)\*\*|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?،؛؟])/g;
    var last = 0;
    var m;
    while ((m = re.exec(text))) {
      if (m.index > last) appendIsolated(node, text.slice(last, m.index), dir);
      if (m[1] !== undefined) {
        var strong = el('strong');
        appendIsolated(strong, m[1], dir);
        node.append(strong);
      } else {
        var href = linkHref(m[2]);
        node.append(href
          ? el('a', { href: href, text: readableURL(m[2]), target: '_blank', rel: 'noopener noreferrer', dir: 'ltr' })
          : el('bdi', { dir: 'ltr', text: m[2] }));
      }
      last = re.lastIndex;
    }
    if (last < text.length) appendIsolated(node, text.slice(last), dir);
  }

  // block makes an element of tag holding text, in direction dir: every
  // block of an answer takes the answer's direction explicitly (not
  // dir=auto, which would guess from a leading "html" or "2019").
  function block(tag, text, dir, attrs) {
    var node = el(tag, attrs);
    if (dir) node.dir = dir;
    appendInline(node, text, dir);
    return node;
  }

  function renderParagraph(b, dir) {
    var p = el('p', { dir: dir });
    b.lines.forEach(function (line, i) {
      if (i > 0) p.append(el('br'));
      appendInline(p, line, dir);
    });
    return p;
  }

  function renderList(b, dir) {
    return el(b.type, { dir: dir }, b.items.map(function (item) {
      return block('li', item, dir);
    }));
  }

  // renderTable draws rows (the first one a header when header is set) as
  // a table in direction dir, every cell in that direction. caption names
  // it for screen readers (a chart's table sits beside its titled image).
  function renderTable(rows, header, dir, caption) {
    var table = el('table', { dir: dir });
    if (caption) table.append(block('caption', caption, dir, { class: 'visually-hidden' }));
    var body = el('tbody');
    rows.forEach(function (row, i) {
      var head = header && i === 0;
      var tr = el('tr', null, row.map(function (cell) {
        return block(head ? 'th' : 'td', String(cell), dir, head ? { scope: 'col' } : null);
      }));
      if (head) table.append(el('thead', null, [tr]));
      else body.append(tr);
    });
    table.append(body);
    return el('div', { class: 'table-wrap', dir: dir }, [table]);
  }

  // renderMarkdown replaces container's children with text rendered in
  // direction dir ("rtl", "ltr", or "" to take it from the text).
  function renderMarkdown(container, text, dir) {
    dir = dir || textDir(text);
    var nodes = parseBlocks(text).map(function (b) {
      switch (b.type) {
        case 'table': return renderTable(b.rows, b.header, dir);
        case 'ul': case 'ol': return renderList(b, dir);
        case 'h': return block('h3', b.text, dir);
        default: return renderParagraph(b, dir);
      }
    });
    if (dir) container.dir = dir;
    container.replaceChildren.apply(container, nodes);
  }

  window.marsadRender = {
    dirOf: dirOf,
    textDir: textDir,
    langDir: langDir,
    setDir: setDir,
    el: el,
    safeURL: safeURL,
    linkHref: linkHref,
    readableURL: readableURL,
    appendIsolated: appendIsolated,
    appendInline: appendInline,
    block: block,
    parseBlocks: parseBlocks,
    renderTable: renderTable,
    renderMarkdown: renderMarkdown
  };
})();
