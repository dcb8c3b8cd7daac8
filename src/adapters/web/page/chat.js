// The web chat page: shows the coach's replies and sends what the person does to /api.
// No framework, no external script: the page must load fast and work in mainland China.
'use strict';
(function () {
  var $ = function (id) {
    return document.getElementById(id);
  };
  var log = $('log'),
    choices = $('choices'),
    form = $('answer-form'),
    answer = $('answer'),
    status = $('status');
  var ui = {};
  var lang;
  var busy = false;
  var seq = 0;
  // The conversation as shown, kept on this device only (the server keeps state, not text) so a
  // reload shows it; the key names nothing personal; capped; "delete my data" removes it.
  var KEPT = 'refund-coach-transcript',
    KEEP = 60;

  // localStorage may be missing or full (private browsing): the page works without it.
  function keptMessages() {
    try {
      var list = JSON.parse(localStorage.getItem(KEPT) || '[]');
    } catch (_) {
      return [];
    }
    return Array.isArray(list)
      ? list.filter(function (m) {
          return m && Array.isArray(m.blocks);
        })
      : [];
  }
  function keep(blocks, mine) {
    // Read afresh: two tabs add to one transcript.
    var list = keptMessages()
      .concat([{ me: mine, blocks: blocks }])
      .slice(-KEEP);
    try {
      localStorage.setItem(KEPT, JSON.stringify(list));
    } catch (_) {
      /* kept on screen only */
    }
  }
  function forgetKept() {
    try {
      localStorage.removeItem(KEPT);
      localStorage.removeItem(SHOWN);
    } catch (_) {
      /* nothing kept */
    }
  }

  // Reminders the server keeps until the page confirms it showed them: their tokens wait here
  // until a confirmation arrives, and go with the next visit if it did not (a dropped network).
  var SHOWN = 'refund-coach-shown';
  function pendingShown() {
    try {
      var list = JSON.parse(localStorage.getItem(SHOWN) || '[]');
      return Array.isArray(list)
        ? list
            .filter(function (t) {
              return typeof t === 'string';
            })
            .slice(-20)
        : [];
    } catch (_) {
      return [];
    }
  }
  function setPendingShown(list) {
    try {
      if (list.length) localStorage.setItem(SHOWN, JSON.stringify(list));
      else localStorage.removeItem(SHOWN);
    } catch (_) {
      /* confirmed only by the request below */
    }
  }
  function without(list, gone) {
    return list.filter(function (t) {
      return gone.indexOf(t) < 0;
    });
  }
  function confirmShown(reply) {
    var tokens = (reply && reply.reminders) || [];
    if (!tokens.length) return;
    setPendingShown(without(pendingShown(), tokens).concat(tokens));
    call('/api/reminders/shown', { shown: tokens }).then(
      function () {
        setPendingShown(without(pendingShown(), tokens));
      },
      function () {
        /* sent again with the next visit */
      },
    );
  }

  // Every API call carries X-Refund-Coach: the server refuses requests without it (no cross-site posts).
  function call(path, body) {
    var init = { method: body ? 'POST' : 'GET', credentials: 'same-origin', headers: { 'X-Refund-Coach': '1' } };
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    // No answer at all (the network dropped): said in the person's language, never the browser's "Failed to fetch".
    return fetch(path, init).then(
      function (res) {
        if (res.status === 429) throw new Error(ui.tooFast);
        if (!res.ok) throw new Error(ui.failed);
        return res.json();
      },
      function () {
        // Before the first answer the page has no texts yet: the page's own line in both languages.
        var error = new Error(ui.offline || status.getAttribute('data-offline'));
        error.offline = true;
        throw error;
      },
    );
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
    renderPush();
  }

  // Reminders by notification (Web Push), offered only where the server sends them and the
  // browser can show them; said plainly when it cannot. The page itself asks only its own host:
  // reaching the push service is the browser's business.
  var push = null;
  function pushSupported() {
    return window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  }
  function renderPush() {
    if (!push) return;
    var box = $('push-box'),
      button = $('push'),
      note = $('push-note');
    box.hidden = false;
    var cannot = !pushSupported() ? ui.pushUnavailable : Notification.permission === 'denied' ? ui.pushDenied : push.failed ? ui.pushFailed : '';
    button.hidden = !!cannot;
    button.disabled = !!push.busy;
    button.textContent = push.on ? ui.pushStop : ui.pushOffer;
    note.textContent = cannot || (push.on ? ui.pushOn + ' ' + ui.pushNote : ui.pushNote);
  }
  function keyBytes(base64url) {
    var raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }
  function pushDone(on, failed) {
    push.busy = false;
    push.on = on;
    push.failed = failed;
    renderPush();
  }
  function subscribe() {
    push.busy = true;
    renderPush();
    Promise.resolve(Notification.requestPermission())
      .then(function (permission) {
        if (permission !== 'granted') return pushDone(false, false);
        return navigator.serviceWorker
          .register('/sw.js')
          .then(function (registration) {
            return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(push.key) });
          })
          .then(function (subscription) {
            return call('/api/push/subscribe', subscription.toJSON());
          })
          .then(function () {
            pushDone(true, false);
          });
      })
      .catch(function () {
        // No push service within reach (or no service worker): said, with the calendar instead.
        pushDone(false, true);
      });
  }
  function unsubscribe() {
    push.busy = true;
    renderPush();
    var browserSide = navigator.serviceWorker.getRegistration().then(function (registration) {
      return registration && registration.pushManager.getSubscription();
    });
    browserSide
      .then(function (subscription) {
        return subscription && subscription.unsubscribe();
      })
      .catch(function () {
        /* the server forgets it below either way */
      })
      .then(function () {
        return call('/api/push/unsubscribe', {});
      })
      .then(
        function () {
          pushDone(false, false);
        },
        function (error) {
          push.busy = false;
          fail(error);
          renderPush();
        },
      );
  }
  $('push').addEventListener('click', function () {
    if (!push || push.busy) return;
    if (push.on) unsubscribe();
    else subscribe();
  });

  function copy(text, button) {
    var done = function () {
      button.textContent = ui.copied;
    };
    var failed = function () {
      button.textContent = ui.copyFailed;
    };
    // navigator.clipboard needs a secure context (HTTPS or localhost); otherwise the text is
    // selected, so one "copy" from the phone's menu takes it.
    var selectIt = function () {
      failed();
      // The draft's text sits beside its button (see draftBlock).
      var pre = button.previousSibling;
      if (!(pre instanceof HTMLPreElement) || !window.getSelection) return;
      var range = document.createRange();
      range.selectNodeContents(pre);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, selectIt);
    else selectIt();
  }

  function draftBlock(text) {
    var fig = el('figure', 'draft');
    fig.appendChild(el('figcaption', '', ui.draftLabel));
    var pre = el('pre', '', text);
    pre.tabIndex = 0;
    fig.appendChild(pre);
    var button = el('button', '', ui.copy);
    button.type = 'button';
    button.addEventListener('click', function () {
      copy(text, button);
    });
    fig.appendChild(button);
    return fig;
  }

  // A message's own buttons (a reminders list's "cancel" ones), under it; the question's go below the log.
  function inlineChoices(list) {
    var row = el('div', 'inline-choices');
    list.forEach(function (choice) {
      var button = el('button', '', choice.label);
      button.type = 'button';
      button.addEventListener('click', function () {
        send({ choice: choice.token }, choice.label);
      });
      row.appendChild(button);
    });
    return row;
  }

  // kept: add it to the transcript (not a notice, nor a message restored from it).
  function addMessage(blocks, mine, kept, ownChoices) {
    if (kept)
      keep(
        blocks.map(function (b) {
          return { text: b.text, draft: b.draft };
        }),
        mine,
      );
    var msg = el('div', mine ? 'msg me' : 'msg');
    blocks.forEach(function (block) {
      msg.appendChild(block.draft ? draftBlock(block.text) : el('p', '', block.text));
    });
    if ((ownChoices || []).length > 0) msg.appendChild(inlineChoices(ownChoices));
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
      button.addEventListener('click', function () {
        send({ choice: choice.token }, choice.label);
      });
      choices.appendChild(button);
    });
    if (hadFocus && choices.firstChild) choices.firstChild.focus({ preventScroll: true });
  }

  function show(data) {
    applyTexts(data.ui, data.lang);
    var first;
    var shown = data.reply ? data.reply.messages : [];
    shown.forEach(function (m, i) {
      // Every message but the question keeps its own buttons beside it.
      var node = addMessage(m.blocks, false, true, i < shown.length - 1 ? m.choices : null);
      if (!first) first = node;
    });
    setChoices(data.reply ? data.reply.choices : []);
    if (first) first.scrollIntoView({ block: 'start' });
    confirmShown(data.reply);
  }

  // After a reload: what was kept, then the question the server waits on unless it is the last thing kept.
  function restore(data) {
    applyTexts(data.ui, data.lang);
    var kept = keptMessages(),
      messages = data.reply.messages;
    // A screen reader heard these before: not again.
    log.setAttribute('aria-live', 'off');
    kept.forEach(function (m) {
      addMessage(m.blocks, m.me, false);
    });
    log.setAttribute('aria-live', 'polite');
    var tail = kept.slice(-messages.length);
    var shown =
      tail.length === messages.length &&
      tail.every(function (m, i) {
        return !m.me && JSON.stringify(m.blocks) === JSON.stringify(messages[i].blocks);
      });
    if (!shown)
      messages.forEach(function (m, i) {
        addMessage(m.blocks, false, true, i < messages.length - 1 ? m.choices : null);
      });
    setChoices(data.reply.choices);
    var question = log.children[log.children.length - messages.length];
    if (question) question.scrollIntoView({ block: 'start' });
    confirmShown(data.reply);
  }

  function setBusy(on) {
    busy = on;
    var buttons = document.querySelectorAll('#choices button, .inline-choices button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = on;
  }

  function fail(error) {
    status.textContent = error.message || ui.failed;
  }

  // An answer the server never acknowledged: marked on screen, with a button that sends it again
  // under the same key (so if it did arrive, it still counts once, read against the same question).
  function markUnsent(node, input) {
    if (!node || node.querySelector('.unsent')) return;
    node.classList.add('pending');
    var row = el('div', 'unsent');
    row.appendChild(el('span', '', ui.unsent));
    var again = el('button', '', ui.retry);
    again.type = 'button';
    again.addEventListener('click', function () {
      attempt(input, node);
    });
    row.appendChild(again);
    node.appendChild(row);
    again.focus();
  }

  function attempt(input, node) {
    if (busy) return Promise.resolve();
    setBusy(true);
    status.textContent = ui.answering;
    return call('/api/turn', input)
      .then(
        function (data) {
          status.textContent = '';
          if (node) {
            node.classList.remove('pending');
            var row = node.querySelector('.unsent');
            if (row) row.remove();
          }
          show(data);
        },
        function (error) {
          fail(error);
          if (error.offline) markUnsent(node, input);
        },
      )
      .then(function () {
        setBusy(false);
      });
  }

  // One request at a time; the key makes a retried request count once on the server.
  function send(input, echo) {
    if (busy) return Promise.resolve();
    input.key = Date.now().toString(36) + '-' + ++seq;
    // Only a new conversation takes it (after "delete my data"): it goes on in the page's language.
    if (lang) input.lang = lang;
    var node = echo ? addMessage([{ text: echo, draft: false }], true, true) : null;
    return attempt(input, node);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = answer.value.trim();
    if (!text || busy) return;
    answer.value = '';
    send({ text: text }, text);
  });

  $('lang').addEventListener('click', function () {
    send({ text: '/lang' });
  });

  $('forget').addEventListener('click', function () {
    if (!window.confirm(ui.forgetConfirm)) return;
    call('/api/forget', {}).then(function (data) {
      forgetKept();
      // The server deleted the subscription with the rest; the browser's goes too.
      if (push && push.on) {
        push.on = false;
        if (pushSupported())
          navigator.serviceWorker
            .getRegistration()
            .then(function (registration) {
              return registration && registration.pushManager.getSubscription();
            })
            .then(function (subscription) {
              return subscription && subscription.unsubscribe();
            })
            .catch(function () {
              /* nothing left on the server either way */
            });
      }
      log.textContent = '';
      show(data);
      addMessage([{ text: ui.forgotten, draft: false }], false, false);
      var again = el('button', '', ui.startAgain);
      again.type = 'button';
      again.addEventListener('click', function () {
        send({ text: '/start' });
      });
      choices.appendChild(again);
      again.focus();
    }, fail);
  });

  // On load: the conversation so far, or a new one (what was kept of one the server no longer
  // has is dropped). Reminders shown before whose confirmation was lost are confirmed with it.
  // Without an answer (the network dropped) the person can try again: nothing is lost meanwhile.
  function load() {
    var shown = pendingShown();
    status.textContent = '';
    return call('/api/conversation' + (shown.length ? '?shown=' + encodeURIComponent(shown.join(',')) : '')).then(
      function (data) {
        setPendingShown(without(pendingShown(), shown));
        if (data.push) push = { key: data.push.key, on: data.push.on };
        if (data.reply) return restore(data);
        forgetKept();
        applyTexts(data.ui, data.lang);
        send({ text: '/start' });
      },
      function (error) {
        fail(error);
        var again = el('button', '', ui.reload || status.getAttribute('data-reload'));
        again.type = 'button';
        again.id = 'reload';
        again.addEventListener('click', function () {
          again.remove();
          load();
        });
        choices.appendChild(again);
      },
    );
  }
  load();
})();
