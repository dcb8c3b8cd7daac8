/**
 * `npm run understanding`: the three figures per language on every table (round21 also per
 * question); `-- --rows` also lists every row not understood right on the tuned tables, and
 * `-- --rows=round21` on round 21's (inputs are table text, never a person's messages).
 */
import { figures, loadTable, type Scored, sameAnswer, score } from './table';

// Rows are listed for the main tables only: the holdouts are for measuring, not for tuning.
// `fresh/` was written last, by someone who saw neither the word lists nor the other tables,
// after the layer was built; nothing was changed in the layer after it arrived.
// `follow-ups/` came with the reminder questions, also from an outsider: its first run had 14
// rows recorded wrong (7 per language), which were then fixed; its figures are no longer fresh.
// `round21/` was written by an outsider for issue 21 (typed answers nobody tuned for, and
// the app-name and product questions of the any-membership product); it was worked against.
// `outsiders/holdout/` was written beside round 21 by another outsider and never looked at
// while the layer was changed (issue 21's holdout): measured only, never list its rows, never
// tune against it. `outsiders/after/` was written by a third after the first round of that
// work, reported, and then worked against in the second. `outsiders/latest/` was written by
// a fourth outsider after the second round (table d), reported, then worked against in the
// third. `outsiders/final/` was written by a fifth outsider after the third round (table e):
// measured only, like the holdout, then worked against in the next session.
// `outsiders/traps/` (table g) was written in that session by a sixth outsider, aimed at five
// questions and at what a layer might record wrongly: 15 zh and 18 en recorded wrong at its first
// run; worked against. The holdout's English half was printed once by mistake in that session
// (a filter of mine that filtered nothing): from then on only its Chinese half is unseen.
// `outsiders/closing/` (table f) was written by a seventh outsider at the start of that session
// and not opened until the work on the others was done; its first run: zh 81.1% understood
// right (94.1% right or offered right), 3 recorded wrong; en 82.7% (91.9%), 3 recorded wrong.
// Those six rows were then fixed as kinds: it is worked against from there.
// `outsiders/after-work/` (table h) was written by an eighth outsider after all that work;
// first run: zh 391 rows 83.9% understood right (93.6% right or offered right), 7 recorded
// wrong; en 393 rows 81.7% (92.1%), 5 recorded wrong. Its twelve wrong kinds were then fixed:
// worked against from there. The holdout's Chinese half is the one table never looked at.
// `outsiders/slang/` (table j) and `outsiders/unseen/` (table i) were written by a ninth and a
// tenth outsider at the start of the next session. Table j (chat slang, voice-to-text, and
// messages where a keyword bot would record wrongly) was measured after the typed-name
// read-back: zh 336 rows 72.3% understood right (86.3% right or offered right), 12 recorded
// wrong; en 330 rows 72.7% (84.8%), 13 recorded wrong; worked against from there. Table i was
// not opened until that work was done; first run: zh 305 rows 77.0% (91.5%), 2 recorded wrong;
// en 292 rows 75.3% (89.0%), 5 recorded wrong; then worked against.
// `outsiders/after-session/` (table k) was written by an eleventh outsider after that work;
// first run: zh 321 rows 81.6% (93.1%), 4 recorded wrong; en 333 rows 79.3% (91.9%), 5 recorded
// wrong. Four of the nine are bare yes / no at "is auto-renew still on?", which six rows of
// earlier outsiders read as on / off and this writer as unclear; they stay as the writer wrote them.
// The others were then fixed as kinds: worked against from there.
// `outsiders/voices/` (table l) was written by a twelfth outsider at the start of the next
// session (varied people: a student, a parent using voice input, a hurried worker, an angry
// one, a storyteller, mixed Chinese and English); first run: zh 317 rows 78.2% (89.6%), 7
// recorded wrong; en 313 rows 75.1% (88.2%), 4 recorded wrong; then worked against as kinds.
// `outsiders/events/` (table m) was written by a thirteenth outsider after that work (people in
// a hurry: answers buried in a story, times told by events, quotes, other people's accounts);
// first run: zh 306 rows 76.1% (88.2%), 11 recorded wrong; en 300 rows 74.3% (85.3%), 14
// recorded wrong; then worked against as kinds. One row stays as its writer wrote it and
// counts wrong: a bare weekday (我记得是周三) is read as this week's, as every other writer
// (the tuned tables too, about 40 rows) wants it, where this one wanted it asked.
// `outsiders/everyday/` (table n) was written by a fourteenth outsider after all of that work
// (ordinary users, short and long replies, both languages); first run: zh 289 rows 81.0%
// (92.4%), 2 recorded wrong; en 274 rows 81.0% (92.7%), 1 recorded wrong. Two of the three
// were a bare 没有 / "no" at "is auto-renewal on right now?", which two writers read as unclear
// and four as "off"; it is now asked back as "off" (read wrongly, it would skip the switch-off
// steps), a bare yes still recorded as "on" (read wrongly, it only shows them).
// `outsiders/regions/` (table o) was written by a fifteenth outsider at the start of the next
// session (dialect words from Sichuan, Canton, Shanghai and the north-east, older writers and
// voice input, teen slang, bare numbers and marks; Singapore, India and Hong Kong English);
// first run: zh 268 rows 73.1% (84.7%), 3 recorded wrong; en 274 rows 71.2% (85.8%), 2
// recorded wrong; then worked against as kinds (kinds-regions.test.ts).
// `outsiders/pasted/` (table p) was written by a sixteenth outsider after table o's work (bank,
// wallet and app texts pasted in, customer service quoted, answers to another question, numbers
// that are not the answer); first run: zh 273 rows 74.7% (86.4%), 4 recorded wrong; en 289
// rows 70.9% (86.5%), 3 recorded wrong; then worked against as kinds (kinds-pasted.test.ts).
// `outsiders/inbox/` (table q) was written by a seventeenth outsider after all of that work (a
// realistic inbox, mostly short replies); first run: zh 259 rows 77.6% (91.9%), 1 recorded
// wrong; en 272 rows 73.5% (90.1%), 2 recorded wrong; then worked against (kinds-inbox.test.ts).
// `outsiders/plain/` (table r) was written by an eighteenth outsider after all of that, from the
// brief with no slant (as the holdout was); first run: zh 268 rows 81.3% (94.8%), 1 recorded
// wrong; en 270 rows 79.3% (94.1%), 1 recorded wrong; then worked against.
// `outsiders/last/` (table s) was written by a nineteenth outsider after all of that, from the
// brief with no slant; first run: zh 252 rows 78.2% (92.5%), 0 recorded wrong; en 251 rows
// 85.3% (96.0%), 1 recorded wrong ("last wk wed": the short form of "week"); then worked against.
// `outsiders/newest/` (table t) was written by a twentieth outsider at the start of the next
// session, from the brief with no slant; first run (at 0f00523): zh 287 rows 80.5% (93.7%),
// 4 recorded wrong (a state said and denied, both cards named, "does X count" without a
// question mark, "don't you know?" asked back); en 273 rows 84.2% (96.3%), 0 recorded wrong;
// then worked against as kinds (kinds-newest.test.ts).
// `outsiders/after-newest/` (table u) was written by a twenty-first outsider after table t's
// work, from the brief with no slant; first run (at abf0ab3): zh 289 rows 83.4% (96.5%), 1
// recorded wrong (「关了又被我开回去了」 → off: "开回去", back on, was not read); en 275 rows
// 83.6% (96.4%), 1 recorded wrong ("got a gift and watched some shows" → gift: the second
// privilege, not read, left the first recorded); then worked against (kinds-newest.test.ts).
// `outsiders/third-after/` (table v) was written by a twenty-second outsider after table u's
// work, from the brief with no slant; first run (at 13c5cd1): zh 288 rows 84.0% (96.5%), 0
// recorded wrong; en 276 rows 86.2% (95.3%), 2 recorded wrong ("I cancelled before and signed
// up again" → renewal: signing up again by hand is no automatic renewal; "none of your
// concern" → none: a refusal read as a typo of an answer); then worked against.
// `outsiders/fourth-after/` (table w) was written by a twenty-third outsider after table v's
// work, from the brief with no slant; first run (at 7e67502): zh 252 rows 79.4% (93.7%), 1
// recorded wrong (「没有没有 有的」 → got one: the first 没有 read as denying the second); en 246
// rows 85.0% (94.7%), 1 recorded wrong ("2026-13-02" → Feb 13: a thirteenth month read as a
// day swapped round); then worked against.
// `outsiders/fifth-after/` (table x) was written by a twenty-fourth outsider after table w's
// work, from the brief with no slant; first run (at d6cb9d1): zh 287 rows 83.3% (95.1%), 0
// recorded wrong; en 274 rows 85.0% (97.4%), 0 recorded wrong: the first fresh table with none
// recorded wrong in either language; then its asked-again kinds worked.
// `outsiders/sixth-after/` (table y) was written by a twenty-fifth outsider after that, from the
// brief with no slant; first run (at a34cf30): zh 282 rows 85.5% (96.8%), 0 recorded wrong; en
// 266 rows 85.0% (94.0%), 0 recorded wrong; then its asked-again kinds worked.
// `outsiders/seventh-after/` (table z) was written by a twenty-sixth outsider after that, from
// the brief with no slant; first run (at f075cc6): zh 270 rows 84.1% (97.0%), 1 recorded wrong
// (「点了取消但不知道成功没」 → not sure: the row wants it asked; tapping cancel now leans to off,
// asked); en 261 rows 86.2% (95.8%), 3 recorded wrong ("got it" → arrived, which may be
// "understood"; "wasn't there this morning but it is now" → not arrived, the "now" clause not
// read; "a weak ago today" → today); then worked against.
// `outsiders/eighth-after/` (table aa) was written by a twenty-seventh outsider after that, from
// the brief with no slant; first run (at bbf0be0): zh 284 rows 83.5% (97.2%), 2 recorded wrong
// (「自己开的 也是自动扣的」 → renewal; 「收到了，不对，那是上个月的广告短信」 → got one: an advert
// taken back); en 266 rows 84.6% (96.6%), 0 recorded wrong; then worked against.
// `outsiders/ninth-after/` (table bb) was written by a twenty-eighth outsider after that, from
// the brief with no slant; first run (at 2b36beb): zh 253 rows 83.4% (95.7%), 0 recorded wrong
// (but 「没有提醒也没有短信？…」 offered back as "got one"); en 248 rows 86.3% (97.2%), 0
// recorded wrong; then worked against.
// `outsiders/tenth-after/` (table cc) was written by a twenty-ninth outsider beside bb, from the
// brief with no slant, and measured after bb's work (at dfe5de1): zh 277 rows 84.1% (97.1%), 1
// recorded wrong (「微信支付宝都没用」 → WeChat: 微信支付 swallowed 支付宝, and 都没 did not reach
// back over the list); en 263 rows 84.0% (94.7%), 1 recorded wrong ("yes no idk" → yes: the
// "no" read as "not idk"); then worked against.
// `outsiders/eleventh-after/` (table dd) was written by a thirtieth outsider after bb's and cc's
// work, from the brief with no slant; first run (at 006f77a): zh 329 rows 82.4% (96.0%), 0
// recorded wrong; en 313 rows 84.0% (96.8%), 2 recorded wrong ("i was gonna say no but checking
// my messages there was one" → none: what they were about to say read as said; "only after it
// charged me" → none, kept on purpose: the question asks about a reminder before the charge,
// and a message only after it is none before it); then worked against.
// `outsiders/twelfth-after/` (table ee) was written by a thirty-first outsider after dd's work,
// from the brief with no slant; first run (at b75927b): zh 266 rows 86.8% (97.4%), 0 recorded
// wrong; en 266 rows 84.2% (97.4%), 0 recorded wrong; then its asked-again kinds worked.
// `outsiders/thirteenth-after/` (table ff) was written by a thirty-second outsider after that,
// from the brief with no slant; first run (at a1d071f): zh 293 rows 82.6% (96.2%), 3 recorded
// wrong (「不是18号，17号」 → no, the corrected day lost; 「短信被拦截了 没看到」 → got one;
// 「没用过几次」 → none used: "not many times" read as "not used"); en 289 rows 82.0% (96.5%), 0
// recorded wrong; then worked against.
// `outsiders/fourteenth-after/` (table gg) was written by a thirty-third outsider after that,
// from the brief with no slant; first run (at 8565628): zh 257 rows 84.4% (97.3%), 0 recorded
// wrong; en 246 rows 85.0% (97.2%), 0 recorded wrong; then its asked-again kinds worked.
// `outsiders/fifteenth-after/` (table hh) was written by a thirty-fourth outsider after that,
// from the brief with no slant; first run (at 48a2913): zh 268 rows 84.7% (96.6%), 1 recorded
// wrong; en 266 rows 83.5% (96.2%), 3 recorded wrong. "all of them and none" → none and
// "thought it came but that was another payment" → arrived are fixed. 「显示退了但卡里没看到」 and
// "it says refunded but i don't see it" → not arrived are kept on purpose: the writer wanted
// them asked, but four earlier writers (round21, events, last) wanted the same kind recorded,
// and what the person sees in their own account is what the question asks.
// `outsiders/sixteenth-after/` (table ii) was written by a thirty-fifth outsider after that,
// from the brief with no slant; first run (at e5e9962): zh 309 rows 80.9% (95.1%), 1 recorded
// wrong (「问这个干嘛」 → the "why" command, kept then; since tables nn and oo it is asked again,
// as most writers read it as a refusal); en 282 rows 83.0%
// (95.4%), 1 recorded wrong ("las wendsday" → this week's Wednesday: the misspelt "last" was
// not read; now read, and any unknown word before a bare weekday makes the day a question);
// then worked against.
// `outsiders/seventeenth-after/` (table jj) was written by a thirty-sixth outsider after that,
// from the brief with no slant; first run (at 53cbb74): zh 275 rows 85.5% (97.5%), 2 recorded
// wrong (「没必要告诉你吧」 → "not needed": a refusal read as a reason, fixed; 「显示退款成功 但卡里
// 没看到」 → not arrived, kept as for table hh); en 277 rows 84.8% (95.3%), 2 recorded wrong
// ("feel like they scammed me" → misled, now asked; "no, the 31st of nov" → no, now asked again
// as an impossible day); then worked against.
// `outsiders/eighteenth-after/` (table kk) was written by a thirty-seventh outsider after that,
// from the brief with no slant; first run (at 2fe4a97): zh 290 rows 84.8% (97.9%), 0 recorded
// wrong; en 290 rows 81.4% (96.9%), 0 recorded wrong; then its asked-again kinds worked.
// `outsiders/nineteenth-after/` (table ll) was written by a thirty-eighth outsider after that,
// from the brief with no slant; first run (at 888501d): zh 311 rows 82.6% (95.5%), 2 recorded
// wrong (「周三」 → this week's Wednesday: a weekday with no week named is now asked; 「问这个干嘛」
// → the "why" command, asked again since nn and oo, as for table ii); en 297 rows 80.1% (95.3%), 1 recorded wrong
// ("wednesday", the same bare weekday, now asked); then worked against. Asking every bare
// weekday costs 0.3–1.2 points of "understood right" on most tables and records none a week late.
// `outsiders/twentieth-after/` (table mm) was written by a thirty-ninth outsider after that,
// from the brief with no slant; first run (at 0d681e4): zh 250 rows 84.8% (98.4%), 1 recorded
// wrong (「提醒？」 → got one: a word of the answer asked back; now asked); en 253 rows 86.2%
// (97.2%), 0 recorded wrong; then worked against.
// `outsiders/twenty-first-after/` (table nn) and `outsiders/twenty-second-after/` (table oo) were
// written by a fortieth and a forty-first outsider at the start of the next session, from the
// same brief (rewritten from its record on a fresh machine); first runs (at 6048908): nn zh 295
// rows 82.0% (94.9%), 1 recorded wrong (「上一步填错了，回去改」 at the date check → no); en 293 rows
// 78.8% (94.5%), 2 recorded wrong ("I entered it wrong, go back" → no; "remind me? nah I'll check
// myself, still in review" → remind me); oo zh 278 rows 79.5% (95.3%), 0 recorded wrong; en 272
// rows 77.6% (92.6%), 0 recorded wrong; then worked against. Their "why" rows split the
// writers: "why do you need the date?" is the why command in nn and a refusal in regions, so only
// a why that names the question ("为什么要问这个", "why does the date matter") is the command.
// `outsiders/twenty-third-after/` (table pp) was written by a forty-second outsider after that
// work, from the same brief, and measured at 829e736: zh 286 rows 79.4% (95.5%), 0 recorded
// wrong; en 288 rows 78.5% (94.8%), 0 recorded wrong. Not worked against in that session.
// `outsiders/twenty-fourth-after/` (table qq) and `outsiders/twenty-fifth-after/` (table rr) were
// written by a forty-third and a forty-fourth outsider from the same brief, and measured at 1b6186b
// before anything was changed against them: qq zh 303 rows 80.5% (96.0%), 0 recorded wrong; en 302
// rows 79.5% (93.4%), 2 recorded wrong; rr zh 293 rows 80.9% (96.6%), 0 recorded wrong; en 286 rows
// 79.7% (95.5%), 0 recorded wrong.
// `outsiders/twenty-sixth-after/` (table ss) and `outsiders/twenty-seventh-after/` (table tt) were
// written by a forty-fifth and a forty-sixth outsider from the same brief at the start of stop 36,
// and measured at fb0cef6 before anything was changed against them: ss zh 299 rows 83.9% (96.3%),
// 0 recorded wrong; en 299 rows 78.6% (94.6%), 1 recorded wrong ("👍" at the date check → yes; the
// writer wants an emoji rejected); tt zh 301 rows 79.7% (95.3%), 1 recorded wrong (「提醒了个寂寞」,
// slang for "no reminder at all" → reminder got); en 299 rows 77.6% (94.6%), 0 recorded wrong.
// ss was then worked against; tt was not (it is stop 36's after table).
// `outsiders/twenty-eighth-after/` (table uu) was written by a forty-seventh outsider from the same
// brief at the start of stop 37, and measured at 2f0f3ea before anything was changed against it:
// zh 328 rows 81.7% (96.0%), 1 recorded wrong (「领了礼物也看了视频」, two things done → gift; the
// writer wants it asked); en 320 rows 78.4% (95.0%), 1 recorded wrong ("the Monday before last" →
// Nov 9; the writer means Nov 16). uu was then worked against.
// `outsiders/twenty-ninth-after/` (table vv) was written by a forty-eighth outsider from the same
// brief during stop 37, kept unread until that stop's understanding work was done, and measured at
// ee7bd4e: zh 288 rows 81.6% (95.5%), 0 recorded wrong; en 291 rows 78.0% (95.2%), 0 recorded
// wrong. Its typed-pinyin and typo rows (zh 32, en 33) are asked back by design (a guess at what was
// meant is confirmed, never recorded), so 91.0% (zh) and 90.4% (en) is the most it could show.
// `outsiders/thirtieth-after/` (table ww) was written by a forty-ninth outsider from the same brief
// at the start of stop 38; first run (the layer as at 44b3d0e, before that stop's changes): zh
// 307 rows 82.1% (97.4%), 0 recorded wrong; en 302 rows 81.8% (95.7%), 1 recorded wrong ("wrong,
// Wednesday the week before" at "So it was Wed, Nov 18?" → yes: the weekday was read in the week
// being confirmed and the "wrong" was not heard). Fixed: a week before or after the one confirmed
// is read as said, and a "wrong" or "no" beside the same weekday is never a yes; then 0 wrong, and
// its asked kinds other than pinyin and typos were worked (kinds-fourteenth.test.ts).
// Typed pinyin and typos (zh 36, en 28 rows) are asked back by design: 88.3% / 90.7% at most.
// `outsiders/thirty-first-after/` (table xx) was written by a fiftieth outsider from the same brief
// at the start of stop 39 and measured before anything was changed against it (at 957509a): zh
// 274 rows 81.8% (97.4%), 0 recorded wrong; en 268 rows 78.7% (95.1%), 0 recorded wrong. Its
// pinyin and typo rows (zh 37, en 33) cap it at 86.5% / 87.7%. Then worked: asking what a question
// is for ("你问这个干嘛", "why do you need to know") is the "why" command, whose answer is the reason
// and the same question again (a row wanting nothing recorded counts it right: see verdictOf);
// "the Wednesday before last" is the week before last's; a short weekday corrects the date being
// confirmed ("not Wed, Tue"); kinds-fifteenth.test.ts.
// `outsiders/thirty-second-after/` (table yy) was written by a fifty-first outsider from the same
// brief during stop 39, kept unread until that stop's understanding work was done, and measured at
// c39eef3: zh 306 rows 80.4% (95.1%), 2 recorded wrong (「是这天没跑了」 "it was that day for
// sure" at the date check → no; 「找不到在哪看」 "can't find where to look" at auto-renewal → on);
// en 300 rows 79.7% (96.7%), 1 recorded wrong ("both RED and Bilibili charged me" → another
// membership: two memberships named, which must be asked). Pinyin and typo rows (zh 40, en 37)
// cap it at 86.9% / 87.7%. Then those three kinds were fixed (kinds-fifteenth.test.ts).
//
// How a row is scored, the same for every table (table.ts, verdictOf): an exact date recorded
// where the row wants an opened-when bucket is right when the date falls inside that bucket
// ("7天前" recorded as 2026-11-19 where the row wants day7; today is 2026-11-26), since the
// date says all the bucket says. A recorded "unsure" on a hedge row (the person said they were
// unsure: "last Wed or Thu, not sure") counts as asked again, not wrong: it records nothing
// the person did not say. On a row that is no hedge, a recorded "unsure" stays wrong.
const rowsArg = process.argv.find((a) => a.startsWith('--rows'));
const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;

function line(name: string, scored: Scored[], width = 14): string {
  const f = figures(scored);
  // A confirmation of the expected reading ("Did you mean Alipay?" for "zhifubao") is asked
  // again, but with the right reading; shown apart from the asked-again count.
  const rightReading = scored.filter((s) => s.verdict === 'asked' && 'confirmed' in s.outcome && sameAnswer(s.outcome.confirmed, s.row.expect)).length;
  return `${name.padEnd(width)} ${String(f.total).padStart(4)} rows   understood right ${pct(f.right, f.total).padStart(6)} (${f.right})   asked again ${pct(f.asked, f.total).padStart(6)} (${f.asked}, ${rightReading} with the right reading)   recorded wrong ${f.wrong}   right or offered right ${pct(f.right + rightReading, f.total).padStart(6)}`;
}

/**
 * Issue 21 asks that a reading resting only on pinyin or a typo ("zhifubao", "alipy") be
 * confirmed, never recorded; such a row is then at best "asked again with the right reading".
 * The most a table can score as "understood right" is the share of its other rows.
 */
function ceiling(scored: Scored[]): string {
  const typed = scored.filter((s) => /pinyin|typo/.test(s.row.class)).length;
  return `   pinyin or typo rows ${typed} of ${scored.length}: "understood right" can reach at most ${pct(scored.length - typed, scored.length)}`;
}

const TUNED = ['zh', 'en', 'follow-ups/zh', 'follow-ups/en', 'round21/zh', 'round21/en'];
const OUTSIDERS = [
  'outsiders/holdout/zh',
  'outsiders/holdout/en',
  'outsiders/after/zh',
  'outsiders/after/en',
  'outsiders/latest/zh',
  'outsiders/latest/en',
  'outsiders/final/zh',
  'outsiders/final/en',
  'outsiders/traps/zh',
  'outsiders/traps/en',
  'outsiders/closing/zh',
  'outsiders/closing/en',
  'outsiders/after-work/zh',
  'outsiders/after-work/en',
  'outsiders/slang/zh',
  'outsiders/slang/en',
  'outsiders/unseen/zh',
  'outsiders/unseen/en',
  'outsiders/after-session/zh',
  'outsiders/after-session/en',
  'outsiders/voices/zh',
  'outsiders/voices/en',
  'outsiders/events/zh',
  'outsiders/events/en',
  'outsiders/everyday/zh',
  'outsiders/everyday/en',
  'outsiders/regions/zh',
  'outsiders/regions/en',
  'outsiders/pasted/zh',
  'outsiders/pasted/en',
  'outsiders/inbox/zh',
  'outsiders/inbox/en',
  'outsiders/plain/zh',
  'outsiders/plain/en',
  'outsiders/last/zh',
  'outsiders/last/en',
  'outsiders/newest/zh',
  'outsiders/newest/en',
  'outsiders/after-newest/zh',
  'outsiders/after-newest/en',
  'outsiders/third-after/zh',
  'outsiders/third-after/en',
  'outsiders/fourth-after/zh',
  'outsiders/fourth-after/en',
  'outsiders/fifth-after/zh',
  'outsiders/fifth-after/en',
  'outsiders/sixth-after/zh',
  'outsiders/sixth-after/en',
  'outsiders/seventh-after/zh',
  'outsiders/seventh-after/en',
  'outsiders/eighth-after/zh',
  'outsiders/eighth-after/en',
  'outsiders/ninth-after/zh',
  'outsiders/ninth-after/en',
  'outsiders/tenth-after/zh',
  'outsiders/tenth-after/en',
  'outsiders/eleventh-after/zh',
  'outsiders/eleventh-after/en',
  'outsiders/twelfth-after/zh',
  'outsiders/twelfth-after/en',
  'outsiders/thirteenth-after/zh',
  'outsiders/thirteenth-after/en',
  'outsiders/fourteenth-after/zh',
  'outsiders/fourteenth-after/en',
  'outsiders/fifteenth-after/zh',
  'outsiders/fifteenth-after/en',
  'outsiders/sixteenth-after/zh',
  'outsiders/sixteenth-after/en',
  'outsiders/seventeenth-after/zh',
  'outsiders/seventeenth-after/en',
  'outsiders/eighteenth-after/zh',
  'outsiders/eighteenth-after/en',
  'outsiders/nineteenth-after/zh',
  'outsiders/nineteenth-after/en',
  'outsiders/twentieth-after/zh',
  'outsiders/twentieth-after/en',
  'outsiders/twenty-first-after/zh',
  'outsiders/twenty-first-after/en',
  'outsiders/twenty-second-after/zh',
  'outsiders/twenty-second-after/en',
  'outsiders/twenty-third-after/zh',
  'outsiders/twenty-third-after/en',
  'outsiders/twenty-fourth-after/zh',
  'outsiders/twenty-fourth-after/en',
  'outsiders/twenty-fifth-after/zh',
  'outsiders/twenty-fifth-after/en',
  'outsiders/twenty-sixth-after/zh',
  'outsiders/twenty-sixth-after/en',
  'outsiders/twenty-seventh-after/zh',
  'outsiders/twenty-seventh-after/en',
  'outsiders/twenty-eighth-after/zh',
  'outsiders/twenty-eighth-after/en',
  'outsiders/twenty-ninth-after/zh',
  'outsiders/twenty-ninth-after/en',
  'outsiders/thirtieth-after/zh',
  'outsiders/thirtieth-after/en',
  'outsiders/thirty-first-after/zh',
  'outsiders/thirty-first-after/en',
  'outsiders/thirty-second-after/zh',
  'outsiders/thirty-second-after/en',
];
for (const name of [
  'zh',
  'en',
  'zh-holdout',
  'en-holdout',
  'fresh/zh',
  'fresh/en',
  'follow-ups/zh',
  'follow-ups/en',
  'round21/zh',
  'round21/en',
  ...OUTSIDERS,
]) {
  const scored = score(loadTable(name));
  console.log(line(name, scored));
  if (name.startsWith('outsiders/')) console.log(ceiling(scored));
  if (name.startsWith('round21/') || name.startsWith('outsiders/')) {
    for (const q of [...new Set(scored.map((s) => s.row.q))])
      console.log(
        line(
          `   ${q}`,
          scored.filter((s) => s.row.q === q),
          17,
        ),
      );
  }
  const listed = rowsArg === '--rows' ? TUNED.slice(0, 4) : rowsArg?.startsWith('--rows=') ? [rowsArg.slice(7)].flatMap((t) => [`${t}/zh`, `${t}/en`, t]) : [];
  if (listed.includes(name)) {
    if (name.startsWith('outsiders/')) continue;
    for (const s of scored.filter((s) => s.verdict !== 'right')) {
      console.log(
        `   ${s.verdict.padEnd(5)} ${s.row.q.padEnd(13)} ${JSON.stringify(s.row.input).padEnd(40)} want ${s.row.expect}${s.row.hedge ? ' (hedge)' : ''}  got ${JSON.stringify(s.outcome)}`,
      );
    }
  }
}
