/**
 * A terminal chat with a movable clock, for trying follow-ups by hand and for reviewers:
 *   npx tsx test/follow-ups/support/clock-chat.ts [zh|en]
 * Type answers as in the terminal chat; press a button with "#<number>"; ":time 2026-11-30T10:00"
 * moves the clock (China time); ":due" asks for what is due, as the Telegram runner would.
 */
import readline from 'node:readline';
import { Engine, type Reply } from '../../../src/core/engine';
import { MemoryStore } from '../../../src/stores/memory-store';

const lang = process.argv[2] === 'en' ? 'en' : 'zh';
let now = Date.parse('2026-11-26T12:00:00+08:00');
const engine = new Engine({ store: new MemoryStore(), now: () => now, followUps: 'deliver', outbox: false });
let last: Reply | undefined;

function show(reply: Reply): void {
  last = reply;
  for (const message of reply.messages) {
    for (const block of message.blocks) console.log(block.draft ? `┌ draft ┐\n${block.text}\n└───────┘` : block.text);
    for (const [i, c] of message.choices.entries()) console.log(`  #${i + 1} [${c.label}]`);
    console.log('');
  }
}

async function handle(line: string): Promise<void> {
  const text = line.trim();
  if (text.startsWith(':time ')) {
    now = Date.parse(`${text.slice(6).trim()}:00+08:00`);
    console.log(`(clock: ${new Date(now + 8 * 3_600_000).toISOString().slice(0, 16)} China time)`);
    return;
  }
  if (text === ':due') {
    const run = await engine.fireDue('chat');
    if (run?.reply) show(run.reply);
    else console.log(`(nothing sent${run?.dropped.length ? `; dropped: ${run.dropped.join(', ')}` : ''})`);
    return;
  }
  const pressed = /^#(\d+)$/.exec(text);
  const choices = last?.messages.flatMap((m) => m.choices) ?? [];
  if (pressed && last) {
    const choice = choices[Number(pressed[1]) - 1];
    if (choice) return show(await engine.turn('chat', { kind: 'choice', id: choice.id, turn: last.turn }, lang));
  }
  show(await engine.turn('chat', { kind: 'text', text }, lang));
}

const rl = readline.createInterface({ input: process.stdin });
let queue = engine.turn('chat', { kind: 'start' }, lang).then(show);
rl.on('line', (line) => {
  queue = queue.then(() => handle(line));
});
rl.on('close', () => void queue.then(() => process.exit(0)));
