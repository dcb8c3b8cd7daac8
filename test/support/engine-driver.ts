/** Talks to a real Engine the way an adapter does, pressing buttons by id. */
import { Engine, type Inbound, type Reply } from '../../src/core/engine';
import { MemoryStore } from '../../src/stores/memory-store';
import type { Store } from '../../src/core/ports';
import type { Lang } from '../../machines';
import { AT } from './explore';

export class ChatDriver {
  last!: Reply;

  constructor(
    readonly engine: Engine,
    readonly chat = 'chat-1',
    readonly lang: Lang = 'en',
  ) {}

  static create(store: Store = new MemoryStore(), lang: Lang = 'en'): ChatDriver {
    return new ChatDriver(new Engine({ store, now: () => AT }), 'chat-1', lang);
  }

  async send(inbound: Inbound): Promise<Reply> {
    this.last = await this.engine.turn(this.chat, inbound, this.lang);
    return this.last;
  }

  start(): Promise<Reply> {
    return this.send({ kind: 'start' });
  }

  /** Presses the button with this id on the latest question. */
  press(id: string): Promise<Reply> {
    return this.send({ kind: 'choice', id, turn: this.last.turn });
  }

  type(text: string): Promise<Reply> {
    return this.send({ kind: 'text', text });
  }

  /** All the text of the latest reply. */
  get text(): string {
    return this.last.messages.flatMap((m) => m.blocks.map((b) => b.text)).join('\n');
  }

  get choiceIds(): string[] {
    return this.last.messages.at(-1)!.choices.map((c) => c.id);
  }
}
