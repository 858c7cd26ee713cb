// SPDX-License-Identifier: MIT
// Lighthouse (exact version in package-lock.json) audits every kind of mobile page for accessibility and
// best practices against Debian's chromium, at Lighthouse's mobile emulation, and fails when a score is
// under LIGHTHOUSE_MIN (default 95). Prints one line per page and writes the figures (and each failing audit)
// to $NEXTEVENT_TEST_ARTIFACTS/lighthouse/scores.json.
//
// Environment: NEXTEVENT_SERVER_BINARY (required), LIGHTHOUSE_DIR (the folder whose node_modules holds
// lighthouse; ESM packages are loaded by path), NODE_PATH (playwright-core, for the shared e2e harness),
// CHROMIUM (default /usr/bin/chromium), LIGHTHOUSE_PAGES (a comma-separated subset of the page names).
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const h = require('../e2e/harness');

const MIN = Number(process.env.LIGHTHOUSE_MIN || 95);
const CATEGORIES = ['accessibility', 'best-practices'];

async function load(relative) {
  const dir = process.env.LIGHTHOUSE_DIR || __dirname;
  return import(pathToFileURL(path.join(dir, 'node_modules', relative)).href);
}

/// The data every page needs, made through the API as the console would; resolves to {name: path}.
async function pages(server) {
  const api = (method, route, body) => h.api(server.base, method, route, body, server.token);
  const event = await api('POST', '/v2/events', {
    title: '产品发布会 Product launch', description: '新品发布与交流。', startDate: '2030-12-01T01:30:00Z',
    endDate: '2030-12-01T09:00:00Z', location: '杭州市西湖区文三路 100 号', capacity: 100,
  });
  await api('POST', '/v2/events/' + event.id + '/transition', { to: 'published' });
  const register = await fetch(server.base + '/m/events/' + event.id + '/register', {
    method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'name=' + encodeURIComponent('王芳') + '&phone=13800000001',
  });
  const ticket = new URL(register.headers.get('location'), server.base).pathname;
  const survey = await api('POST', '/v2/surveys', {
    title: '会后问卷 Feedback', eventId: event.id, isActive: true, isLive: true, resultsVisible: true,
    questions: [
      { id: 's', type: 'single_choice', text: '您从哪里得知本次活动？', required: true, options: [{ id: 'a', text: '微信' }, { id: 'b', text: '朋友' }] },
      { id: 'm', type: 'multiple_choice', text: '感兴趣的话题', maxSelections: 2, options: [{ id: 'x', text: 'AI' }, { id: 'y', text: '云' }, { id: 'z', text: '安全' }] },
      { id: 'r', type: 'rating', text: '整体评分', scale: 5 },
      { id: 'w', type: 'word_cloud', text: '用一个词形容今天', maxEntries: 3 },
      { id: 't', type: 'text', text: '其他建议' },
    ],
  });
  const quiz = await api('POST', '/v2/surveys', {
    title: '知识问答 Quiz', eventId: event.id, isActive: true, isLive: true, mode: 'presenter_paced',
    questions: [{ id: 'q', type: 'quiz', text: '中国的首都是？', correctOptionIds: ['a'], timeLimitSeconds: 300,
      options: [{ id: 'a', text: '北京' }, { id: 'b', text: '上海' }] }],
  });
  await api('POST', '/v2/surveys/' + quiz.id + '/state', { currentQuestionId: 'q' });
  const article = await api('POST', '/v2/articles', {
    title: '活动回顾 Recap', summary: '一场关于产品的分享。',
    content: '<p>感谢大家的参与。</p><blockquote>好的产品来自倾听。</blockquote><ul><li>主题演讲</li><li>圆桌讨论</li></ul>',
  });
  await api('POST', '/v2/articles/' + article.id + '/publish', {});
  return {
    landing: '/m/',
    event: '/m/events/' + event.id,
    ticket,
    survey: '/m/surveys/' + survey.id,
    quiz: '/m/surveys/' + quiz.id,
    results: '/m/surveys/' + survey.id + '/results',
    projector: '/m/surveys/' + survey.id + '/results?big=1',
    article: '/m/articles/' + article.id,
    qa: '/m/events/' + event.id + '/qa',
    wall: '/m/events/' + event.id + '/wall',
  };
}

async function main() {
  const { default: lighthouse } = await load('lighthouse/core/index.js');
  const chromeLauncher = await load('chrome-launcher/dist/index.js');
  const server = await h.startServer();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--lang=zh-CN'],
  });
  const scores = {};
  let failed = 0;
  try {
    const all = await pages(server);
    const wanted = (process.env.LIGHTHOUSE_PAGES || '').split(',').filter(Boolean);
    for (const [name, route] of Object.entries(all)) {
      if (wanted.length && !wanted.includes(name)) continue;
      const result = await lighthouse(server.base + route, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES,
        extraHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
      });
      const lhr = result.lhr;
      const entry = {};
      const low = [];
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        entry[id] = Math.round(category.score * 100);
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            low.push(ref.id);
            const items = (audit.details && audit.details.items) || [];
            entry[ref.id] = items.slice(0, 8).map((i) => (i.node ? i.node.selector + ': ' + (i.node.explanation || '').split('\n')[1] : JSON.stringify(i).slice(0, 200)));
          }
        }
      }
      scores[name] = Object.assign(entry, { failing: low });
      const ok = CATEGORIES.every((id) => entry[id] >= MIN);
      if (!ok) failed++;
      console.log((ok ? '  ok   ' : '  FAIL ') + name.padEnd(10) + ' accessibility ' + entry.accessibility +
        ', best practices ' + entry['best-practices'] + (low.length ? ' (below 100: ' + low.join(', ') + ')' : ''));
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  const dir = h.artifactsDir('lighthouse');
  fs.writeFileSync(path.join(dir, 'scores.json'), JSON.stringify(scores, null, 2) + '\n');
  if (failed) {
    console.log(failed + ' page(s) under ' + MIN);
    process.exit(1);
  }
  console.log('every page scores at least ' + MIN);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
