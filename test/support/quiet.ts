/**
 * Replies go out after an update is acknowledged (the webhook answers 200 once the turn is
 * saved), so a test that reads what the bot sent waits until the count stops moving.
 */
export async function untilQuiet(count: () => number, quietMs = 150, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = count();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error('bot kept sending');
    await new Promise((r) => setTimeout(r, 10));
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}
