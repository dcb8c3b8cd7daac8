/**
 * How a conversation is stored: the machine version it was made with, a turn counter that
 * buttons carry (to spot stale presses), and the snapshot's state value and case file. Nothing
 * else: no rendered text, no transcript.
 */
import { coachMachine, MACHINE_VERSION, type CoachSnapshot } from '../../machines';

export interface Envelope {
  machineVersion: number;
  turn: number;
  snapshot: CoachSnapshot;
}

interface StoredShape {
  v: number;
  turn: number;
  value: unknown;
  context: unknown;
}

export function encodeEnvelope(envelope: Envelope): string {
  const stored: StoredShape = {
    v: envelope.machineVersion,
    turn: envelope.turn,
    value: envelope.snapshot.value,
    context: envelope.snapshot.context,
  };
  return JSON.stringify(stored);
}

/**
 * Reads a stored conversation back. Returns undefined when it cannot be trusted: unreadable,
 * from another machine version, or naming a state this machine does not have.
 */
export function decodeEnvelope(data: string): Envelope | undefined {
  try {
    const stored = JSON.parse(data) as Partial<StoredShape>;
    if (stored.v !== MACHINE_VERSION || typeof stored.turn !== 'number') return undefined;
    const context = stored.context as CoachSnapshot['context'] | undefined;
    if (!context || (context.lang !== 'zh' && context.lang !== 'en') || !Array.isArray(context.trail)) return undefined;
    const snapshot = coachMachine.resolveState({ value: stored.value as never, context });
    return { machineVersion: MACHINE_VERSION, turn: stored.turn, snapshot };
  } catch {
    return undefined;
  }
}
