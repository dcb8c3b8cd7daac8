/**
 * The engine's shortcuts change nothing a person or the store sees: records decoded once and
 * reused while their text is unchanged, and the turn's rendered reply handed to the sender. A
 * random walk (presses, typed answers, commands, stale buttons, /forget) runs through an
 * engine that keeps them and through an oracle that keeps none (a new Engine for every call);
 * replies, unsent replies and the stored conversation must match at every step.
 */
import { Engine, type Inbound, type Reply } from '../src/core/engine';
import { decodeEnvelope } from '../src/core/envelope';
import type { Store } from '../src/core/ports';
import { MemoryStore } from '../src/stores/memory-store';
import { AT } from './support/explore';
import { seededRandom } from './support/fuzz-inputs';

const TEXTS = [
  'first time',
  '3 days ago',
  '第一次',
  '3天前',
  'alipay',
  '支付宝',
  'yes',
  'no',
  'not sure',
  'on',
  'why?',
  'hello',
  'Nov 20',
  '/summary',
  '/lang',
  '/back',
  '/help',
  '/sources',
  '/start',
  '/restart',
];

/** What must match: the reply without its outbox id (ids may run on where the oracle's start again). */
const shown = (reply: Reply) => ({ ...reply, outboxId: undefined });

/** The stored conversation as it stands for the person: the outbox without the replies already sent. */
async function standing(store: Store, key: string, sent: ReadonlySet<number>) {
  const record = await store.load(key);
  const envelope = record ? decodeEnvelope(record.data) : undefined;
  if (!envelope) return undefined;
  return {
    turn: envelope.turn,
    value: envelope.snapshot.value,
    context: JSON.parse(JSON.stringify(envelope.snapshot.context)) as unknown,
    applied: envelope.applied,
    pending: envelope.pending,
    unsent: (envelope.outbox ?? []).filter((e) => !sent.has(e.n)).map((e) => ({ ...e, n: 0 })),
  };
}

describe('engine shortcuts (decoded records, rendered replies)', () => {
  it.each([1, 2, 3])('a random walk (seed %i) looks the same with and without them', async (seed) => {
    const random = seededRandom(seed);
    const fastStore = new MemoryStore();
    const fast = new Engine({ store: fastStore, now: () => AT, outbox: true });
    const plainStore = new MemoryStore();
    const plain = () => new Engine({ store: plainStore, now: () => AT, outbox: true });
    const key = 'tg:1';
    /** Removals are written at once: nothing is remembered as sent without being written. */
    const confirmedFast = () => new Set<number>();
    let last: Reply | undefined;
    for (let step = 0; step < 400; step++) {
      const roll = random();
      const choices = last?.messages.at(-1)?.choices ?? [];
      let inbound: Inbound;
      if (roll < 0.5 && choices.length > 0) {
        const pick = choices[Math.floor(random() * choices.length)]!;
        // Now and then a stale press: an old turn marker.
        inbound = { kind: 'choice', id: pick.id, turn: random() < 0.1 ? last!.turn - 1 : last!.turn };
      } else if (roll < 0.97) {
        inbound = { kind: 'text', text: TEXTS[Math.floor(random() * TEXTS.length)]! };
      } else if (roll < 0.99) {
        inbound = { kind: 'unsupported' };
      } else {
        inbound = { kind: 'command', name: 'forget' };
      }
      const updateId = step + 1;
      const a = await fast.turn(key, inbound, 'en', updateId);
      const b = await plain().turn(key, inbound, 'en', updateId);
      expect({ step, inbound, reply: shown(a) }).toEqual({ step, inbound, reply: shown(b) });
      // The sender: read the unsent replies, send them, confirm them (sometimes not at once).
      if (random() < 0.8) {
        const ua = await fast.unsent(key);
        const ub = await plain().unsent(key);
        expect({ step, unsent: ua.map((u) => shown(u.reply)) }).toEqual({ step, unsent: ub.map((u) => shown(u.reply)) });
        await fast.sent(
          key,
          ua.map((u) => u.outboxId),
        );
        await plain().sent(
          key,
          ub.map((u) => u.outboxId),
        );
      }
      expect({ step, stored: await standing(fastStore, key, confirmedFast()) }).toEqual({ step, stored: await standing(plainStore, key, new Set()) });
      // A repeated update changes nothing.
      if (random() < 0.05) expect(shown(await fast.turn(key, inbound, 'en', updateId))).toEqual(shown(await plain().turn(key, inbound, 'en', updateId)));
      last = a;
    }
    // Written out (a clean stop): the stored outboxes now hold the same replies.
    await fast.idle();
    expect(await standing(fastStore, key, new Set())).toEqual(await standing(plainStore, key, new Set()));
  });
});
