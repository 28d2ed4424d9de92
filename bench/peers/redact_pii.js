#!/usr/bin/env node
// redact_pii.js - runs the npm package redact-pii (SyncRedactor, default configuration) over a
// JSONL corpus for bench/peers/run_redact_pii.sh and bench/pii/run.sh.
//
//   node redact_pii.js IN.jsonl OUT.jsonl            JSONL in, JSONL out, "text" redacted;
//                                                    prints timing JSON on stderr
//   node redact_pii.js IN.jsonl OUT.jsonl --spans    OUT gets {"id","pii":[{start,end,type}]}
//
// redact-pii only returns redacted text.  To score it, spans are recovered by replaying its
// own child redactors (same regular expressions, same order, same replacement tokens) while
// tracking where every character of the current text came from in the original; each record's
// replayed output is compared with redactor.redact(text) and, if they ever differ, the spans
// are recovered instead by aligning the original with the redacted text (diff).  Offsets are
// converted from UTF-16 units to Unicode code points.  Token to type: CREDIT_CARD_NUMBER ->
// CREDIT_CARD, PHONE_NUMBER -> PHONE, IP_ADDRESS -> IPV4 or IPV6 (by ':'),
// US_SOCIAL_SECURITY_NUMBER -> US_SSN, EMAIL_ADDRESS -> EMAIL, URL -> URL, PERSON_NAME ->
// PERSON; ZIPCODE, DIGITS, STREET_ADDRESS, USERNAME, PASSWORD, CREDENTIALS keep their name.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const base = path.join(__dirname, 'node_modules', 'redact-pii', 'lib');
const { SyncRedactor } = require(path.join(base, 'index.js'));
const { composeChildRedactors } = require(path.join(base, 'composition.js'));
const { NameRedactor } = require(path.join(base, 'built-ins', 'NameRedactor.js'));
const wellKnown = require(path.join(base, 'built-ins', 'well-known-names.json'));

const TYPE = {
  CREDIT_CARD_NUMBER: 'CREDIT_CARD', PHONE_NUMBER: 'PHONE', US_SOCIAL_SECURITY_NUMBER: 'US_SSN',
  EMAIL_ADDRESS: 'EMAIL', URL: 'URL', PERSON_NAME: 'PERSON',
};

// The NameRedactor's expressions, as in redact-pii 3.4.0 lib/built-ins/NameRedactor.js.
const greetingRegex = /(^|\.\s+)(dear|hi|hello|greetings|hey|hey there)/gi;
const closingRegex = /(thx|thanks|thank you|regards|best|[a-z]+ly|[a-z]+ regards|all the best|happy [a-z]+ing|take care|have a [a-z]+ (weekend|night|day))/gi;
const greetingOrClosing = new RegExp('(((' + greetingRegex.source + ')|(' + closingRegex.source + '\\s*[,.!]*))[\\s-]*)', 'gi');
const genericName = new RegExp('( ?(([A-Z][a-z]+)|([A-Z]\\.)))+([,.]|[,.]?$)', 'gm');
const wellKnownNames = new RegExp('\\b(\\s*)(\\s*(' + wellKnown.join('|') + '))+\\b', 'gim');

// Tracked text: t (string) and src (per UTF-16 unit: [origStart, origEnd, tokenObj|null]).
function replaceTracked(st, start, end, token) {
  let s = Infinity, e = -1;
  for (let i = start; i < end; i++) {
    const x = st.src[i];
    if (x[0] < s) s = x[0];
    if (x[1] > e) e = x[1];
  }
  const tok = { s, e, token };
  const ins = new Array(token.length);
  for (let i = 0; i < token.length; i++) ins[i] = [s, e, tok];
  st.src = st.src.slice(0, start).concat(ins, st.src.slice(end));
  st.t = st.t.slice(0, start) + token + st.t.slice(end);
}

function regexReplaceTracked(st, re, token, groupPrefix) {
  // Same matches as st.t.replace(re, token) (global regex): collect, then apply right to left.
  const ms = [];
  st.t.replace(re, (...args) => {
    const off = args[args.length - 2];
    const lead = groupPrefix ? (args[1] || '').length : 0;
    ms.push([off + lead, off + args[0].length]);
    return '';
  });
  for (let k = ms.length - 1; k >= 0; k--) {
    const [a, b] = ms[k];
    if (b > a) replaceTracked(st, a, b, token);
    else { // empty match with a token inserted: zero-width, keep origin of the next char
      const at = a < st.src.length ? st.src[a][0] : (st.src.length ? st.src[st.src.length - 1][1] : 0);
      st.src = st.src.slice(0, a).concat(Array.from(token, () => [at, at, null]), st.src.slice(a));
      st.t = st.t.slice(0, a) + token + st.t.slice(a);
    }
  }
}

function nameRedactTracked(st, replaceWith) {
  greetingOrClosing.lastIndex = 0;
  genericName.lastIndex = 0;
  let g = greetingOrClosing.exec(st.t);
  while (g !== null) {
    genericName.lastIndex = greetingOrClosing.lastIndex;
    const n = genericName.exec(st.t);
    if (n !== null && n.index === greetingOrClosing.lastIndex) {
      const suffix = n[5] === null ? '' : n[5];
      const end = n.index + n[0].length;
      // original: slice(0,idx) + replaceWith + suffix + slice(idx+len); suffix is text of the
      // match's own end, so the token covers [idx, end - suffix.length).
      const sl = (suffix || '').length;
      if (end - sl > n.index) replaceTracked(st, n.index, end - sl, replaceWith);
      else {
        const at = st.src[n.index][0];
        st.src = st.src.slice(0, n.index).concat(Array.from(replaceWith, () => [at, at, null]), st.src.slice(n.index));
        st.t = st.t.slice(0, n.index) + replaceWith + st.t.slice(n.index);
      }
    }
    g = greetingOrClosing.exec(st.t);
  }
  regexReplaceTracked(st, wellKnownNames, replaceWith, true);
}

const children = composeChildRedactors({});
const redactor = new SyncRedactor();

function spansByReplay(text) {
  const st = { t: text, src: Array.from({ length: text.length }, (_, i) => [i, i + 1, null]) };
  for (const r of children) {
    if (r instanceof NameRedactor) nameRedactTracked(st, r.replaceWith);
    else regexReplaceTracked(st, r.regexpMatcher, r.replaceWith, false);
  }
  const out = [];
  let last = null;
  for (const x of st.src) {
    const tok = x[2];
    if (tok && tok !== last) out.push([tok.s, tok.e, tok.token]);
    last = tok;
  }
  return { text: st.t, spans: out };
}

const TOKEN_RE = /CREDIT_CARD_NUMBER|STREET_ADDRESS|ZIPCODE|PHONE_NUMBER|IP_ADDRESS|US_SOCIAL_SECURITY_NUMBER|EMAIL_ADDRESS|USERNAME|PASSWORD|CREDENTIALS|DIGITS|URL|PERSON_NAME/g;

function spansByDiff(orig, red) {
  // red = seg0 TOK seg1 TOK ... segN, every seg a piece of orig in order; leftmost placement.
  const segs = [], toks = [];
  let pos = 0, m;
  TOKEN_RE.lastIndex = 0;
  while ((m = TOKEN_RE.exec(red)) !== null) {
    segs.push(red.slice(pos, m.index));
    toks.push(m[0]);
    pos = m.index + m[0].length;
  }
  segs.push(red.slice(pos));
  const out = [];
  let o = segs[0].length;
  for (let k = 0; k < toks.length; k++) {
    const next = segs[k + 1];
    let at = k + 1 === toks.length ? orig.length - next.length : orig.indexOf(next, o + 1);
    if (at < 0 || at <= o) at = Math.min(orig.length, o + 1);
    out.push([o, at, toks[k]]);
    o = at + next.length;
  }
  return out;
}

function toCodePoints(text) {
  // map UTF-16 index -> code point index (length text.length + 1)
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { map[i + 1] = cp; i++; }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

async function main() {
  const [inPath, outPath, flag] = process.argv.slice(2);
  if (!inPath || !outPath) {
    console.error('usage: node redact_pii.js IN.jsonl OUT.jsonl [--spans]');
    process.exit(2);
  }
  const spansMode = flag === '--spans';
  const t0 = process.hrtime.bigint();
  const rl = readline.createInterface({ input: fs.createReadStream(inPath), crlfDelay: Infinity });
  const out = fs.createWriteStream(outPath);
  let textBytes = 0, records = 0, redactNs = 0n, diffFallback = 0;
  let buf = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    const text = typeof rec.text === 'string' ? rec.text : '';
    textBytes += Buffer.byteLength(text, 'utf8');
    records++;
    const a = process.hrtime.bigint();
    const red = redactor.redact(text);
    redactNs += process.hrtime.bigint() - a;
    if (spansMode) {
      const rp = spansByReplay(text);
      let sp = rp.spans;
      if (rp.text !== red) { diffFallback++; sp = spansByDiff(text, red); }
      const map = toCodePoints(text);
      const pii = sp.map(([s, e, tok]) => {
        let type = TYPE[tok] || tok;
        if (tok === 'IP_ADDRESS') type = text.slice(s, e).includes(':') ? 'IPV6' : 'IPV4';
        return { start: map[s], end: map[e], type };
      });
      buf.push(JSON.stringify({ id: rec.id, pii }));
    } else {
      rec.text = red;
      buf.push(JSON.stringify(rec));
    }
    if (buf.length >= 1024) {
      if (!out.write(buf.join('\n') + '\n')) await new Promise((r) => out.once('drain', r));
      buf = [];
    }
  }
  if (buf.length) out.write(buf.join('\n') + '\n');
  await new Promise((r) => out.end(r));
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const red = Number(redactNs) / 1e9;
  console.error(JSON.stringify({
    tool: 'redact-pii', version: require(path.join(base, '..', 'package.json')).version,
    records, text_mb: textBytes / 1e6, wall_s: wall, redact_s: red,
    mb_per_s_wall: textBytes / 1e6 / wall, mb_per_s_redact_only: textBytes / 1e6 / red,
    diff_fallback_records: diffFallback,
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
