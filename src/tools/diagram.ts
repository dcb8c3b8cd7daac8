/**
 * `npm run diagram`: draws the conversation from the machine itself as a Mermaid state
 * diagram, writes it to machines/coach.mmd and embeds it in the README between markers, so
 * the picture can never drift from the code (a test checks both are current).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnyStateNode } from 'xstate';
import { coachMachine } from '../../machines';

const ROOT = path.resolve(__dirname, '../..');
export const DIAGRAM_FILE = path.join(ROOT, 'machines/coach.mmd');
export const README_FILE = path.join(ROOT, 'README.md');
const START = '<!-- diagram:start (npm run diagram) -->';
const END = '<!-- diagram:end -->';

function idOf(node: AnyStateNode): string {
  return node.id.replace(/^coach\./, '').replace(/\./g, '_');
}

function labelOf(guard: unknown, eventType: string): string {
  const g = guard as { type?: string; params?: { id?: string } } | undefined;
  if (g?.type === 'chose' && g.params?.id) return g.params.id;
  if (eventType === 'user.date') return 'typed date';
  return 'answer';
}

export function mermaid(): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${idOf(coachMachine.root.states.greeting!)}`];
  const edges = new Map<string, string[]>();
  const visit = (node: AnyStateNode, indent: string) => {
    for (const child of Object.values(node.states)) {
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state ${child.key} {`);
        visit(child, `${indent}  `);
        lines.push(`${indent}}`);
        continue;
      }
      lines.push(`${indent}${idOf(child)}`);
      for (const [eventType, transitions] of child.transitions) {
        for (const t of transitions) {
          for (const target of t.target ?? []) {
            const edge = `${idOf(child)} --> ${idOf(target)}`;
            edges.set(edge, [...(edges.get(edge) ?? []), labelOf(t.guard, eventType)]);
          }
        }
      }
    }
  };
  visit(coachMachine.root, '  ');
  for (const [edge, labels] of edges) lines.push(`  ${edge}: ${[...new Set(labels)].join(' / ')}`);
  lines.push('  note right of greeting: back, restart, help, why, summary and lang work in every state');
  return `${lines.join('\n')}\n`;
}

export function readmeWithDiagram(readme: string, diagram: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n\`\`\`mermaid\n${diagram}\`\`\`\n${readme.slice(end)}`;
}

if (require.main === module) {
  const diagram = mermaid();
  fs.writeFileSync(DIAGRAM_FILE, diagram);
  fs.writeFileSync(README_FILE, readmeWithDiagram(fs.readFileSync(README_FILE, 'utf8'), diagram));
  process.stdout.write(`wrote ${path.relative(ROOT, DIAGRAM_FILE)} and the README diagram\n`);
}
