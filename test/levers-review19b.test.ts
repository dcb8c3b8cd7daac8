/**
 * The rest of the nineteenth review's findings (/work/review19/REVIEW.md), in both languages.
 */
import { anyMembership } from '../machines';
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';
import { walk } from './support/walk';

/** The paragraph of a text that starts with `start`. */
const paragraph = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(start)) ?? '';

describe('Twenty-fourth round: the rest of review 19', () => {
  it('3 the goodwill note before the 12315 draft never says 12315 may not accept it, and the English note is short sentences', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).not.toContain('12315受理也不一定');
    expect(en).not.toMatch(/whether 12315 takes the complaint on/);
    const zhNote = paragraph(zh, '先说一句：12315调解的是');
    expect(zhNote).toContain('你选的理由是请商家通融，如果没有协议或宣传上的依据，商家不一定同意。');
    expect(zhNote).toContain('第十二条，这样的承诺对商家有约束力');
    const enNote = paragraph(en, 'A word first: 12315 mediates');
    expect(enNote).toContain('Your reason asks for goodwill.');
    expect(enNote).toContain('promised a refund, screenshot it. Under Art. 12 of the Regulations');
    expect(enNote).toContain('such a promise binds the business.');
    for (const sentence of enNote.split(/(?<=\.) /)) expect(sentence.split(' ').length).toBeLessThanOrEqual(28);
  });

  it('8 the goodwill 12315 filing says the first sign-up when (and only when) the person said so, and asks 「恳请酌情处理」, never 「近期」', async () => {
    const zh = draftsIn(await all(J.someReading, 'zh')).join('\n');
    const en = await all(J.someReading, 'en');
    expect(zh).toContain('事实经过：我于【日期见订单详情】首次开通某某读书会员，付款方式为');
    expect(zh).toContain('因经济紧张，申请退还这笔会员费，恳请酌情处理。');
    expect(zh).not.toContain('近期');
    expect(en).toContain('What happened: I signed up for the 某某读书 membership for the first time on [date: see the order details], via');
    expect(en).toContain('Money is tight for me, so I ask for this membership fee back, and hope you will consider it.');
    for (const member of ['firstTime', 'unsure'])
      for (const reason of ['money', 'notNeeded']) {
        const steps = [
          'begin',
          { text: '某某读书' },
          'nameRight',
          member,
          'unsure',
          'unsure',
          'otherPay',
          'unsure',
          'goAppeal',
          reason,
          'skipOrder',
          'complain12315',
        ];
        const draft = walk(anyMembership, steps, 'zh').drafts.join('\n');
        const enDraft = walk(anyMembership, steps, 'en').drafts.join('\n');
        expect(draft.includes('首次开通')).toBe(member === 'firstTime');
        expect(enDraft.includes('for the first time')).toBe(member === 'firstTime');
        expect(draft).toContain('申请退还这笔会员费，恳请酌情处理。');
        expect(draft).not.toContain('近期');
      }
  });
});
