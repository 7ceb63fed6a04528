/**
 * Adaptive Card templates from `cards/` (version 1.5), expanded with adaptivecards-templating.
 * `validateCard` parses a card with the official `adaptivecards` library, as Teams would.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

// adaptivecards' `lib/` build is ES modules without "type": "module"; its UMD bundle loads in Node.
const AC = require('adaptivecards/dist/adaptivecards.js');

/** dist/src/views -> project root, or src/views when run from sources. */
export const CARDS_DIR = [path.resolve(__dirname, '..', '..', '..', 'cards'), path.resolve(__dirname, '..', '..', 'cards')].find((p) =>
  fs.existsSync(p),
) as string;

export type CardJson = Record<string, unknown>;

/** A Bot Framework message attachment holding an Adaptive Card (the shape Teams expects). */
export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: CardJson;
}

const templates = new Map<string, ACData.Template>();

export function cardNames(): string[] {
  return fs
    .readdirSync(CARDS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
}

function template(name: string): ACData.Template {
  let t = templates.get(name);
  if (!t) {
    t = new ACData.Template(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')));
    templates.set(name, t);
  }
  return t;
}

export function renderCard(name: string, data: object): CardJson {
  return template(name).expand({ $root: data }) as CardJson;
}

export function cardAttachment(card: CardJson): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/** Problems the adaptivecards library reports when parsing the card, plus our own checks. */
export function validateCard(card: CardJson): string[] {
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push('type must be AdaptiveCard');
  if (card.version !== '1.5') problems.push(`version must be 1.5, is ${String(card.version)}`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const validation = parsed.validateProperties();
  for (const event of validation.validationEvents) problems.push(event.message);
  // Unexpanded template expressions would show to users as "${...}".
  if (JSON.stringify(card).includes('${')) problems.push('card contains unexpanded template expressions');
  return problems;
}
