/**
 * An app's name as a person types it ("B站", "iQIYI", "某某读书"), kept only when it looks like
 * a name: a short text with no long run of digits (a phone, an order or a card number), no
 * address, link or email. It is shown back and written into drafts as typed.
 */
const MAX_LENGTH = 30;

/** The name cleaned up (spaces, quotes, a trailing full stop), or undefined when it is not a name. */
export function readTypedAppName(text: string): string | undefined {
  const name = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^["'“”‘’「」『』《》]+|["'“”‘’「」『』《》。.!！?？]+$/g, '');
  if (name.length === 0 || name.length > MAX_LENGTH) return undefined;
  if (/\d{5,}|@|https?:|www\.|\/\//i.test(name)) return undefined;
  if (!/[\p{L}]/u.test(name)) return undefined;
  return name;
}
