/**
 * `npx tsx test/products/print-journeys.ts [zh|en]`: the journeys of journeys.ts printed end to
 * end, as a person would read them (for reviews; not a test).
 */
import { JOURNEYS, playJourney } from './journeys';

async function main(lang: 'zh' | 'en'): Promise<void> {
  for (const [title, steps] of Object.entries(JOURNEYS)) {
    process.stdout.write(`\n════════ ${title} (${lang}) ════════\n`);
    const [greeting, ...turns] = await playJourney(steps, lang);
    process.stdout.write(`${greeting!.text}\n`);
    for (const turn of turns) {
      if (turn.step === '/summary') process.stdout.write(`\n──▶ /summary\n${turn.text}\n`);
      else if (turn.step === '') process.stdout.write(`\n${turn.text}\n`);
      else process.stdout.write(`\n──▶ ${turn.step}\n${turn.text}\n`);
    }
  }
}

void main(process.argv[2] === 'en' ? 'en' : 'zh');
