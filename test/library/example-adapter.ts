import readline from 'node:readline';
import { createCoach, negotiateLanguage, openStore, type CoachReply } from 'refund-coach';

/** A whole chat adapter: lines in (a number picks a choice), text out; drafts between rules. */
export async function lineChat(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, locale?: string) {
  const { store } = await openStore('memory:');
  const coach = createCoach({ store });
  const id = 'lines:me'; // your own prefix, so no other adapter shares the conversation
  const show = (reply: CoachReply) => {
    for (const { blocks } of reply.messages) {
      for (const block of blocks) output.write(block.draft ? `────\n${block.text}\n────\n` : `${block.text}\n\n`);
    }
    for (const [i, choice] of reply.choices.entries()) output.write(`  ${i + 1}) ${choice.label}\n`);
  };
  let reply = await coach.turn(id, { text: '/start' }, { lang: negotiateLanguage(locale) });
  show(reply);
  let n = 0;
  for await (const line of readline.createInterface({ input })) {
    const picked = reply.choices[Number(line) - 1];
    // A retried line (same key) would be applied once.
    const options = { idempotencyKey: `line-${++n}` };
    reply = await coach.turn(id, picked ? { choice: picked.token } : { text: line }, options);
    show(reply);
  }
  await coach.close();
}
