/**
 * Buttons that stand for typed text (a follow-up question, "help", "my deadlines") are
 * `Action.Submit` with plain data `{ "say": "<text>" }`. Teams sends that as a message activity
 * whose `value` is the data; the bot reads it as if the text had been typed. (The `msteams`
 * `imBack` form does the same in Teams but does nothing in the Agents Playground, whose card
 * renderer fails on it, so no card uses it.)
 */

/** The data of a button that says `text`. */
export interface SayData {
  say: string;
}

/** Typed messages are capped at this length by the chat box; a button's text is no longer. */
const MAX_SAID = 200;

/** The text a button said, from a message's untrusted `value`; null when it is not a say button. */
export function parseSaid(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const said = (value as Record<string, unknown>).say;
  if (typeof said !== 'string') return null;
  const text = said.trim().slice(0, MAX_SAID);
  return text.length > 0 ? text : null;
}
