/**
 * A private redis-server that a test can stop and start again on the same port with its
 * data (an RDB file in a temp dir, written on SIGTERM), or freeze (SIGSTOP) and thaw, as a
 * crashed, restarted or stalled Redis would behave. Loopback only; nothing outside the temp dir.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './emulator';

export class ControlledRedis {
  private child?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<ControlledRedis> {
    const redis = new ControlledRedis(await freePort(), fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-redis-')));
    await redis.up();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** (Re)starts the server on its port, loading what it saved when stopped. */
  async up(): Promise<void> {
    // A save point makes SIGTERM write the RDB file, which the next start loads.
    const args = ['--bind', '127.0.0.1', '--port', String(this.port), '--save', '3600 1', '--appendonly', 'no', '--dir', this.dir, '--dbfilename', 'dump.rdb'];
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output.slice(-300)}`)), 10_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/ready to accept connections/i.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}): ${output.slice(-300)}`));
      });
    });
    child.removeAllListeners('exit');
  }

  /** Stops the server (it saves its data first). */
  async down(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    await exited;
  }

  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  async remove(): Promise<void> {
    await this.down();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
