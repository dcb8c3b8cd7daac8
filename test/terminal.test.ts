/**
 * Journeys typed into the terminal chat, as a person (or a script piping stdin) would.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { Engine } from '../src/core/engine';
import { MemoryStore } from '../src/stores/memory-store';
import { runTerminalChat } from '../src/adapters/terminal/terminal-chat';
import type { Lang } from '../machines';
import { AT } from './support/explore';
import { PROGRAM } from './support/program';

async function chat(lang: Lang, lines: string[]): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  await runTerminalChat({
    engine: new Engine({ store: new MemoryStore(), now: () => AT }),
    lang,
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    echo: true,
  });
  return chunks.join('');
}

/** The transcript after the last echoed input line that contains `marker`. */
function after(transcript: string, marker: string): string {
  return transcript.slice(transcript.lastIndexOf(marker));
}

describe('terminal chat in Chinese', () => {
  const bestCase = ['开始', '第一次', '3天前', '没有', '支付宝', '开着', '手机App步骤'];

  it('walks the app refund naming both menu names, then the Alipay and in-app renewal switches', async () => {
    const transcript = await chat('zh', [...bestCase, '好了', '好了', '好了', '好了', '好了', '好了', '好了', '成功了']);
    expect(transcript).toMatch(/我的订单/);
    expect(transcript).toMatch(/服务中心/);
    expect(transcript).toMatch(/申请退款/);
    expect(transcript).toMatch(/我要退款/);
    const renewal = after(transcript, '成功了');
    expect(renewal).toMatch(/支付宝/);
    expect(renewal).toMatch(/关闭服务/);
    expect(renewal).toMatch(/自动续费管理/);
  });

  it('brings an over-7-days case to the customer-service script with expectations managed', async () => {
    const transcript = await chat('zh', ['1', '1', '超过7天', '没有', '微信', '开着', '准备联系客服', '被误导', '跳过', 'P2026 1120 5566', '客服聊天']);
    const script = after(transcript, '客服聊天');
    expect(script).toMatch(/在线客服/);
    expect(script).toContain('P202611205566'); // the order number given, in the draft
    expect(script).toMatch(/退款/);
    expect(script).toMatch(/升级/);
  });

  it('answers bad input with a clear reply and the same question again', async () => {
    const transcript = await chat('zh', ['开始', '香蕉']);
    const reply = after(transcript, '香蕉');
    expect(reply).toMatch(/没看懂|没太明白|没理解/);
    expect(reply).toMatch(/第一次/); // the question's choices again
  });
});

describe('terminal chat in English', () => {
  it('walks the app refund, keeping app menu names in Chinese, then the renewal switches', async () => {
    const transcript = await chat('en', ['start', 'first time', '3 days ago', 'none', 'alipay', 'yes', '1', ...Array(7).fill('done'), 'approved']);
    expect(transcript).toMatch(/我的订单/);
    expect(transcript).toMatch(/服务中心/);
    expect(transcript).toMatch(/申请退款/);
    expect(transcript).toMatch(/我要退款/);
    const renewal = after(transcript, 'approved');
    expect(renewal).toMatch(/Alipay/);
    expect(renewal).toMatch(/自动续费管理/);
  });

  it('brings an over-7-days case to the customer-service script with expectations managed', async () => {
    const transcript = await chat('en', ['1', '1', 'more than 7 days', 'none', 'wechat', 'yes', '1', '2', 'skip', 'skip', 'customer service']);
    const script = after(transcript, 'you> customer service');
    expect(script).toMatch(/在线客服/);
    expect(script).toMatch(/supervisor|escalat/i);
  });

  it('switches language mid-conversation and continues at the same question', async () => {
    const transcript = await chat('en', ['start', '/lang']);
    expect(after(transcript, '/lang')).toMatch(/第一次/);
  });
});

describe('the real program with piped stdin', () => {
  it('chats, then exits cleanly with code 0 at end of input', () => {
    const root = path.resolve(__dirname, '..');
    const run = spawnSync(process.execPath, [...PROGRAM, '--lang', 'en'], {
      cwd: root,
      input: 'start\n/summary\n',
      env: { ...process.env, BOT_TOKEN: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/first time/i);
    expect(run.stdout).toMatch(/Bye/);
  });

  it('ends quietly when the reader goes away (piped into head)', () => {
    const root = path.resolve(__dirname, '..');
    const program = [process.execPath, ...PROGRAM, '--lang', 'en'].map((part) => `'${part}'`).join(' ');
    const run = spawnSync('sh', ['-c', `printf 'start\\nfirst time\\n' | ${program} | head -1`], {
      cwd: root,
      env: { ...process.env, BOT_TOKEN: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('names a bad setting in one line and exits with code 2', () => {
    const root = path.resolve(__dirname, '..');
    const run = spawnSync(process.execPath, [...PROGRAM, '--lang', 'fr'], {
      cwd: root,
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--lang/);
  });
});
