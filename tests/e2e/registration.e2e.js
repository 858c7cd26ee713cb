// SPDX-License-Identifier: MIT
// End-to-end test of registration as WeChat users meet it, in headless Chromium with WeChat's user agent at
// 375 px with JavaScript and at 320 px without: the event page asks the organiser's questions, refuses a bad
// answer next to its field and keeps what was typed, registers a party, puts the next person on the waiting
// list with their position, and when a place opens the ticket page offers it until the holder accepts.
// Screenshots go to $NEXTEVENT_TEST_ARTIFACTS/registration/.
'use strict';
const h = require('./harness');

const { WAIT, check } = h;

async function run(browser, server, variant) {
  const dir = h.artifactsDir('registration');
  const foreign = [];
  const problems = [];
  const tag = variant.name;
  console.log('registration ' + tag);
  const event = await h.api(server.base, 'POST', '/v2/events', {
    title: '开发者之夜 Developer night',
    description: 'Talks, then drinks.',
    startDate: '2030-12-01T10:00:00Z',
    endDate: '2030-12-01T13:00:00Z',
    location: '上海 张江',
    capacity: 2,
    maxPartySize: 2,
    registrationForm: [
      { id: 'company', type: 'text', label: '公司 Company', required: true },
      { id: 'meal', type: 'choice', label: '餐食 Meal', required: true, options: ['素食 Vegetarian', '常规 Standard'] },
      { id: 'topics', type: 'multi_choice', label: '感兴趣的话题 Topics', options: ['Qt', 'POCO', 'WeChat'] },
      { id: 'consent', type: 'bool', label: '同意活动条款 I agree', required: true },
    ],
  }, server.token);
  await h.api(server.base, 'POST', '/v2/events/' + event.id + '/transition', { to: 'published' }, server.token);

  // ---- the first guest registers a party of two; a bad phone number is refused next to its field
  const first = await h.phone(browser, server, variant.options, foreign, problems);
  let page = await first.newPage();
  let response = await page.goto(server.base + '/m/events/' + event.id);
  check(response.status() === 200, tag + ': event page opens');
  for (const id of ['#f-company', '#f-meal', '#f-consent', '#partySize'])
    check(await page.isVisible(id), tag + ': form shows ' + id);
  check((await page.locator('input[name="a.topics"]').count()) === 3, tag + ': multiple choice offers each option');
  check(await h.fitsWidth(page), tag + ': the form fits the screen width');
  await h.shot(page, dir, tag + '-01-form');

  const js = variant.options.javaScriptEnabled !== false;
  const eventPath = '/m/events/' + event.id;
  await page.fill('#phone', '12345');
  await page.fill('#f-company', 'Acme 上海');
  await page.selectOption('#f-meal', '素食 Vegetarian');
  await page.check('input[name="a.topics"][value="Qt"]');
  await page.check('#f-consent');
  await page.selectOption('#partySize', '2');
  if (js) {
    // The page's own WeUI messages come before the browser's bubbles (novalidate): nothing is sent.
    await page.click('#register-form button[type=submit]');
    await page.waitForSelector('#phone-error:not(.ne-hidden)', WAIT);
    check(new URL(page.url()).pathname === eventPath, tag + ': checked on the phone, nothing sent');
    check(await page.isVisible('#name-error'), tag + ': an empty name gets the page\'s message');
    check((await page.locator('[role=alert]:visible').count()) === 2, tag + ': one message per problem (name, phone)');
    check(await page.evaluate(() => document.getElementById('register-form').noValidate),
      tag + ': the browser leaves checking to the page (no bubbles in the browser\'s language)');
    await page.fill('#name', '王芳');
    await page.locator('#name').dispatchEvent('change');
    check(!(await page.isVisible('#name-error')), tag + ': the name message goes once it is fixed');
  } else {
    await page.fill('#name', '王芳');
    [response] = await Promise.all([page.waitForNavigation(WAIT), page.click('#register-form button[type=submit]')]);
    // Post/Redirect/Get: the refused form comes back on the event page, so a refresh never posts it again.
    check(response.status() === 200 && new URL(page.url()).pathname === eventPath,
      tag + ': the refused form is shown on the event page after a redirect (' + page.url() + ')');
    check((await page.locator('[role=alert]:visible').count()) === 1, tag + ': one message, for the one problem');
  }
  check(await page.isVisible('.weui-cell_warn #phone'), tag + ': the phone field is marked');
  check(/手机号|phone/i.test(await page.textContent('#phone-error')), tag + ': the reason is shown');
  check((await page.inputValue('#f-company')) === 'Acme 上海', tag + ': answers typed are kept');
  check(await page.isChecked('input[name="a.topics"][value="Qt"]'), tag + ': ticked options are kept');
  await h.shot(page, dir, tag + '-02-error');
  if (!js) {
    await page.reload();
    check(!(await page.isVisible('#phone-error')), tag + ': a refresh shows a fresh form and posts nothing');
    await page.fill('#name', '王芳');
    await page.fill('#f-company', 'Acme 上海');
    await page.selectOption('#f-meal', '素食 Vegetarian');
    await page.check('input[name="a.topics"][value="Qt"]');
    await page.check('#f-consent');
    await page.selectOption('#partySize', '2');
  }

  await page.fill('#phone', '13800000001');
  await Promise.all([page.waitForURL(/\/m\/tickets\/[A-Z0-9]{12}\?new=1$/, WAIT), page.click('#register-form button[type=submit]')]);
  check(await page.isVisible('#registered-notice'), tag + ': registration confirmed');
  const firstCode = new URL(page.url()).pathname.split('/').pop();
  await h.shot(page, dir, tag + '-03-registered');

  // ---- the second guest finds the event full and joins the waiting list
  const second = await h.phone(browser, server, variant.options, foreign, problems);
  const page2 = await second.newPage();
  await page2.goto(server.base + '/m/events/' + event.id);
  await page2.fill('#name', 'Li Lei');
  await page2.fill('#phone', '13800000002');
  await page2.fill('#f-company', 'Beta');
  await page2.selectOption('#f-meal', '常规 Standard');
  await page2.check('#f-consent');
  await Promise.all([page2.waitForURL(/\/m\/tickets\/[A-Z0-9]{12}\?new=1$/, WAIT), page2.click('#register-form button[type=submit]')]);
  check((await page2.getAttribute('#ticket', 'data-state')) === 'waitlisted', tag + ': the second guest waits');
  check(/1/.test(await page2.textContent('#ticket-status')), tag + ': the ticket shows the waiting-list position');
  check(await h.fitsWidth(page2), tag + ': the ticket fits the screen width');
  await h.shot(page2, dir, tag + '-04-waitlisted');

  // ---- the first guest cancels (on their ticket); the place is offered to the second, who accepts
  await page.goto(server.base + '/m/tickets/' + firstCode);
  if (js) {
    // A WeUI half-screen dialog asks first, worded for this ticket (someone is waiting for the place).
    await page.click('#ticket-cancel button[type=submit]');
    await page.waitForSelector('#cancel-dialog:not(.ne-hidden) .weui-half-screen-dialog', WAIT);
    check(/候补|waitlist/.test(await page.textContent('#cancel-dialog-text')), tag + ': the dialog says the place goes to the waitlist');
    await h.shot(page, dir, tag + '-03b-confirm');
    await page.click('#cancel-dialog [data-dialog-close]:not(.weui-mask)');
    check(!(await page.isVisible('#cancel-dialog')), tag + ': "keep it" closes the dialog');
    await page.click('#ticket-cancel button[type=submit]');
    await Promise.all([page.waitForNavigation(WAIT), page.click('#cancel-dialog [data-dialog-confirm]')]);
  } else {
    // Without scripts the server asks instead: a confirmation step with the real form and a way back.
    await Promise.all([page.waitForNavigation(WAIT), page.click('#ticket-cancel button[type=submit]')]);
    check(/[?&]confirm=cancel/.test(page.url()), tag + ': cancelling without scripts asks first');
    check((await page.getAttribute('#ticket', 'data-state')) === 'registered', tag + ': nothing cancelled before the confirmation');
    check(/候补|waitlist/.test(await page.textContent('#cancel-confirm')), tag + ': the confirmation says the place goes to the waitlist');
    check(await h.fitsWidth(page), tag + ': the confirmation fits the screen width');
    await h.shot(page, dir, tag + '-03b-confirm');
    await Promise.all([page.waitForNavigation(WAIT), page.click('#cancel-keep')]);
    check((await page.getAttribute('#ticket', 'data-state')) === 'registered' && !/confirm=/.test(page.url()), tag + ': "keep it" goes back to the ticket');
    await Promise.all([page.waitForNavigation(WAIT), page.click('#ticket-cancel button[type=submit]')]);
    await Promise.all([page.waitForNavigation(WAIT), page.click('#ticket-cancel-confirmed button[type=submit]')]);
  }
  check((await page.getAttribute('#ticket', 'data-state')) === 'cancelled', tag + ': the first guest cancelled');
  check(/重新报名|register again/.test(await page.textContent('#ticket-status')), tag + ': the cancelled ticket says how to come after all');
  await page2.reload();
  check((await page2.getAttribute('#ticket', 'data-state')) === 'offered', tag + ': the freed place is offered');
  check(await page2.isVisible('#ticket-accept button'), tag + ': accept is offered');
  check(await page2.isVisible('#ticket-decline button'), tag + ': decline is offered');
  check(!(await page2.isVisible('#accept-phone')), tag + ': the holder is not asked for a phone number');
  check(!(await page2.isVisible('#registered-notice')), tag + ': no "registered" greeting on an offer');
  check(await h.fitsWidth(page2), tag + ': the offer fits the screen width');
  await h.shot(page2, dir, tag + '-05-offered');
  await Promise.all([page2.waitForNavigation(WAIT), page2.click('#ticket-accept button[type=submit]')]);
  check((await page2.getAttribute('#ticket', 'data-state')) === 'registered', tag + ': accepted: registered');
  check(await page2.isVisible('#ticket-qr'), tag + ': the ticket shows its QR code');
  await h.shot(page2, dir, tag + '-06-accepted');

  const attendees = await h.api(server.base, 'GET', '/v2/events/' + event.id + '/attendees?pageSize=10', undefined, server.token);
  const wang = attendees.items.find((a) => a.name === '王芳');
  check(wang && wang.answers.company === 'Acme 上海' && wang.answers.meal === '素食 Vegetarian' &&
        JSON.stringify(wang.answers.topics) === '["Qt"]' && wang.answers.consent === true && wang.partySize === 2,
    tag + ': the answers reached the server as typed');
  check(foreign.length === 0, tag + ': no request left the server (' + foreign.join(', ') + ')');
  check(problems.length === 0, tag + ': no CSP refusals or page errors (' + problems.join('; ') + ')');
  await first.close();
  await second.close();
}

// With a WeChat account configured, the 报名成功 page offers WeChat's favourites once the JS-SDK is ready. WeChat's
// own bridge (WeixinJSBridge) exists only in its app, so the phone gets a stand-in that answers every call with
// ":ok" and records it, and the signature the SDK is configured with comes from the route (the WeChat API is
// not reachable here); the page, its script and the SDK served by us are the real ones.
async function favourites(browser, server, variant) {
  const dir = h.artifactsDir('registration');
  const foreign = [];
  const problems = [];
  const tag = 'favourite-' + variant.name;
  console.log('registration ' + tag);
  const event = await h.api(server.base, 'POST', '/v2/events', {
    title: '开发者之夜 Developer night', startDate: '2030-12-01T10:00:00Z', endDate: '2030-12-01T13:00:00Z',
    location: '上海 张江', capacity: 10,
  }, server.token);
  await h.api(server.base, 'POST', '/v2/events/' + event.id + '/transition', { to: 'published' }, server.token);
  const context = await h.phone(browser, server, variant.options, foreign, problems);
  await context.addInitScript(() => {
    window.__wxCalls = [];
    window.WeixinJSBridge = {
      invoke: (name, args, done) => { window.__wxCalls.push({ name, args }); if (done) setTimeout(() => done({ err_msg: name + ':ok' }), 0); },
      on: () => {},
    };
  });
  await context.route('**/v2/wechat/jssdk-config*', (route) => route.fulfill({
    status: 200, contentType: 'application/json',
    body: JSON.stringify({ data: { appId: 'wx-e2e', timestamp: 1, nonceStr: 'n', signature: 's' } }),
  }));
  const page = await context.newPage();
  // ?wx=1: back from WeChat's silent sign-in without a session (open.weixin.qq.com is not reachable here), so
  // the guest registers with this browser's cookie, as someone who refused the sign-in would.
  await page.goto(server.base + '/m/events/' + event.id + '?wx=1');
  await page.fill('#name', '李雷');
  await Promise.all([page.waitForURL(/\/m\/tickets\/[A-Z0-9]{12}\?new=1$/, WAIT), page.click('#register-form button[type=submit]')]);
  const scripts = variant.options.javaScriptEnabled !== false;
  if (scripts) {
    await page.waitForSelector('#favourite-open', { state: 'visible', timeout: WAIT.timeout });
    const calls = await page.evaluate(() => window.__wxCalls.map((c) => c.name));
    check(calls.includes('showMenuItems'), tag + ': the menu is told to offer 收藏 (' + calls.join(', ') + ')');
    const shared = await page.evaluate(() => window.__wxCalls.find((c) => c.name === 'updateAppMessageShareData'));
    check(shared && /\/m\/tickets\/[A-Z0-9]{12}$/.test(shared.args.link),
      tag + ': a favourite or forward carries the ticket link without ?new=1');
    await h.shot(page, dir, tag + '-01-offer');
    await page.click('#favourite-open');
    check(await page.isVisible('#favourite-guide .ne-guide__text'), tag + ': the guide points to the ··· menu');
    await h.shot(page, dir, tag + '-02-guide');
    await page.keyboard.press('Escape');
    check(!(await page.isVisible('#favourite-guide .ne-guide__text')), tag + ': Esc closes the guide');
    check(await page.evaluate(() => document.activeElement && document.activeElement.id === 'favourite-open'),
      tag + ': focus goes back to the button');
  } else {
    check(!(await page.isVisible('#favourite-open')), tag + ': without scripts nothing offers what cannot work');
    check(await page.isVisible('#registered-notice'), tag + ': the notice still says to keep the link');
    await h.shot(page, dir, tag + '-01-noscript');
  }
  check(await h.fitsWidth(page), tag + ': nothing wider than the phone');
  check(foreign.length === 0, tag + ': no request left the server (' + foreign.join(', ') + ')');
  check(problems.length === 0, tag + ': no CSP refusals or page errors (' + problems.join('; ') + ')');
  await context.close();
}

async function main() {
  const server = await h.startServer();
  // A WeChat account whose API is unreachable: pages render as in WeChat; nothing here calls the API itself.
  const wechat = await h.startServer({
    NEXTEVENT_WECHAT_APP_ID: 'wx-e2e', NEXTEVENT_WECHAT_APP_SECRET: 'e2e-secret', NEXTEVENT_WECHAT_TOKEN: 'e2e-token',
    NEXTEVENT_WECHAT_API_BASE: 'http://127.0.0.1:9',
  });
  let browser;
  try {
    browser = await h.launchBrowser();
    await run(browser, server, { name: '375-js', options: { viewport: { width: 375, height: 667 } } });
    await run(browser, server, { name: '320-nojs', options: { viewport: { width: 320, height: 568 }, javaScriptEnabled: false } });
    await favourites(browser, wechat, { name: '375-js', options: { viewport: { width: 375, height: 667 } } });
    await favourites(browser, wechat, { name: '320-nojs', options: { viewport: { width: 320, height: 568 }, javaScriptEnabled: false } });
  } finally {
    if (browser) await browser.close();
    await server.stop();
    await wechat.stop();
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
