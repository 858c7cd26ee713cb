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

  function confirmations() {
    var forms = document.querySelectorAll('form[data-confirm]');
    for (var i = 0; i < forms.length; i++) {
      forms[i].addEventListener('submit', function (event) {
        if (!window.confirm(text('confirm-cancel'))) event.preventDefault();
      });
    }
  }

  // ---- sharing inside WeChat: what a shared article shows (the SDK is served by us; see article page)
  function share() {
    var article = document.getElementById('article');
    if (!article || !article.hasAttribute('data-share-title') || !window.wx || !/MicroMessenger/i.test(navigator.userAgent)) return;
    var link = location.href.split('#')[0];
    getJson('/v2/wechat/jssdk-config?url=' + encodeURIComponent(link)).then(function (c) {
      window.wx.config({ debug: false, appId: c.appId, timestamp: c.timestamp, nonceStr: c.nonceStr, signature: c.signature,
        jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] });
      window.wx.ready(function () {
        var data = { title: article.getAttribute('data-share-title'), desc: article.getAttribute('data-share-desc'),
          link: link, imgUrl: article.getAttribute('data-share-image') };
        window.wx.updateAppMessageShareData(data);
        window.wx.updateTimelineShareData(data);
      });
    }, function () {});
  }

  localTimes();
  share();
  results();
  ticket();
  survey();
  confirmations();
})();
