/**
 * Record ids people can quote on the phone (TS-20261123-7KQ2AB), and the submission ids forms
 * carry. A form gets its submission id when it is shown; the record it creates takes its id from
 * it, so pressing the button again (a retry after a lost answer) names the same record instead of
 * creating another.
 */
import { randomBytes } from 'node:crypto';
import type { CivilDate } from './dates';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `20261123-7KQ2AB`: the date the form was shown and six unguessable-enough characters. */
export const SUBMISSION_ID = /^\d{8}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/;

export function newSubmissionId(today: CivilDate): string {
  const suffix = [...randomBytes(6)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${today.replace(/-/g, '')}-${suffix}`;
}

/** A new record id, taken from the form's submission id when it has a valid one. */
export function newId(prefix: string, today: CivilDate, submissionId?: string): string {
  return `${prefix}-${submissionId && SUBMISSION_ID.test(submissionId) ? submissionId : newSubmissionId(today)}`;
}
