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
  /**
   * Ids of the latest updates applied to this conversation, saved with it atomically, so an
   * update redelivered after a crash is recognised even if it was applied just before.
   */
  applied: number[];
}

interface StoredShape {
  v: number;
  turn: number;
  value: unknown;
  context: unknown;
  applied?: number[];
}

export function encodeEnvelope(envelope: Envelope): string {
  const stored: StoredShape = {
    v: envelope.machineVersion,
    turn: envelope.turn,
    value: envelope.snapshot.value,
    context: envelope.snapshot.context,
    ...(envelope.applied.length > 0 ? { applied: envelope.applied } : {}),
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
    const applied = Array.isArray(stored.applied) ? stored.applied.filter((id): id is number => typeof id === 'number') : [];
    return { machineVersion: MACHINE_VERSION, turn: stored.turn, snapshot, applied };
  } catch {
    return undefined;
  }
}
