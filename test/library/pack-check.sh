#!/usr/bin/env bash
# The packed package works from plain node (no tsx, no TypeScript): installed from its tarball
# into an empty folder, it runs a turn through require() and through import.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && npm pack --silent --pack-destination "$work" >/dev/null)
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --omit=dev --prefer-offline ./refund-coach-*.tgz >/dev/null 2>&1

check='if (r.state !== "greeting" || r.lang !== "zh" || r.choices.length === 0) { console.error("unexpected reply", r); process.exit(1); }'
node -e "
const { createCoach, openStore, negotiateLanguage } = require('refund-coach');
(async () => {
  const { store } = await openStore('memory:');
  const coach = createCoach({ store });
  const r = await coach.turn('pack:1', { text: '/start' }, { lang: negotiateLanguage('zh-CN,zh;q=0.9') });
  ${check}
  console.log('require: ok, choices', r.choices.map((c) => c.label).join(' | '));
  await coach.close();
})();"
node --input-type=module -e "
import { createCoach, openStore, negotiateLanguage } from 'refund-coach';
const { store } = await openStore('memory:');
const coach = createCoach({ store });
const r = await coach.turn('pack:2', { text: '/start' }, { lang: negotiateLanguage('zh-hans') });
${check}
console.log('import: ok, state', r.state);
await coach.close();"
