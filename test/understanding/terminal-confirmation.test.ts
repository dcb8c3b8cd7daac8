/** "Do you mean …?" in the terminal: the yes/no question is numbered like any other. */
import { PassThrough, Readable } from 'node:stream';
import { runTerminalChat } from '../../src/adapters/terminal/terminal-chat';
import { Engine } from '../../src/core/engine';
import { MemoryStore } from '../../src/stores/memory-store';
import { AT } from '../support/explore';

async function chat(lines: string[]): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  await runTerminalChat({
    engine: new Engine({ store: new MemoryStore(), now: () => AT }),
    lang: 'en',
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    echo: true,
  });
  return chunks.join('');
}

it('asks back a hedged answer, and "1" (yes) applies it', async () => {
  const transcript = await chat(['start', 'first time', '3 days ago', 'none', 'alipay', 'I guess so', '1']);
  const asked = transcript.slice(transcript.lastIndexOf('I guess so'));
  expect(asked).toMatch(/Do you mean "It's on"\?\s+1\) Yes\s+2\) No/);
  const after = transcript.slice(transcript.lastIndexOf('> 1'));
  expect(after).toMatch(/Steps in the app/); // the verdict's choices: the answer was taken
});
