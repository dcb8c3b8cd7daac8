import { createSendLimits, Engine, instrumentedTurn, OutboxSender, openStore, type Inbound, type Reply } from 'refund-coach';

/** Your platform: sends one message with its buttons, and may fail (throw) like any network. */
export interface Platform {
  send(chat: string, text: string, buttons: Array<{ data: string; label: string }>): Promise<void>;
}

const quiet = { info() {}, warn() {}, error() {} };

/** A push adapter: replies survive failed sends and restarts, and follow-ups come later. */
export async function startPushAdapter(platform: Platform, options: { storeUrl: string; now?: () => number }) {
  const { store } = await openStore(options.storeUrl);
  const engine = new Engine({ store, outbox: true, followUps: 'deliver', ...(options.now ? { now: options.now } : {}) });
  const limits = createSendLimits({ globalPerSecond: 30, chatPerSecond: 20, chatBurst: 20 });
  const chatOf = (conversation: string) => conversation.slice('push:'.length);
  const sender = new OutboxSender({
    engine,
    logger: quiet,
    namespace: 'push:',
    onGone: () => {},
    minBackoffMs: 10,
    // One platform message per reply message; `from` skips those a failed try already sent.
    async sendReply(conversation, reply: Reply, from) {
      let sent = from;
      for (const message of reply.messages.slice(from)) {
        await limits.acquire(conversation);
        const text = message.blocks.map((block) => block.text).join('\n\n');
        const buttons = message.choices.map((c) => ({ data: `${reply.turn}:${c.id}`, label: c.label }));
        try {
          await platform.send(chatOf(conversation), text, buttons);
        } catch {
          return { sent, failed: { retry: true } };
        }
        sent++;
      }
      return { sent };
    },
  });
  await (await sender.recover()).tried; // what a crashed process saved and never sent
  const turn = instrumentedTurn({ engine, adapter: 'push', logger: quiet });

  return {
    /** A message or a button press; `updateId` is the platform's id, so a redelivery counts once. */
    async receive(chat: string, input: { text: string } | { button: string }, updateId: number) {
      const [turnMarker, id] = 'button' in input ? input.button.split(':') : [];
      const inbound: Inbound = 'text' in input ? { kind: 'text', text: input.text } : { kind: 'choice', id: id ?? '', turn: Number(turnMarker) };
      const reply = await turn(`push:${chat}`, inbound, { lang: 'en', updateId });
      await sender.deliver(`push:${chat}`, reply);
    },
    /** Call every minute or so: follow-ups due now go out through the same outbox. */
    async sendFollowUps() {
      for (const conversation of await engine.dueConversations('push:')) {
        const run = await engine.fireDue(conversation);
        if (run?.reply) await sender.deliver(conversation, run.reply);
      }
    },
    async close() {
      sender.stop();
      await sender.idle();
      await limits.close();
      await engine.idle();
      await store.close();
    },
  };
}
