#!/usr/bin/env node
/*
 * settings.test.mjs - the member's settings page in headless Debian chromium
 * (playwright-core, executablePath /usr/bin/chromium): log in as a demo member
 * with the one-time link `askfirst serve --demo` prints, turn train.generative
 * on, see the receipt, reload and see the state, object to train.other,
 * download the export and a receipt, check that member B never sees member A,
 * and check labels, keyboard use and a phone-sized screen. Screenshots go to
 * $ASKF_ARTIFACTS (the build directory). Prints TAP.
 *
 * usage: settings.test.mjs ASKFIRST_EXE
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = process.env.ASKF_SRCDIR || path.resolve(here, '..', '..');
const exe = path.resolve(process.argv[2]);
const artifacts = process.env.ASKF_ARTIFACTS || path.join(src, 'build', 'e2e-artifacts');
fs.mkdirSync(artifacts, { recursive: true });

let n = 0, failed = 0;
function ok(cond, name, detail) {
  n++;
  if (!cond) failed++;
  console.log(`${cond ? 'ok' : 'not ok'} ${n} - ${name}`);
  if (!cond && detail !== undefined) for (const l of String(detail).split('\n').slice(0, 20)) console.log('#   ' + l);
}

const chromium = (await import(path.join(here, 'node_modules', 'playwright-core', 'index.mjs'))).chromium;
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || os.tmpdir(), 'askf-e2e-'));

function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(exe, ['serve', '--listen', '127.0.0.1:0', '--ledger', path.join(tmp, 'demo.db'),
      '--demo', '--threads', '2'], { cwd: src, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + err)), 30000);
    p.stderr.on('data', (d) => { err += d; });
    p.stdout.on('data', (d) => {
      out += d;
      const a = /demo login \(alice\): (\S+)/.exec(out), b = /demo login \(bob\): (\S+)/.exec(out);
      const k = /demo admin key[^:]*: (\S+)/.exec(out);
      if (a && b && k) { clearTimeout(timer); resolve({ proc: p, alice: a[1], bob: b[1], admin: k[1], stderr: () => err }); }
    });
    p.on('exit', (code) => { clearTimeout(timer); reject(new Error('server exited ' + code + ': ' + err)); });
  });
}

function stopServer(s) {
  return new Promise((resolve) => {
    if (s.proc.exitCode !== null) return resolve(s.proc.exitCode);
    s.proc.removeAllListeners('exit');
    s.proc.on('exit', (code) => resolve(code));
    s.proc.kill('SIGTERM');
    setTimeout(() => s.proc.kill('SIGKILL'), 10000).unref();
  });
}

const srv = await startServer();
const userDir = fs.mkdtempSync(path.join(tmp, 'profile-'));
const ctx = await chromium.launchPersistentContext(userDir, {
  executablePath: process.env.ASKF_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1024, height: 900 },
});
ctx.setDefaultTimeout(15000);
const shot = (page, name) => page.screenshot({ path: path.join(artifacts, `e2e-${name}.png`), fullPage: true });

try {
  const page = ctx.pages()[0] || await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  // Log in with the one-time link; the token leaves the address bar.
  await page.goto(srv.alice);
  await page.waitForSelector('#purposes section.purpose');
  ok((await page.textContent('#who-name')) === 'alice', 'logged in as alice');
  ok(!page.url().includes('token='), 'the token is removed from the address bar', page.url());
  const gen = page.locator('section.purpose[data-purpose="train.generative"]');
  const genBox = gen.locator('input[type=checkbox]');
  ok(!(await genBox.isChecked()), 'train.generative is off until the member turns it on');
  ok((await page.locator('section.purpose[data-purpose="train.other"] input[type=checkbox]').isChecked()) === false,
    'train.other is off too');
  const notice = await gen.locator('.notice').textContent();
  ok(/private messages are never used/i.test(notice) && /AI feature/.test(notice),
    'the full notice is shown, including AI-feature inputs', notice);
  ok((await gen.locator('.state').getAttribute('data-reason')) === 'default_deny', 'state reason default_deny');
  await shot(page, '1-initial');

  // Turn it on with the keyboard: focus the switch and press Space.
  await genBox.focus();
  await page.keyboard.press('Space');
  await page.locator('#status', { hasText: /Receipt rcpt-/ }).waitFor();
  const status = await page.textContent('#status');
  ok(/Turned on: Train content-generating AI models\. Receipt rcpt-\d+-[0-9a-f]{16}/.test(status),
    'the receipt is shown after the choice', status);
  ok((await gen.locator('.state').getAttribute('data-reason')) === 'consented', 'state is consented');
  await shot(page, '2-granted');

  // The receipt downloads from the history.
  const seq = await page.getAttribute('#status', 'data-seq');
  const [rdl] = await Promise.all([page.waitForEvent('download'),
    page.click(`#hist-body tr[data-seq="${seq}"] button`)]);
  const receipt = JSON.parse(fs.readFileSync(await rdl.path(), 'utf8'));
  ok(receipt.receipt.subject.id === 'alice' && receipt.receipt.choice === 'grant' &&
     receipt.signature.alg === 'Ed25519', 'the downloaded receipt is alice\'s signed grant');
  const rfile = path.join(tmp, 'receipt.json');
  fs.writeFileSync(rfile, JSON.stringify(receipt));
  ok(rdl.suggestedFilename() === `askfirst-receipt-${seq}.json`, 'receipt file name');

  // Reload: the state comes back from the server.
  await page.reload();
  await page.waitForSelector('#purposes section.purpose');
  ok(await page.locator('section.purpose[data-purpose="train.generative"] input[type=checkbox]').isChecked(),
    'after reload train.generative is still on');
  ok((await page.locator('section.purpose[data-purpose="train.generative"] .state').textContent()).includes('you said yes'),
    'after reload the state says why');

  // Object to train.other.
  await page.selectOption('#obj-purpose', 'train.other');
  await page.check('input[name=kind][value=object]');
  await page.fill('#obj-reason', 'I do not want my posts to rank feeds.');
  await page.click('#objection-form button[type=submit]');
  await page.locator('#status', { hasText: /objection is recorded/ }).waitFor();
  ok((await page.locator('section.purpose[data-purpose="train.other"] .state').getAttribute('data-reason')) === 'objected',
    'train.other is stopped by the objection');
  ok(/Objection to "Train other AI models/.test(await page.textContent('#obj-list')) &&
     /open \(in effect now\)/.test(await page.textContent('#obj-list')), 'the objection is listed as open');
  await shot(page, '3-objected');

  // Download the export.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-btn')]);
  const exp = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
  ok(exp.user === 'alice' && exp.format === 'askfirst-export/1', 'the export is alice\'s');
  ok(exp.events.every((e) => e.event.user === 'alice'), 'every exported event is alice\'s');
  ok(exp.events.some((e) => e.type === 'objection') && exp.events.some((e) => e.type === 'consent'),
    'the export holds the consent and the objection');
  ok(!JSON.stringify(exp).includes('"bob"'), 'no trace of bob in alice\'s export');

  // Labels: every form control has one.
  const unlabeled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label'))
    .map((e) => e.outerHTML));
  ok(unlabeled.length === 0, 'every control has a label', unlabeled.join('\n'));
  ok(errors.length === 0, 'no script errors on the page', errors.join('\n'));

  // Member B in another tab: sessionStorage is per tab, so this is bob only.
  const pb = await ctx.newPage();
  await pb.goto(srv.bob);
  await pb.waitForSelector('#purposes section.purpose');
  ok((await pb.textContent('#who-name')) === 'bob', 'logged in as bob');
  const bobText = await pb.textContent('body');
  ok(!bobText.includes('alice') && !bobText.includes('I do not want my posts'), 'bob never sees alice\'s data');
  ok(!(await pb.locator('section.purpose[data-purpose="train.generative"] input[type=checkbox]').isChecked()),
    'bob\'s train.generative is off');
  ok((await pb.locator('#obj-list li').count()) === 0, 'bob has no objections');
  // Bob asking for alice's receipt by seq gets nothing.
  const leak = await pb.evaluate(async (s) => {
    const t = sessionStorage.getItem('askfirst.token');
    const r = await fetch('/v1/me/receipts/' + s, { headers: { Authorization: 'Bearer ' + t } });
    return [r.status, await r.text()];
  }, seq);
  ok(leak[0] === 404 && !leak[1].includes('alice'), 'bob cannot fetch alice\'s receipt', leak);
  await shot(pb, '4-bob');

  // A phone-sized screen: nothing overflows sideways.
  await pb.setViewportSize({ width: 360, height: 740 });
  await pb.reload();
  await pb.waitForSelector('#purposes section.purpose');
  const overflow = await pb.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  ok(overflow <= 0, 'readable on a 360 px wide screen without sideways scrolling', overflow);
  await shot(pb, '5-phone');

  // Sign out and back in without a token: the page asks for one.
  await pb.click('#signout');
  ok(await pb.isVisible('#login'), 'after sign-out the page asks to sign in');
  ok(!(await pb.isVisible('#choices')), 'and shows no member data');

  // The receipt the browser downloaded verifies offline with the published key.
  const keyRes = await pb.evaluate(async () => (await fetch('/.well-known/askfirst/receipt-key')).json());
  const kfile = path.join(tmp, 'server.pub');
  fs.writeFileSync(kfile, keyRes.key_file + '\n');
  const v = await new Promise((resolve) => {
    const p = spawn(exe, ['receipt', 'verify', rfile, '--key', kfile, '--ledger', path.join(tmp, 'demo.db')]);
    let o = '';
    p.stdout.on('data', (d) => { o += d; });
    p.stderr.on('data', (d) => { o += d; });
    p.on('exit', (code) => resolve([code, o]));
  });
  ok(v[0] === 0, 'the downloaded receipt verifies against the published key and the ledger', v[1]);
} catch (e) {
  ok(false, 'browser flow', e.stack);
} finally {
  await ctx.close();
  const code = await stopServer(srv);
  ok(code === 0, 'server stopped by pid, exit 0', srv.stderr());
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`1..${n}`);
process.exit(failed ? 1 : 0);
