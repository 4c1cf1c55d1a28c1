import { replaceUnsafeCharacters } from '../domain/unsafe-characters.ts';

/**
 * Text made safe inside HTML or XML element content and double-quoted attributes: the markup characters are escaped,
 * and characters XML cannot hold at all, not even as references (src/domain/unsafe-characters.ts), become U+FFFD.
 * The check rejects those characters in every text field; this keeps the output well-formed whatever reaches it.
 */
export const escapeMarkup = (text: string): string =>
  replaceUnsafeCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
