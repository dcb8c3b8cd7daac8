/**
 * Which message of each chat still shows a question's buttons, so they can be taken off when
 * the next question is sent. Only recent chats are remembered (a bounded map, oldest out):
 * after a restart or for a long-idle chat an old keyboard may stay, and pressing it is then
 * answered as a stale button, which is safe.
 */
export class OpenKeyboards {
  private readonly messages = new Map<number, number>();

  constructor(private readonly capacity = 10_000) {}

  put(chatId: number, messageId: number): void {
    this.messages.delete(chatId);
    this.messages.set(chatId, messageId);
    if (this.messages.size > this.capacity) this.messages.delete(this.messages.keys().next().value as number);
  }

  peek(chatId: number): number | undefined {
    return this.messages.get(chatId);
  }

  /** The open keyboard's message, now considered closed. */
  take(chatId: number): number | undefined {
    const messageId = this.messages.get(chatId);
    this.messages.delete(chatId);
    return messageId;
  }
}
