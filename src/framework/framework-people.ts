/**
 * The people the framework names, kept in one place: its document control (author, approvers,
 * editors) and the 9.1 Governance Board list, with the e-mail address 9.1 prints for a member
 * (null when it prints none: its rule "name.surname@justice.gov.uk unless otherwise stated" gives
 * it) and the region a divisional YOS lead covers. Data, like rules.ts.
 */

export interface BoardMember {
  name: string;
  /** The address 9.1 prints, or null. */
  listed: string | null;
  /** The region this member is the divisional YOS lead for, as free text names it; null for the others. */
  leadFor: RegExp | null;
}

export const BOARD_MEMBERS: readonly BoardMember[] = [
  { name: 'Andrea Bennett', listed: null, leadFor: null },
  { name: 'Valerie Watkin', listed: null, leadFor: null },
  { name: 'Cheryl de Freitas', listed: 'Cheryl.defreitas@yjb.gov.uk', leadFor: null },
  { name: 'Mike Rees', listed: 'mike.rees@n-somerset.gov.uk', leadFor: null },
  { name: 'Louise Johnson', listed: null, leadFor: /\bnorth[- ]east\b/i },
  { name: 'Sarah Ward', listed: null, leadFor: /\bnorth[- ]west\b/i },
  { name: 'Andy Wade', listed: null, leadFor: /\bmidlands?\b/i },
  { name: 'Hannah Griffith', listed: null, leadFor: /\bwales\b/i },
  { name: 'Heather Nicholls', listed: null, leadFor: /\bwales\b/i },
  { name: 'Mark Burden', listed: 'mark.burden1@justice.gov.uk', leadFor: /\bsouth[- ]east\b|\beastern\b/i },
  { name: 'Jon Nason', listed: null, leadFor: /\bsouth[- ]west\b|\bsouth central\b/i },
  { name: 'Patsy Wollaston', listed: null, leadFor: /\blondon\b/i },
  { name: 'Sue Walker', listed: 'susan.walker@yjb.gov.uk', leadFor: null },
];

/**
 * The places the board list names people for, as a question names a place ("for the North West"):
 * the divisional YOS leads' regions, and the North West's director and YJB lead.
 */
export const LISTED_REGION =
  /^(?:North East|North West|Midlands?|Wales|South East(?: and Eastern)?|Eastern|South West(?: South Central)?|South Central|London)$/;

/** The document control's people (Valerie Watkin, an editor, is on the board too). */
export const DOCUMENT_PEOPLE = ['Becky Hart', 'Sarah Chand', 'Sonia Flynn', 'Joseph Sugden', 'Valerie Watkin', 'Emma Faulkner'];

/** Two capitalised words in a row ("Mark Burden", "Contact Service"): how the framework names people, bodies and schemes. */
export const PROPER_NAME = /\b[A-Z][a-z]+ (?:de )?[A-Z][a-z]+\b/g;

/** Any person the framework names, in a message. */
export const FRAMEWORK_PEOPLE = new RegExp(
  `\\b(?:${[...new Set([...DOCUMENT_PEOPLE, ...BOARD_MEMBERS.map((m) => m.name)])].join('|')})\\b`,
  'i',
);

/** Each board member's name as a message may write it (any case). */
export const MEMBER_NAMED = new Map(BOARD_MEMBERS.map((m) => [m, new RegExp(`\\b${m.name}\\b`, 'i')]));
