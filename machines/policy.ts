/**
 * What the coach knows about one membership product, as data: the rules and steps the
 * conversation follows for it. A product (see product.ts) carries one; its texts live in its
 * own i18next namespace.
 */

export interface WalkStep {
  /** Text key suffix: `walk.<route>.<id>`. */
  id: string;
  /** The menu goes by other names in some app versions: `walk.<route>.<id>.alt` lists them. */
  hasAltNames?: boolean;
  /** The step where a reason and a note are given: a guardian is shown the note that fits a child's purchase. */
  asksReason?: boolean;
}

export interface ProductPolicy {
  /** Text key prefix for product-specific wording (name, menu names). */
  product: string;
  /**
   * Length of the no-reason refund window, in calendar days after the day of purchase; absent
   * when nothing confirms the product has one (then no verdict counts days to a last day).
   */
  windowDays?: number;
  /**
   * The product stands for many apps: the coach asks which app, offers these apps as buttons
   * (`app_<id>`), and takes any other name as typed.
   */
  appButtons?: readonly string[];
  /** Every app a typed name is recognised as (the buttons' and more); any other name is kept as typed. */
  knownApps?: readonly string[];
  /**
   * The seller is plainly an e-commerce platform (a shopping, delivery or travel platform's
   * membership), so a draft asking for its records may cite 《电子商务法》 第六十二条. Whether that
   * law reaches content services (video, music, reading, audio, Q&A; see its 第二条第三款) is
   * uncertain and the fact sheet does not settle it, so for them, and for an app typed by name, the
   * draft asks for the records without the article (and the coach says why).
   */
  ecommerce?: boolean;
  /** For a product that stands for many apps: the known apps that are e-commerce platforms (see `ecommerce`). */
  ecommerceApps?: readonly string[];
  /**
   * The answers to "first time or a renewal?": `redCard` is Xiaohongshu's own (a card that
   * ended), so only its product offers it.
   */
  memberAnswers: readonly string[];
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
