/**
 * The rest of the nineteenth review's findings (/work/review19/REVIEW.md), in both languages.
 */
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';

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
});
