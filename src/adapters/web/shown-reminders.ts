/**
 * Reminders on the web chat are kept until the page confirms it showed them: a reminder fired
 * on a visit waits in the conversation's outbox, is shown on every visit with a token, and goes
 * only when the page sends that token back. Also the engine reply as the page's reply.
 */
import { choiceToken, type CoachReply, type Engine, type Reply, type UnsentReply } from '../../index';

/** What the web chat uses of the engine to keep reminders until they are shown. */
export type ReminderEngine = Pick<Engine, 'fireDue' | 'unsent' | 'sent'>;

/** Reminder tokens one request may confirm shown. */
export const MAX_SHOWN = 20;

/** An engine reply as the page's reply (what the library's coach makes of it). */
export function pageReply(reply: Reply): CoachReply {
  const messages = reply.messages.map((message) => ({
    blocks: message.blocks.map((b) => ({ text: b.text, draft: b.draft })),
    choices: message.choices.map((c) => ({ label: c.label, token: choiceToken(reply.turn, c.id) })),
  }));
  return { messages, choices: messages.at(-1)?.choices ?? [], lang: reply.lang, state: reply.stateId, accepted: reply.accepted };
}

/**
 * The token the page sends back once it showed a reminder: its outbox entry's number, the turn
 * it came at and its kind. The number alone could name a later reminder (numbers start again
 * once the outbox is empty), and confirming that one unseen would lose it.
 */
export const reminderToken = (unsent: UnsentReply) => `${unsent.outboxId}.${unsent.reply.turn}.${unsent.reply.followUp}`;

/** Tokens from the page: a few short strings, anything else ignored. */
export function shownTokens(value: unknown): Set<string> {
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return new Set(list.slice(0, MAX_SHOWN).filter((t): t is string => typeof t === 'string' && /^\d{1,9}\.\d{1,9}\.\w{1,40}$/.test(t)));
}

/** Takes the reminders the page confirms shown out of the conversation's outbox. */
export async function confirmShown(engine: ReminderEngine, conversation: string, shown: Set<string>): Promise<void> {
  if (shown.size === 0) return;
  const confirmed = (await engine.unsent(conversation)).filter((u) => u.reply.followUp && shown.has(reminderToken(u)));
  if (confirmed.length > 0)
    await engine.sent(
      conversation,
      confirmed.map((u) => u.outboxId),
    );
}

/**
 * The reminders a conversation has waiting to be shown (fired, in its outbox, not yet confirmed
 * shown), after taking off those the page confirms (`shown`) and firing one newly due.
 */
export async function remindersToShow(engine: ReminderEngine, conversation: string, shown: Set<string>): Promise<UnsentReply[]> {
  await confirmShown(engine, conversation, shown);
  // The person is here: what is due shows whatever the hour, kept until the page confirms it.
  await engine.fireDue(conversation, { present: true, outbox: true });
  return (await engine.unsent(conversation)).filter((u) => u.reply.followUp);
}

/**
 * Several reminders waiting: each one's own messages, then the question once (the last one's,
 * with "stop reminding me"); an earlier reminder's copy of the question is left out.
 */
export function remindersReply(waiting: UnsentReply[]): CoachReply {
  const replies = waiting.map((u) => pageReply(u.reply));
  const last = replies.at(-1)!;
  const messages = [...replies.slice(0, -1).flatMap((r) => r.messages.slice(0, -1)), ...last.messages];
  return { ...last, messages };
}
