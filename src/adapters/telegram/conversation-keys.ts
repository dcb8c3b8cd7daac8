/**
 * How this adapter names its conversations (`tg:<chat id>`, so no other adapter shares one;
 * follow-ups are pushed for these only), and telegraf's abort-signal option.
 */
export const TELEGRAM_NAMESPACE = 'tg:';

export function chatIdOf(conversation: string): number | undefined {
  const match = /^tg:(-?\d+)$/.exec(conversation);
  return match ? Number(match[1]) : undefined;
}

export const conversationKey = (chatId: number): string => `${TELEGRAM_NAMESPACE}${chatId}`;

/** telegraf types `signal` with the abort-controller polyfill; node's own works the same. */
export const abortable = (signal: AbortSignal) => ({ signal: signal as never });
