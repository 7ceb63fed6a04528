/**
 * Realistic wrong edits to what the bot says, each of which the grounding check must catch. The
 * first six are the ones issue 19 found the old check let through; the rest are ours (wrong
 * section, wrong role, a duty's direction reversed, negation flipped, wrong frequency, wrong
 * country, wrong number, wrong grade). `from` must occur in the real text: when an answer is
 * reworded, update its mutation rather than delete it.
 */
export interface Mutation {
  name: string;
  /** A rule id (the copy of RULES is edited) or a statement id (reminder, stage, permission). */
  rule?: string;
  statement?: string;
  from?: string;
  to?: string;
  /** Cite this section instead (rules only). */
  section?: string;
  /** What the check must say: caught for the reason it is wrong, not by accident. */
  reason: RegExp;
}

export const MUTATIONS: Mutation[] = [
  // Issue 19's six.
  {
    name: 'board meets monthly, chaired by the YJB',
    rule: 'governance-board',
    from: 'and it meets quarterly.',
    to: 'and it meets monthly, chaired by the YJB.',
    reason: /"monthly"|yjb chairs/,
  },
  {
    name: 'return plan 3 months after the end',
    rule: 'return-meeting',
    from: 'Six months (6 months) before it ends',
    to: 'Three months (3 months) after it ends',
    reason: /3 month/,
  },
  {
    name: 'tracker 5 weeks after the meeting',
    rule: 'vacancy-tracker',
    from: 'at least 1 week before the YOS Governance Board',
    to: 'at least 5 weeks after the YOS Governance Board',
    reason: /5 week/,
  },
  {
    name: 'overhead also applies to PSOs',
    rule: 'overhead-contribution',
    from: 'it does not apply to probation service officers (PSOs)',
    to: 'it also applies to probation service officers (PSOs)',
    reason: /applies to PSOs; its source excludes them|affirms/,
  },
  {
    name: 'dispute within 1 day',
    rule: 'dispute-resolution',
    from: 'within 28 days of being raised',
    to: 'within 1 day of being raised',
    reason: /number 1\b|1 day/,
  },
  {
    name: 'the NPS does not fund travel; the YOT pays it',
    rule: 'travel-subsistence',
    from: "Secondees' travel and subsistence (T&S) is funded by the NPS as part of its statutory contribution.",
    to: 'The NPS does not fund travel; the YOT pays it.',
    reason: /is negated|yot pays/,
  },
  // Each half of the first on its own.
  {
    name: 'board chaired by the YJB',
    rule: 'governance-board',
    from: 'is chaired by the NPS Portfolio lead',
    to: 'is chaired by the YJB',
    reason: /yjb chairs; the source says portfolio chairs/,
  },
  { name: 'board meets monthly', rule: 'governance-board', from: 'it meets quarterly', to: 'it meets monthly', reason: /says "monthly"/ },
  // Wrong section number.
  { name: 'tracker cites 5.4', rule: 'vacancy-tracker', section: '5.4', reason: /no anchor in section 5\.4/ },
  {
    name: 'YJB answer points to section 5.3 for the board',
    rule: 'youth-justice-board',
    from: '(section 9.1)',
    to: '(section 5.3)',
    reason: /no anchor in section 1\.2, 5\.3/,
  },
  {
    name: 'review reminder quotes 5.4',
    statement: 'reminder three-way-review (asks)',
    from: 'Framework 5.3:',
    to: 'Framework 5.4:',
    reason: /not verbatim/,
  },
  // Wrong role.
  {
    name: 'link manager approves leave',
    rule: 'leave-approval',
    from: "The YOT manager (YOS manager) approves the secondee's leave.",
    to: "The NPS link manager approves the secondee's leave.",
    reason: /link approves/,
  },
  {
    name: 'dispute escalated to the SPOC',
    rule: 'dispute-resolution',
    from: 'escalated to the Head of LDU and the Senior Manager of YOS',
    to: 'escalated to the divisional SPOC',
    reason: /spoc escalated-to/,
  },
  {
    name: 'SPOC chairs the board',
    rule: 'portfolio-lead',
    from: 'the portfolio lead also chairs',
    to: 'the SPOC also chairs',
    reason: /spoc chairs/,
  },
  {
    name: 'Head of LDU agrees sickness cover alone',
    rule: 'sickness-cover',
    from: 'the YOT manager and the NPS lead agree a suitable solution',
    to: 'the Head of LDU agrees a suitable solution',
    reason: /holdu approves/,
  },
  {
    name: 'link manager ensures the induction',
    rule: 'induction-duty',
    from: 'The YOT manager makes sure secondees have an induction.',
    to: 'The NPS link manager makes sure secondees have an induction.',
    reason: /names the link|carries no anchor/,
  },
  {
    name: 'SPOC ensures vetting',
    rule: 'vetting',
    from: 'The Head of LDU makes sure every secondee has been vetted',
    to: 'The divisional SPOC makes sure every secondee has been vetted',
    reason: /names the spoc/,
  },
  // Wrong direction of a duty.
  {
    name: 'the NPS invoices the YOT for the overhead',
    rule: 'overhead-contribution',
    from: 'The YOT invoices the NPS for it.',
    to: 'The NPS invoices the YOT for it.',
    reason: /yot pays|nps invoices/,
  },
  {
    name: 'the YOT funds reasonable adjustments',
    rule: 'reasonable-adjustments',
    from: 'The NPS funds any adaptations',
    to: 'The YOT funds any adaptations',
    reason: /yot pays/,
  },
  {
    name: 'return meeting 6 months after the end',
    rule: 'return-meeting',
    from: 'Six months (6 months) before it ends',
    to: 'Six months (6 months) after it ends',
    reason: /6 month\(s\) after; the source says before/,
  },
  // Negation flipped.
  {
    name: 'fractional PSO resource is funded',
    rule: 'stage-5-reimbursement',
    from: 'Funding will not be provided to replace fractional PSO resource',
    to: 'Funding is provided to replace fractional PSO resource',
    reason: /affirms "provid replac"/,
  },
  {
    name: 'Saturday court is part of the contract',
    rule: 'saturday-court',
    from: 'it is not part of their current contract, so they cannot be required to',
    to: 'it is part of their current contract, so they can be required to',
    reason: /affirms "part"/,
  },
  // Wrong frequency.
  {
    name: 'three-way reviews monthly',
    rule: 'three-way-reviews',
    from: 'at least quarterly',
    to: 'at least monthly',
    reason: /says "monthly"; the source says quarterly/,
  },
  {
    name: 'three-way reviews annually',
    rule: 'three-way-reviews',
    from: 'at least quarterly',
    to: 'at least annually',
    reason: /says "annually"; the source says quarterly/,
  },
  // Wrong country.
  {
    name: 'deprivation factors for Scotland',
    rule: 'complexity-weighting',
    from: '7 for Wales',
    to: '7 for Scotland',
    reason: /names scotland/,
  },
  {
    name: 'framework applies to Wales',
    rule: 'scope',
    from: 'It applies only to the NPS divisions in England',
    to: 'It applies only to the NPS divisions in Wales',
    reason: /names wales/,
  },
  // Wrong number (one the section states elsewhere), wrong grade.
  {
    name: 'caseload of 20',
    rule: 'po-resource',
    from: 'average caseload of 12 cases',
    to: 'average caseload of 20 cases',
    reason: /number 20/,
  },
  {
    name: 'Saturday court for POs',
    rule: 'saturday-court',
    from: 'A seconded PSO does Saturday court work',
    to: 'A seconded PO does Saturday court work',
    reason: /applies to POs; its source names only PSO/,
  },
  // The same check on reminder wording, stage texts and permission reasons.
  {
    name: 'stage-4 reminder misquotes 3 months',
    statement: 'reminder vacancy-stage-4 (asks)',
    from: 'maximum period of 3 months',
    to: 'maximum period of 6 months',
    reason: /not verbatim/,
  },
  {
    name: 'tracker reminder: 2 weeks before',
    statement: 'reminder vacancy-tracker (asks)',
    from: 'at least 1 week prior to YOGB meeting',
    to: 'at least 2 weeks prior to YOGB meeting',
    reason: /not verbatim/,
  },
  {
    name: 'stage 5 after a further 2 months',
    statement: 'vacancy stage 5',
    from: 'After a further month',
    to: 'After a further 2 months',
    reason: /2 month|number 2/,
  },
  {
    name: 'stage 4 invoiced to the YOT',
    statement: 'vacancy stage 4',
    from: 'invoices the NPS for the cost',
    to: 'the NPS invoices the YOT for the cost',
    reason: /nps invoices|yot pays/,
  },
  {
    name: 'permission reason: SPOC approves recruitment (5.5)',
    statement: 'permission vacancy.open (local reason)',
    from: 'the SPOC reports vacancy management to the Governance Board (5.5)',
    to: 'the SPOC approves recruitment (5.5)',
    reason: /no anchor|spoc approves/,
  },
  {
    name: 'return-plan subject: 6 months after',
    statement: 'obligation return-plan (subject)',
    from: '6 months before',
    to: '6 months after',
    reason: /6 month\(s\) after; the source says before/,
  },
  {
    name: 'vacancy card: the SPOC approves recruitment',
    statement: 'card vacancy.json (text)',
    from: 'the Head of LDU approves recruitment',
    to: 'the SPOC approves recruitment',
    reason: /spoc approves/,
  },
  {
    name: 'review form: reviews monthly',
    statement: 'card review-form.json (title)',
    from: 'Three-way review (quarterly, 5.3)',
    to: 'Three-way review (monthly, 5.3)',
    reason: /"monthly"/,
  },
  // Issue 19 item 11: 5.3's board is the local YOS management board, not the YOGB.
  {
    name: 'permission reason: the Head of LDU attends "the board" (5.3)',
    statement: 'permission agenda.view (local reason)',
    from: 'the Head of LDU completes the vacancy tracker "quarterly to coincide with YOGB" (5.3)',
    to: 'the Head of LDU attends the board (5.3)',
    reason: /local YOS management board/,
  },
  {
    name: 'YJB sits on the local management board',
    rule: 'youth-justice-board',
    from: 'The YJB also sits on the YOS Governance Board',
    to: 'The YJB also sits on the local YOS management board',
    reason: /management board|carries no anchor/,
  },
];
