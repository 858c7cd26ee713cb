// SPDX-License-Identifier: MIT
// NextEvent mobile pages: progressive enhancement only. Every page works without this script; with it,
// results and tickets update live, survey answers are checked before sending, and times show in the
// phone's time zone.
(function () {
  'use strict';
  var body = document.body;
  var text = function (name) { return body.getAttribute('data-t-' + name) || ''; };
  var fill = function (template, n) { return template.replace('{n}', String(n)); };

  // ---- times: <time datetime="ISO" data-tz="ZONE" data-local="date|datetime|end"> in the event's zone
  function localTimes() {
    var nodes = document.querySelectorAll('time[data-local]');
    for (var i = 0; i < nodes.length; i++) {
      var iso = nodes[i].getAttribute('datetime');
      var at = iso ? new Date(iso) : null;
      if (!at || isNaN(at.getTime())) continue;
      var kind = nodes[i].getAttribute('data-local');
      var options = kind === 'date'
        ? { year: 'numeric', month: 'short', day: 'numeric' }
        : { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
      // An end on the start's day shows only its time: "Dec 1, 2030, 10:00 – 13:00".
      var start = kind === 'end' && i > 0 ? new Date(nodes[i - 1].getAttribute('datetime')) : null;
      if (start && start.toDateString() === at.toDateString()) options = { hour: '2-digit', minute: '2-digit' };
      // The event's zone, as the server rendered it: a phone elsewhere still sees the venue's clock.
      var zone = nodes[i].getAttribute('data-tz');
      if (zone) options.timeZone = zone;
      try {
        nodes[i].textContent = at.toLocaleString(document.documentElement.lang || undefined, options);
      } catch (e) { /* an engine without that zone keeps the server's text */ }
    }
  }

  // ---- realtime: DESIGN.md "Realtime". Subscribe, take the snapshot, apply updates in seq order,
  // re-subscribe on a gap, reconnect with backoff; poll `fallback` while the socket is down.
  function live(topic, onData, fallback, onState) {
    var socket = null, seq = null, delay = 1000, pollTimer = null, closed = false;
    // The badge says "live" while either the socket or the polling delivers; "reconnecting" when neither does.
    function poll() {
      if (pollTimer) return;
      var tick = function () {
        // A poll answered after the socket took over is older than the socket's data: dropped.
        fallback().then(function (data) { if (!pollTimer) return; onState(true); if (data) onData(data); },
          function () { if (pollTimer) onState(false); })
          .then(function () { if (pollTimer) pollTimer = setTimeout(tick, 4000); });
      };
      pollTimer = setTimeout(tick, 0);
    }
    function stopPolling() { clearTimeout(pollTimer); pollTimer = null; }
    function subscribe() {
      seq = null;
      socket.send(JSON.stringify({ type: 'subscribe', topic: topic }));
    }
    function connect() {
      if (closed) return;
      var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
      try { socket = new WebSocket(url); } catch (e) { socket = null; }
      if (!socket) { poll(); setTimeout(connect, delay); return; }
      socket.onopen = function () { delay = 1000; subscribe(); };
      socket.onmessage = function (event) {
        var message;
        try { message = JSON.parse(event.data); } catch (e) { return; }
        if (!message || message.topic !== topic) return;
        if (message.type === 'snapshot') {
          seq = message.seq;
          stopPolling();
          onState(true);
          onData(message.data);
        } else if (message.type === 'update') {
          if (seq === null || message.seq !== seq + 1) { subscribe(); return; } // gap: start again
          seq = message.seq;
          onData(message.data);
        } else if (message.type === 'error') {
          // Not allowed or unknown topic on this server: keep the page current by polling.
          poll();
        }
      };
      socket.onclose = function () {
        socket = null;
        poll();
        setTimeout(connect, delay);
        delay = Math.min(delay * 2, 30000);
      };
    }
    window.addEventListener('pagehide', function () { closed = true; if (socket) socket.close(); });
    poll();
    connect();
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (envelope) { return envelope.data; });
  }

  // ---- live results
  function results() {
    var root = document.getElementById('results');
    if (!root) return;
    var id = root.getAttribute('data-survey');
    var state = document.getElementById('live-state');
    var total = document.getElementById('results-total');
    function setBar(section, key, count, percent) {
      var bar = section.querySelector('[data-option="' + key + '"]');
      if (!bar) return;
      bar.querySelector('.ne-bar__count').textContent = String(count);
      bar.querySelector('.ne-bar__pct').textContent = String(percent) + '%';
      bar.querySelector('progress').value = percent;
    }
    function render(data) {
      if (!data || !data.questions) return;
      total.textContent = fill(text('total'), data.totalResponses);
      data.questions.forEach(function (q) {
        var section = root.querySelector('[data-question="' + q.questionId + '"]');
        if (!section) return;
        (q.options || []).forEach(function (o) { setBar(section, o.optionId, o.count, o.percent); });
        (q.distribution || []).forEach(function (count, i) {
          var percent = q.answered > 0 ? Math.round(1000 * count / q.answered) / 10 : 0;
          setBar(section, 'r' + (i + 1), count, percent);
        });
        var mean = section.querySelector('.ne-mean');
        if (mean) mean.textContent = q.mean === null || q.mean === undefined ? '–' : String(Math.round(q.mean * 10) / 10);
        var answered = section.querySelector('.ne-answered');
        if (answered) answered.textContent = String(q.answered);
      });
    }
    // Projector: one question a screen; a presenter's clicker sends PageDown/PageUp or the arrow keys.
    if (body.classList.contains('ne-big')) {
      var sections = root.querySelectorAll('.ne-rq');
      document.addEventListener('keydown', function (event) {
        var step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 }[event.key];
        if (!step || !sections.length) return;
        event.preventDefault();
        var current = Math.round(window.scrollY / window.innerHeight);
        var next = Math.max(0, Math.min(sections.length - 1, current + step));
        sections[next].scrollIntoView({ behavior: 'smooth', block: 'start' });
      });
    }
    live('survey:' + id, render, function () { return getJson('/v2/surveys/' + id + '/live-results'); },
      function (on) {
        state.classList.remove('ne-hidden'); // without scripts nothing updates, so no badge says "live"
        state.classList.toggle('ne-live_off', !on);
        state.textContent = on ? text('live') : text('offline');
      });
  }

  // ---- ticket: shows "checked in" as soon as the door scans it
  function ticket() {
    var root = document.getElementById('ticket');
    if (!root || root.getAttribute('data-state') === 'checked_in' || root.getAttribute('data-state') === 'cancelled') return;
    var code = root.getAttribute('data-code');
    function refresh() { return getJson('/m/tickets/' + encodeURIComponent(code) + '/status'); }
    function show(status) {
      if (!status) return;
      if (status.checkedIn) {
        root.setAttribute('data-state', 'checked_in');
        var qr = document.getElementById('ticket-qr');
        if (qr) qr.classList.add('ne-hidden');
        var line = document.getElementById('ticket-status');
        if (line) line.classList.add('ne-hidden');
        var cancel = document.getElementById('ticket-cancel');
        if (cancel) cancel.classList.add('ne-hidden');
        var at = document.getElementById('ticket-done-at');
        at.setAttribute('datetime', status.checkedInAt);
        at.textContent = status.checkedInText;
        document.getElementById('ticket-done').classList.remove('ne-hidden');
        localTimes();
      } else if (status.status !== root.getAttribute('data-state')) {
        location.reload(); // promoted from the waitlist or cancelled elsewhere: the server renders it
      }
    }
    // The event topic tells that something changed; the ticket's own status says what.
    live('event:' + root.getAttribute('data-event'), function () { refresh().then(show, function () {}); },
      function () { return refresh().then(function (s) { show(s); return null; }); }, function () {});
  }

  // ---- survey: the server's rules, checked early so the reader sees them without a round trip
  function survey() {
    var form = document.getElementById('survey-form');
    if (!form) return;
    var questions = form.querySelectorAll('.ne-q');
    function problem(q) {
      var type = q.getAttribute('data-type');
      var inputs = q.querySelectorAll('input,textarea');
      var chosen = 0;
      for (var i = 0; i < inputs.length; i++) {
        if (inputs[i].type === 'radio' || inputs[i].type === 'checkbox') chosen += inputs[i].checked ? 1 : 0;
        else chosen += inputs[i].value.trim() ? 1 : 0;
      }
      var max = Number(q.getAttribute('data-max') || 0);
      if (type === 'multiple_choice' && max && chosen > max) return fill(text('too-many'), max);
      if (q.hasAttribute('data-required') && chosen === 0) return text('required');
      return '';
    }
    function show(q, message) {
      q.classList.toggle('ne-q_error', !!message);
      q.querySelector('.ne-q__error').textContent = message;
    }
    // A multiple choice with a limit: once the limit is ticked, the other boxes rest until one is unticked,
    // so a third box cannot be ticked when the limit is 2 (the server still refuses more).
    function limit(q) {
      var max = Number(q.getAttribute('data-max') || 0);
      if (q.getAttribute('data-type') !== 'multiple_choice' || !max) return;
      var boxes = q.querySelectorAll('input[type=checkbox]');
      var chosen = 0;
      for (var i = 0; i < boxes.length; i++) chosen += boxes[i].checked ? 1 : 0;
      for (var j = 0; j < boxes.length; j++) {
        boxes[j].disabled = !boxes[j].checked && chosen >= max;
        boxes[j].closest('.weui-cell').classList.toggle('ne-choice_resting', boxes[j].disabled);
      }
    }
    for (var n = 0; n < questions.length; n++) limit(questions[n]);
    form.addEventListener('change', function (event) {
      var q = event.target.closest('.ne-q');
      if (!q) return;
      limit(q);
      if (q.classList.contains('ne-q_error')) show(q, problem(q));
    });
    form.addEventListener('input', function (event) {
      if (event.target.tagName !== 'TEXTAREA') return;
      var counter = event.target.parentNode.querySelector('.ne-count');
      if (counter) counter.textContent = String(Array.from(event.target.value).length);
    });
    form.addEventListener('submit', function (event) {
      var first = null;
      for (var i = 0; i < questions.length; i++) {
        var message = problem(questions[i]);
        show(questions[i], message);
        if (message && !first) first = questions[i];
      }
      if (first) {
        event.preventDefault();
        first.scrollIntoView({ behavior: 'smooth', block: 'center' });
      }
    });
  }

  // ---- registration: the server's rules (DESIGN.md, Validation.cpp) checked as WeUI messages before
  // sending, one per problem, next to its field; the browser's own bubbles are off (novalidate).
  function isPhone(value) {
    var digits = '', plus = false;
    for (var i = 0; i < value.length; i++) {
      var c = value.charAt(i);
      if (c >= '0' && c <= '9') digits += c;
      else if (c === '+' && !digits && !plus) plus = true;
      else if (' -()'.indexOf(c) < 0) return false;
    }
    if (plus) return digits.length >= 7 && digits.length <= 15;
    if (digits.length === 11 && digits.charAt(0) === '1') return true;
    return digits.length >= 10 && digits.length <= 12 && digits.charAt(0) === '0';
  }
  function registration() {
    var form = document.getElementById('register-form');
    if (!form) return;
    var t = function (name) { return form.getAttribute('data-t-' + name) || ''; };
    function problem(cell) {
      var inputs = cell.querySelectorAll('input,select,textarea');
      var first = inputs[0];
      if (!first) return '';
      if (first.id === 'name' || first.id === 'phone') {
        var value = first.value.trim();
        var max = Number(first.getAttribute('data-max'));
        if (Array.from(value).length > max) return fill(t('too-long'), max);
        if (first.id === 'name' && first.required && !value) return t('name');
        if (first.id === 'phone' && value && !isPhone(value)) return t('phone');
        return '';
      }
      var given = false;
      for (var i = 0; i < inputs.length; i++)
        given = given || (inputs[i].type === 'checkbox' ? inputs[i].checked : !!inputs[i].value.trim());
      var required = cell.querySelector('[required]') || /\*$/.test((cell.querySelector('label') || {}).textContent || '');
      return required && !given ? text('required') : '';
    }
    function tipOf(cell) {
      var input = cell.querySelector('input,select,textarea');
      if (!input) return null;
      if (input.id === 'name' || input.id === 'phone') return document.getElementById(input.id + '-error');
      return document.getElementById('f-' + cell.getAttribute('data-field') + '-error');
    }
    function show(cell, message) {
      var tip = tipOf(cell);
      if (!tip) return;
      cell.classList.toggle('weui-cell_warn', !!message);
      var input = cell.querySelector('input,select,textarea');
      if (message) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      tip.textContent = message;
      tip.classList.toggle('ne-hidden', !message);
    }
    var cells = Array.prototype.filter.call(form.querySelectorAll('.weui-cell'), function (cell) { return !!tipOf(cell); });
    form.addEventListener('change', function (event) {
      var cell = event.target.closest('.weui-cell');
      if (cell && cells.indexOf(cell) >= 0) show(cell, problem(cell));
    });
    form.addEventListener('submit', function (event) {
      var first = null;
      cells.forEach(function (cell) {
        var message = problem(cell);
        show(cell, message);
        if (message && !first) first = cell;
      });
      if (first) {
        event.preventDefault();
        first.querySelector('input,select,textarea').focus();
      }
    });
  }

  // ---- presenter-paced survey: the countdown runs on the phone from the seconds the server gave; the
  // page follows the presenter (session:ID) and reloads when the question or the reveal changes, so the
  // server renders every state the same with or without this script.
  function paced() {
    var root = document.getElementById('paced');
    if (!root) return;
    var id = root.getAttribute('data-survey');
    var question = root.getAttribute('data-question');
    var revealed = root.getAttribute('data-revealed') === '1';
    var countdown = document.getElementById('countdown');
    if (countdown) {
      var deadline = Date.now() + Number(countdown.getAttribute('data-seconds')) * 1000;
      var tick = function () {
        var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
        if (left > 0) {
          countdown.textContent = fill(countdown.getAttribute('data-t-left'), left);
          countdown.classList.toggle('ne-countdown_low', left <= 5);
          setTimeout(tick, 250);
          return;
        }
        // The server refuses late answers (409 time_up); the form rests so nobody tries.
        countdown.textContent = countdown.getAttribute('data-t-up');
        countdown.classList.add('ne-countdown_up');
        var form = document.getElementById('survey-form');
        if (!form) return;
        form.classList.add('ne-locked');
        var inputs = form.querySelectorAll('input,textarea,button');
        for (var i = 0; i < inputs.length; i++) inputs[i].disabled = true;
      };
      tick();
    }
    live('session:' + id, function (s) {
      if (!s) return;
      if ((s.currentQuestionId || '') !== question || !!s.answerRevealed !== revealed) location.reload();
    }, function () { return getJson('/m/surveys/' + id + '/session'); }, function () {});
  }

  // ---- audience Q&A: the list follows qa:EVENT (sorted by the server); votes go through the API without
  // leaving the page (the form posts the same vote without scripts).
  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }
  function qa() {
    var list = document.getElementById('qa-list');
    if (!list) return;
    var eventId = list.getAttribute('data-event');
    var none = document.getElementById('qa-none');
    // The reader's votes: from the server's page, then from each vote's answer (the list is rebuilt on
    // every update, so the buttons themselves do not keep it).
    var mine = {};
    var pressed = list.querySelectorAll('form.ne-vote button[aria-pressed="true"]');
    for (var p = 0; p < pressed.length; p++) mine[pressed[p].form.getAttribute('data-id')] = true;
    function setVote(button, votes, on) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      button.classList.toggle('weui-btn_primary', on);
      button.classList.toggle('weui-btn_default', !on);
      button.querySelector('.ne-votes').textContent = String(votes);
      button.setAttribute('aria-label', list.getAttribute('data-t-vote') + ' ' + votes);
    }
    function render(data) {
      if (!data || !data.items) return;
      var rows = document.createDocumentFragment();
      data.items.forEach(function (item) {
        // The reader's own question, once approved, no longer waits.
        var own = document.querySelector('[data-mine="' + item.id + '"] .ne-mine-status');
        if (own) own.textContent = list.getAttribute('data-t-shown');
        var row = element('div', 'weui-cell');
        row.setAttribute('data-id', item.id);
        var main = element('div', 'weui-cell__bd');
        var line = element('p', 'ne-text-line');
        if (item.pinned) { line.appendChild(element('span', 'ne-tag', list.getAttribute('data-t-pinned'))); line.appendChild(document.createTextNode(' ')); }
        if (item.state === 'answered') { line.appendChild(element('span', 'ne-tag', list.getAttribute('data-t-answered'))); line.appendChild(document.createTextNode(' ')); }
        line.appendChild(document.createTextNode(item.text));
        main.appendChild(line);
        if (item.name) { var meta = element('p', 'ne-meta'); meta.appendChild(element('span', '', item.name)); main.appendChild(meta); }
        var side = element('div', 'weui-cell__ft');
        var form = element('form', 'ne-vote');
        form.method = 'post';
        form.action = '/m/events/' + eventId + '/qa/' + item.id + '/vote';
        form.setAttribute('data-id', item.id);
        var button = element('button', 'weui-btn weui-btn_mini');
        button.type = 'submit';
        button.appendChild(document.createTextNode('▲ '));
        button.appendChild(element('span', 'ne-votes'));
        setVote(button, item.votes, !!mine[item.id]);
        form.appendChild(button);
        side.appendChild(form);
        row.appendChild(main);
        row.appendChild(side);
        rows.appendChild(row);
      });
      list.textContent = '';
      list.appendChild(rows);
      list.classList.toggle('ne-hidden', data.items.length === 0);
      none.classList.toggle('ne-hidden', data.items.length > 0);
    }
    list.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.classList.contains('ne-vote')) return;
      event.preventDefault();
      var id = form.getAttribute('data-id');
      form.querySelector('button').disabled = true;
      // The row may have been rebuilt by an update meanwhile: find its button again.
      var current = function () { return list.querySelector('form.ne-vote[data-id="' + id + '"] button'); };
      var fallback = function () { (current() ? current().form : form).submit(); };
      fetch('/v2/qa/' + encodeURIComponent(id) + '/vote',
        { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (envelope) {
          if (!envelope || !envelope.success) { fallback(); return; } // refused: the server's page says why
          mine[id] = envelope.data.voted;
          var button = current();
          if (button) { button.disabled = false; setVote(button, envelope.data.votes, envelope.data.voted); }
        }, fallback);
    });
    live('qa:' + eventId, render, function () { return getJson('/v2/events/' + eventId + '/qa?sort=votes'); },
      function () {});
  }

  // ---- message wall: the latest approved messages follow wall:EVENT
  function wall() {
    var list = document.getElementById('wall-list');
    if (!list) return;
    var eventId = list.getAttribute('data-event');
    var none = document.getElementById('wall-none');
    live('wall:' + eventId, function (data) {
      if (!data || !data.items) return;
      var rows = document.createDocumentFragment();
      data.items.forEach(function (item) {
        var row = element('div', 'weui-cell');
        var main = element('div', 'weui-cell__bd');
        main.appendChild(element('p', 'ne-text-line', item.text));
        row.appendChild(main);
        rows.appendChild(row);
      });
      list.textContent = '';
      list.appendChild(rows);
      list.classList.toggle('ne-hidden', data.items.length === 0);
      none.classList.toggle('ne-hidden', data.items.length > 0);
    }, function () { return getJson('/v2/events/' + eventId + '/wall'); }, function () {});
  }

  // ---- confirmations: a WeUI half-screen dialog (rendered by the server, hidden) before a destructive
  // post. The form says confirm=ask, which the server answers with its own confirmation step (no scripts);
  // confirming here turns it into confirm=1.
  function confirmations() {
    var forms = document.querySelectorAll('form[data-confirm]');
    Array.prototype.forEach.call(forms, function (form) {
      var dialog = document.getElementById(form.getAttribute('data-confirm'));
      if (!dialog) return;
      var confirmed = false;
      var opener = null;
      function close() {
        dialog.classList.add('ne-hidden');
        if (opener) opener.focus();
      }
      form.addEventListener('submit', function (event) {
        if (confirmed) return;
        event.preventDefault();
        // The browser's own checks (the phone box of a forwarded ticket) come first.
        if (form.reportValidity && !form.reportValidity()) return;
        opener = document.activeElement;
        dialog.classList.remove('ne-hidden');
        dialog.querySelector('[data-dialog-confirm]').focus();
      });
      dialog.addEventListener('click', function (event) {
        if (event.target.closest('[data-dialog-close]')) close();
        else if (event.target.closest('[data-dialog-confirm]')) {
          confirmed = true;
          dialog.querySelector('[data-dialog-confirm]').disabled = true;
          var flag = form.querySelector('input[name="confirm"]');
          if (flag) flag.value = '1';
          form.submit();
        }
      });
      dialog.addEventListener('keydown', function (event) { if (event.key === 'Escape') close(); });
    });
  }

  // ---- sharing inside WeChat: what a shared page shows (the SDK is served by us; see the article page), and
  // on a new ticket the way to WeChat's favourites. The SDK has no call that favourites a page, so once it is
  // ready the menu is told to offer 收藏 and the button points there.
  function share() {
    var source = document.querySelector('[data-share-title]');
    if (!source || !window.wx || !/MicroMessenger/i.test(navigator.userAgent)) return;
    var here = location.href.split('#')[0];
    getJson('/v2/wechat/jssdk-config?url=' + encodeURIComponent(here)).then(function (c) {
      window.wx.config({ debug: false, appId: c.appId, timestamp: c.timestamp, nonceStr: c.nonceStr, signature: c.signature,
        jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData', 'showMenuItems'] });
      window.wx.ready(function () {
        var data = { title: source.getAttribute('data-share-title'), desc: source.getAttribute('data-share-desc'),
          link: source.getAttribute('data-share-link') || here, imgUrl: source.getAttribute('data-share-image') };
        window.wx.updateAppMessageShareData(data);
        window.wx.updateTimelineShareData(data);
        favourite();
      });
    }, function () {});
  }

  function favourite() {
    var offer = document.getElementById('favourite');
    var guide = document.getElementById('favourite-guide');
    if (!offer || !guide) return;
    window.wx.showMenuItems({ menuList: ['menuItem:favorite', 'menuItem:share:appMessage'] });
    offer.classList.remove('ne-hidden');
    var open = document.getElementById('favourite-open');
    function close() { guide.classList.add('ne-hidden'); open.focus(); }
    open.addEventListener('click', function () {
      guide.classList.remove('ne-hidden');
      guide.querySelector('.weui-btn[data-dialog-close]').focus();
    });
    guide.addEventListener('click', function (event) { if (event.target.closest('[data-dialog-close]')) close(); });
    guide.addEventListener('keydown', function (event) { if (event.key === 'Escape') close(); });
  }

  localTimes();
  share();
  results();
  ticket();
  survey();
  registration();
  paced();
  qa();
  wall();
  confirmations();
})();
