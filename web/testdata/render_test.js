// Checks the page's rendering script on a minimal fake DOM:
//   node testdata/render_test.js static/render.js
// Prints "ok" or throws. Run by TestRenderScript (web/script_test.go) when node is installed.
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
eval(fs.readFileSync(process.argv[2], 'utf8'));
const page = window.marsadRender;

// Direction: the same table as direction_test.go.
assert.strictEqual(page.dirOf('ما هو معدل البطالة في جهة الشرق سنة 2024؟'), 'rtl');
assert.strictEqual(page.dirOf('2024 : معدل البطالة 13,3 %'), 'rtl');
assert.strictEqual(page.dirOf('١٣٫٣ ٪ هو معدل البطالة'), 'rtl');
assert.strictEqual(page.dirOf('ch7al taux dyal chomage f casa 2024?'), 'ltr');
assert.strictEqual(page.dirOf('HCP : معدل البطالة'), 'ltr');
assert.strictEqual(page.dirOf('| 2024 | 13,3 % |'), '');

// Blocks: paragraph, bullets, table; direction per block and per cell.
const answer = [
  'Voici les chiffres du **HCP** :',
  '',
  '- معدل البطالة 13,3 % في 2024',
  '- Taux national : 13,3 %',
  '',
  '| الجهة | 2024 |',
  '|---|---|',
  '| الشرق | 21,1 % |',
  '| Casablanca-Settat | 12,0 % |',
].join('\n');
const box = new Element('div');
page.renderMarkdown(box, answer);
const p = box.find('P');
assert.strictEqual(p.length, 1);
assert.strictEqual(p[0].dir, 'ltr');
assert.strictEqual(p[0].find('STRONG')[0].textContent, 'HCP');
const li = box.find('LI');
assert.deepStrictEqual(li.map((x) => x.dir), ['rtl', 'ltr']);
assert.strictEqual(li[0].textContent, 'معدل البطالة 13,3 % في 2024');
const table = box.find('TABLE')[0];
assert.strictEqual(table.dir, 'rtl');
assert.deepStrictEqual(box.find('TH').map((x) => x.dir), ['rtl', '']);
assert.deepStrictEqual(box.find('TD').map((x) => x.dir), ['rtl', '', 'ltr', '']);
assert.deepStrictEqual(box.find('TD').map((x) => x.textContent), ['الشرق', '21,1 %', 'Casablanca-Settat', '12,0 %']);

// Markup in the answer stays text.
page.renderMarkdown(box, '<img src=x onerror=alert(1)> **<b>gras</b>**');
assert.strictEqual(box.find('IMG').length, 0);
assert.strictEqual(box.find('B').length, 0);
assert.strictEqual(box.textContent, '<img src=x onerror=alert(1)> <b>gras</b>');

// Citations: a link only for http(s), with publisher, title, period.
const ok = page.renderCitation({ publisher: 'HCP', title: 'Note 2024', period: '2024', kind: 'official_statistic', url: 'https://www.hcp.ma/x' });
assert.strictEqual(ok.find('A')[0].attrs.href, 'https://www.hcp.ma/x');
assert.ok(ok.textContent.includes('HCP — Note 2024') && ok.textContent.includes('2024'));
const bad = page.renderCitation({ publisher: 'X', url: 'javascript:alert(1)', reported_by: 'Le360' });
assert.strictEqual(bad.find('A').length, 0);
assert.ok(bad.textContent.includes('via Le360'));

// A citation without an http(s) address is plain text: an empty or
// relative address would resolve to the chat page itself, any other scheme
// could run.
for (const url of [undefined, null, '', '   ', '/static/app.js', 'page.html', '//evil.example/x',
  'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'https://', 'ftp://hcp.ma/x']) {
  const c = page.renderCitation({ publisher: 'ANAPEC', title: 'Offre', url: url });
  assert.strictEqual(c.find('A').length, 0, 'citation with url ' + JSON.stringify(url) + ' is a link');
  assert.ok(c.textContent.includes('ANAPEC — Offre'), 'citation with url ' + JSON.stringify(url) + ' lost its label');
}
assert.strictEqual(page.renderCitation({ publisher: 'HCP', url: 'HTTP://www.hcp.ma/x' }).find('A')[0].attrs.href, 'http://www.hcp.ma/x');

// Links in the answer text: http(s) only.
page.renderMarkdown(box, 'voir javascript:alert(1) et https://www.anapec.org/offre.');
const links = box.find('A');
assert.deepStrictEqual(links.map((a) => a.attrs.href), ['https://www.anapec.org/offre']);

console.log('ok');
