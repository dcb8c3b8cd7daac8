/**
 * What the coach knows about one membership product, as data. A second product is a second
 * object of this shape, not a second machine. Text for every id lives in locales/.
 * Source: ../shared/domain/refund-guide.md (sections 1–5).
 */

export interface WalkStep {
  /** Text key suffix: `walk.<route>.<id>`. */
  id: string;
  /** The menu goes by other names in some app versions: `walk.<route>.<id>.alt` lists them. */
  hasAltNames?: boolean;
}

export interface ProductPolicy {
  /** Text key prefix for product-specific wording (name, menu names). */
  product: string;
  /** Length of the no-reason refund window, in calendar days after the day of purchase. */
  windowDays: number;
  /** Member-only privileges whose use makes a refund unlikely. */
  privileges: readonly string[];
  paymentChannels: readonly string[];
  appealReasons: readonly string[];
  walkthroughs: Readonly<Record<'app' | 'web' | 'apple', readonly WalkStep[]>>;
}

export const xhsBlackCard: ProductPolicy = {
  product: 'xhsBlackCard',
  windowDays: 7,
  privileges: ['gift', 'paidContent', 'search', 'otherPrivilege'],
  paymentChannels: ['alipay', 'wechat', 'apple', 'otherPay'],
  appealReasons: ['notNeeded', 'misled', 'money', 'accidental'],
  walkthroughs: {
    app: [
      { id: 'openMe' },
      { id: 'menu' },
      { id: 'orders', hasAltNames: true },
      { id: 'findOrder' },
      { id: 'applyRefund', hasAltNames: true },
      { id: 'reason' },
      { id: 'submit' },
    ],
    web: [
      { id: 'login' },
      { id: 'orders', hasAltNames: true },
      { id: 'applyRefund', hasAltNames: true },
      { id: 'reason' },
      { id: 'submit' },
    ],
    apple: [{ id: 'open' }, { id: 'request' }, { id: 'pick' }, { id: 'submit' }],
  },
};
