// bench/capture-time.js: keys and seconds to log one entry by keyboard on a staff service tab, on two
// running portals (./ecdp run --demo): OLD_PORT (a build of an older commit, e.g. 40411fb, whose capture
// page has no theme focus, no Ctrl+Enter) and NEW_PORT. Needs Node and playwright-core (npm install
// playwright-core@1) and Debian chromium. Run: OLD_PORT=8102 NEW_PORT=8101 node bench/capture-time.js
// Words are typed at 50 ms a character; every other key is pressed after 280 ms (the keystroke-level
// model's average key). Five entries on each; prints the keys beyond the words and the seconds per entry.
const { chromium } = require(process.env.PLAYWRIGHT || 'playwright-core');
const K = 280, CHAR = 50;
async function signIn(p, base) {
  await p.goto(base + 'login.xhtml');
  await p.fill('input[type=text], input[name*=user]', 'staff');
  await p.fill('input[type=password]', 'demo');
  await p.keyboard.press('Enter');
  await p.waitForLoadState('networkidle');
}
const focused = p => p.evaluate(() => document.activeElement && document.activeElement.id);
async function key(p, k, count) { await p.waitForTimeout(K); await p.keyboard.press(k); count.n++; }
async function tabTo(p, id, count) { for (let i = 0; i < 40 && (await focused(p)) !== id; i++) await key(p, 'Tab', count); }
async function once(p, base, old, i) {
  await p.goto(base + 'log/entries.xhtml?service=ADVOCACY');
  await p.waitForLoadState('networkidle');
  const count = { n: 0 };
  const words = `The bus driver would not put the ramp down, run ${i} ${Date.now()}`;
  const t0 = Date.now();
  if (old) {
    await tabTo(p, 'capture:themes_input', count);
    await p.keyboard.type('Transport', { delay: CHAR });
    await p.waitForSelector('.ui-autocomplete-panel li', { state: 'visible' });
    await key(p, 'Enter', count);
    await tabTo(p, 'capture:summary', count);
    await p.keyboard.type(words, { delay: CHAR });
    await tabTo(p, 'capture:save', count);
    await key(p, 'Enter', count);
  } else {
    await p.keyboard.type('Transport', { delay: CHAR });
    await p.waitForSelector('.ui-autocomplete-panel li', { state: 'visible' });
    await key(p, 'Enter', count);
    await tabTo(p, 'capture:summary', count);
    await p.keyboard.type(words, { delay: CHAR });
    await p.waitForTimeout(K); await p.keyboard.press('Control+Enter'); count.n++;
  }
  await p.waitForFunction(w => document.body.innerText.includes(w), words, { timeout: 30000 });
  return { keys: count.n, seconds: (Date.now() - t0) / 1000 };
}
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
  for (const [name, port, old] of [["before (OLD_PORT)", +process.env.OLD_PORT, true], ["after (NEW_PORT)", +process.env.NEW_PORT, false]]) {
    const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
    const base = `http://localhost:${port}/`;
    await signIn(p, base);
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await once(p, base, old, i));
    const secs = runs.map(r => r.seconds).sort((a, b) => a - b);
    console.log(`${name}: keys beyond the words ${runs.map(r => r.keys).join(',')}; seconds per entry ${runs.map(r => r.seconds.toFixed(1)).join(', ')} (median ${secs[2].toFixed(1)})`);
    await p.close();
  }
  await b.close();
})();
