/**
 * How a reply looks in a terminal: paragraphs as they are, drafts framed so they are easy to
 * copy, and choices as a numbered list.
 */
import type { RenderedMessage } from '../../index';

const RULE = '─'.repeat(40);

export function renderForTerminal(message: RenderedMessage): string {
  const blocks = message.blocks.map((block) => (block.draft ? `┌${RULE}\n${block.text.replace(/^/gm, '│ ')}\n└${RULE}` : block.text));
  const choices = message.choices.map((choice, i) => `  ${i + 1}) ${choice.label}`);
  return [...blocks, ...(choices.length ? [choices.join('\n')] : [])].join('\n\n');
}
