/**
 * A reply as Telegram messages: HTML text, the question's inline keyboard on its last message,
 * and the previous question's keyboard taken off so only the current one has buttons. Every
 * call goes through `calls` (limits, retries, deadlines).
 */
import type { Telegram } from 'telegraf';
import type { InlineKeyboardButton, Message } from 'telegraf/types';
import { translatorFor, type Lang, type Reply, type SendOutcome } from '../../index';
import { abortable, chatIdOf } from './conversation-keys';
import type { OpenKeyboards } from './open-keyboards';
import { copyButtons, inlineKeyboard, telegramMessages } from './render-telegram';
import type { TelegramCalls } from './telegram-calls';

export function telegramSends(telegram: Telegram, calls: TelegramCalls, openKeyboards: OpenKeyboards) {
  /**
   * Sends a reply's messages in order, from the `from`-th; the last carries the question's
   * keyboard. The previous question's keyboard is taken off first, so only the current
   * question has buttons (a turn's reply takes it off after the reply instead: see
   * `keyboardOff`).
   */
  async function sendReply(conversation: string, reply: Reply, from: number, stopOnRetryable: boolean): Promise<SendOutcome> {
    const chatId = chatIdOf(conversation);
    if (chatId === undefined) return { sent: 0 };
    const previous = from === 0 ? openKeyboards.take(chatId) : undefined;
    if (previous !== undefined) await keyboardOff(chatId, previous);
    const messages = telegramMessages(reply);
    for (let index = from; index < messages.length; index++) {
      const { html, choices, copies } = messages[index]!;
      // The question's buttons, taken off once answered (the copy buttons above them go too; the drafts stay).
      const withKeyboard = choices.length > 0;
      const keyboard = [...copyButtons(copies, copyLabel(reply.lang)), ...(withKeyboard ? inlineKeyboard(choices, reply.turn) : [])];
      const result = await calls.attempt(
        chatId,
        (signal) =>
          telegram.callApi(
            'sendMessage',
            {
              chat_id: chatId,
              text: html,
              parse_mode: 'HTML',
              link_preview_options: { is_disabled: true },
              // A copy button (copy_text, Bot API 7.11) is not in telegraf's types (Bot API 7.1).
              ...(keyboard.length > 0 ? { reply_markup: { inline_keyboard: keyboard as InlineKeyboardButton[][] } } : {}),
            },
            abortable(signal),
          ),
        { method: 'sendMessage' },
      );
      if (!result.ok && result.retry && stopOnRetryable) return { sent: index, failed: { retry: true } };
      if (withKeyboard && result.ok) openKeyboards.put(chatId, result.value.message_id);
    }
    return { sent: messages.length };
  }

  /** Takes the buttons off an earlier question. */
  async function keyboardOff(chatId: number, messageId: number): Promise<void> {
    await calls.call(
      chatId,
      (signal) =>
        telegram.callApi('editMessageReplyMarkup', { chat_id: chatId, message_id: messageId, reply_markup: { inline_keyboard: [] } }, abortable(signal)),
      { method: 'editMessageReplyMarkup' },
    );
  }

  /** A plain note with no buttons (to a group, or "having trouble"). */
  async function sendNote(chatId: number, text: string): Promise<void> {
    await calls.call(chatId, (signal) => telegram.callApi('sendMessage', { chat_id: chatId, text }, abortable(signal)), { method: 'sendMessage' });
  }

  /** The pressed question loses its keyboard and shows the choice under its text (`note`). */
  async function markChosen(chatId: number, original: Message.TextMessage, note: string | undefined): Promise<void> {
    await calls.call(
      chatId,
      (signal) =>
        telegram.callApi(
          'editMessageText',
          {
            chat_id: chatId,
            message_id: original.message_id,
            text: note ? `${original.text}\n\n${note}` : original.text,
            ...(original.entities ? { entities: original.entities } : {}),
            link_preview_options: { is_disabled: true },
            reply_markup: { inline_keyboard: [] },
          },
          abortable(signal),
        ),
      { method: 'editMessageText' },
    );
  }

  return { sendReply, keyboardOff, sendNote, markChosen };
}

/** "📋 Copy draft", numbered when a message has several. */
function copyLabel(lang: Lang): (n: number | undefined) => string {
  const t = translatorFor(lang);
  return (n) => (n === undefined ? t('telegram:copyDraft') : t('telegram:copyDraftNumbered', { n }));
}

/** The label of the button whose data was pressed, from the message that carried it. */
export function pressedLabel(message: Message.TextMessage, data: string | undefined): string | undefined {
  const rows = (message.reply_markup?.inline_keyboard ?? []) as ReadonlyArray<ReadonlyArray<{ text: string; callback_data?: string }>>;
  return rows.flat().find((button) => data !== undefined && button.callback_data === data)?.text;
}
