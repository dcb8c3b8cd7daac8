/**
 * How a reply looks on Telegram: HTML with drafts in <pre> blocks (long-press to copy),
 * split under the 4,096-character message limit, and choices as an inline keyboard on the
 * last part, under a one-tap copy button for each draft short enough to carry one.
 */
import type { InlineKeyboardButton } from 'telegraf/types';
import type { RenderedBlock, RenderedChoice, Reply } from '../../index';
import { encodeCallback } from './callback-data';

/** Telegram's limit is 4,096 characters after entity parsing; stay clear of it. */
export const MAX_MESSAGE_LENGTH = 4000;

/** The longest text a copy button may carry (`copy_text`, Bot API 7.11: 1–256 characters). */
export const MAX_COPY_TEXT = 256;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text into pieces of at most `size` characters, at a line break where there is one. */
function cut(text: string, size: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const lineBreak = rest.lastIndexOf('\n', size);
    const at = lineBreak > size / 2 ? lineBreak : size;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  return [...pieces, rest];
}

/** Each block as HTML, cut so that no piece (tags included) is longer than the limit. */
function htmlPieces(block: RenderedBlock): string[] {
  const room = MAX_MESSAGE_LENGTH - (block.draft ? '<pre></pre>'.length : 0);
  // Escaping can lengthen text up to five times (& → &amp;), so cut the escaped form.
  return cut(block.text, room)
    .flatMap((piece) => {
      const escaped = escapeHtml(piece);
      return escaped.length <= room ? [escaped] : cut(piece, Math.floor(room / 5)).map(escapeHtml);
    })
    .map((html) => (block.draft ? `<pre>${html}</pre>` : html));
}

/** The message's blocks as HTML texts, each under the limit, joining blocks where they fit. */
export function toHtmlMessages(blocks: RenderedBlock[]): string[] {
  const messages: string[] = [];
  let current = '';
  for (const piece of blocks.flatMap(htmlPieces)) {
    if (current && current.length + 2 + piece.length > MAX_MESSAGE_LENGTH) {
      messages.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n\n${piece}` : piece;
    }
  }
  return current ? [...messages, current] : messages;
}

/** Short labels two to a row, long ones on their own row, so nothing is cut off on a phone. */
export function inlineKeyboard(choices: RenderedChoice[], turn: number): InlineKeyboardButton[][] {
  const rows: InlineKeyboardButton[][] = [];
  for (const choice of choices) {
    const button = { text: choice.label, callback_data: encodeCallback(turn, choice.id) };
    const last = rows.at(-1);
    if (last && last.length === 1 && choice.label.length <= 14 && last[0]!.text.length <= 14) last.push(button);
    else rows.push([button]);
  }
  return rows;
}

/** One Telegram message of a reply: its HTML and the buttons under it (none: no keyboard). */
export interface TelegramMessage {
  html: string;
  choices: RenderedChoice[];
  /** Drafts of this message that fit a copy button (the text stays in the message too). */
  copies: string[];
}

/** A button that copies its text to the clipboard in one tap (not yet in telegraf's types). */
export interface CopyTextButton {
  text: string;
  copy_text: { text: string };
}

/** One copy button a row, labelled `label(n)`, n counting the drafts when there are several. */
export function copyButtons(copies: string[], label: (n: number | undefined) => string): CopyTextButton[][] {
  return copies.map((text, i) => [{ text: label(copies.length > 1 ? i + 1 : undefined), copy_text: { text } }]);
}

/**
 * A reply as the Telegram messages it is sent as, in order: each of its messages as HTML under
 * the length limit, its buttons and its drafts' copy buttons on its last part.
 */
export function telegramMessages(reply: Pick<Reply, 'messages'>): TelegramMessage[] {
  const out: TelegramMessage[] = [];
  for (const message of reply.messages) {
    const texts = toHtmlMessages(message.blocks);
    // A longer draft has no copy button (Telegram would refuse the message): it is copied from its block.
    const copies = message.blocks.filter((block) => block.draft && block.text.length <= MAX_COPY_TEXT).map((block) => block.text);
    for (const [i, html] of texts.entries()) {
      const last = i === texts.length - 1;
      out.push({ html, choices: last ? message.choices : [], copies: last ? copies : [] });
    }
  }
  return out;
}
