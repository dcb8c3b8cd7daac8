/**
 * One engine turn as every adapter should take it: counted for /metrics (by adapter and
 * outcome) and, with debug logging on, described without its text: the kind of input, the
 * state before (read only then) and after, the turn, the outbox id, the time it took.
 */
import type { Engine, Inbound, Reply, TurnOptions } from '../core/engine';
import type { Logger } from '../core/ports';
import { maskId } from '../core/privacy';

/** What a turn's counting needs from a metrics registry (the app's /metrics implements it). */
export interface TurnMetrics {
  /** Starts timing a turn of `adapter`; call the result with how it ended. */
  timeTurn(adapter: string): (outcome: 'accepted' | 'unchanged' | 'error') => void;
}

export interface InstrumentedTurnOptions {
  engine: Pick<Engine, 'turn' | 'peek'>;
  /** The adapter's name in metrics and logs ("telegram", "discord"). */
  adapter: string;
  logger: Logger;
  metrics?: TurnMetrics;
}

/** A `turn` function that counts (`logFields`: the adapter's own masked ids for the debug line) and (at debug) describes every turn it takes. */
export function instrumentedTurn(
  options: InstrumentedTurnOptions,
): (conversation: string, inbound: Inbound, turnOptions: TurnOptions, logFields?: Record<string, unknown>) => Promise<Reply> {
  const { engine, adapter, logger, metrics } = options;
  return async (conversation, inbound, turnOptions, logFields) => {
    const done = metrics?.timeTurn(adapter);
    const start = performance.now();
    const before = logger.debug ? (await engine.peek(conversation).catch(() => undefined))?.stateId : undefined;
    let reply: Reply;
    try {
      reply = await engine.turn(conversation, inbound, turnOptions);
    } catch (error) {
      done?.('error');
      throw error;
    }
    done?.(reply.accepted ? 'accepted' : 'unchanged');
    logger.debug?.(
      {
        adapter,
        ...logFields,
        conversation: maskId(conversation),
        update: turnOptions.updateId ?? null,
        input: inbound.kind,
        stateBefore: before ?? null,
        stateAfter: reply.stateId,
        turn: reply.turn,
        accepted: reply.accepted,
        outboxId: reply.outboxId ?? null,
        ms: Math.round(performance.now() - start),
      },
      'turn',
    );
    return reply;
  };
}
