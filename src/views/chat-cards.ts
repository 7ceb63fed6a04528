/** Builds the data for each card template; the layout lives in cards/*.json. */
import { LRUCache } from 'lru-cache';
import type { Answer } from '../framework/answer';
import type { Abilities, Action, Role } from '../framework/permissions';
import { framedSection, ruleById } from '../framework/rules';
import { deepFreeze } from '../framework/freeze';
import { renderCard, type CardJson } from './templates';

/**
 * The chat commands, each with what it needs (any one of `actions`, or the `role`), from the one
 * permission table (src/framework/permissions.ts): the help card offers a person only what they may use.
 */
export interface CommandHelp {
  command: string;
  description: string;
  actions?: Action[];
  role?: Role;
}

export const COMMANDS: CommandHelp[] = [
  { command: 'help', description: 'This list' },
  { command: 'my deadlines', description: 'Your open framework deadlines' },
  { command: 'claim expenses', description: 'Send a travel & subsistence claim to your YOT manager (5.4)', actions: ['claim.submit'] },
  { command: 'my claims', description: 'Your T&S claims, or the claims waiting for your sign-off (5.4)', actions: ['claim.submit', 'claim.decide'] },
  { command: 'record review', description: 'Record a three-way review or return-plan meeting (5.3, 5.4)', actions: ['review.record'] },
  { command: 'raise dispute', description: 'Start the 28-day local dispute process (9.1)', actions: ['dispute.raise'] },
  { command: 'open vacancy', description: 'Record a vacant seconded post (5.5)', actions: ['vacancy.open'] },
  { command: 'record absence', description: "Record a secondee's maternity leave or sickness absence; agree the cover (5.6)", actions: ['absence.record'] },
  {
    command: 'vacancies',
    description: 'Open vacancies: record each stage with its evidence, review cover (5.5, 5.3)',
    actions: ['vacancy.open', 'vacancy.update', 'vacancy.stage', 'vacancy.stage-5', 'vacancy.fill'],
  },
  { command: 'board agenda', description: 'Escalated disputes and vacancy management for the next Governance Board (9.1, 5.5)', actions: ['agenda.view'] },
  { command: 'tracker submitted', description: "Mark your YOS's vacancy tracker as submitted (5.5)", actions: ['tracker.submit'] },
  { command: 'my calendar', description: 'A calendar feed of your deadlines for Outlook' },
  { command: 'who can you reach', description: 'Who in your division gets reminders in Teams, and what to do for those who cannot', role: 'spoc' },
];

/** The commands a person with these abilities may use (all of them when `abilities` is absent: a channel's generic list). */
export function commandsFor(abilities?: Abilities): CommandHelp[] {
  if (!abilities) return COMMANDS;
  return COMMANDS.filter((c) => (c.role ? abilities.roles.has(c.role) : !c.actions || c.actions.some((a) => abilities.actions.has(a))));
}

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
    sectionName: answer.section ? framedSection(answer.section) : null,
    fallback: answer.section ? `${answer.answer} (${framedSection(answer.section)})` : answer.answer,
  };
  const key = JSON.stringify(data);
  let card = answerCards.get(key);
  if (!card) answerCards.set(key, (card = deepFreeze(renderCard('answer', data))));
  // Only a frozen answer cannot change under its card.
  if (Object.isFrozen(answer)) cardOfAnswer.set(answer, card);
  return card;
}

/** The help card for one person (their commands and buttons), or the generic one for a channel. */
export function helpCard(abilities?: Abilities): CardJson {
  const commands = commandsFor(abilities);
  const offered = new Set(commands.map((c) => c.command));
  const buttons = [
    { title: 'My deadlines', value: 'my deadlines' },
    ...(abilities && offered.has('claim expenses') ? [{ title: 'Claim expenses', value: 'claim expenses' }] : []),
    ...(abilities && offered.has('my claims') && !offered.has('claim expenses') ? [{ title: 'My claims', value: 'my claims' }] : []),
    { title: 'Who handles a dispute?', value: 'who handles a dispute?' },
  ];
  return renderCard('help', { commands: commands.map(({ command, description }) => ({ command, description })), buttons, fallback: commands.map((c) => c.command).join(', ') });
}

/** Who the welcome is for: the bot's Identity fits this shape. */
export interface Greeted {
  displayName: string;
  person: unknown | null;
}

export function welcomeCard(who: Greeted, roles: string[]): CardJson {
  return renderCard('welcome', { name: who.displayName, known: !!who.person, role: roles.join('; ') || 'a person in the framework records', shared: false });
}

/** The welcome a team channel or group chat reads: nobody's name or role. */
export function sharedWelcomeCard(): CardJson {
  return renderCard('welcome', { name: '', known: false, role: '', shared: true });
}

export function errorCard(title: string, text: string): CardJson {
  return renderCard('message', { title, text, color: 'Attention' });
}

export function noticeCard(title: string, text: string): CardJson {
  return renderCard('message', { title, text, color: 'Default' });
}
