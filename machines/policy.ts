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
  /** Where to turn, in order, when the in-app request is not enough; last resort last. */
  appealLadder: readonly string[];
  /** Payment channels with a complaint system of their own (the `payChannel` rung). */
  complaintChannels: readonly string[];
  /** The refusals people meet from customer service, each with a polite and a firm answer. */
  refusals: readonly string[];
  /** Working days the in-app review usually takes, and the refund then takes to arrive (GUIDE). */
  reviewWorkdays: readonly [number, number];
  arrivalWorkdays: readonly [number, number];
  walkthroughs: Readonly<Record<'app' | 'web' | 'apple', readonly WalkStep[]>>;
}

export const xhsBlackCard: ProductPolicy = {
  product: 'xhsBlackCard',
  windowDays: 7,
  privileges: ['gift', 'paidContent', 'search', 'otherPrivilege'],
  paymentChannels: ['alipay', 'wechat', 'apple', 'otherPay'],
  appealReasons: ['notNeeded', 'misled', 'money', 'accidental'],
  // The payment channel's complaint system comes right after the platform's own service.
  appealLadder: ['cs', 'payChannel', 'email', 'complain12315', 'heimao', 'social'],
  complaintChannels: ['wechat', 'alipay'],
  refusals: ['refusedUsed', 'refusedLate', 'refusedApple', 'refusedRule', 'refusedOther'],
  reviewWorkdays: [1, 3],
  arrivalWorkdays: [3, 7],
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
    web: [{ id: 'login' }, { id: 'orders', hasAltNames: true }, { id: 'applyRefund', hasAltNames: true }, { id: 'reason' }, { id: 'submit' }],
    apple: [{ id: 'open' }, { id: 'request' }, { id: 'pick' }, { id: 'submit' }],
  },
};
