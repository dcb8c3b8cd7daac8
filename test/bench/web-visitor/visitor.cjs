/**
 * One web chat visitor for autocannon (test/bench/web.ts): every connection is a person who
 * plays a scripted journey (journeys.ts, drawn by weight) through POST <path> as the page does:
 * the first turn has no cookie and the server issues one; each later turn sends it back with
 * the person's next step: a press finds its button among the last reply's choices (its token),
 * a typed answer is sent as text. When the journey is over, setupRequest returns nothing, so
 * autocannon starts again from the first request with a fresh context: a new visitor, with no
 * cookie, on the same connection.
 *
 * Plain CommonJS: autocannon's worker thread require()s the two entry points (setup-request.cjs
 * and on-response.cjs). The journeys arrive on each request object (`journeys`, `total`).
 */
'use strict';

/** A journey drawn by weight. */
function pick(journeys, total) {
  let r = Math.random() * total;
  for (const journey of journeys) {
    r -= journey.weight;
    if (r < 0) return journey;
  }
  return journeys[journeys.length - 1];
}

/** The turn marker of the question on screen (from its choices' tokens, `<turn>:<id>`). */
function shownTurn(context) {
  const token = context.choices[0];
  return token ? Number(token.slice(0, token.indexOf(':'))) : 0;
}

/** The body of the visitor's next turn, or undefined when the journey is over. */
function nextInput(context) {
  const step = context.journey.steps[context.step++];
  if (!step) return undefined;
  if ('type' in step) return { text: step.type };
  // The web chat has no stickers: an emoji typed instead.
  if ('sticker' in step) return { text: '👍' };
  // A press on the previous question's button (still on the page): answered with a notice.
  if ('stale' in step) return { choice: `${Math.max(0, shownTurn(context) - 1)}:${step.stale}` };
  const token = context.choices.find((t) => t.slice(t.indexOf(':') + 1) === step.press);
  if (!token) context.mismatches = (context.mismatches || 0) + 1;
  return { choice: token || `${shownTurn(context)}:${step.press}` };
}

function setupRequest(request, context) {
  if (!context.journey) {
    context.journey = pick(request.journeys, request.total);
    context.step = 0;
    context.choices = [];
    context.person = Math.random().toString(36).slice(2, 10);
  }
  const input = nextInput(context);
  if (!input) return undefined;
  const lang = context.journey.lang;
  // As the page sends it: the language it shows, and a key so a retried request counts once.
  const body = JSON.stringify({ ...input, lang, key: `${context.person}-${context.step}` });
  const headers = {
    'content-type': 'application/json',
    'x-refund-coach': '1',
    'accept-language': lang === 'zh' ? 'zh-CN,zh;q=0.9' : 'en-US,en;q=0.9',
  };
  if (context.cookie) headers.cookie = context.cookie;
  return { ...request, method: 'POST', path: request.turnPath, headers, body };
}

function onResponse(status, body, context, headers) {
  if (status !== 200) return;
  const setCookie = headers['set-cookie'] || headers['Set-Cookie'];
  if (setCookie) {
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    context.cookie = first.split(';')[0];
  }
  const reply = JSON.parse(body).reply;
  context.choices = reply ? reply.choices.map((c) => c.token) : [];
  context.state = reply ? reply.state : undefined;
}

module.exports = { setupRequest, onResponse };
