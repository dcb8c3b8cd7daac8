/**
 * What the engine hands an adapter: a reply of messages, each with its own choices, already
 * in the conversation's language. Rendering a reply from the stored conversation and what a
 * turn said lives here, and only here: a turn, an unsent outbox entry and a peek all use it.
 */
import {
  activePrompt,
  conversationVars,
  followUpOfChoice,
  type CoachSnapshot,
  type FollowUpKind,
  type Lang,
  type Prompt,
  type Say,
  type TextVars,
} from '../../machines';
import { translatorFor } from '../i18n';
import type { Envelope, OutboxEntry } from './envelope';
import { builtInProducts, type ProductSet } from './products';
import { choiceLabel, DRAFT_LANG, namedOnce, renderGloss, renderSay } from './render';

/** What a person did, in adapter-neutral terms. */
export type Inbound =
  | { kind: 'start' }
  | { kind: 'choice'; id: string; turn: number }
  | { kind: 'text'; text: string }
  | { kind: 'command'; name: string; arg?: string }
  | { kind: 'unsupported' };

export interface RenderedBlock {
  text: string;
  /** Text the person will copy and send: show it as a copyable block. */
  draft: boolean;
}
export interface RenderedChoice {
  id: string;
  label: string;
}
export interface RenderedMessage {
  blocks: RenderedBlock[];
  /** The buttons under this message (a reminders list has its own, the question its own). */
  choices: RenderedChoice[];
}

export interface Reply {
  messages: RenderedMessage[];
  /** The turn marker buttons of this reply carry. */
  turn: number;
  lang: Lang;
  /** The state now waiting, e.g. `askOpened`; empty after /forget. */
  stateId: string;
  /** False when the input was not taken (a stale button, a sticker, a fresh start). */
  accepted: boolean;
  /**
   * Set when the reply was saved in the conversation's outbox with the turn: the adapter
   * sends it, then calls `engine.sent(conversation, [outboxId])`. A reply without one (a
   * notice, a repeat, /forget) was not saved and is sent once, best effort.
   */
  outboxId?: number;
  /** Set when the reply is a follow-up arriving (its last message offers "stop reminding me"). */
  followUp?: FollowUpKind;
  /** The pressed button's label, when a press was taken (to note the choice under its question). */
  chosen?: string;
}

/** The buttons under "Do you mean …?": ids of their own (not the date confirmation's yes/no), so every adapter labels them right. */
export const CONFIRM_YES = 'confirmYes';
export const CONFIRM_NO = 'confirmNo';
/** Buttons the engine answers itself, whatever the question: follow-ups are the engine's. */
export const STOP_FOLLOW_UPS = 'stopReminders';
export const CANCEL_FOLLOW_UP = 'cancel_';

export interface ReplyExtras {
  /** Buttons under the first message said (a /reminders list). */
  saidChoices?: string[];
  /** The reply is that follow-up arriving, so its question also offers "stop reminding me". */
  followUp?: FollowUpKind;
  /** After /summary: a question with drafts above is not printed again, only pointed back to. */
  briefPrompt?: boolean;
}

/**
 * One message's parts as blocks: a list item joins the text before it, one per line. A law
 * the conversation has not yet named in full (`named`) is named here, and `named` gains it.
 */
function toBlocks(parts: Say[], lang: Lang, productTexts: string, base: TextVars | undefined, named: Set<string>): RenderedBlock[] {
  const t = translatorFor(lang, productTexts);
  const recipient = { t: translatorFor(DRAFT_LANG, productTexts), lang: DRAFT_LANG };
  const blocks: RenderedBlock[] = [];
  for (const part of parts) {
    // The conversation's own variables (the person's app) reach every text; a text's own win.
    const say = base ? { ...part, vars: { ...base, ...part.vars } } : part;
    const text = renderSay(say, t, lang, recipient);
    const previous = blocks.at(-1);
    if (part.line && previous && !previous.draft) previous.text += `\n${text}`;
    else blocks.push({ text, draft: part.draft === true });
    // A draft in a language the reader may not read is followed by what it says in theirs.
    const gloss = renderGloss(say, t, lang, recipient);
    if (gloss) blocks.push({ text: gloss, draft: false });
  }
  return namedOnce(blocks, t, named);
}

const PRODUCT_CHOICE = 'product_';

/** Choices with their labels; a product's button is labelled by that product's own texts. */
function labelled(ids: readonly string[], lang: Lang, productTexts: string, products: ProductSet, labels: Prompt['labels'] = {}): RenderedChoice[] {
  const t = translatorFor(lang, productTexts);
  return ids.map((id) => {
    const product = id.startsWith(PRODUCT_CHOICE) ? products.product(id.slice(PRODUCT_CHOICE.length)) : undefined;
    return { id, label: product ? translatorFor(lang, product.texts)('productChoice') : choiceLabel(labels[id] ?? id, t) };
  });
}

/**
 * The reply: what the turn said (`said`, one message per entry), then the question the
 * conversation now waits on, or "Do you mean …?" while a typed reading is held.
 */
export function renderReply(envelope: Envelope, said: Say[][], accepted: boolean, extras: ReplyExtras = {}, products: ProductSet = builtInProducts()): Reply {
  return renderNaming(envelope, said, accepted, extras, products).reply;
}

/**
 * The reply, and the long-named laws the conversation has named in full once it is read: the
 * envelope's (`named`) and any this reply names. The engine saves them with the turn, so a
 * law is named in full once per conversation and by its short form after that.
 */
function renderNaming(
  envelope: Envelope,
  said: Say[][],
  accepted: boolean,
  extras: ReplyExtras = {},
  products: ProductSet = builtInProducts(),
): { reply: Reply; named: string[] } {
  const named = new Set(envelope.named);
  const snapshot: CoachSnapshot = envelope.snapshot;
  const lang = snapshot.context.lang;
  const prompt = activePrompt(snapshot);
  const product = products.product(envelope.product);
  const productTexts = product?.texts ?? 'coach';
  const base = product ? conversationVars(snapshot.context, product.policy) : undefined;
  const messages: RenderedMessage[] = said.map((parts) => ({ blocks: toBlocks(parts, lang, productTexts, base, named), choices: [] }));
  if (extras.saidChoices && messages[0]) messages[0].choices = labelled(extras.saidChoices, lang, productTexts, products);
  if (envelope.pending) {
    const t = translatorFor(lang, productTexts);
    messages.push({
      blocks: [{ text: t('engine:confirmChoice', { choice: choiceLabel(envelope.pending, t) }), draft: false }],
      choices: labelled([CONFIRM_YES, CONFIRM_NO], lang, productTexts, products),
    });
  } else {
    // A reminder already set is not offered again; one arriving offers "stop reminding me".
    const scheduled = new Set((envelope.due ?? []).map((d) => d.kind));
    const offered = prompt.choices.filter((id) => {
      const kind = followUpOfChoice(id, prompt.stateId);
      return !kind || !scheduled.has(kind);
    });
    // Sixth review #13: the summary points back to the drafts; the question alone is asked again.
    const brief = extras.briefPrompt && prompt.parts.some((p) => p.draft) && prompt.parts.length > 1;
    const parts: Say[] = brief ? [{ key: 'engine:promptAbove' }, prompt.parts[prompt.parts.length - 1]!] : prompt.parts;
    messages.push({
      blocks: toBlocks(parts, lang, productTexts, base, named),
      choices: labelled(extras.followUp ? [...offered, STOP_FOLLOW_UPS] : offered, lang, productTexts, products, prompt.labels),
    });
  }
  const reply = { messages, turn: envelope.turn, lang, stateId: prompt.stateId, accepted, ...(extras.followUp ? { followUp: extras.followUp } : {}) };
  return { reply, named: [...named] };
}

/**
 * The reply for a turn about to be saved, and the envelope to save with it: it remembers each
 * long-named law this reply names in full, so later replies use the short form. An outbox
 * entry keeps what was named before it (`before`), so it renders again as it was.
 */
export function renderTurn(
  envelope: Envelope,
  said: Say[][],
  accepted: boolean,
  extras: ReplyExtras,
  products: ProductSet,
): { reply: Reply; envelope: Envelope; before: Pick<OutboxEntry, 'm'> } {
  const { reply, named } = renderNaming(envelope, said, accepted, extras, products);
  const before = envelope.named ?? [];
  return {
    reply,
    envelope: named.length > before.length ? { ...envelope, named } : envelope,
    before: before.length > 0 ? { m: before } : {},
  };
}

/** A reply of one plain message and no question (after /forget). */
export function plainReply(text: string, lang: Lang): Reply {
  return { messages: [{ blocks: [{ text, draft: false }], choices: [] }], turn: 0, lang, stateId: '', accepted: true };
}

/** A choice's label as the conversation shows it (its product's texts, its language). */
export function labelOf(envelope: Envelope, id: string, products: ProductSet = builtInProducts()): string {
  const productTexts = products.product(envelope.product)?.texts ?? 'coach';
  return labelled([id], envelope.snapshot.context.lang, productTexts, products, activePrompt(envelope.snapshot).labels)[0]!.label;
}
