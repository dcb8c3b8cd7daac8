/**
 * The reviewed journeys (test/products/journeys.ts) as a reader sees them: a journey's whole
 * text, the drafts inside a text, and the refund summaries a journey showed.
 */
import type { Lang } from '../../machines';
import { replay } from '../products/journeys';

/** Every turn of a journey, as one text. */
export const journeyText = async (title: string, lang: Lang) => (await replay(title, lang)).map((turn) => turn.text).join('\n\n');

/** The drafts (the texts the person sends) inside a shown text. */
export const draftsIn = (text: string) => [...text.matchAll(/┌── draft\n([\s\S]*?)\n└──/g)].map((m) => m[1]!);

/** The refund summaries a journey showed. */
export const summariesOf = async (title: string, lang: Lang) =>
  (await replay(title, lang)).map((turn) => turn.text).filter((text) => text.startsWith(lang === 'zh' ? '📋 你的退款小结' : '📋 Your refund summary'));

/** The line of a text that starts with `start` (empty if none). */
export const paragraph = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(start)) ?? '';
