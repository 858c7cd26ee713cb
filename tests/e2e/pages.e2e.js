// SPDX-License-Identifier: MIT
// End-to-end test of the mobile pages in headless Chromium at 375x667: every page opens with no request
// to another host and no CSP violation; a survey is answered (with and without JavaScript); the live
// results move when someone else votes through the REST API; a registration leads to a ticket that turns
// "checked in" when the door scans it. Screenshots go to $NEXTEVENT_TEST_ARTIFACTS/mobile-pages/.
//
// Environment: NEXTEVENT_SERVER_BINARY (required), CHROMIUM (default /usr/bin/chromium),
// NEXTEVENT_TEST_ARTIFACTS (default NEXTEVENT_E2E_DEFAULT_ARTIFACTS, set by CTest), NODE_PATH to find
// playwright-core.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const serverBinary = process.env.NEXTEVENT_SERVER_BINARY;
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const artifacts = path.join(
  process.env.NEXTEVENT_TEST_ARTIFACTS || process.env.NEXTEVENT_E2E_DEFAULT_ARTIFACTS || path.join(os.tmpdir(), 'nextevent-artifacts'),
  'mobile-pages');
const WAIT = { timeout: 30000 }; // an upper bound for waits on the UI, never a measured duration

let failures = 0;
function check(condition, message) {
  if (condition) {
    console.log('  ok   ' + message);
  } else {
    failures++;
    console.log('  FAIL ' + message);
  }
}

// The server listens on port 0 and writes the port it got to NEXTEVENT_HTTP_PORT_FILE (renamed into place,
// so the file is complete once it exists).
async function waitForPortFile(file, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('nextevent-server exited with ' + child.exitCode);
    try {
      const port = parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (port > 0) return port;
    } catch (e) { /* not written yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nextevent-server wrote no port file');
}

async function waitForHealth(base, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('nextevent-server exited with ' + child.exitCode);
    try {
      const r = await fetch(base + '/healthz');
      if (r.ok) return;
    } catch (e) { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nextevent-server did not become healthy');
}

async function api(base, method, route, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const r = await fetch(base + route, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await r.json();
  if (!json.success) throw new Error(method + ' ' + route + ' -> ' + r.status + ' ' + JSON.stringify(json.error));
  return json.data;
}

async function main() {
  if (!serverBinary) throw new Error('NEXTEVENT_SERVER_BINARY is not set');
  fs.mkdirSync(artifacts, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nextevent-e2e-'));
  const portFile = path.join(dataDir, 'http.port');
  // No NEXTEVENT_PUBLIC_URL: the server derives it from the port it listens on.
  const env = Object.assign({}, process.env, {
    NEXTEVENT_DATA_DIR: dataDir,
    NEXTEVENT_HTTP_HOST: '127.0.0.1',
    NEXTEVENT_HTTP_PORT: '0',
    NEXTEVENT_HTTP_PORT_FILE: portFile,
    NEXTEVENT_LOG_LEVEL: 'warning',
  });
  for (const key of Object.keys(env)) {
    if (key.startsWith('NEXTEVENT_WECHAT_') || key === 'NEXTEVENT_DB_URL' || key === 'NEXTEVENT_REDIS_URL' ||
        key === 'NEXTEVENT_PUBLIC_URL') delete env[key];
  }
  const add = spawnSync(serverBinary, ['user', 'add', '--username', 'e2e-admin', '--role', 'admin', '--password-stdin'],
    { env, input: 'e2e-admin-password\n', encoding: 'utf8' });
  if (add.status !== 0) throw new Error('user add failed: ' + add.stderr);

  const server = spawn(serverBinary, ['serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  let browser;
  try {
    const port = await waitForPortFile(portFile, server);
    const base = 'http://127.0.0.1:' + port;
    await waitForHealth(base, server);
    const login = await api(base, 'POST', '/v2/auth/login', { username: 'e2e-admin', password: 'e2e-admin-password' });
    const token = login.accessToken;

    // ---- content through the REST API, as the console would create it
    const article = await api(base, 'POST', '/v2/articles', {
      title: '发布会倒计时：你需要知道的五件事',
      summary: 'Everything about the launch night in one page.',
      author: 'NextEvent 团队',
      category: 'News',
      content: '<p>欢迎参加 <b>2026 年度产品发布会</b>。</p><h2>Agenda</h2><ul><li>18:30 Doors open</li><li>19:00 Keynote</li></ul><p>See you there!</p>',
    }, token);
    await api(base, 'POST', '/v2/articles/' + article.id + '/publish', {}, token);
    const event = await api(base, 'POST', '/v2/events', {
      title: 'Developer Meetup: C++ & Qt',
      description: 'Talks on Qt 6 and modern C++, then drinks.\nBring your laptop.',
      startDate: '2030-12-01T10:00:00Z',
      endDate: '2030-12-01T13:00:00Z',
      location: 'Beijing, Zhongguancun Hall B',
      capacity: 30,
    }, token);
    await api(base, 'POST', '/v2/events/' + event.id + '/transition', { to: 'published' }, token);
    const survey = await api(base, 'POST', '/v2/surveys', {
      title: 'Session feedback',
      description: 'Two minutes, four questions.',
      isActive: true,
      isLive: true,
      resultsVisible: true,
      eventId: event.id,
      questions: [
        { id: 'talk', type: 'single_choice', text: 'Which talk did you like most?', required: true,
          options: [{ id: 'keynote', text: 'Keynote' }, { id: 'qt', text: 'Qt 6 deep dive' }, { id: 'poco', text: 'POCO in production' }] },
        { id: 'topics', type: 'multiple_choice', text: 'Which topics should we cover next?', maxSelections: 2,
          options: [{ id: 'ws', text: 'WebSockets' }, { id: 'wx', text: 'WeChat' }, { id: 'pkg', text: 'Packaging' }] },
        { id: 'venue', type: 'rating', text: 'How was the venue?', scale: 5, required: true },
        { id: 'more', type: 'text', text: 'Anything else?', maxLength: 200 },
      ],
    }, token);

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      chromiumSandbox: false, // runs as root in CI containers
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });

    const foreign = [];
    const problems = [];
    async function phone(options) {
      const context = await browser.newContext(Object.assign({
        viewport: { width: 375, height: 667 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'en-US',
      }, options));
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(base + '/') && !url.startsWith('ws://127.0.0.1:' + port + '/') && !url.startsWith('data:')) foreign.push(url);
      });
      context.on('page', (p) => watch(p));
      return context;
    }
    function watch(page) {
      page.on('console', (m) => {
        // Until the /ws hub answers, socket failures are expected (the page polls); CSP refusals never are.
        if (m.type() === 'error' && /Refused to|Content Security Policy/.test(m.text())) problems.push(page.url() + ': ' + m.text());
      });
      page.on('pageerror', (e) => problems.push(page.url() + ': ' + e.message));
    }
    async function shot(page, name) {
      await page.screenshot({ path: path.join(artifacts, name + '.png') });
      console.log('  shot ' + path.join(artifacts, name + '.png'));
    }

    // ---- article (Chinese reader)
    console.log('article');
    let context = await phone({ locale: 'zh-CN' });
    let page = await context.newPage();
    let response = await page.goto(base + '/m/articles/' + article.id);
    check(response.status() === 200, 'article page opens');
    check((await page.textContent('h1')).includes('发布会倒计时'), 'article title shown');
    check((await page.getAttribute('html', 'lang')) === 'zh-CN', 'Chinese from Accept-Language');
    await shot(page, '01-article');
    await context.close();

    // ---- event → register → ticket → checked in live. The ticket's socket is answered in the browser
    // (snapshot, then an update after the check-in): polling stops on the snapshot, so the page can only
    // turn by the update.
    console.log('event and ticket');
    context = await phone();
    const ticketTopics = [];
    let ticketSocket = null;
    await context.routeWebSocket(/\/ws$/, (socket) => {
      ticketSocket = socket;
      socket.onMessage((text) => {
        const message = JSON.parse(text);
        if (message.type !== 'subscribe') return;
        ticketTopics.push(message.topic);
        socket.send(JSON.stringify({ type: 'snapshot', topic: message.topic, seq: 1, data: {} }));
      });
    });
    page = await context.newPage();
    response = await page.goto(base + '/m/events/' + event.id);
    check(response.status() === 200, 'event page opens');
    check(await page.isVisible('text=30 of 30 seats left'), 'capacity shown');
    await shot(page, '02-event');
    await page.fill('#name', 'Li Lei');
    await page.fill('#phone', '+86 138 0000 0000');
    await Promise.all([page.waitForURL(/\/m\/tickets\/[A-Z0-9]{12}\?new=1$/, WAIT), page.click('#register-form button[type=submit]')]);
    const code = page.url().split('/').pop().split('?')[0];
    check(await page.isVisible('#registered-notice:has-text("You are registered")'), 'registration confirmed, with a hint to keep the link');
    check(await page.isVisible('#ticket-qr img'), 'ticket shows the check-in QR code');
    const qrLoaded = await page.$eval('#ticket-qr img', (img) => img.complete && img.naturalWidth > 0);
    check(qrLoaded, 'QR image loaded from our server');
    check((await page.textContent('.ne-code')).trim() === code, 'ticket shows the code');
    await shot(page, '03-ticket');
    for (let i = 0; i < 300 && ticketTopics.length === 0; i++) await new Promise((r) => setTimeout(r, 100)); // bounded wait
    check(ticketTopics[0] === 'event:' + event.id, 'ticket subscribes to event:ID');
    await api(base, 'POST', '/v2/events/' + event.id + '/checkins', { code }, token);
    ticketSocket.send(JSON.stringify({ type: 'update', topic: 'event:' + event.id, seq: 2, data: {} }));
    await page.waitForSelector('#ticket-done:not(.ne-hidden)', WAIT);
    check(await page.isHidden('#ticket-qr'), 'ticket turned to "checked in" without a reload');
    await shot(page, '04-ticket-checked-in');
    await page.goto(base + '/m/events/' + event.id);
    check(await page.isVisible('text=You are registered'), 'event page knows the registration');
    await context.close();

    // ---- survey with JavaScript: inline validation, answer, thanks, results moving live
    console.log('survey and live results');
    context = await phone();
    page = await context.newPage();
    const frames = []; // what the server's /ws sends this page
    page.on('websocket', (ws) => ws.on('framereceived', (f) => {
      try { frames.push(JSON.parse(f.payload)); } catch (e) { /* not JSON */ }
    }));
    response = await page.goto(base + '/m/surveys/' + survey.id);
    check(response.status() === 200, 'survey page opens');
    await shot(page, '05-survey');
    await page.click('#survey-form button[type=submit]');
    check(await page.isVisible('#q-talk-error:has-text("Please answer this question.")'), 'inline message for a required question');
    check(page.url().endsWith('/m/surveys/' + survey.id), 'nothing was sent while answers are missing');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '06-survey-inline-validation');
    await page.click('label[for="q-talk-qt"]');
    await page.click('label[for="q-topics-ws"]');
    await page.click('label[for="q-topics-wx"]');
    check(await page.isDisabled('#q-topics-pkg'), 'a third topic cannot be ticked when the limit is 2');
    await page.click('label[for="q-topics-wx"]');
    check(await page.isEnabled('#q-topics-pkg'), 'unticking one frees the others');
    await page.click('label[for="q-topics-wx"]');
    await page.click('label[for="q-venue-4"]');
    await page.fill('textarea[name="q.more"]', 'More WeChat demos, please!');
    check(await page.isHidden('#q-talk-error:has-text("Please answer")'), 'message clears once answered');
    await Promise.all([page.waitForURL(/\/thanks$/, WAIT), page.click('#survey-form button[type=submit]')]);
    check(await page.isVisible('text=Thank you!'), 'thank-you page');
    await shot(page, '07-survey-thanks');
    await Promise.all([page.waitForURL(/\/results$/, WAIT), page.click('text=See the results')]);
    const qtCount = () => page.textContent('[data-option="qt"] .ne-bar__count');
    check((await qtCount()) === '1', 'results show our vote');
    await shot(page, '08-results');
    // The page has its snapshot before the next vote, so that vote must arrive as an update (bounded wait).
    for (let i = 0; i < 300 && !frames.some((f) => f.type === 'snapshot' && f.topic === 'survey:' + survey.id); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // Someone else votes through the REST API: the bar moves on this page by itself.
    await api(base, 'POST', '/v2/surveys/' + survey.id + '/responses', {
      answers: [{ questionId: 'talk', optionIds: ['qt'] }, { questionId: 'venue', rating: 5 }],
    });
    await page.waitForFunction(() => document.querySelector('[data-option="qt"] .ne-bar__count').textContent === '2', null, WAIT);
    check((await page.textContent('#results-total')).includes('2'), 'total moved live');
    check((await page.$eval('[data-option="qt"] progress', (p) => p.value)) === 100, 'bar moved live');
    check(frames.some((f) => f.type === 'snapshot' && f.topic === 'survey:' + survey.id), 'the server\'s /ws sent a snapshot');
    check(frames.some((f) => f.type === 'update' && f.topic === 'survey:' + survey.id), 'the server\'s /ws sent the update');
    await shot(page, '09-results-after-another-vote');
    await page.goto(base + '/m/surveys/' + survey.id);
    check(await page.isVisible('text=You have already answered'), 'answer once');
    await context.close();

    // ---- the socket path (DESIGN.md "Realtime"), with /ws answered inside the browser by the test: snapshot,
    // updates in seq order, a gap makes the page subscribe again, a closed socket is reopened.
    console.log('live results over /ws');
    const live = await api(base, 'GET', '/v2/surveys/' + survey.id + '/live-results');
    const withQt = (n) => {
      const data = JSON.parse(JSON.stringify(live));
      data.questions[0].options.forEach((o) => { o.count = o.optionId === 'qt' ? n : 0; o.percent = o.optionId === 'qt' ? 100 : 0; });
      data.questions[0].answered = n;
      data.totalResponses = n;
      return data;
    };
    context = await phone();
    const subscribes = [];
    const sockets = [];
    let subscribed = () => {};
    await context.routeWebSocket(/\/ws$/, (socket) => {
      sockets.push(socket);
      socket.onMessage((text) => {
        const message = JSON.parse(text);
        if (message.type !== 'subscribe') return;
        subscribes.push(message.topic);
        socket.send(JSON.stringify({ type: 'snapshot', topic: message.topic, seq: 10 * subscribes.length, data: withQt(40 + subscribes.length) }));
        subscribed();
      });
    });
    const nextSubscribe = () => new Promise((resolve) => { subscribed = resolve; });
    page = await context.newPage();
    let waiting = nextSubscribe();
    await page.goto(base + '/m/surveys/' + survey.id + '/results');
    await waiting;
    const qtIs = (n) => page.waitForFunction((v) => document.querySelector('[data-option="qt"] .ne-bar__count').textContent === v, String(n), WAIT);
    await qtIs(41);
    check(subscribes[0] === 'survey:' + survey.id, 'subscribes to survey:ID');
    check(!(await page.$eval('#live-state', (e) => e.classList.contains('ne-live_off'))), 'badge shows live on the socket');
    sockets[0].send(JSON.stringify({ type: 'update', topic: 'survey:' + survey.id, seq: 11, data: withQt(42) }));
    await qtIs(42);
    check(true, 'update with the next seq applied');
    waiting = nextSubscribe();
    sockets[0].send(JSON.stringify({ type: 'update', topic: 'survey:' + survey.id, seq: 13, data: withQt(99) }));
    await waiting;
    await qtIs(42); // the second snapshot (42 again) replaces what the page had; 99 was never shown
    check(subscribes.length === 2, 'a seq gap makes the page subscribe again');
    check((await page.textContent('[data-option="qt"] .ne-bar__count')) !== '99', 'the update after the gap was dropped');
    waiting = nextSubscribe();
    sockets[0].close();
    await waiting;
    await qtIs(43);
    check(sockets.length === 2 && subscribes.length === 3, 'reconnects and subscribes after the socket closes');
    await context.close();

    // ---- projector view
    context = await phone({ viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
    page = await context.newPage();
    await page.goto(base + '/m/surveys/' + survey.id + '/results?big=1');
    check(await page.$eval('body', (b) => b.classList.contains('ne-big')), 'projector mode');
    // A 16:9 wall: each question is one full screen, the join QR beside it, nothing sideways.
    const first = await page.$eval('.ne-rq', (q) => { const r = q.getBoundingClientRect(); return { w: r.width, h: r.height }; });
    check(first.w === 1920 && first.h === 1080, 'one question fills the screen (' + first.w + 'x' + first.h + ')');
    const qr = await page.$eval('#join img', (img) => ({ ok: img.complete && img.naturalWidth > 0, w: img.getBoundingClientRect().width }));
    check(qr.ok && qr.w >= 300, 'the join QR shows, large (' + qr.w + ' px)');
    check(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the projector view fits the screen width');
    const titleSize = await page.$eval('.ne-rq__title', (t) => parseFloat(getComputedStyle(t).fontSize));
    check(titleSize >= 50, 'question text readable from the back of the room (' + titleSize + ' px)');
    await page.screenshot({ path: path.join(artifacts, '10-results-projector.png') });
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => Math.abs(window.scrollY - window.innerHeight) < 2, null, WAIT);
    check(true, 'PageDown moves to the next question');
    await page.screenshot({ path: path.join(artifacts, '10b-results-projector-next.png') });
    await context.close();

    // ---- without JavaScript: the form posts normally (Post/Redirect/Get)
    console.log('survey without JavaScript');
    context = await phone({ javaScriptEnabled: false, locale: 'zh-CN' });
    page = await context.newPage();
    await page.goto(base + '/m/surveys/' + survey.id);
    await page.click('#survey-form button[type=submit]');
    check(await page.isVisible('#q-talk-error:has-text("请回答此题")'), 'server-side message next to the question (no JS)');
    await shot(page, '11-survey-no-js-errors');
    await page.click('label[for="q-talk-keynote"]');
    await page.click('label[for="q-venue-2"]');
    await Promise.all([page.waitForURL(/\/thanks$/, WAIT), page.click('#survey-form button[type=submit]')]);
    check(await page.isVisible('text=感谢参与'), 'answered without JavaScript');
    await context.close();

    // ---- friendly error page
    console.log('errors');
    context = await phone();
    page = await context.newPage();
    response = await page.goto(base + '/m/surveys/does-not-exist');
    check(response.status() === 404, 'unknown survey is a 404');
    check(await page.isVisible('text=Page not found'), 'friendly 404 page');
    await shot(page, '12-not-found');
    await Promise.all([page.waitForURL(/\/m\/$/, WAIT), page.click('a[href="/m/"]')]);
    check(await page.isVisible('a[href="/m/events/' + event.id + '"]'), 'the 404 page leads to the landing page, which lists the event');
    await context.close();

    // ---- the landing page, in Chinese at 320 px, as a browser opening the server's root gets it
    console.log('landing page');
    context = await phone({ locale: 'zh-CN', viewport: { width: 320, height: 640 } });
    page = await context.newPage();
    response = await page.goto(base + '/');
    check(response.status() === 200 && (response.headers()['content-type'] || '').startsWith('text/html'), 'the root answers a browser with a page');
    check(await page.isVisible('text=近期活动'), 'landing page lists the coming events in Chinese');
    check(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing overflows at 320 px');
    await shot(page, '13-landing-zh-320');
    await context.close();

    check(foreign.length === 0, 'no request to another host' + (foreign.length ? ': ' + foreign.join(', ') : ''));
    check(problems.length === 0, 'no script error or CSP violation' + (problems.length ? ':\n    ' + problems.join('\n    ') : ''));
  } finally {
    if (browser) await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.on('exit', resolve)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => {
  console.log(failures ? failures + ' check(s) failed' : 'all checks passed');
  process.exit(failures ? 1 : 0);
}, (e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
