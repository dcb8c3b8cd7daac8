/**
 * The terminal chat: the same coach as on Telegram, one conversation, numbered choices.
 * Works interactively and with piped stdin (one answer per line), and ends cleanly at EOF.
 */
import readline from 'node:readline';
import { translatorFor, type Engine, type Inbound, type Lang, type Reply } from '../../index';
import { renderForTerminal } from './render-terminal';

const CONVERSATION = 'terminal:local';

export interface TerminalOptions {
  engine: Engine;
  lang: Lang;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Echo each input line, so a piped journey reads like a conversation. */
  echo: boolean;
}

/** A number picks that choice of the last question; anything else is text (commands too). */
function toInbound(line: string, last: Reply): Inbound {
  const choices = last.messages.at(-1)?.choices ?? [];
  const choice = /^\d{1,2}$/.test(line.trim()) ? choices[Number(line.trim()) - 1] : undefined;
  return choice ? { kind: 'choice', id: choice.id, turn: last.turn } : { kind: 'text', text: line };
}

export async function runTerminalChat(options: TerminalOptions): Promise<void> {
  const { engine, output } = options;
  // A reader that went away (`npm start | head`) ends the chat quietly, not with a stack trace.
  let readerGone = false;
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  const write = (text: string) => {
    if (!readerGone) output.write(`${text}\n\n`);
  };
  const show = (reply: Reply) => {
    for (const m of reply.messages) write(renderForTerminal(m));
  };

  const promptText = () => translatorFor(last.lang)('terminal:prompt');
  // Typing at a terminal wants a prompt to type after; a piped script gets its lines echoed.
  const ask = () => {
    if (!options.echo && !readerGone) output.write(promptText());
  };
  let last = await engine.turn(CONVERSATION, { kind: 'start' }, options.lang);
  write(translatorFor(last.lang)('terminal:hint'));
  show(last);
  ask();
  const lines = readline.createInterface({ input: options.input, terminal: false });
  for await (const line of lines) {
    if (readerGone) break;
    if (line.trim() === '') {
      ask();
      continue;
    }
    if (options.echo) write(`${promptText()}${line}`);
    else if (!readerGone) output.write('\n');
    // After /forget the next line starts a new conversation in the same language.
    last = await engine.turn(CONVERSATION, toInbound(line, last), last.lang);
    show(last);
    ask();
  }
  if (!options.echo && !readerGone) output.write('\n');
  write(translatorFor(last.lang)('terminal:bye'));
}
