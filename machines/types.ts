/**
 * The vocabulary shared by the machine and every adapter: events in, declared output out.
 * Nothing here is text a person reads: output is i18next keys plus variables.
 */

/** The languages the coach speaks: the one list every part reads. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** True when `value` names a language the coach speaks. */
export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** Every event carries the moment it happened (epoch ms) so the machine never reads a clock. */
export interface Timed {
  at: number;
}

/** `resume` is a /start in the middle of a conversation: greet again, keep everything. */
export type CommandName = 'back' | 'restart' | 'help' | 'why' | 'summary' | 'lang' | 'resume';

/** Commands a person can ask for by name: typed ("/back", "返回") or as a button with that id. */
export const PERSON_COMMANDS: readonly CommandName[] = ['back', 'restart', 'help', 'why', 'summary', 'lang'];

export type CoachEvent =
  | ({ type: 'user.choice'; id: string } & Timed)
  /**
   * A typed date, already understood; `date` is a China calendar date, YYYY-MM-DD. `confirm`
   * marks a reading that involved a guess (no month given, a bare weekday, 3/4): the coach
   * asks "did you mean …?" before using it.
   */
  | ({ type: 'user.date'; date: string; confirm?: boolean; relative?: boolean } & Timed)
  /** Typed text nothing understood, or free text where the question wants it. */
  | ({ type: 'user.text'; text: string } & Timed)
  | ({ type: 'user.command'; name: CommandName; lang?: Lang } & Timed)
  /**
   * A follow-up this machine scheduled is due (the engine's clock, not an xstate timer: those
   * do not survive persistence). The machine decides whether it still fits the case: if it
   * says nothing, the follow-up is dropped unsent.
   */
  | ({ type: 'clock.due'; kind: FollowUpKind } & Timed);

/** What a person can do (everything but the clock). */
export type PersonEvent = Exclude<CoachEvent, { type: 'clock.due' }>;

/** The follow-ups a person can ask for; one of each kind at most per conversation. */
export const FOLLOW_UP_KINDS = ['window', 'review', 'money', 'escalation_cs', 'escalation_email', 'renewal'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/**
 * When a follow-up is due, as the machine can say it without a calendar: a China date, or a
 * count of China working days after one (the engine owns the holiday calendar), at an hour
 * of China time.
 */
export type FollowUpWhen = { date: string; hour: number } | { workdaysAfter: string; add: number; hour: number };

/** Declared output, like `say`: the engine stores it with the conversation's write. */
export interface FollowUp {
  kind: FollowUpKind;
  when: FollowUpWhen;
}

/**
 * A variable for a text. Plain values are interpolated as they are; `{ key }` is translated
 * first (a channel name, a reason) and `{ date }` is formatted for the reader's language.
 */
export type TextVar =
  | string
  | number
  | { key: string }
  /** A text with variables of its own: a sentence that appears in a draft only when it is true. */
  | { key: string; vars: TextVars }
  /** Items joined as a list in the reader's language ("a、b" / "a, b"); `and`: the last one joined as "a, b and c". */
  | { list: TextVar[]; and?: true }
  | { date: string }
  /** An instant (epoch ms), shown as a China date and time: when a follow-up comes. */
  | { at: number }
  /** The `add`-th China working day after `from`, holidays and makeup days included. */
  | { workdaysAfter: string; add: number }
  /**
   * Words the person typed, kept exactly as typed in what they send. Nothing can translate free
   * text, so where a draft is explained in another language (its gloss), a line typed in Chinese is
   * glossed from what can be read in it for certain (src/understanding/plan-line.ts), or else shown
   * as typed and said to be the person's own words (`draft.typedLine`), never passed off as translated.
   */
  | { typed: string }
  /**
   * Twelfth round m14: where a typed Chinese line is echoed in a chat message, a gloss beside it
   * ("(at sign-up …; this time …)") from what can be read in it for certain; nothing if nothing can.
   * Only a template that names it shows it (the English one).
   */
  | { glossOf: string };
export interface TextVars {
  [name: string]: TextVar;
}

/** One message the coach says: a key and its variables. */
export interface Say {
  key: string;
  vars?: TextVars;
  /** Text the user will copy and send themselves: adapters show it as a copyable block. */
  draft?: true;
  /** A list item: continues the previous text on the next line instead of a new paragraph. */
  line?: true;
}

/**
 * The question the conversation is waiting on. Each turn ends with it, so the person always
 * sees what they can do next. `choices` are language-neutral ids; their label key is
 * `choice.<id>`. `acceptsDate` tells the understanding layer to try reading a date.
 */
export interface Prompt {
  parts: Say[];
  choices: string[];
  acceptsDate?: boolean;
  /** The question takes free text as its answer (an order number), not only choices. */
  acceptsText?: boolean;
  /** The question asks for an app's name: a known app reads as its `app_<id>` choice, any other name as typed. */
  acceptsAppName?: boolean;
  /** The date the question asks about ("So it was Wed, Nov 18?"): "a day earlier" counts from it. */
  aboutDate?: string;
  /** A choice labelled for the case (review 36 F6: a bank-card payer's rung 2 is "ask your bank"): choice id → label id. */
  labels?: Record<string, string>;
}
