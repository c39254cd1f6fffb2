// Marsad page rendering of what travels with an answer: the tool calls
// (under their human names), the sources (publisher first, relay, what
// they support, demo badge, readable address) and the charts (a table from
// the tool's rows and the server's SVG). Loaded after render.js, it adds to
// window.marsadRender.
(function () {
  'use strict';

  var R = window.marsadRender;
  var I = window.marsadI18n;
  var el = R.el;

  // ---- Tool calls. ----

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
    if (call.error) return I.t('error') + ' : ' + call.error;
    if (!call.result) return I.t('running');
    var parts = [];
    var n = countRows(call.result.data);
    if (n !== null) parts.push(I.t('rows', { n: n }));
    // No count of the tool's own citations: the answer's one merged list
    // of sources, under it, is what a reader should count.
    return parts.join(' · ');
  }

  function pretty(v, limit) {
    var s = JSON.stringify(v, null, 2) || '';
    return s.length > limit ? s.slice(0, limit) + '\n…' : s;
  }

  // renderCall shows a tool call folded, under its human name in the
  // interface language; the raw name is kept as a title for the curious.
  function renderCall(call) {
    var body = el('div', { class: 'tool-body' }, [
      el('h4', { text: I.t('arguments') }),
      el('pre', { dir: 'ltr', text: pretty(call.arguments, 2000) })
    ]);
    if (call.result) {
      body.append(el('h4', { text: I.t('result') }), el('pre', { dir: 'ltr', text: pretty(call.result.data, 4000) }));
    }
    return el('details', { class: 'tool' + (call.error ? ' tool-failed' : '') }, [
      el('summary', null, [
        el('span', { class: 'tool-name', title: call.name, 'data-tool': call.name, text: I.tool(call.name) }),
        el('span', { class: 'tool-summary', text: summarize(call) })
      ]),
      body
    ]);
  }

  // ---- Citations. ----

  function citationLabel(c) {
    return [c.publisher || '', c.title || ''].filter(Boolean).join(' — ');
  }

  // citationKey identifies a source by its address first, so the same
  // page cited for several figures is listed once.
  function citationKey(c) {
    return c.url || c.id || citationLabel(c) + '|' + (c.period || '');
  }

  function supportsText(s) {
    if (Array.isArray(s)) return s.filter(Boolean).join(', ');
    return typeof s === 'string' ? s : '';
  }

  function badge(cls, text, dir) {
    var b = el('span', { class: 'badge ' + cls });
    R.appendIsolated(b, text, dir);
    return b;
  }

  // renderCitation shows one source in an answer written in lang. The
  // server may word it for the reader (label, supports_label, demo_label,
  // display_url, in the answer's language); what it leaves out is built
  // here from the raw fields: publisher and title, the relay, the period,
  // what it supports. Then its kind, a demo badge, and its address decoded;
  // the name links to the source's page when it has a real one.
  function renderCitation(c, lang, dir) {
    var li = el('li', { dir: dir, 'data-role': 'source' });
    var label = c.label || citationLabel(c) || R.readableURL(c.url);
    var href = R.linkHref(c.url);
    var name = href ? el('a', { href: href, target: '_blank', rel: 'noopener noreferrer' }) : el('span', { class: 'source-name' });
    R.appendIsolated(name, label, dir);
    li.append(name);
    if (c.reported_by && !c.label) {
      var via = el('span', { class: 'meta' });
      R.appendIsolated(via, '(' + I.answer(lang, 'via') + ' ' + c.reported_by + ')', dir);
      li.append(' ', via);
    }
    // supports_label is a phrase of its own ("الأرقام: 2017"); the raw
    // list gets a word before it.
    var sup = c.supports_label || (supportsText(c.supports) && I.answer(lang, 'supports') + ' : ' + supportsText(c.supports));
    if (c.period && !sup) li.append(' ', el('bdi', { class: 'meta period', dir: 'ltr', text: c.period }));
    if (c.kind) li.append(' ', badge('kind kind-' + c.kind, I.answer(lang, c.kind), dir));
    if (c.demo === true) {
      var demo = badge('demo', I.answer(lang, 'demo'), dir);
      if (c.demo_label) demo.title = c.demo_label;
      li.append(' ', demo);
    }
    if (sup) {
      var s = el('span', { class: 'supports' });
      R.appendIsolated(s, sup, dir);
      li.append(el('br'), s);
    }
    var shown = c.display_url || (href ? R.readableURL(c.url) : '');
    if (shown) li.append(el('br'), el('bdi', { class: 'address', dir: 'ltr', text: shown }));
    return li;
  }

  function renderSources(citations, lang, dir) {
    return [
      el('h3', { dir: dir, text: I.answer(lang, 'sources') }),
      el('ol', { dir: dir }, citations.map(function (c) { return renderCitation(c, lang, dir); }))
    ];
  }

  // ---- Charts. ----

  // chartSrc accepts only a path on this server (the CSP allows no other
  // image), such as /charts/<sha256>.svg.
  function chartSrc(u) {
    return typeof u === 'string' && /^\/(?!\/)[\w\-./]+$/.test(u) && u.indexOf('..') < 0 ? u : null;
  }

  // renderChart draws one chart of a turn: its image (which carries its
  // own title), the same figures as a table beside it (below on a narrow
  // screen), and the caption, source and period, under both; all in
  // direction dir. The table's caption, the title, is for screen readers.
  function renderChart(chart, dir) {
    var fig = el('figure', { class: 'chart', dir: dir, 'data-role': 'chart' });
    var title = String(chart.title || '');
    var src = chartSrc(chart.url);
    if (src) fig.append(el('div', { class: 'chart-pic' }, [el('img', { src: src, alt: title, decoding: 'async' })]));
    var t = chart.table;
    if (t && Array.isArray(t.columns) && Array.isArray(t.rows) && t.rows.length) {
      var table = R.renderTable([t.columns].concat(t.rows), true, dir, title);
      table.setAttribute('data-role', 'chart-table');
      fig.append(table);
    }
    var text = String(chart.caption || (src ? '' : title));
    if (text) {
      var cap = el('figcaption', { dir: dir });
      R.appendIsolated(cap, text, dir);
      fig.append(cap);
    }
    return fig;
  }

  R.renderCall = renderCall;
  R.renderCitation = renderCitation;
  R.renderSources = renderSources;
  R.renderChart = renderChart;
  R.citationKey = citationKey;
  R.chartSrc = chartSrc;
})();
