/**
 * A third product, made to prove a product is a value: a folder of its own, built on the
 * package's public surface alone, with its rules (a 3-day window, two app steps, no 小红卡)
 * and its texts as its own i18next namespace. Nothing under src/ knows it exists.
 */
import { xhsBlackCard, type Product } from 'refund-coach';
import en from './en.json';
import zh from './zh.json';

export const tinyMembership: Product = {
  id: 'tinyMembership',
  texts: 'tiny-membership',
  policy: {
    ...xhsBlackCard.policy,
    product: 'tinyMembership',
    windowDays: 3,
    memberAnswers: ['firstTime', 'renewal', 'unsure'],
    walkthroughs: { ...xhsBlackCard.policy.walkthroughs, app: [{ id: 'openAccount' }, { id: 'cancelOrder' }] },
  },
  bundles: { en, zh },
};
