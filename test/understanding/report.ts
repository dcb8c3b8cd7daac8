/**
 * `npm run understanding`: the three figures per language on the main table and the
 * holdout; `-- --rows` also lists every row not understood right (inputs are table text,
 * never a person's messages).
 */
import { figures, loadTable, score } from './table';

// Rows are listed for the main tables only: the holdouts are for measuring, not for tuning.
// `fresh/` was written last, by someone who saw neither the word lists nor the other tables,
// after the layer was built; nothing was changed in the layer after it arrived.
// `follow-ups/` came with the reminder questions, also from an outsider: its first run had 14
// rows recorded wrong (7 per language), which were then fixed; its figures are no longer fresh.
const showRows = process.argv.includes('--rows');
const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;

for (const name of ['zh', 'en', 'zh-holdout', 'en-holdout', 'fresh/zh', 'fresh/en', 'follow-ups/zh', 'follow-ups/en']) {
  const scored = score(loadTable(name));
  const f = figures(scored);
  console.log(
    `${name.padEnd(11)} ${String(f.total).padStart(4)} rows   understood right ${pct(f.right, f.total).padStart(6)} (${f.right})   asked again ${pct(f.asked, f.total).padStart(6)} (${f.asked})   recorded wrong ${f.wrong}`,
  );
  if (showRows && !name.endsWith('holdout') && !name.startsWith('fresh/')) {
    for (const s of scored.filter((s) => s.verdict !== 'right')) {
      console.log(
        `   ${s.verdict.padEnd(5)} ${s.row.q.padEnd(13)} ${JSON.stringify(s.row.input).padEnd(40)} want ${s.row.expect}${s.row.hedge ? ' (hedge)' : ''}  got ${JSON.stringify(s.outcome)}`,
      );
    }
  }
}
