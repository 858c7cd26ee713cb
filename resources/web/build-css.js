// SPDX-License-Identifier: MIT
// Builds site.css for the mobile pages: WeUI's CSS trimmed to the rules whose classes our templates,
// scripts and page controllers use, followed by our own app.css. Run by CMake at build time:
//   node build-css.js <weui.min.css> <app.css> <out.css> <file that may name classes>...
'use strict';
const fs = require('fs');

const [weuiPath, appPath, outPath, ...sources] = process.argv.slice(2);
if (!weuiPath || !appPath || !outPath) {
  console.error('usage: node build-css.js <weui.min.css> <app.css> <out.css> <source>...');
  process.exit(2);
}

// Every identifier-like token of the sources: a class is "used" when its name appears in one of them.
const used = new Set();
for (const file of sources) {
  for (const token of fs.readFileSync(file, 'utf8').match(/[A-Za-z_][A-Za-z0-9_-]*/g) || []) used.add(token);
}

// Index of the brace that closes the block opened at text[open] ('{'), skipping strings and comments.
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i < 0) throw new Error('unterminated string');
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces');
}

// Splits a selector list on top-level commas (not those inside :not(...) or [attr="a,b"]).
function splitSelectors(list) {
  const out = [];
  let depth = 0, start = 0, quote = null;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) { out.push(list.slice(start, i)); start = i + 1; }
  }
  out.push(list.slice(start));
  return out;
}

function selectorUsed(selector) {
  const positive = selector.replace(/:not\([^)]*\)/g, '').replace(/\[[^\]]*\]/g, '');
  const classes = positive.match(/\.-?[_a-zA-Z][\w-]*/g) || [];
  return classes.every((c) => used.has(c.slice(1)));
}

// Keeps what the pages can match; returns the trimmed CSS text of `css`.
function trim(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2) + 2;
      if (css[i + 2] === '!') out += css.slice(i, end) + '\n'; // licence banner
      i = end;
      continue;
    }
    const open = css.indexOf('{', i);
    const semicolon = css.indexOf(';', i);
    if (open < 0) break;
    if (semicolon >= 0 && semicolon < open && css[i] === '@') { // @charset, @import
      out += css.slice(i, semicolon + 1);
      i = semicolon + 1;
      continue;
    }
    const prelude = css.slice(i, open).trim();
    const close = closing(css, open);
    const body = css.slice(open + 1, close);
    i = close + 1;
    if (/^@(media|supports)/.test(prelude)) {
      const inner = trim(body);
      if (inner) out += prelude + '{' + inner + '}';
    } else if (prelude.startsWith('@')) {
      out += prelude + '{' + body + '}'; // keyframes, font-face: kept whole
    } else {
      const kept = splitSelectors(prelude).filter(selectorUsed);
      if (kept.length) out += kept.join(',') + '{' + body + '}';
    }
  }
  return out;
}

const weui = fs.readFileSync(weuiPath, 'utf8');
const trimmed = trim(weui);
const app = fs.readFileSync(appPath, 'utf8');
fs.writeFileSync(outPath + '.tmp', trimmed + '\n' + app);
fs.renameSync(outPath + '.tmp', outPath);
console.log(`site.css: WeUI ${weui.length} -> ${trimmed.length} bytes, app.css ${app.length} bytes`);
