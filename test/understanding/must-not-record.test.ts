/**
 * Sentences that mention an answer's word without giving the answer. Written for this layer
 * (not from the tables): each must be asked again or asked back, never recorded.
 */
import { QUESTIONS, outcomeOf } from './table';

const rows: Array<[string, string]> = [
  ['askAutoRenew', "I'm on android"],
  ['askAutoRenew', 'I turned on notifications'],
  ['askAutoRenew', 'it was on sale'],
  ['askAutoRenew', 'what do you mean by auto renew'],
  ['askAutoRenew', 'how do I switch it off?'],
  ['askMember', 'first I want to know the price'],
  ['askMember', 'new phone, same account'],
  ['askMember', '黑卡是什么？'],
  ['askPayment', 'I paid on my phone'],
  ['askReminder', 'I got charged 258 yuan'],
  ['askPrivilege', '没'],
  ['askPrivilege', 'I never asked for any of this'],
  ['askOpened', 'go back to the start'],
  ['askOpened', '最近'],
  ['askOpened', 'a while ago'],
  ['askOpened', '下周二'],
  ['askOpened', 'next Tuesday'],
];

it.each(rows)('at %s, "%s" records nothing', (q, input) => {
  expect(outcomeOf(input, QUESTIONS[q]!)).not.toHaveProperty('recorded');
});
