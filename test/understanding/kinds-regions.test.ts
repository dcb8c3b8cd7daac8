/**
 * Issue 21's kinds found by table o (outsiders/regions: dialects, older and younger writers,
 * Singapore, India and Hong Kong English), written for this layer, not taken from the table.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // Dialect words put back to the standard ones: 系/唔系 (是/不是), 晓不得 (不知道), 要得 (好),
  // 关脱 and 熄咗 (关掉了), 仲未 and 未有 (还没), 啥子 (什么), 没得 (没有).
  ['confirmOpened', '系呀', 'yes'],
  ['confirmOpened', '要得要得', 'yes'],
  ['askMember', '唔系第一次，系续费', 'renewal'],
  ['askReminder', '晓不得哦', 'unsure'],
  ['askAutoRenew', '早就关脱了', 'renewOff'],
  ['askAutoRenew', '熄咗啦', 'renewOff'],
  ['askArrived', '仲未收到', 'moneyNotArrived'],
  ['askPrivilege', '啥子都没得用', 'noneUsed'],
  // A tick or a cross typed alone.
  ['confirmOpened', '√', 'yes'],
  ['confirmOpened', '✘', 'no'],
  // "X个锤子", "到个鬼": X said to deny it.
  ['askReminder', '通知个毛线', 'reminderNone'],
  ['askArrived', '到个鬼', 'moneyNotArrived'],
  // None counted as zero.
  ['askReminder', '收到零条短信', 'reminderNone'],
  ['askReminder', 'zero texts', 'reminderNone'],
  ['askReminder', 'received 0 messages', 'reminderNone'],
  // Hong Kong "mo" (冇): did not.
  ['askReminder', 'mo get any sms', 'reminderNone'],
  ['askPrivilege', 'mo use anything', 'noneUsed'],
  // A learner's "close" for switching off.
  ['askAutoRenew', 'closed already lah', 'renewOff'],
  ['askAutoRenew', 'I have not close it', 'renewOn'],
  // The money's way back told in a bank's words, or as still in progress.
  ['askArrived', '钱退回原卡了', 'moneyArrived'],
  ['askArrived', '银行卡入账了', 'moneyArrived'],
  ['askArrived', '显示退款处理中', 'moneyNotArrived'],
  ['askArrived', 'still showing refund in progress', 'moneyNotArrived'],
  ['askArrived', 'the money reach liao', 'moneyArrived'],
  ['askArrived', 'not reach yet', 'moneyNotArrived'],
  ['askArrived', 'refund credited to my card', 'moneyArrived'],
  // A question echoed, then answered.
  ['askArrived', 'arrived? nope', 'moneyNotArrived'],
  ['askArrived', '到了？没有', 'moneyNotArrived'],
  // "yeah no" is a no.
  ['confirmOpened', 'yeah no, not that day', 'no'],
  // Commands with the polite or Singapore words around them, or after owning a slip.
  ['askMember', 'kindly go back', 'command:back'],
  ['askOpened', 'restart lor', 'command:restart'],
  ['confirmOpened', 'sorry wrong one, go back', 'command:back'],
  ['askAppName', '选错了，返回上一步', 'command:back'],
  ['askMember', '退回到上一题', 'command:back'],
  // Nobody answering is still waiting.
  ['afterSubmit', '一直没人理', 'pending'],
  ['afterSubmit', 'no one has replied so far', 'pending'],
  // Someone else will switch it off later: not done yet.
  ['renewal', '等我女儿回来帮我关', 'renewLater'],
  ['renewal', 'my daughter will switch it off for me tonight', 'renewLater'],
  ['appealReason', 'I no longer require it', 'notNeeded'],
  ['askMember', '这是第2次扣钱了', 'renewal'],
  ['askPrivilege', '看了两集vip剧', 'paidContent'],
  ['renewal', 'yesss done', 'renewDone'],
  ['askMember', '完全没有印象了', 'unsure'],
  ['askOpened', '正好一个礼拜', 'day7'],
  ['afterSubmit', '还没有人回复', 'pending'],
  ['appealReason', '广告上写着免费 结果扣了钱', 'misled'],
  ['askPrivilege', '看了5集vip', 'paidContent'],
  // Commands asked for politely or with a Singapore "can or not".
  ['renewal', '能不能帮我总结一下', 'command:summary'],
  ['askPayment', 'I would like to go back', 'command:back'],
  ['askPrivilege', 'can or not restart', 'command:restart'],
  // Received none, said with the deed ("got no sms").
  ['askReminder', 'got no sms at all', 'reminderNone'],
  // What someone else did is done; what they will do is later.
  ['renewal', '女儿回来帮我关了', 'renewDone'],
  ['renewal', '等我儿子回来帮我弄', 'renewLater'],
  ['renewal', 'my son turned it off for me', 'renewDone'],
];

/** Asked about with the coach's reading, never recorded. */
const confirmed: Array<[string, string, string]> = [
  // What would have happened had they been reminded: no reminder, asked.
  ['askReminder', '如果提醒了我肯定早就取消了', 'reminderNone'],
  ['askReminder', 'had they warned me I would have turned it off', 'reminderNone'],
  // A free trial that ran out into a charge: a renewal of a kind, asked.
  ['askMember', '免费试用到期就直接扣钱了', 'renewal'],
  ['askMember', 'trial ran out and it charged me', 'renewal'],
  // Going to switch it off: still on, asked.
  ['askAutoRenew', '准备晚上去关', 'renewOn'],
];

/** Nothing recorded. */
const nothing: Array<[string, string]> = [
  // "off?" asked back is no answer.
  ['renewal', 'off?'],
  // 「啊对对对」, the mocking yes.
  ['confirmOpened', '啊对对对对'],
  ['confirmOpened', '啊对对对，你说的都对'],
];

describe('Table o kinds: dialects, generations and Englishes', () => {
  checkKinds({ read, confirmed, nothing });
});
