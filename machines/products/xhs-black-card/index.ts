/**
 * The first product: Xiaohongshu's 黑卡会员. Its texts are the shared `coach` namespace, where
 * the coach began; a product added later keeps its own namespace and overrides only what
 * differs.
 */
import type { Product } from '../../product';
import { xhsBlackCardPolicy } from './policy';

export const xhsBlackCard: Product = {
  id: 'xhsBlackCard',
  texts: 'coach',
  policy: xhsBlackCardPolicy,
};
