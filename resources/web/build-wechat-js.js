// SPDX-License-Identifier: MIT
// Wraps the WeChat JS-SDK from npm (a CommonJS module) into a plain script that defines window.wx, so the
// article page can load it from our own server instead of res.wx.qq.com. Run by CMake at build time:
//   node build-wechat-js.js <weixin-js-sdk/index.js> <out.js>
'use strict';
const fs = require('fs');
const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node build-wechat-js.js <weixin-js-sdk/index.js> <out.js>');
  process.exit(2);
}
const sdk = fs.readFileSync(input, 'utf8');
const wrapped = '/*! weixin-js-sdk (MIT), wrapped by NextEvent to define window.wx */\n' +
  '(function () {\nvar module = { exports: {} };\n' + sdk + '\nif (module.exports) window.wx = module.exports;\n})();\n';
fs.writeFileSync(output + '.tmp', wrapped);
fs.renameSync(output + '.tmp', output);
