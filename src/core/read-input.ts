/**
 * Reading what a person did against the question they were asked: a machine event, a
 * notice that changes nothing, a reading to confirm, or one of the engine's own steps
 * (reminders). Typed text is parsed once here, as a command or as an answer.
 */
import {
  activePrompt,
  FOLLOW_UP_KINDS,
  PERSON_COMMANDS,
  sayKeys,
  sourcesFor,
  type ActivePrompt,
  type CoachEvent,
  type CommandName,
  type FollowUpKind,
  type Say,
} from '../../machines';
import { langArgument, parseCommand, type TypedCommand } from '../understanding/commands';
import { saysStopReminding } from '../understanding/stop-reminding';
import { understand } from '../understanding/understand';
import { readYesNo } from '../understanding/yes-no';
import type { Envelope } from './envelope';
import { CANCEL_FOLLOW_UP, CONFIRM_NO, CONFIRM_YES, STOP_FOLLOW_UPS, type Inbound } from './reply';

/** Typed text longer than this is not read (nothing asked here needs more). */
export const MAX_TEXT_LENGTH = 1000;
/** Names (of typed commands, and of buttons) that stand for commands rather than answers. */
const COMMANDS = new Set<string>(PERSON_COMMANDS);

export type Step =
  | { kind: 'event'; event: CoachEvent }
  /** Nothing changes: say this, then ask the current question again. */
  | { kind: 'notice'; parts: Say[] }
  /** A typed answer read only tentatively: hold choice `id` and ask "Do you mean …?". */
  | { kind: 'confirm'; id: string }
  /** "No" to the held reading: drop it, say so, and ask the question again. */
  | { kind: 'declined' }
  /** /reminders: what is scheduled, with a button to cancel each. */
  | { kind: 'reminders' }
  /** "Stop reminding me" (every kind) or one reminder's cancel button. */
  | { kind: 'cancelFollowUps'; kinds: readonly FollowUpKind[] }
  /** /forget: everything about the conversation goes. */
  | { kind: 'forget' };

const notice = (key: string, vars?: Say['vars']): Step => ({ kind: 'notice', parts: [{ key, ...(vars ? { vars } : {}) }] });
const isFollowUpKind = (kind: string): kind is FollowUpKind => (FOLLOW_UP_KINDS as readonly string[]).includes(kind);
const commandEvent = (name: string, at: number): CoachEvent => ({ type: 'user.command', name: name as CommandName, at });

/** Typed text as a command, when it is one (parsed once per message). */
export function typedCommand(inbound: Inbound): TypedCommand | undefined {
  if (inbound.kind === 'command') return inbound;
  return inbound.kind === 'text' && inbound.text.length <= MAX_TEXT_LENGTH ? parseCommand(inbound.text) : undefined;
}

/** True when the input asks to forget the conversation (handled before anything is loaded). */
export const asksToForget = (inbound: Inbound): boolean => typedCommand(inbound)?.name === 'forget';

/** Maps an input to a step, given the stored conversation and the time it arrived. */
export function readInput(inbound: Inbound, envelope: Envelope, at: number): Step {
  const prompt = activePrompt(envelope.snapshot);
  const command = typedCommand(inbound);
  if (envelope.pending) {
    const answer = heldAnswer(inbound, envelope, command);
    if (answer === 'yes') return { kind: 'event', event: { type: 'user.choice', id: envelope.pending, at } };
    if (answer === 'no') return { kind: 'declined' };
    // Anything else is a fresh answer to the question itself (or a command, as always).
  }
  if (command) return commandStep(command, prompt, at);
  switch (inbound.kind) {
    case 'start':
      return { kind: 'event', event: commandEvent('resume', at) };
    case 'unsupported':
    case 'command':
      return notice('engine:unsupported');
    case 'choice':
      return choiceStep(inbound, envelope, prompt, at);
    case 'text':
      return textStep(inbound.text, prompt, at);
  }
}

function choiceStep(inbound: { id: string; turn: number }, envelope: Envelope, prompt: ActivePrompt, at: number): Step {
  // Cancelling a reminder works from any message, however old: it only ever removes.
  if (inbound.id === STOP_FOLLOW_UPS) return { kind: 'cancelFollowUps', kinds: FOLLOW_UP_KINDS };
  if (inbound.id.startsWith(CANCEL_FOLLOW_UP)) {
    const kind = inbound.id.slice(CANCEL_FOLLOW_UP.length);
    if (isFollowUpKind(kind)) return { kind: 'cancelFollowUps', kinds: [kind] };
  }
  if (inbound.turn !== envelope.turn || !prompt.choices.includes(inbound.id) || envelope.pending) return notice('engine:staleButton');
  return { kind: 'event', event: COMMANDS.has(inbound.id) ? commandEvent(inbound.id, at) : { type: 'user.choice', id: inbound.id, at } };
}

/** Yes or no to "Do you mean …?", pressed (on the latest buttons) or typed. */
function heldAnswer(inbound: Inbound, envelope: Envelope, command: TypedCommand | undefined): 'yes' | 'no' | undefined {
  if (inbound.kind === 'choice') {
    if (inbound.turn !== envelope.turn) return undefined;
    return inbound.id === CONFIRM_YES ? 'yes' : inbound.id === CONFIRM_NO ? 'no' : undefined;
  }
  if (inbound.kind === 'text' && inbound.text.length <= MAX_TEXT_LENGTH && !command) return readYesNo(inbound.text);
  return undefined;
}

function commandStep({ name, arg }: TypedCommand, prompt: ActivePrompt, at: number): Step {
  if (name === 'forget') return { kind: 'forget' };
  if (name === 'start') return { kind: 'event', event: commandEvent('resume', at) };
  if (name === 'lang') {
    const lang = langArgument(arg);
    return { kind: 'event', event: { type: 'user.command', name: 'lang', ...(lang ? { lang } : {}), at } };
  }
  // /sources explains what is on screen now; it changes nothing, so the machine needn't know.
  if (name === 'sources') return { kind: 'notice', parts: sourcesFor(sayKeys(prompt.parts)) };
  if (name === 'reminders') return { kind: 'reminders' };
  if (COMMANDS.has(name)) return { kind: 'event', event: commandEvent(name, at) };
  return notice('engine:unknownCommand');
}

function textStep(text: string, prompt: ActivePrompt, at: number): Step {
  if (text.length > MAX_TEXT_LENGTH) return notice('engine:tooLong', { max: MAX_TEXT_LENGTH });
  // "别再提醒我了" typed, as the 🔕 button says: the engine's, like the button.
  if (saysStopReminding(text)) return { kind: 'cancelFollowUps', kinds: FOLLOW_UP_KINDS };
  const event = understand(text, prompt, at);
  if (event.type === 'understood.confirm') return { kind: 'confirm', id: event.id };
  if (event.type === 'user.choice' && COMMANDS.has(event.id)) return { kind: 'event', event: commandEvent(event.id, at) };
  return { kind: 'event', event };
}
