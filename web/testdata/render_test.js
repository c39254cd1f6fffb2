// Checks the page's rendering scripts on a minimal fake DOM:
//   node testdata/render_test.js static/i18n.js static/render.js static/parts.js
// Prints "ok" or throws. Run by TestRenderScript (web/script_test.go) when
// node is installed; the browser tests (browser_*_test.go) check the same
// page in real Chromium.
'use strict';
const fs = require('fs');
const assert = require('assert');

class Text {
  constructor(s) { this.text = s; }
  get textContent() { return this.text; }
}

class Element {
  constructor(tag) {
    this.tagName = tag.toUpperCase();
    this.children = [];
    this.attrs = {};
    this.dir = '';
    this.className = '';
  }
  setAttribute(k, v) {
    this.attrs[k] = String(v);
    if (k === 'dir') this.dir = String(v);
  }
  append(...cs) {
    for (const c of cs) this.children.push(typeof c === 'string' ? new Text(c) : c);
  }
  replaceChildren(...cs) {
    this.children = [];
    this.append(...cs);
  }
  set textContent(v) { this.children = [new Text(String(v))]; }
  get textContent() { return this.children.map((c) => c.textContent).join(''); }
  find(tag) {
    const out = [];
    const walk = (n) => {
      for (const c of n.children || []) {
        if (c.tagName === tag) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
}

global.window = { location: { href: 'http://localhost/', protocol: 'http:', host: 'localhost' } };
global.document = { createElement: (tag) => new Element(tag) };
for (const file of process.argv.slice(2)) eval(fs.readFileSync(file, 'utf8'));
const page = window.marsadRender;
const bdis = (node) => node.find('BDI').map((b) => b.dir + ':' + b.textContent);

// Direction of a short text from its first letter: the same table as
// direction_test.go.
assert.strictEqual(page.dirOf('ما هو معدل البطالة في جهة الشرق سنة 2024؟'), 'rtl');
assert.strictEqual(page.dirOf('2024 : معدل البطالة 13,3 %'), 'rtl');
assert.strictEqual(page.dirOf('١٣٫٣ ٪ هو معدل البطالة'), 'rtl');
assert.strictEqual(page.dirOf('ch7al taux dyal chomage f casa 2024?'), 'ltr');
assert.strictEqual(page.dirOf('HCP : معدل البطالة'), 'ltr');
assert.strictEqual(page.dirOf('| 2024 | 13,3 % |'), '');

// Direction of an answer from all its letters, or from its language.
assert.strictEqual(page.textDir('HCP : معدل البطالة بلغ 13,3 % سنة 2024'), 'rtl');
assert.strictEqual(page.textDir('php, html et css : الفرنسية'), 'ltr');
assert.strictEqual(page.textDir('2019 : 9,2 %'), '');
assert.deepStrictEqual(['ar', 'ary', 'ary-Latn', 'fr', 'en', 'xx'].map(page.langDir), ['rtl', 'rtl', 'ltr', 'ltr', 'ltr', '']);

// Runs: Latin words and numbers inside Arabic, Arabic inside French, each
// isolated whole, brackets included only when they are its own.
function runs(text, dir) {
  const p = new Element('p');
  page.appendIsolated(p, text, dir);
  assert.strictEqual(p.textContent, text, 'isolation changed the text');
  return bdis(p);
}
assert.deepStrictEqual(runs('2019: 9,2%', 'rtl'), ['ltr:2019: 9,2%']);
assert.deepStrictEqual(runs('php: 6 من 10 ديال الإعلانات (60%)', 'rtl'), ['ltr:php: 6', 'ltr:10', 'ltr:60%']);
assert.deepStrictEqual(runs('باش تدخل BTS (2 ou 3 ans)؛ خاصك الباك', 'rtl'), ['ltr:BTS (2 ou 3 ans)']);
assert.deepStrictEqual(runs('المصدر: HCP، نقلا عن LNT.', 'rtl'), ['ltr:HCP', 'ltr:LNT']);
assert.deepStrictEqual(runs('المصدر: HCP · من 2017 إلى 2024 · إحصاء رسمي', 'rtl'), ['ltr:HCP', 'ltr:2017', 'ltr:2024']);
assert.deepStrictEqual(runs('C++ و C# (لغات)', 'rtl'), ['ltr:C++', 'ltr:C#']);
assert.deepStrictEqual(runs("Région de l'Oriental (الشرق) : 21,1 %", 'ltr'), ['rtl:الشرق']);
assert.deepStrictEqual(runs('جهة الدار البيضاء سطات', 'ltr'), ['rtl:جهة الدار البيضاء سطات']);
assert.deepStrictEqual(runs('html', ''), []);
{
  const p = new Element('p');
  page.appendIsolated(p, 'المواقع: emploi-maroc.example و Le Reporter (MAP)', 'rtl');
  assert.deepStrictEqual(p.find('BDI').map((b) => b.className), ['nobreak', '']);
}

// Blocks: every block takes the answer's direction, whatever its first
// word: a list item starting with "html" or "2019" stays right-to-left.
const arabic = [
  'المهارات المطلوبة:',
  '',
  '- html: 4 من 10',
  '- 2019: 9,2%',
  '- الفرنسية: 2 من 10',
  '',
  '| الجهة | 2024 |',
  '|---|---|',
  '| Casablanca-Settat | 12,0 % |',
].join('\n');
const box = new Element('div');
page.renderMarkdown(box, arabic, 'rtl');
assert.strictEqual(box.dir, 'rtl');
assert.deepStrictEqual(box.find('LI').map((x) => x.dir), ['rtl', 'rtl', 'rtl']);
assert.deepStrictEqual(box.find('UL').map((x) => x.dir), ['rtl']);
assert.deepStrictEqual(box.find('P').map((x) => x.dir), ['rtl']);
assert.deepStrictEqual(box.find('TABLE').map((x) => x.dir), ['rtl']);
assert.deepStrictEqual(box.find('TH').concat(box.find('TD')).map((x) => x.dir), ['rtl', 'rtl', 'rtl', 'rtl']);
assert.deepStrictEqual(bdis(box.find('LI')[0]), ['ltr:html: 4', 'ltr:10']);
assert.deepStrictEqual(box.find('TD').map((x) => x.textContent), ['Casablanca-Settat', '12,0 %']);
// Without a language, the direction comes from the whole text.
page.renderMarkdown(box, arabic, '');
assert.deepStrictEqual(box.find('LI').map((x) => x.dir), ['rtl', 'rtl', 'rtl']);
page.renderMarkdown(box, 'Voici les chiffres du **HCP** :\n\n- الشرق : 21,1 %', 'ltr');
assert.deepStrictEqual(box.find('P').concat(box.find('LI')).map((x) => x.dir), ['ltr', 'ltr']);
assert.strictEqual(box.find('STRONG')[0].textContent, 'HCP');

// Markup in the answer stays text.
page.renderMarkdown(box, '<img src=x onerror=alert(1)> **<b>gras</b>**', 'ltr');
assert.strictEqual(box.find('IMG').length, 0);
assert.strictEqual(box.find('B').length, 0);
assert.strictEqual(box.textContent, '<img src=x onerror=alert(1)> <b>gras</b>');

// Links in the answer text: http(s) only, never to a .example host, shown
// decoded.
page.renderMarkdown(box, 'voir javascript:alert(1), https://emploi-maroc.example/x et https://www.anapec.org/offre.', 'ltr');
assert.deepStrictEqual(box.find('A').map((a) => a.attrs.href), ['https://www.anapec.org/offre']);
page.renderMarkdown(box, 'المصدر: https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8', 'rtl');
const ar = box.find('A')[0];
assert.strictEqual(ar.textContent, 'ar.wikipedia.org/wiki/المغرب');
assert.strictEqual(ar.attrs.href, 'https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8');
assert.strictEqual(ar.dir, 'ltr');

// Citations: publisher first, relay, period, kind, demo badge, supports,
// decoded address; a link only to a real http(s) page.
const ok = page.renderCitation({ publisher: 'HCP', title: 'Note 2024', period: '2024', kind: 'official_statistic',
  url: 'https://www.hcp.ma/x', reported_by: 'LNT', supports: ['2023: 13 %', '2024: 13,3 %'] }, 'fr', 'ltr');
assert.strictEqual(ok.find('A')[0].attrs.href, 'https://www.hcp.ma/x');
assert.strictEqual(ok.textContent, 'HCP — Note 2024 (relayé par LNT) statistique officielle' +
  'appuie : 2023: 13 %, 2024: 13,3 %www.hcp.ma/x');
assert.ok(page.renderCitation({ publisher: 'HCP', period: '2024-Q3' }, 'fr', 'ltr').textContent.includes('2024-Q3'));
// Words the server gives for the reader win over the raw fields.
const worded = page.renderCitation({ publisher: 'HCP', reported_by: 'LNT', label: 'HCP، نقلا عن LNT', period: '2017',
  supports: ['2017', '2023'], supports_label: '2017–2023', kind: 'official_statistic', demo: true, demo_label: 'معطيات تجريبية',
  url: 'https://lnt.ma/%D8%A7', display_url: 'lnt.ma/ا' }, 'ar', 'rtl');
assert.strictEqual(worded.textContent, 'HCP، نقلا عن LNT إحصاء رسمي تجريبي2017–2023lnt.ma/ا');
assert.strictEqual(worded.find('A')[0].attrs.href, 'https://lnt.ma/%D8%A7');
assert.ok(worded.find('SPAN').some((s) => s.className === 'badge demo' && s.title === 'معطيات تجريبية'));
const arCite = page.renderCitation({ publisher: 'HCP', period: '2024', kind: 'official_statistic', url: 'https://www.hcp.ma/x' }, 'ary', 'rtl');
assert.strictEqual(arCite.dir, 'rtl');
assert.ok(arCite.textContent.includes('إحصاء رسمي'));
const demo = page.renderCitation({ publisher: 'emploi-maroc.example', url: 'https://emploi-maroc.example/offre/1', demo: true, kind: 'job_ads_count' }, 'ar', 'rtl');
assert.strictEqual(demo.find('A').length, 0, 'a .example address is a link');
assert.ok(demo.find('SPAN').some((s) => s.className === 'badge demo' && s.textContent === 'تجريبي'));
assert.ok(!page.renderCitation({ publisher: 'HCP' }, 'fr', 'ltr').find('SPAN').some((s) => /demo/.test(s.className)));
assert.ok(page.renderCitation({ publisher: 'X', demo: true }, 'en', 'ltr').textContent.includes('demo'));
assert.ok(page.renderCitation({ publisher: 'X', demo: true }, 'fr', 'ltr').textContent.includes('démo'));
// A citation without an http(s) address is plain text: an empty or
// relative address would resolve to the chat page itself, any other scheme
// could run.
for (const url of [undefined, null, '', '   ', '/static/app.js', 'page.html', '//evil.example/x',
  'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'https://', 'ftp://hcp.ma/x']) {
  const c = page.renderCitation({ publisher: 'ANAPEC', title: 'Offre', url: url }, 'fr', 'ltr');
  assert.strictEqual(c.find('A').length, 0, 'citation with url ' + JSON.stringify(url) + ' is a link');
  assert.ok(c.textContent.includes('ANAPEC — Offre'), 'citation with url ' + JSON.stringify(url) + ' lost its label');
}
assert.strictEqual(page.renderCitation({ publisher: 'HCP', url: 'HTTP://www.hcp.ma/x' }, 'fr', 'ltr').find('A')[0].attrs.href, 'http://www.hcp.ma/x');
assert.strictEqual(page.citationKey({ id: 'a', url: 'https://x.ma' }), page.citationKey({ id: 'b', url: 'https://x.ma' }));

// Charts: the image only from this server, the caption, the table in the
// answer's direction.
const chart = { title: 'معدل البطالة', url: '/charts/' + 'a'.repeat(64) + '.svg', caption: 'HCP، 2017–2024',
  table: { columns: ['السنة', 'المعدل'], rows: [['2017', '10,2 %'], ['2018', '9,8 %']] } };
const fig = page.renderChart(chart, 'rtl');
assert.strictEqual(fig.dir, 'rtl');
assert.strictEqual(fig.attrs['data-role'], 'chart');
const img = fig.find('IMG')[0];
assert.deepStrictEqual([img.attrs.src, img.attrs.alt], [chart.url, 'معدل البطالة']);
assert.strictEqual(fig.find('FIGCAPTION')[0].textContent, 'HCP، 2017–2024');
assert.deepStrictEqual(fig.find('CAPTION').map((c) => c.textContent), ['معدل البطالة']);
assert.deepStrictEqual(fig.find('TH').map((c) => c.textContent), ['السنة', 'المعدل']);
assert.deepStrictEqual(fig.find('TD').map((c) => c.dir), ['rtl', 'rtl', 'rtl', 'rtl']);
assert.strictEqual(fig.find('TR').length, 3);
for (const url of ['https://evil.example/x.svg', '//evil.example/x.svg', 'javascript:alert(1)', '/charts/../x', '', undefined]) {
  assert.strictEqual(page.renderChart({ title: 't', url: url }, 'ltr').find('IMG').length, 0, 'chart image from ' + url);
}
assert.strictEqual(page.renderChart({ title: 't', url: '/charts/x.svg', table: { columns: ['a'], rows: [] } }, 'ltr').find('TABLE').length, 0);

console.log('ok');
