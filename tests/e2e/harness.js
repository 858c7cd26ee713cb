// SPDX-License-Identifier: MIT
// What the browser tests share: a real nextevent-server on SQLite (port 0, read back from its port file),
// the REST API as the console uses it, headless Chromium contexts at phone sizes that record requests to
// other hosts and CSP refusals, checks that count failures, and screenshots.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const WAIT = { timeout: 30000 }; // an upper bound for waits on the UI, never a measured duration
// WeChat's in-app browser on an iPhone, as phones send it.
const WECHAT_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
  'Mobile/15E148 MicroMessenger/8.0.43(0x18002b2c) NetType/WIFI Language/zh_CN';

let failures = 0;
function check(condition, message) {
  if (condition) {
    console.log('  ok   ' + message);
  } else {
    failures++;
    console.log('  FAIL ' + message);
  }
}

function artifactsDir(name) {
  const dir = path.join(process.env.NEXTEVENT_TEST_ARTIFACTS || process.env.NEXTEVENT_E2E_DEFAULT_ARTIFACTS ||
    path.join(os.tmpdir(), 'nextevent-artifacts'), name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function poll(what, fn, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('nextevent-server exited with ' + child.exitCode);
    const value = await fn();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('gave up waiting for ' + what);
}

async function api(base, method, route, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const r = await fetch(base + route, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await r.json();
  if (!json.success) throw new Error(method + ' ' + route + ' -> ' + r.status + ' ' + JSON.stringify(json.error));
  return json.data;
}

/// Starts nextevent-server on a fresh SQLite data directory with an admin account; resolves to
/// {base, port, token, stop}. `extraEnv` adds settings (e.g. a WeChat account) after the outside ones are cleared.
async function startServer(extraEnv) {
  const binary = process.env.NEXTEVENT_SERVER_BINARY;
  if (!binary) throw new Error('NEXTEVENT_SERVER_BINARY is not set');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nextevent-e2e-'));
  const portFile = path.join(dataDir, 'http.port');
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
  Object.assign(env, extraEnv || {});
  const add = spawnSync(binary, ['user', 'add', '--username', 'e2e-admin', '--role', 'admin', '--password-stdin'],
    { env, input: 'e2e-admin-password\n', encoding: 'utf8' });
  if (add.status !== 0) throw new Error('user add failed: ' + add.stderr);
  const child = spawn(binary, ['serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    const port = await poll('the port file', () => {
      try { return parseInt(fs.readFileSync(portFile, 'utf8'), 10) || 0; } catch (e) { return 0; }
    }, child);
    const base = 'http://127.0.0.1:' + port;
    await poll('/healthz', async () => {
      try { return (await fetch(base + '/healthz')).ok; } catch (e) { return false; }
    }, child);
    const login = await api(base, 'POST', '/v2/auth/login', { username: 'e2e-admin', password: 'e2e-admin-password' });
    const stop = async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
    return { base, port, token: login.accessToken, stop };
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
}

async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    chromiumSandbox: false, // runs as root in CI containers
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/// A phone: a browser context whose requests to other hosts land in `foreign` and whose CSP refusals and page
/// errors land in `problems`.
async function phone(browser, server, options, foreign, problems) {
  const context = await browser.newContext(Object.assign({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    userAgent: WECHAT_UA,
  }, options));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.base + '/') && !url.startsWith('ws://127.0.0.1:' + server.port + '/') &&
        !url.startsWith('data:')) foreign.push(url);
  });
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && /Refused to|Content Security Policy/.test(m.text())) problems.push(page.url() + ': ' + m.text());
    });
    page.on('pageerror', (e) => problems.push(page.url() + ': ' + e.message));
  });
  return context;
}

async function shot(page, dir, name) {
  const file = path.join(dir, name + '.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log('  shot ' + file);
}

/// Whether the page is no wider than its viewport (nothing a phone would have to scroll sideways for).
async function fitsWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

module.exports = {
  WAIT, WECHAT_UA, check, failures: () => failures, artifactsDir, api, startServer, launchBrowser, phone, shot, fitsWidth,
};
