/**
 * Issue 21's kinds found by tables q and r (outsiders/inbox: a realistic stream of replies,
 * mostly short; outsiders/plain: the brief with no slant), written for this layer, not taken
 * from the tables.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // A weekday of N weeks ago, the week named first.
  ['askOpened', 'a week ago on thursday', 'date:2026-11-19'],
  ['askOpened', 'three weeks ago on Monday', 'date:2026-11-02'],
  // How long since, said as a span.
  ['askOpened', '已经开了3天', 'date:2026-11-23'],
  ['askOpened', "it's been 4 days", 'date:2026-11-22'],
  // Other everyday wordings.
  ['askPrivilege', '什么也没', 'noneUsed'],
  ['askPrivilege', 'used it zero times', 'noneUsed'],
  ['askAutoRenew', '刚看了一眼 是关闭状态', 'renewOff'],
  ['renewal', '我这就去关', 'renewLater'],
  ['askMember', '1st', 'firstTime'],
  ['appealReason', 'I did not even know it would renew', 'notNeeded'],
  ['appealReason', 'my son tapped subscribe while playing a game', 'accidental'],
  // Commands asked for in a sentence.
  ['afterSubmit', '帮我总结一下到现在填的', 'command:summary'],
  ['askPayment', 'give me a summary please', 'command:summary'],
  ['askPrivilege', 'can we start again?', 'command:restart'],
  ['askReminder', 'back to the last step', 'command:back'],
  ['askArrived', '钱已返回原卡', 'moneyArrived'],
  ['askPrivilege', '用过会员的去水印', 'search'],
  ['askReminder', '我哪记得啊', 'unsure'],
  ['askAutoRenew', 'wanted to turn it off but could not find the switch', 'renewOn'],
  ['afterSubmit', '过几天提醒我去查一下', 'remindReview'],
];

/** Nothing recorded. */
const nothing: Array<[string, string]> = [
  // Yes and no at once.
  ['confirmOpened', '是也不是'],
  ['confirmOpened', 'yes and no'],
  // Another brand's black card.
  ['askProduct', '我说的是信用卡黑卡'],
  ['askProduct', 'the visa black card'],
  // "第二天" is the next day of something, not two days ago.
  ['askOpened', '发年终奖的第二天'],
];

describe('Table q kinds: an everyday inbox', () => {
  checkKinds({
    read,
    confirmed: [
      ['askOpened', 'a week ago on monday', 'date:2026-11-16'],
      // Nothing of a kind ("通知啥的都没有"): none, asked.
      ['askReminder', '通知啥的都没有', 'reminderNone'],
      // A name typed after "it was" (a typed name is always read back).
      ['askAppName', 'it was Deezer', 'typed'],
    ],
    nothing,
  });
});

describe('Table r kinds: the brief with no slant', () => {
  checkKinds({
    read: [
      // A day corrected after an ellipsis ("周三…不对 周四"); with no week named it is asked (stop 33).
      ['askOpened', 'last saturday... no wait, last friday', 'date:2026-11-20'],
      ['askOpened', '上周三…不对 上周四', 'date:2026-11-19'],
      // 恩 for 嗯.
      ['confirmOpened', '恩', 'yes'],
      // An amount beside the money that came.
      ['askArrived', '收到30块', 'moneyArrived'],
      ['askArrived', 'got 30 yuan back', 'moneyArrived'],
      ['askArrived', 'the money returned to my card', 'moneyArrived'],
      ['askPrivilege', 'watched some member-only episodes', 'paidContent'],
      ['afterSubmit', 'they bounced it back, so no refund', 'refused'],
      // Commands in a sentence.
      ['askArrived', '我想重来一遍', 'command:restart'],
      ['askPayment', "let's restart", 'command:restart'],
      ['askPrivilege', '看看我填了啥', 'command:summary'],
    ],
    // A day corrected with a hedge at "So it was …?": the new day, asked.
    confirmed: [['confirmOpened', '不是18是20吧', 'date:2026-11-20']],
    nothing: [['confirmOpened', '恩情难还']],
  });
});

describe('Table s kinds: the last table of the stop', () => {
  checkKinds({
    read: [
      // Short forms of time words, and "days back".
      ['askOpened', 'thu last wk', 'date:2026-11-19'],
      ['askOpened', '10 days back', 'date:2026-11-16'],
      // Everyday wordings.
      ['askArrived', '还没有到', 'moneyNotArrived'],
      ['askArrived', '钱回到零钱了', 'moneyArrived'],
      ['askAutoRenew', '早关咯', 'renewOff'],
      ['renewal', '搞妥了', 'renewDone'],
      ['renewal', '回去再关', 'renewLater'],
    ],
    confirmed: [],
    nothing: [],
  });
});
