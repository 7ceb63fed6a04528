/** Builds the data for each card template; the layout lives in cards/*.json. */
import { LRUCache } from 'lru-cache';
import type { Answer } from '../framework/answer';
import { ruleById } from '../framework/rules';
import { deepFreeze } from '../framework/freeze';
import { renderCard, type CardJson } from './templates';

export const COMMANDS: { command: string; description: string }[] = [
  { command: 'help', description: 'This list' },
  { command: 'my deadlines', description: 'Your open framework deadlines' },
  { command: 'claim expenses', description: 'Send a travel & subsistence claim to your YOT manager (5.4)' },
  { command: 'record review', description: 'Record a three-way review or return-plan meeting (5.3, 5.4)' },
  { command: 'raise dispute', description: 'Start the 28-day local dispute process (9.1)' },
  { command: 'open vacancy', description: 'Record a vacant seconded post (5.5)' },
  { command: 'vacancies', description: 'Open vacancies: record each stage with its evidence, review cover (5.5, 5.3)' },
  { command: 'board agenda', description: 'SPOC and portfolio lead: escalated disputes and vacancy management for the next Governance Board (9.1, 5.5)' },
  { command: 'tracker submitted', description: "Mark your YOS's vacancy tracker as submitted (5.5)" },
  { command: 'my calendar', description: 'A calendar feed of your deadlines for Outlook' },
  { command: 'who can you reach', description: 'SPOCs: who gets reminders in Teams, and what to do for those who cannot' },
];

/**
 * Answer cards by their data, and by the answer itself (answers are cached and shared too): many
 * people get the same answer, and templating is the costly part.
 */
const answerCards = new LRUCache<string, CardJson>({ max: 500 });
const cardOfAnswer = new WeakMap<object, CardJson>();

/** `note` says why the personal part is missing, when it is. The card is shared: read-only (frozen). */
export function answerCard(answer: Answer & { note?: string | null }): CardJson {
  const known = cardOfAnswer.get(answer);
  if (known) return known;
  const rule = answer.ruleId ? ruleById(answer.ruleId) : undefined;
  const data = {
    title: rule?.title ?? 'Not covered by the framework',
    answer: answer.general,
    personal: answer.personal,
    note: answer.note ?? null,
    section: answer.section,
    suggestions: answer.suggestions,
    fallback: answer.section ? `${answer.answer} (Framework section ${answer.section})` : answer.answer,
  };
  const key = JSON.stringify(data);
  let card = answerCards.get(key);
  if (!card) answerCards.set(key, (card = deepFreeze(renderCard('answer', data))));
  // Only a frozen answer cannot change under its card.
  if (Object.isFrozen(answer)) cardOfAnswer.set(answer, card);
  return card;
}

export function helpCard(): CardJson {
  return renderCard('help', {
    commands: COMMANDS,
    buttons: [
      { title: 'My deadlines', value: 'my deadlines' },
      { title: 'Claim expenses', value: 'claim expenses' },
      { title: 'Who handles a dispute?', value: 'who handles a dispute?' },
    ],
  });
}

/** Who the welcome is for: the bot's Identity fits this shape. */
export interface Greeted {
  displayName: string;
  person: unknown | null;
}

export function welcomeCard(who: Greeted, roles: string[]): CardJson {
  return renderCard('welcome', { name: who.displayName, known: !!who.person, role: roles.join('; ') || 'a person in the framework records' });
}

export function errorCard(title: string, text: string): CardJson {
  return renderCard('message', { title, text, color: 'Attention' });
}

export function noticeCard(title: string, text: string): CardJson {
  return renderCard('message', { title, text, color: 'Default' });
}
