// SPDX-License-Identifier: MIT
// End-to-end test of the live interaction on phones (issue 15), in headless Chromium with WeChat's user agent:
// at 375 px in Chinese with JavaScript (live over /ws) and at 320 px in English without (every step a form
// post and a reload). A presenter-paced quiz: the phone waits, follows the presenter to the question, counts
// down, locks the answer, shows the right answer with the reader's score and rank after the reveal, and
// refuses a late answer; a word cloud takes up to N words in N boxes; Q&A: a question waits for moderation,
// then shows, sorted by votes, and takes a vote; the wall: a message waits, then shows. Screenshots go to
// $NEXTEVENT_TEST_ARTIFACTS/live/.
'use strict';
const h = require('./harness');

const { WAIT, check } = h;

/// Polls fn (a promise of a truthy value) every 200 ms up to WAIT.timeout: a bound, never a measured time.
async function until(what, fn) {
  const end = Date.now() + WAIT.timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error('gave up waiting for ' + what);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function run(browser, server, variant) {
  const dir = h.artifactsDir('live');
  const foreign = [];
  const problems = [];
  const tag = variant.name;
  const js = variant.options.javaScriptEnabled !== false;
  const zh = variant.options.locale === 'zh-CN';
  const api = (method, route, body) => h.api(server.base, method, route, body, server.token);
  console.log('live ' + tag);

  const event = await api('POST', '/v2/events', {
    title: '技术大会 Tech conference', startDate: '2030-12-01T01:30:00Z', endDate: '2030-12-01T09:00:00Z',
    location: '杭州市西湖区文三路 100 号',
  });
  await api('POST', '/v2/events/' + event.id + '/transition', { to: 'published' });
  const context = await h.phone(browser, server, variant.options, foreign, problems);
  const page = await context.newPage();
  // Without scripts nothing on the page moves: the reader reloads, as they would.
  const follow = async (selector) => {
    if (!js) await page.reload();
    await page.waitForSelector(selector, WAIT);
  };

  // The event page keeps "文三路 100 号" together at 320 px.
  await page.goto(server.base + '/m/events/' + event.id);
  check((await page.textContent('body')).includes('文三路\u00a0100\u00a0号'), tag + ': no line break inside the address number');
  check(await h.fitsWidth(page), tag + ': the event page fits the screen width');
  await h.shot(page, dir, tag + '-00-event');

  // ---- a presenter-paced quiz
  const quiz = await api('POST', '/v2/surveys', {
    title: '知识问答 Quiz', eventId: event.id, isActive: true, isLive: true, mode: 'presenter_paced',
    questions: [
      { id: 'q1', type: 'quiz', text: '中国的首都是？ Capital of China?', correctOptionIds: ['a'], timeLimitSeconds: 300,
        options: [{ id: 'a', text: '北京 Beijing' }, { id: 'b', text: '上海 Shanghai' }] },
      { id: 'q2', type: 'quiz', text: '1 + 1 = ?', correctOptionIds: ['x'], timeLimitSeconds: 5,
        options: [{ id: 'x', text: '2' }, { id: 'y', text: '3' }] },
    ],
  });
  const quizPath = '/m/surveys/' + quiz.id;
  const state = (body) => api('POST', '/v2/surveys/' + quiz.id + '/state', body);
  let response = await page.goto(server.base + quizPath);
  check(response.status() === 200, tag + ': the quiz page opens');
  check(await page.isVisible('#paced-status'), tag + ': before the first question the phone says it waits for the presenter');
  check(!(await page.isVisible('#survey-form')), tag + ': no form before the presenter opens a question');
  check(!(await page.content()).includes('correctOptionIds'), tag + ': nothing of the answer in the page');
  await h.shot(page, dir, tag + '-01-quiz-waiting');

  await state({ currentQuestionId: 'q1' });
  await follow('#survey-form');
  check(await page.isVisible('#countdown'), tag + ': a timed question counts down');
  check(/\d/.test(await page.textContent('#countdown')), tag + ': the countdown shows seconds');
  check((await page.locator('#survey-form input[type=radio]').count()) === 2, tag + ': the current question alone is asked');
  check(await h.fitsWidth(page), tag + ': the quiz fits the screen width');
  await h.shot(page, dir, tag + '-02-quiz-question');
  await page.click('label[for="q-q1-a"]');
  await Promise.all([page.waitForNavigation(WAIT), page.click('#survey-form button[type=submit]')]);
  check(new URL(page.url()).pathname === quizPath, tag + ': after answering the phone stays on the quiz');
  check(await page.isVisible('#paced-status'), tag + ': the answer shows as locked in');
  check(!(await page.isVisible('#survey-form')), tag + ': no second answer is offered');
  await h.shot(page, dir, tag + '-03-quiz-locked');

  await state({ answerRevealed: true });
  await follow('#paced-reveal');
  const verdict = await page.textContent('#paced-verdict');
  check(zh ? verdict.includes('答对了') : verdict.includes('Correct'), tag + ': the reveal says the answer was right (' + verdict + ')');
  check((await page.textContent('#paced-correct')).includes('Beijing'), tag + ': the correct option is named');
  const score = await page.textContent('#paced-score');
  check(zh ? /第\s*1\s*名/.test(score) : /rank 1 of/.test(score), tag + ': own score and rank after the reveal (' + score + ')');
  check(await h.fitsWidth(page), tag + ': the reveal fits the screen width');
  await h.shot(page, dir, tag + '-04-quiz-reveal');

  // A question of 5 s: the phone locks the form at 0; a late post is refused and said so.
  await state({ currentQuestionId: 'q2' });
  await follow('#survey-form');
  await page.click('label[for="q-q2-x"]');
  if (js) {
    await page.waitForSelector('#countdown.ne-countdown_up', WAIT);
    check(await page.isDisabled('#survey-form button[type=submit]'), tag + ': at 0 the answer is locked');
    await h.shot(page, dir, tag + '-05-quiz-time-up');
  } else {
    // The server's clock decides: wait until the quiz page says time is up for a fresh reader.
    await until('the time limit', async () => (await (await fetch(server.base + quizPath)).text()).includes('paced-status'));
    await Promise.all([page.waitForNavigation(WAIT), page.click('#survey-form button[type=submit]')]);
    check(new URL(page.url()).searchParams.get('notice') === 'time_up', tag + ': a late answer comes back refused');
    check(await page.isVisible('.ne-banner'), tag + ': the page says time was up');
    check(await page.isVisible('#paced-status'), tag + ': and shows the question as closed');
    await h.shot(page, dir, tag + '-05-quiz-time-up');
  }
  const board = await api('GET', '/v2/surveys/' + quiz.id + '/leaderboard?limit=10');
  check(board.total === 1 && board.items[0].score > 0, tag + ': one player scored (late answer not counted)');

  // ---- a word cloud: up to 3 words in 3 boxes
  const cloud = await api('POST', '/v2/surveys', {
    title: '一个词 One word', eventId: event.id, isActive: true, isLive: true,
    questions: [{ id: 'w', type: 'word_cloud', text: '用一个词形容今天 Today in a word', maxEntries: 3, maxLength: 10, required: true }],
  });
  await page.goto(server.base + '/m/surveys/' + cloud.id);
  check((await page.locator('#q-w input.weui-input').count()) === 3, tag + ': three boxes for up to three words');
  check(/3/.test(await page.textContent('#q-w .ne-q__hint')), tag + ': the hint says how many words');
  await page.fill('#q-w-w1', '精彩');
  await page.fill('#q-w-w2', 'Inspiring');
  await h.shot(page, dir, tag + '-06-word-cloud');
  await Promise.all([page.waitForNavigation(WAIT), page.click('#survey-form button[type=submit]')]);
  check(/\/thanks$/.test(page.url()), tag + ': words sent');
  const words = (await api('GET', '/v2/surveys/' + cloud.id + '/live-results')).questions[0].words.map((w) => w.text);
  check(words.includes('精彩') && words.includes('inspiring'), tag + ': both words counted (' + words.join(', ') + ')');

  // ---- Q&A
  const qaPath = '/m/events/' + event.id + '/qa';
  await page.goto(server.base + qaPath);
  check(await page.isVisible('#qa-none'), tag + ': an empty Q&A invites the first question');
  await page.fill('#qa-text', '会后有录像吗？ Will there be a recording?');
  await Promise.all([page.waitForNavigation(WAIT), page.click('#qa-form button[type=submit]')]);
  check(await page.isVisible('.ne-banner'), tag + ': the page says the question was sent');
  const mineStatus = await page.textContent('.weui-cells >> nth=1');
  check(zh ? mineStatus.includes('等待审核') : /waiting/i.test(mineStatus), tag + ': own question shows "waiting for moderation"');
  await h.shot(page, dir, tag + '-07-qa-pending');
  const pending = await api('GET', '/v2/events/' + event.id + '/qa?state=pending');
  const mine = pending.items.find((i) => i.text.includes('recording'));
  await api('POST', '/v2/qa/' + mine.id + '/moderate', { state: 'approved' });
  // Someone else's question with two votes goes above.
  const other = await fetch(server.base + '/v2/events/' + event.id + '/qa', { method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: 'ne_rid=e2e-other-' + tag }, body: JSON.stringify({ text: 'Slides? 有讲义吗？' }) });
  const otherId = (await other.json()).data.id;
  await api('POST', '/v2/qa/' + otherId + '/moderate', { state: 'approved' });
  for (const voter of ['v1', 'v2'])
    await fetch(server.base + '/v2/qa/' + otherId + '/vote', { method: 'POST', headers: { Cookie: 'ne_rid=e2e-' + voter + '-' + tag } });
  await follow('#qa-list [data-id="' + mine.id + '"]');
  if (js) await until('the votes to arrive', async () => (await page.textContent('#qa-list [data-id="' + otherId + '"] .ne-votes')) === '2');
  const order = await page.$$eval('#qa-list > .weui-cell', (rows) => rows.map((r) => r.getAttribute('data-id')));
  check(order[0] === otherId && order[1] === mine.id, tag + ': questions sorted by votes (' + order.join(', ') + ')');
  const vote = '#qa-list [data-id="' + mine.id + '"] button';
  if (js) {
    const before = page.url();
    await page.evaluate(() => { window.neSamePage = true; });
    await page.click(vote);
    await page.waitForSelector(vote + '[aria-pressed="true"]', WAIT);
    check(page.url() === before && await page.evaluate(() => window.neSamePage === true), tag + ': voting stays on the page (no reload)');
  } else {
    await Promise.all([page.waitForNavigation(WAIT), page.click(vote)]);
    check(page.url().includes('done=qa_voted'), tag + ': the vote posts and comes back');
    check((await page.getAttribute(vote, 'aria-pressed')) === 'true', tag + ': the vote shows as given');
  }
  const approved = await api('GET', '/v2/events/' + event.id + '/qa?sort=votes');
  check(approved.items.find((i) => i.id === mine.id).votes === 1, tag + ': the vote reached the server');
  if (js) {
    // Chromium offers permessage-deflate; the server takes it and compresses messages of 512 bytes or more,
    // which the browser must inflate to the same list the API gives.
    const seen = await page.evaluate((topic) => new Promise((resolve) => {
      const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/ws');
      ws.onopen = () => ws.send(JSON.stringify({ type: 'subscribe', topic }));
      ws.onmessage = (e) => { const m = JSON.parse(e.data); ws.close(); resolve({ extensions: ws.extensions, length: e.data.length, ids: m.data.items.map((i) => i.id) }); };
      ws.onerror = () => resolve({ extensions: 'error', length: 0, ids: [] });
    }), 'qa:' + event.id);
    check(seen.extensions.startsWith('permessage-deflate'), tag + ': the browser\'s WebSocket negotiated permessage-deflate (' + seen.extensions + ')');
    check(seen.length >= 512 && seen.ids.join() === approved.items.map((i) => i.id).join(),
      tag + ': a compressed snapshot (' + seen.length + ' characters) inflates to the API\'s list');
  }
  check(await h.fitsWidth(page), tag + ': Q&A fits the screen width');
  await h.shot(page, dir, tag + '-08-qa-voted');

  // ---- the wall
  await page.goto(server.base + '/m/events/' + event.id + '/wall');
  await page.fill('#wall-text', '加油！Go team ' + tag);
  await Promise.all([page.waitForNavigation(WAIT), page.click('#wall-form button[type=submit]')]);
  check(await page.isVisible('.ne-banner'), tag + ': the page says the message waits for moderation');
  const queued = await api('GET', '/v2/events/' + event.id + '/wall?state=pending');
  const message = queued.items.find((i) => i.text.includes(tag));
  await api('POST', '/v2/wall/' + message.id + '/moderate', { state: 'approved' });
  if (js) await page.waitForFunction((t) => (document.getElementById('wall-list').textContent || '').includes(t), 'Go team ' + tag, WAIT);
  else await page.reload();
  check((await page.textContent('#wall-list')).includes('Go team ' + tag), tag + ': the approved message is on the wall');
  check(await h.fitsWidth(page), tag + ': the wall fits the screen width');
  await h.shot(page, dir, tag + '-09-wall');

  check(foreign.length === 0, tag + ': no request left the server (' + foreign.join(', ') + ')');
  check(problems.length === 0, tag + ': no CSP refusals or page errors (' + problems.join('; ') + ')');
  await context.close();
}

async function main() {
  const server = await h.startServer();
  let browser;
  try {
    browser = await h.launchBrowser();
    await run(browser, server, { name: '375-js-zh', options: { viewport: { width: 375, height: 667 }, locale: 'zh-CN' } });
    await run(browser, server, { name: '320-nojs-en', options: { viewport: { width: 320, height: 568 }, locale: 'en-US', javaScriptEnabled: false } });
  } finally {
    if (browser) await browser.close();
    await server.stop();
  }
  if (h.failures() > 0) {
    console.log(h.failures() + ' check(s) failed');
    process.exit(1);
  }
  console.log('all checks passed');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
