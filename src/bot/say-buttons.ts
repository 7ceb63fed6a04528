/**
 * A say button (src/views/say.ts) arrives as a message with no text and the button's data as its
 * `value`. Giving the activity that text before routing lets every route (commands, help,
 * questions) treat the press exactly as if the words had been typed.
 */
import { ActivityTypes, type Activity } from 'botbuilder';
import { parseSaid } from '../views/say';

/** True when the activity was a say button press, now carrying the button's text. */
export function applySayButton(activity: Activity): boolean {
  if (activity.type !== ActivityTypes.Message || (activity.text ?? '').trim() !== '') return false;
  const said = parseSaid(activity.value);
  if (said === null) return false;
  activity.text = said;
  return true;
}
