/*
 * settings.js - the member's settings page. Talks to /v1/me/* with the member's
 * bearer token. The token arrives in the login link's fragment (#token=...),
 * which browsers never send to the server; it is moved into sessionStorage and
 * removed from the address bar. Every value from the server is written with
 * textContent, never as HTML.
 */
'use strict';
(function () {
  const KEY = 'askfirst.token';
  const REASONS = {
    consented: 'On: you said yes.',
    refused: 'Off: you said no.',
    default_deny: 'Off: nothing is used until you say yes.',
    default_allow: 'On by default. You can object below.',
    objected: 'Stopped: you objected.',
    restricted: 'Paused: you asked us to restrict it.',
    region_excluded: 'Off: not used for members in your region.',
    region_unknown: 'Off: we do not know your region, so nothing is used.',
    minor: 'Off: you are under the minimum age for this.',
    age_unknown: 'Off: we do not know your age, so nothing is used.',
    not_user_initiated: 'Only when you start the interaction yourself.',
    stale_consent: 'Off: the notice changed since you said yes. Read it and choose again.',
    deleted: 'Off: your account is deleted.',
    unknown_user: 'Off: nothing is recorded about you yet.',
    kind_excluded: 'Off for this kind of content.',
    recipient_excluded: 'Off for this recipient.',
    unknown_purpose: 'Off: unknown use.',
    no_policy: 'Off: no policy is in force.'
  };
  const BASIS = {
    consent: 'only with your permission',
    legitimate_interest: 'our legitimate interest; you can object',
    contract: 'needed to provide a feature you asked for',
    legal_obligation: 'required by law'
  };
  const $ = (id) => document.getElementById(id);
  let token = null;
  let consent = null;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) {
      if (k === 'class') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function say(msg) { $('alert').hidden = true; $('status').textContent = msg; }
  function fail(msg) { $('status').textContent = ''; $('alert').textContent = msg; $('alert').hidden = false; }

  async function api(method, path, body) {
    const opts = { method, headers: { Authorization: 'Bearer ' + token } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    const res = await fetch(path, opts);
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (res.status === 401) { signOut('Your sign-in has expired or is not valid. Use a new sign-in link.'); }
    return { status: res.status, data };
  }

  function download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = el('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function downloadReceipt(seq) {
    const r = await api('GET', '/v1/me/receipts/' + seq);
    if (r.status !== 200) return fail('The receipt could not be fetched.');
    download('askfirst-receipt-' + seq + '.json', JSON.stringify(r.data, null, 2) + '\n');
  }

  function fmtTime(t) {
    if (!t) return '';
    const d = new Date(t);
    return isNaN(d) ? t : d.toLocaleString();
  }

  function renderPurposes() {
    const box = $('purposes');
    box.textContent = '';
    const p = consent.policy;
    $('policy-line').textContent = 'Policy ' + p.name + ' ' + p.version +
      (p.controller ? ' from ' + p.controller : '') + '.';
    consent.purposes.forEach((u, i) => {
      const sec = el('section', { class: 'purpose', 'aria-labelledby': 'pt-' + i, 'data-purpose': u.id });
      sec.appendChild(el('h3', { id: 'pt-' + i }, u.title));
      sec.appendChild(el('p', { class: 'notice', id: 'pn-' + i }, u.notice.trim().replace(/\n(?!\n)/g, ' ')));
      const rec = u.recipients.map((r) => r === 'first_party' ? (p.controller || 'the platform') : r.replace(/^affiliates?:/, 'affiliate ')).join(', ');
      sec.appendChild(el('p', { class: 'facts' }, 'Basis: ' + (BASIS[u.basis] || u.basis) + '. Who receives it: ' + rec + '.'));
      const st = el('p', { class: 'state ' + (u.allow ? 'allow' : 'deny'), id: 'ps-' + i, 'data-reason': u.reason },
        (REASONS[u.reason] || u.reason));
      sec.appendChild(st);
      if (u.choosable) {
        const row = el('div', { class: 'control' });
        // The switch shows what applies now: on when this use is allowed.
        const granted = u.allow;
        const cb = el('input', { type: 'checkbox', role: 'switch', id: 'pc-' + i,
          'aria-describedby': 'pn-' + i + ' ps-' + i, 'data-purpose': u.id });
        cb.checked = granted;
        const lab = el('label', { for: 'pc-' + i }, 'Allow: ' + u.title);
        cb.addEventListener('change', () => choose(u, cb));
        row.appendChild(cb);
        row.appendChild(lab);
        sec.appendChild(row);
      } else {
        sec.appendChild(el('p', { class: 'facts' }, 'This is not a choice: ' + (BASIS[u.basis] || u.basis) + '.'));
      }
      box.appendChild(sec);
    });
    const sel = $('obj-purpose');
    sel.textContent = '';
    consent.purposes.filter((u) => u.objectable).forEach((u) => {
      sel.appendChild(el('option', { value: u.id }, u.title));
    });
    const list = $('obj-list');
    list.textContent = '';
    $('obj-empty').hidden = consent.objections.length > 0;
    const titles = {};
    consent.purposes.forEach((u) => { titles[u.id] = u.title; });
    consent.objections.forEach((o) => {
      const li = el('li', { 'data-objection': o.id });
      li.textContent = (o.kind === 'object' ? 'Objection' : 'Restriction') + ' to "' +
        (titles[o.purpose] || o.purpose) + '", sent ' + fmtTime(o.at) + ': ' +
        (o.state === 'open' ? 'open (in effect now)' : o.state) + '.';
      list.appendChild(li);
    });
  }

  async function choose(u, cb) {
    cb.disabled = true;
    const choice = cb.checked ? 'grant' : 'refuse';
    const r = await api('PUT', '/v1/me/consent/' + encodeURIComponent(u.id), { choice, notice: u.notice_hash });
    cb.disabled = false;
    if (r.status === 200) {
      await refresh();
      const rc = r.data.receipt.receipt;
      say((choice === 'grant' ? 'Turned on: ' : 'Turned off: ') + u.title + '. Receipt ' +
        rc.receipt_id + ', signed by key ' + rc.key_id + ', is in your history below.');
      $('status').setAttribute('data-receipt', rc.receipt_id);
      $('status').setAttribute('data-seq', String(r.data.seq));
    } else if (r.status === 409 && r.data && r.data.error && r.data.error.code === 'stale_notice') {
      cb.checked = false;
      await refresh();
      fail('The notice for "' + u.title + '" changed. Please read it again and choose.');
    } else {
      cb.checked = !cb.checked;
      fail('Your choice was not saved: ' + ((r.data && r.data.error && r.data.error.message) || 'error ' + r.status));
    }
  }

  function describe(ev) {
    const e = ev.event;
    switch (ev.type) {
      case 'consent': return (e.choice === 'grant' ? 'Said yes to ' : 'Said no to ') + e.purpose;
      case 'objection': return (e.kind === 'object' ? 'Objected to ' : 'Asked to restrict ') + e.purpose;
      case 'objection_resolved': return 'Your objection was ' + e.outcome;
      case 'profile': return 'Profile facts recorded';
      case 'gpc': return 'Global Privacy Control signal received';
      case 'delete': return e.content ? 'Content ' + e.content + ' deleted' : 'Account deleted';
      default: return ev.type;
    }
  }

  async function renderHistory() {
    const r = await api('GET', '/v1/me/history');
    if (r.status !== 200) return;
    const body = $('hist-body');
    body.textContent = '';
    const evs = r.data.events.slice().reverse();
    $('hist-empty').hidden = evs.length > 0;
    $('hist-table').hidden = evs.length === 0;
    evs.forEach((ev) => {
      const tr = el('tr', { 'data-seq': String(ev.seq) });
      tr.appendChild(el('td', { class: 'when' }, fmtTime(ev.at)));
      tr.appendChild(el('td', {}, describe(ev)));
      const td = el('td');
      if (ev.receipt) {
        const b = el('button', { type: 'button', class: 'small', 'aria-label': 'Download receipt for: ' + describe(ev) }, 'Receipt');
        b.addEventListener('click', () => downloadReceipt(ev.seq));
        td.appendChild(b);
      }
      tr.appendChild(td);
      body.appendChild(tr);
    });
  }

  async function refresh() {
    const r = await api('GET', '/v1/me/consent');
    if (r.status !== 200) {
      if (r.status !== 401) fail('Your settings could not be loaded: ' + ((r.data && r.data.error && r.data.error.message) || r.status));
      return;
    }
    consent = r.data;
    $('who-name').textContent = consent.user;
    $('who').hidden = false;
    ['choices', 'objections', 'history', 'export'].forEach((s) => { $(s).hidden = false; });
    $('login').hidden = true;
    renderPurposes();
    await renderHistory();
  }

  function signOut(msg) {
    token = null;
    sessionStorage.removeItem(KEY);
    ['choices', 'objections', 'history', 'export'].forEach((s) => { $(s).hidden = true; });
    $('who').hidden = true;
    $('login').hidden = false;
    if (msg) fail(msg);
  }

  async function start() {
    const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (m) {
      sessionStorage.setItem(KEY, decodeURIComponent(m[1]));
      history.replaceState(null, '', location.pathname + location.search);
    }
    token = sessionStorage.getItem(KEY);
    $('signout').addEventListener('click', () => signOut());
    $('login-form').addEventListener('submit', (e) => {
      e.preventDefault();
      token = $('token-input').value.trim();
      sessionStorage.setItem(KEY, token);
      $('token-input').value = '';
      $('alert').hidden = true;
      refresh();
    });
    $('objection-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const f = e.target;
      const body = { purpose: f.purpose.value, kind: f.kind.value };
      if (f.reason.value.trim()) body.reason = f.reason.value.trim();
      const r = await api('POST', '/v1/me/objections', body);
      if (r.status === 201) {
        f.reason.value = '';
        await refresh();
        say('Your ' + (body.kind === 'object' ? 'objection' : 'restriction') + ' is recorded and in effect now. Receipt ' +
          r.data.receipt.receipt.receipt_id + '.');
      } else {
        fail('Not sent: ' + ((r.data && r.data.error && r.data.error.message) || r.status));
      }
    });
    $('export-btn').addEventListener('click', async () => {
      const r = await api('GET', '/v1/me/export');
      if (r.status !== 200) return fail('The export failed.');
      download('askfirst-export-' + r.data.user + '.json', JSON.stringify(r.data, null, 2) + '\n');
      say('Your data was downloaded.');
    });
    if (!token) { signOut(); return; }
    await refresh();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
