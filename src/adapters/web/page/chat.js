// The web chat page: shows the coach's replies and sends what the person does to /api.
// No framework, no external script: the page must load fast and work in mainland China.
'use strict';
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var log = $('log'), choices = $('choices'), form = $('answer-form'), answer = $('answer'), status = $('status');
  var ui = {};
  var lang;
  var busy = false;
  var seq = 0;

  // Every API call carries X-Refund-Coach: the server refuses requests without it (no cross-site posts).
  function call(path, body) {
    var init = { method: body ? 'POST' : 'GET', credentials: 'same-origin', headers: { 'X-Refund-Coach': '1' } };
    if (body) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (res) {
      if (res.status === 429) throw new Error(ui.tooFast);
      if (!res.ok) throw new Error(ui.failed);
      return res.json();
    });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function applyTexts(texts, code) {
    ui = texts;
    lang = code;
    document.documentElement.lang = code === 'zh' ? 'zh-CN' : 'en';
    document.title = ui.title;
    var marked = document.querySelectorAll('[data-t]');
    for (var i = 0; i < marked.length; i++) marked[i].textContent = ui[marked[i].getAttribute('data-t')];
    var sw = $('lang');
    sw.textContent = ui.switchLang;
    sw.title = ui.switchLangLabel;
    choices.setAttribute('aria-label', ui.choicesLabel);
  }

  function copy(text, button) {
    var done = function () { button.textContent = ui.copied; };
    var failed = function () { button.textContent = ui.copyFailed; };
    // navigator.clipboard needs a secure context (HTTPS or localhost); otherwise the person copies by hand.
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, failed);
    else failed();
  }

  function draftBlock(text) {
    var fig = el('figure', 'draft');
    fig.appendChild(el('figcaption', '', ui.draftLabel));
    var pre = el('pre', '', text);
    pre.tabIndex = 0;
    fig.appendChild(pre);
    var button = el('button', '', ui.copy);
    button.type = 'button';
    button.addEventListener('click', function () { copy(text, button); });
    fig.appendChild(button);
    return fig;
  }

  function addMessage(blocks, mine) {
    var msg = el('div', mine ? 'msg me' : 'msg');
    blocks.forEach(function (block) {
      msg.appendChild(block.draft ? draftBlock(block.text) : el('p', '', block.text));
    });
    log.appendChild(msg);
    return msg;
  }

  function setChoices(list) {
    // A keyboard user who just pressed a choice lands on the next question's first choice, not back at the top.
    var hadFocus = choices.contains(document.activeElement) || document.activeElement === document.body;
    choices.textContent = '';
    list.forEach(function (choice) {
      var button = el('button', '', choice.label);
      button.type = 'button';
      button.addEventListener('click', function () { send({ choice: choice.token }, choice.label); });
      choices.appendChild(button);
    });
    if (hadFocus && choices.firstChild) choices.firstChild.focus({ preventScroll: true });
  }

  function show(data, keepLog) {
    applyTexts(data.ui, data.lang);
    if (!keepLog) log.textContent = '';
    var first;
    (data.reply ? data.reply.messages : []).forEach(function (m) {
      var node = addMessage(m.blocks, false);
      if (!first) first = node;
    });
    setChoices(data.reply ? data.reply.choices : []);
    if (first) first.scrollIntoView({ block: 'start' });
  }

  function setBusy(on) {
    busy = on;
    var buttons = choices.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = on;
  }

  function fail(error) { status.textContent = error.message || ui.failed; }

  // One request at a time; the key makes a retried request count once on the server.
  function send(input, echo) {
    if (busy) return Promise.resolve();
    setBusy(true);
    status.textContent = '';
    input.key = Date.now().toString(36) + '-' + (++seq);
    // Only a new conversation takes it (after "delete my data"): it goes on in the page's language.
    if (lang) input.lang = lang;
    if (echo) addMessage([{ text: echo, draft: false }], true);
    return call('/api/turn', input)
      .then(function (data) { show(data, true); }, fail)
      .then(function () { setBusy(false); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = answer.value.trim();
    if (!text || busy) return;
    answer.value = '';
    send({ text: text }, text);
  });

  $('lang').addEventListener('click', function () { send({ text: '/lang' }); });

  $('forget').addEventListener('click', function () {
    if (!window.confirm(ui.forgetConfirm)) return;
    call('/api/forget', {}).then(function (data) {
      show(data, false);
      addMessage([{ text: ui.forgotten, draft: false }], false);
      var again = el('button', '', ui.startAgain);
      again.type = 'button';
      again.addEventListener('click', function () { send({ text: '/start' }); });
      choices.appendChild(again);
      again.focus();
    }, fail);
  });

  // On load: the question this browser's conversation waits on, or a new conversation.
  call('/api/conversation').then(function (data) {
    if (data.reply) show(data, false);
    else { applyTexts(data.ui, data.lang); send({ text: '/start' }); }
  }, fail);
})();
