/**
 * Button payloads: `<turn>:<choice id>`. The turn marker lets the engine tell a press on the
 * current question from a press on an old message. Telegram allows at most 64 bytes.
 */
export const MAX_CALLBACK_BYTES = 64;

export function encodeCallback(turn: number, choiceId: string): string {
  const data = `${turn}:${choiceId}`;
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data over 64 bytes for choice ${choiceId}`);
  return data;
}

/** Undefined for anything not made by encodeCallback (forged or from an older bot). */
export function decodeCallback(data: string | undefined): { turn: number; id: string } | undefined {
  const match = data ? /^(\d{1,9}):([A-Za-z][\w]{0,40})$/.exec(data) : null;
  return match ? { turn: Number(match[1]), id: match[2]! } : undefined;
}
