/**
 * The National Partnership Framework for England: Youth Offending Services (NPS, January 2020),
 * as rules the bot answers from. Each answer is our own plain-English summary of the section it
 * cites, with the facts people ask for (numbers, roles, who pays, who decides, by when).
 *
 * Traceable: `anchors` are short verbatim snippets of the cited section; the grounding test
 * (test/framework/grounding.test.ts) fails when an anchor is not in that section of the text, or
 * when a number in an answer does not occur there. A product choice or local practice that the
 * framework does not make goes in `productNote`, which the bot says as such after the answer.
 *
 * `terms` are words people use for the topic (weighed like the title); `asked` are ways people
 * ask, written by us to widen the vocabulary (never copied from test questions). `topic` links a
 * rule to personal facts (personal.ts). Rules with `section: null` describe what the framework
 * does not cover, so such questions are declined rather than half-answered.
 */

export type Topic =
  | 'dispute'
  | 'review'
  | 'tracker'
  | 'secondment-length'
  | 'return-plan'
  | 'expenses'
  | 'vacancy'
  | 'governance-board'
  | 'roles';

export interface Rule {
  id: string;
  /** Framework section cited, e.g. "5.4"; null for topics the framework does not cover. */
  section: string | null;
  title: string;
  answer: string;
  /** Verbatim snippets (a handful of words) of the cited section, checked against the text. */
  anchors: string[];
  terms: string[];
  asked: string[];
  related: string[];
  topic?: Topic;
  /** Said after the answer, labelled as the product's choice, not the framework's. */
  productNote?: string;
  /**
   * Pins for the grounding test, where a sentence's words differ too much from the text to be
   * aligned automatically: the answer sentence (or "; " clause) starting with `sentence` comes
   * from the framework sentence holding `source` (verbatim, in the cited section).
   */
  grounds?: { sentence: string; source: string }[];
}

export const RULES: Rule[] = [
  // Front matter: the document's own control table (before the Contents), cited as "front".
  {
    id: 'document-control',
    section: 'front',
    title: 'When the framework was adopted, reviewed and last updated',
    answer:
      'The framework (National Partnership Framework for England: Youth Offending Services) is dated 16th January 2020. Its version control says it was adopted on 1 April 2015, with reviews from September 2017 to 11 February 2018 by the YOS Governance Board as reviewer. The current version is V0.8 of 10.01.2020 (by Valerie Watkin and Emma Faulkner): updates due to the review of the Funding Formula and general re-formatting, agreed under consultation. The first version, V0.1, is dated 30/01/2015 (Joseph Sugden, initial template ideas). V0.7 (24.11.17, Becky Hart) brought HMPPS branding, changes in titles and agreed changes under consultation.',
    anchors: ['Date Adopted and Review', '1 April 2015', 'September 2017 to 11 February 2018', 'Updates due to review of Funding Formula and general re-formatting'],
    grounds: [
      { sentence: 'The framework (National Partnership Framework', source: '16th January 2020' },
      { sentence: 'Its version control says it was adopted', source: 'Date Adopted and Review' },
      { sentence: 'The current version is V0.8', source: 'Updates due to review of Funding Formula' },
      { sentence: 'The first version, V0.1', source: 'Initial Template ideas' },
      { sentence: 'V0.7 (24.11.17', source: 'HMMPS branding Changes in titles' },
    ],
    terms: ['adopted', 'date adopted', 'when adopted', 'review', 'reviewed', 'review dates', 'last reviewed', 'reviewer', 'version', 'latest version', 'current version', 'v0.8', 'updated', 'last updated', 'document history', 'version control', 'history', 'changes', 'how old', 'date of the framework', 'in force', 'funding formula review', '2015', '2020'],
    asked: ['when was the framework adopted', 'when was the framework last reviewed and by whom', 'what version of the framework is this', 'what changed in the latest version of the framework'],
    related: ['document-ownership', 'governance-board', 'resource-formula'],
  },
  {
    id: 'document-ownership',
    section: 'front',
    title: 'Who wrote, approved and receives the framework',
    answer:
      'The framework\'s document reference is NPS-BDC-SITOS01; its author is Becky Hart, Partnerships and Contracts Senior Manager. It was approved by Sarah Chand, Probation Divisional Director (NPS DBC), with final sign-off by Sonia Flynn, Executive Director of Probation (NPS). It is distributed to the Development and Business Change Section (NPS), the Probation Divisional Directors of NPS Divisions, the Youth Justice Board (YJB) and the Association of YOT Managers (AYM). The YOS Governance Board is its reviewer.',
    anchors: ['NPS-BDC-SITOS01', 'Partnerships and Contracts Senior Manager', 'Executive Director of Probation', 'Development and Business Change Section'],
    grounds: [
      { sentence: 'The framework\'s document reference', source: 'Document Reference No' },
      { sentence: 'It was approved by Sarah Chand', source: 'Probation Divisional Director' },
      { sentence: 'It is distributed to', source: 'Youth Justice Board\tYJB' },
      { sentence: 'The YOS Governance Board is its reviewer', source: 'Reviewer' },
    ],
    terms: ['author', 'wrote', 'written by', 'owner', 'owns', 'approved', 'approval', 'signed off', 'sign-off', 'final signoff', 'distribution', 'distributed', 'circulated', 'who gets', 'document reference', 'reference number', 'becky hart', 'sarah chand', 'sonia flynn', 'doc ref', 'ref no', 'reference no', 'ref number', 'cite the framework', 'approver'],
    asked: ['who wrote the framework', 'who approved and signed off the framework', 'who is the framework distributed to', 'what is the document reference number'],
    related: ['document-control', 'governance-board'],
  },
  // 1 Purpose of partnership working
  {
    id: 'partnership-purpose',
    section: '1',
    title: 'Why the NPS works in partnership with YOS',
    answer:
      'The NPS works with partners to protect the public and help people lead law-abiding and positive lives, because it cannot tackle all the causes of reoffending on its own. It recognises the unique role of local Youth Offending Services in a joint vision for working with children who offend, especially in preventing progression to adult offending and in supporting effective transitions from youth to adult services. Young adult offenders bring different issues, so the principles of good transition must be embedded in practice, policies and procedures.',
    anchors: ['working together to protect the public', 'preventing progression to adult offending', 'supporting effective transition processes'],
    terms: ['purpose', 'partnership working', 'why', 'aim', 'vision', 'mission', 'reoffending', 'young adult', 'point of the framework', 'joint vision'],
    asked: ['why does probation work with youth offending services', 'what is the purpose of partnership working', 'what is the point of the partnership between nps and yos'],
    related: ['hmpps-values', 'scope', 'success'],
  },
  {
    id: 'hmpps-values',
    section: '1',
    title: 'HMPPS values',
    answer:
      'All NPS staff, secondees included, must adhere to the HMPPS values, which also guide partnership working: Purpose (we carry out the sentences and orders of the courts, and prevent victims by changing lives); Humanity (lives can change for the better: encourage hope, give opportunities for rehabilitation, treat everyone with decency and respect); Openness (be fair, make clear and just decisions, be transparent, learn and innovate); Together (value diversity and work across prisons, probation, youth custody and partners to make a positive difference to communities). YOTs share similar values, plus values specific to working with children.',
    anchors: ['HMPPS values are', 'Purpose', 'Humanity', 'Openness', 'Together'],
    terms: ['hmpps values', 'values', 'principles', 'purpose humanity openness together', 'core values', 'ethos', 'decency', 'respect', 'diversity'],
    asked: ['what are the hmpps values', 'which values must nps staff follow', 'what values apply to secondees'],
    related: ['yot-values', 'partnership-purpose'],
  },
  {
    id: 'yot-values',
    section: '1',
    title: 'YOT values for working with children',
    answer:
      'Youth Offending Teams share values similar to the NPS, with extra values specific to working with children: community safety; substance misuse reduction; safeguarding of young people; raising educational achievement; promoting healthy and sustainable communities; improving mental health; better outcomes for looked-after children and corporate parenting; and preventive and diversionary services for children at risk.',
    anchors: ['values that are specific for working with children', 'Substance misuse reduction', 'corporate parenting'],
    terms: ['principles', 'extra principles', 'youth team values', 'work to', 'yot values', 'yos values', 'youth offending values', 'values for children', 'community safety', 'substance misuse', 'educational achievement', 'mental health', 'looked-after children', 'corporate parenting', 'diversionary', 'preventive'],
    asked: ['what values does the yot have', 'what extra values apply to working with children', 'what are the youth offending team values'],
    related: ['hmpps-values', 'partnership-purpose'],
  },
  // 1.1 Scope
  {
    id: 'scope',
    section: '1.1',
    title: 'What the framework covers',
    answer:
      'The framework is the baseline and rationale for what the NPS contributes to Youth Offending Services: it gives national consistency in NPS work with YOS while letting divisions keep some flexibility where appropriate, and it points to the policy NPS divisions need to know about children who offend. It applies only to the NPS divisions in England: HMPPS in Wales and its own arrangements are only referred to (section 6). It gives no instructions on transition from youth to adult services: for that, see the Joint National Protocol for Transitions in England (a YOT in Wales uses the Welsh Transitions protocol).',
    anchors: ['baseline and rationale', 'applies to the NPS Divisions in England only', 'some flexibility where appropriate'],
    terms: ['scope', 'framework', 'covers', 'apply', 'applies', 'england only', 'wales', 'national consistency', 'flexibility', 'divisions', 'baseline', 'what is this document', 'does it apply'],
    asked: ['what does this framework cover', 'does the framework apply to wales', 'can divisions do things differently', 'is the framework the same everywhere'],
    related: ['transitions-guidance', 'wales', 'partnership-purpose'],
  },
  {
    id: 'transitions-guidance',
    section: '1.1',
    title: 'Where the youth-to-adult transition process is set out',
    answer:
      'This framework gives no instructions on transition (young people moving from youth justice to adult probation services). For all transition issues, use the Joint National Protocol for Transitions in England; a YOT in Wales uses the Welsh Transitions protocol (this framework applies only to the NPS divisions in England). The framework only refers to transition where it touches the NPS contribution, such as the secondee managing transition cases (section 5.3).',
    anchors: ['provides no instructions with regard to transition', 'Joint National Protocol for Transitions in England', 'Welsh Transitions protocol'],
    grounds: [{ sentence: 'This framework gives no instructions on transition', source: 'the transition of children who offend to adult probation services' }],
    terms: ['guidance', 'elsewhere', 'other document', 'transfers', 'covered elsewhere', 'transition', 'transitions', 'y2a', 'youth to adult', 'turning 18', 'moving to adult services', 'transfer to probation', 'protocol', 'joint national protocol', 'transition process', 'steps for transition', 'hand over to adult', 'look somewhere else', 'another document', 'handle transitions', 'does this document'],
    asked: ['where is the process for moving a young person to adult probation', 'does the framework explain transitions', 'which document covers youth to adult transition', 'what protocol applies to transition in wales'],
    related: ['scope', 'transition-cases', 'nps-commitment'],
  },
  // 1.2 Governance
  {
    id: 'statutory-partners',
    section: '1.2',
    title: 'Statutory partners of a YOS',
    answer:
      'Under the Crime and Disorder Act 1998, section 39(1) requires the named statutory partners to co-operate to form a YOS, and section 38(1) and (2) name them and give them a duty to co-operate to secure youth justice services for their area. The statutory partners are: the local authority; the police; the probation service (since 1 June 2014 the National Probation Service); and the Clinical Commissioning Group (CCG). The local authority has the primary responsibility for making sure a range of youth justice services is delivered through the YOS.',
    anchors: ['Section 39 (1) of the Crime and Disorder Act 1998', 'From 1 June 2014 this responsibility sits with the National Probation Service', 'The primary responsibility for Local Authorities'],
    terms: ['organisations', 'agencies', 'make up', 'represented', 'statutory partnership', 'obliged', 'legally obliged', 'required by law', 'work with the council', 'legal duty', 'statutory partners', 'partners', 'partner agencies', 'agencies', 'co-operate', 'cooperate', 'duty to co-operate', 'form a yos', 'local authority', 'police', 'ccg', 'health', 'since when', '2014', 'who runs the yos', 'who sets up a yos', 'primary responsibility', 'probation part', 'sat with the nps', 'probation trusts', 'since 2014'],
    asked: ['who are the statutory partners of a yos', 'which agencies must co-operate to form a youth offending service', 'since when has the nps held the probation duty', 'who is mainly responsible for youth justice services locally'],
    related: ['youth-justice-board', 'act-section-38', 'yot-membership'],
  },
  {
    id: 'youth-justice-board',
    section: '1.2',
    title: 'The Youth Justice Board (YJB)',
    answer:
      'The Youth Justice Board (YJB) is the executive non-departmental public body that oversees the youth justice system (YJS) in England and Wales. It also sits on the YOS Governance Board with the NPS and the Association of YOT Managers (section 9.1).',
    anchors: ['executive non-departmental public body', 'oversees the YJS in England and Wales'],
    terms: ['yjb', 'youth justice board', 'oversees youth justice', 'national body', 'non-departmental public body', 'youth justice system', 'yjs', 'nationally', 'who oversees'],
    asked: ['what is the yjb', 'who oversees the youth justice system', 'which body is in charge of youth justice nationally'],
    related: ['statutory-partners', 'governance-board'],
  },
  // 1.3 What does success look like?
  {
    id: 'success',
    section: '1.3',
    title: 'What success looks like',
    answer:
      'Success means the agencies working together for the best possible outcomes for the young person, victims and the public: helping the young person desist from offending and benefit from the support that YOTs and adult services can give through their staff\'s skills. When a young person moves from the YOT to adult services, the transition should be as seamless as possible and the young person should feel thoroughly supported throughout.',
    anchors: ['best possible outcomes for the young person, victims and the public', 'as seamless as possible', 'desist from offending'],
    terms: ['result', 'good result', 'look like', 'what good looks like', 'success', 'successful', 'good looks like', 'outcomes', 'desist', 'desistance', 'seamless', 'goal', 'aim', 'measure of success', 'victims', 'what are we aiming for', 'working', 'is it working', 'how will we know', 'know whether', 'partnership working well'],
    asked: ['what does success look like for the partnership', 'how do we know the partnership is working', 'what outcome is the partnership aiming for'],
    related: ['partnership-purpose', 'transitions-guidance'],
  },
  // 2.1 Crime and Disorder Act 1998
  {
    id: 'act-section-38',
    section: '2.1',
    title: 'Section 38 of the Crime and Disorder Act',
    answer:
      'Section 38 of the Crime and Disorder Act 1998 (local provision of youth justice services): (1) each local authority must secure that, as far as is appropriate for its area, all youth justice services are available there; (2) the chief officer of police, the Secretary of State (for functions under the Offender Management Act 2007), the probation providers required to by arrangements under that Act, and every local probation board and clinical commissioning group for the area must co-operate with the local authority in that duty; (3) the local authority and those partners may make payments towards youth justice services, directly or into a fund the local authority keeps.',
    anchors: ['Section 38: Local provision of Youth Justice Services', 'by contributing to a fund', 'all youth justice services are available there'],
    terms: ['section 38', 'crime and disorder act', 'the act', 'legislation', 'law', 'statute', 'local provision', 'payments', 'fund', 'pooled budget', 'contribute money', 'duty of local authority', 'offender management act'],
    asked: ['what does section 38 of the act say', 'what does the law say about funding youth justice services', 'can partners pay into a youth justice fund'],
    related: ['yot-membership', 'youth-justice-services', 'statutory-partners'],
  },
  {
    id: 'yot-membership',
    section: '2.1',
    title: 'Who a YOT must include (section 39 of the Act)',
    answer:
      'Section 39 of the Crime and Disorder Act 1998 (youth offending teams): two or more local authorities may set up one or more YOTs for their combined areas (39(2)). Every YOT must include at least one of each of these (39(5)): an officer of a local probation service; in England, a person with experience of social work with children nominated by the director of children\'s services (in Wales, a local authority social worker); a police officer; a person nominated by a clinical commissioning group or Local Health Board; and, in England, a person with experience in education nominated by the director of children\'s services (in Wales, one nominated by the chief education officer). The local authority may add others it thinks appropriate after consulting the partners (39(6)).',
    anchors: ['shall include at least one of each of the following', 'an officer of a local probation services', 'a police officer', 'Two (or more) local authorities acting together'],
    grounds: [{ sentence: 'in England, a person with experience of social work', source: 'where the local authority is in Wales, a social worker of the local authority' }],
    terms: ['section 39', 'membership', 'members', 'must include', 'who must be in a yot', 'make up', 'composition', 'social worker', 'police officer', 'education', 'health', 'probation officer', 'legally required', 'by law', 'joint yot', 'two councils', 'shared yot', 'single yot', 'between us', 'next door', 'neighbouring', 'neighbouring council', 'merge', 'merging', 'one yot for two areas'],
    asked: ['who has to be a member of a youth offending team', 'does every yot need a probation officer by law', 'can two councils share one yot', 'what staff must a yot include'],
    related: ['act-section-38', 'statutory-partners', 'youth-justice-services'],
  },
  // 2.2 Statutory responsibilities
  {
    id: 'youth-justice-services',
    section: '2.2',
    title: 'Youth justice services (the statutory duty)',
    answer:
      'Under section 38 of the Crime and Disorder Act 1998 the NPS and the YOS have a statutory duty to contribute to youth justice services, which the Act (38(4)) defines as the following (anything on this list is included): appropriate adults for children detained or questioned by police; help deciding on youth cautions and youth conditional cautions and their conditions; assessing children and young people and providing rehabilitation programmes; supervising and rehabilitating those cautioned; support for children remanded or committed on bail; placing in local authority accommodation children remanded there under section 91(3) of the Legal Aid, Sentencing and Punishment of Offenders Act 2012 (LASPO); reports and information for the courts; YOT functions under the Anti-social Behaviour Act 2003; responsible officers for parenting orders, child safety orders, reparation orders and youth rehabilitation orders; supervising youth rehabilitation orders and detention and training orders (and after them); post-release supervision on licence; and referral orders.',
    anchors: ['statutory duty to contribute to the delivery of youth justice services', 'appropriate adults', 'the implementation of referral orders'],
    terms: ['sitting in', 'police interview', 'interviewed by police', 'detained', 'youth justice services', 'classed as', 'counts as', 'defined as', 'definition', 'on the list', 'statutory duty', 'statutory responsibilities', 'what counts', 'appropriate adult', 'cautions', 'bail', 'remand', 'court reports', 'referral orders', 'youth rehabilitation order', 'yro', 'detention and training order', 'dto', 'licence', 'parenting orders', 'reparation', 'list of services'],
    asked: ['what counts as youth justice services', 'what statutory duty do nps and yos share', 'are referral orders a youth justice service', 'what services must the yos deliver'],
    related: ['act-section-38', 'nps-commitment', 'statutory-partners'],
  },
  // 2.3 NPS commitment
  {
    id: 'nps-commitment',
    section: '2.3',
    title: 'What the NPS commits to as a minimum',
    answer:
      'As a minimum the NPS will: attend local YOS management boards at senior management level, and name a deputy with delegated authority to attend when they cannot; provide the resources needed to meet the statutory responsibilities (the resource allocation in section 5.1); follow the transition process in the Y2A (youth to adult) protocol; and allocate offenders to the appropriate probation provider when they transition from the youth justice service.',
    anchors: ['The NPS will as a minimum', 'identify a deputy with delegated authority', 'Follow the transition process as set out in the Y2A protocol'],
    terms: ['nps commitment', 'commit', 'commitments', 'minimum', 'as a minimum', 'promise', 'nps must', 'what must probation do', 'obligations', 'deputy', 'delegated authority', 'allocate offenders', 'y2a protocol', 'send someone else', 'send my deputy', 'deputy go', 'in my place', 'on behalf of the nps', 'senior management level', 'cannot attend', 'minimum commitments'],
    asked: ['what does the nps commit to as a minimum', 'what must probation do for every yos', 'what is the nps minimum offer'],
    related: ['local-management-board', 'resource-formula', 'transitions-guidance'],
  },
  {
    id: 'local-management-board',
    section: '2.3',
    title: 'NPS attendance at the local YOS management board',
    answer:
      'The NPS must attend local YOS management boards at senior management level, and identify a deputy with delegated authority to attend in their absence. Section 5.3 puts this on the portfolio lead (who makes sure the NPS is represented by a senior leader or a named deputy) and on the Head of LDU (who attends the YOS management board or delegates to the deputy manager).',
    anchors: ['Attend local YOS management Boards at a Senior Management level', 'deputy with delegated authority to attend in absence'],
    terms: ['sit on', 'present', 'committed', 'local management board', 'yos management board', 'yot board', 'local board', 'partnership board', 'management board', 'attend', 'attends', 'represent', 'representation', 'seat', 'senior management level', 'deputy', 'who goes'],
    asked: ['who represents the nps on the local yos management board', 'does probation have to attend the yot management board', 'can the nps send a deputy to the local board'],
    related: ['nps-commitment', 'head-of-ldu', 'portfolio-lead'],
  },
  // 3 Probation Instructions
  {
    id: 'probation-instructions',
    section: '3',
    title: 'Probation Instructions for working with children',
    answer:
      'All NPS staff must be familiar with the Probation Instructions (PIs), found on the HMPPS intranet and EPIC (most are unclassified and public on the MOJ internet). The PIs the framework lists as relevant to working with children are: PI 19/12 Supervision of Young Offenders; PI 31/14 Authorisation as officer of a provider of probation services; PI 07/14 Case transfers; PI 05/14 Case allocation; PI 02/14 Safeguarding of children and vulnerable adults; PI 04/13 Serious Further Offences; PI 03/13 Mandatory use of ViSOR; PI 01/11 The approval and implementation of policy and instruction; and PI 21/10 Information sharing agreement between police and probation.',
    anchors: ['must be familiar with Probation Instructions', 'PI 19/12 Supervision of Young Offenders', 'PI 05/14 Case allocation', 'PI 03/13 Mandatory Use of ViSOR'],
    terms: ['probation instructions', 'pi', 'pis', 'instruction', 'which pi', 'pi number', 'case allocation', 'case transfers', 'supervision of young offenders', 'safeguarding', 'serious further offences', 'sfo', 'visor', 'information sharing', 'epic', 'intranet', '19/12', '05/14', '07/14', '02/14'],
    asked: ['which probation instructions apply to work with children', 'what pi covers case allocation', 'which pi is about case transfers', 'where are the probation instructions kept'],
    related: ['related-policies', 'transition-cases', 'nps-commitment'],
  },
  {
    id: 'related-policies',
    section: '3',
    title: 'Policies listed for reference',
    answer:
      'Besides the Probation Instructions, section 3 lists these policies for reference: the Joint National Protocol for Transitions in England (January 2018, version 2, EQuIP Doc 427); Modern Youth Offending Partnerships (2013, YJB); and Working Together (2015).',
    anchors: ['Joint National Protocol for Transitions in England January 2018 version 2', 'Modern Youth Offending Partnerships', 'Working together 2015'],
    terms: ['policies', 'policy documents', 'reference', 'working together', 'modern youth offending partnerships', 'equip', 'doc 427', 'version 2', 'reading list', 'guidance documents'],
    asked: ['which policies does the framework list for reference', 'what version of the transitions protocol applies', 'is working together referenced'],
    related: ['probation-instructions', 'transitions-guidance', 'research-reports'],
  },
  // 4 Research, evidence base and thematic reports
  {
    id: 'research-reports',
    section: '4',
    title: 'Research, evidence and thematic reports',
    answer:
      'The NPS works to relevant policy and protocol from its own agency, from the Ministry of Justice (details on the MOJ intranet) and on youth offending and youth-to-adult transitions. The framework\'s examples: HMIP thematic inspections and inspections of YOS; children and children who sexually offend; the youth resettlement report; the youth to adult transition report; Better outcomes working with young adult offenders; and the Lammy review (2017). The NPS also makes sure staff develop practice from lessons learned in local authority adult and children serious case reviews, domestic violence homicide reviews, MAPPA serious case reviews and serious further offence reviews.',
    anchors: ['HMIP thematic inspections and inspections of YOS', 'The Lammy review 2017', 'lessons learned from Local Authorities adult and children serious case reviews'],
    terms: ['research', 'evidence', 'evidence base', 'thematic', 'thematic reports', 'inspections', 'hmip', 'lammy', 'lammy review', 'resettlement', 'serious case reviews', 'lessons learned', 'homicide review', 'reports', 'best practice'],
    asked: ['what research should we draw on', 'which thematic reports does the framework mention', 'what reviews should practice learn from'],
    related: ['related-policies', 'other-frameworks'],
  },
  // 5.1 Resource allocation
  {
    id: 'resource-formula',
    section: '5.1',
    title: 'The resource allocation formula',
    answer:
      'The NPS resources each YOT by a funding formula reviewed in 2018 with YOTs; in 2019, 50% of YOTs supplied caseload and duties data. It replaced the old model (an estimate of 10% of caseload / 20 cases per PO) with a mix of caseload and complexity: PO resource for case management based on an average caseload of 12, equal to 0.6 FTE, with a minimum of 0.5 FTE PO in every YOT; extra PO resource for complex cases (deprivation and serious youth violence); and PSO resource of 0.3 FTE (an average of 1.7 days) for the additional court, office and group duties, allocated at LDU cluster level with a minimum of 0.2 FTE.',
    anchors: ['A review of YOS funding was commissioned in 2018', 'estimate of 10% of caseload/ 20 cases per PO', 'combination of caseload and complexity'],
    terms: ['formula', 'funding formula', 'resource allocation', 'resourcing', 'how much resource', 'how many staff', 'allocation', 'calculated', 'worked out', 'fte', 'old model', 'previous model', 'review of funding', 'staffing level', 'how is it decided'],
    asked: ['how is the probation resource for a yot worked out', 'what did the funding formula replace', 'when was the formula reviewed', 'how many seconded staff does a yot get'],
    related: ['po-resource', 'complexity-weighting', 'pso-resource'],
  },
  {
    id: 'po-resource',
    section: '5.1',
    title: 'PO resource: caseload and minimum',
    answer:
      'PO (probation officer) resource is provided for case management, based on a revised average caseload of 12 cases, which equates to 0.6 FTE. Every YOT keeps a minimum of 0.5 FTE of PO resource. Extra PO resource is added for complex cases, weighted for deprivation and serious youth violence. This replaced the old model of an estimated 10% of caseload / 20 cases per PO.',
    anchors: ['revised average caseload of 12, equating to 0.6 FTE', 'a 0.5 FTE minimum level of PO resource retained across all YOTs'],
    terms: ['po resource', 'caseload', 'cases', 'average caseload', 'minimum po', 'smallest yot', 'floor', 'at least', '0.6', '0.5', '12 cases', 'case management', 'how many cases', 'fte per case'],
    asked: ['what caseload is po time based on', 'what is the minimum po resource for a yot', 'how much po time does a small yot get', 'how many cases equal 0.6 fte'],
    related: ['resource-formula', 'complexity-weighting', 'pso-resource'],
  },
  {
    id: 'complexity-weighting',
    section: '5.1',
    title: 'Complexity: deprivation and serious youth violence',
    answer:
      'The formula adds PO resource for complexity in two ways. Deprivation: 6 factors for England and 7 for Wales, all with equal weighting, because nothing shows any one factor matters more than the others. Serious youth violence (SYV): a higher share of SYV offences (YJB data) means a more complex caseload, so provision rises in 10% bands: 0-10% is level 1 (5% provision), 11-20% is level 2 (10% provision), and so on.',
    anchors: ['Inclusion of 6 factors for England and 7 for Wales', 'equal weighting', 'increments of 10%', '0-10% = L1 (5% provision)'],
    terms: ['complexity', 'complex cases', 'deprivation', 'deprived', 'factors', 'weighting', 'weighted', 'serious youth violence', 'syv', 'knife crime', 'violence', 'bands', 'levels', 'increments', 'percentage', 'extra resource', 'additional po'],
    asked: ['how does deprivation affect the allocation', 'how many deprivation factors are used', 'how does serious youth violence change the resource', 'are the deprivation factors weighted equally'],
    related: ['resource-formula', 'po-resource'],
  },
  {
    id: 'pso-resource',
    section: '5.1',
    title: 'PSO resource for additional duties',
    answer:
      'PSO (probation service officer) resource covers the additional duties POs used to do in YOTs, such as court, office and group work, in line with how the NPS uses PSOs and OMiC. YOT returns showed an average of 1.7 days spent on this work, equating to 0.3 FTE. PSO resource is allocated at LDU cluster level, with a minimum of 0.2 FTE, for local decision on how it is used and to keep management arrangements sensible.',
    anchors: ['an average of 1.7 days', 'equating to 0.3 FTE', 'minimum cap of 0.2 FTE', 'allocated at LDU cluster level'],
    terms: ['pso resource', 'pso allocation', 'pso time', 'additional duties', 'other duties', 'court duties', 'office duties', 'group work', 'cluster', 'ldu cluster', '0.3', '0.2', '1.7 days', 'omic', 'minimum pso'],
    asked: ['how much pso time does a yot get', 'what is the minimum pso allocation', 'at what level is pso resource allocated', 'why are psos allocated by cluster'],
    related: ['resource-formula', 'pso-duties', 'po-resource'],
  },
  // 5.2 Interface with CRCs
  {
    id: 'crc-interface',
    section: '5.2',
    title: 'Working with CRCs (until 2021)',
    answer:
      'Post-release supervision was extended to twelve months for everyone sentenced to custody who is 18 or over at release, including those on juvenile sentences; under the Offender Rehabilitation Act 2014 a CRC, the NPS or a YOS can supervise those aged 18 or over in post-sentence supervision after a Detention and Training Order or a section 91 sentence. When a case is to transfer from the YOS, the NPS works with the seconded PO to establish the right allocation, applying the case allocation system before the transition, and the NPS tells the CRC when a new case is allocated to it. Under the probation reform programme all offender management moves to the NPS from 2021, and these CRC arrangements will then no longer apply.',
    anchors: ['extension of supervision after release to twelve months', 'responsibility of the NPS to inform the CRC', 'all offender management will transfer to the NPS from 2021'],
    terms: ['role of the crc', 'crc role', 'crc', 'community rehabilitation company', 'interface', 'post sentence supervision', 'pss', 'post-release', 'twelve months', 'offender rehabilitation act', 'dto', 'section 91', 'inform the crc', 'probation reform', 'unification', '2021', 'still apply', 'transfer to crc'],
    asked: ['how do we work with the crc', 'who tells the crc about a new case', 'do the crc arrangements still apply', 'who supervises an 18 year old after a dto'],
    related: ['transition-cases', 'probation-instructions'],
  },
  // 5.3 Roles and responsibilities
  {
    id: 'nps-role',
    section: '5.3',
    title: 'NPS roles and responsibilities in partnership working',
    answer:
      'The NPS has a statutory responsibility to contribute to youth justice services as part of the multi-agency YOS, to prevent and reduce offending by children and young adults, especially those who will transition to adult services. It does this by providing dedicated, qualified NPS staff to the YOT. NPS Probation Directors and their Heads of LDU support this by deploying resources effectively, engaging with the YOS and other strategic partners to improve transitions and outcomes for young adult offenders, and making sure young adult offenders are allocated to the right probation provider. Section 5.3 sets out the duties of the portfolio lead, Heads of LDU, link managers, YOT managers and secondees.',
    anchors: ['dedicated qualified NPS staff', 'NPS Probation Directors and their NPS Heads of Local Delivery Units', 'multi-agency Youth Offending Service'],
    grounds: [
      { sentence: 'Section 5.3 sets out the duties', source: 'together with other key roles, are set out below' },
      ...['NPS Portfolio Lead', 'NPS Heads of Local Delivery Unit Area', 'NPS Link Manager', 'YOT Manager'].map((heading) => ({ sentence: 'Section 5.3 sets out the duties', source: heading })),
    ],
    terms: ['roles', 'responsibilities', 'who does what', 'nps role', 'probation directors', 'directors', 'roles and responsibilities', 'multi-agency', 'dedicated staff'],
    asked: ['what is the nps role in the yos', 'who does what in the partnership', 'what do probation directors do for yos'],
    related: ['portfolio-lead', 'head-of-ldu', 'link-manager'],
    topic: 'roles',
  },
  {
    id: 'portfolio-lead',
    section: '5.3',
    title: 'Role of the NPS portfolio lead',
    answer:
      'The NPS portfolio lead: resources YOTs to the minimum national requirements or above; identifies a divisional lead; makes sure the NPS is properly represented at each local YOS management board by a senior leader or a named deputy; makes sure NPS commitments and responsibilities on safeguarding and CSE (child sexual exploitation) are met; and has the recruitment vacancy tracker reviewed at each board meeting. Under section 9.1 the portfolio lead also chairs the YOS Governance Board.',
    anchors: ['NPS Portfolio Lead', 'Identify a divisional lead', 'Recruitment Vacancy Tracker to be reviewed at each Board meeting'],
    terms: ['portfolio lead', 'nps portfolio lead', 'national lead', 'divisional lead', 'safeguarding', 'cse', 'child sexual exploitation', 'representation', 'named deputy'],
    asked: ['what does the portfolio lead do', 'who identifies the divisional lead', 'who makes sure safeguarding commitments are met'],
    related: ['governance-board', 'head-of-ldu', 'local-management-board'],
    topic: 'roles',
  },
  {
    id: 'head-of-ldu',
    section: '5.3',
    title: 'Role of the Head of LDU',
    answer:
      'NPS Heads of Local Delivery Unit (Head of LDU): attend the YOS management board or delegate to the deputy manager; provide resources to the minimum national requirements in the framework; make sure secondees are recruited in line with divisional arrangements and are vetted by the NPS to the appropriate level before they start at the YOS; manage secondments under national and divisional agreements, with a named NPS link manager for every secondee; implement national and divisional guidance locally (for example PI 05/14 Case Allocation and the Joint National Protocol for Transitions in England); show strategic commitment to improving transitions; and make sure the Vacancy Tracker is completed quarterly, in time for the YOGB, and submitted to the NPS. With the YOS senior manager, the Head of LDU also resolves disputes escalated under section 9.1.',
    anchors: ['NPS Heads of Local Delivery Unit Area', 'vetted by NPS to the appropriate level prior to commencement of post', 'named NPS link manager for all secondees'],
    terms: ['head of ldu', 'head of local delivery unit', 'ldu head', 'ldu', 'senior manager nps', 'named link manager', 'vetted', 'guidance', 'strategic', 'accountable'],
    asked: ['what is the head of ldu responsible for', 'what does the head of the local delivery unit do', 'who makes sure each secondee has a link manager'],
    related: ['local-management-board', 'vetting', 'vacancy-tracker'],
    topic: 'roles',
  },
  {
    id: 'link-manager',
    section: '5.3',
    title: 'Role of the NPS link manager',
    answer:
      'The NPS link manager is the primary link between the secondee and the NPS. They: keep in contact with the secondee and their YOS manager, including three-way reviews at least quarterly; link with the YOT manager to complete the SPDR; make sure the secondee gets NPS information, news, bulletins, briefings, PIs, training events and development opportunities; implement national and divisional guidance locally; work with the YOT manager and secondee on operational or performance matters under the NPS PIs; complete SOP and Shared Service records such as absence from work and special leave; are a first point of contact for resolving disputes locally; no later than 6 months before the planned end (3 years) prepare the secondee for return to the NPS; demonstrate management commitment to improving transitions through work with secondees, the YOS and key partnership agencies; review any vacancy jointly with the YOS and get the Head of LDU\'s approval to recruit; and make sure the secondee follows NPS and YOS health and safety procedures.',
    anchors: ['Provide primary link between seconded staff and NPS', 'three-way reviews at least quarterly', 'First point of contact for local dispute resolution'],
    terms: ['link manager', 'nps link manager', 'nps manager', 'linked manager', 'primary link', 'responsibilities', 'duties', 'what does my link manager do', 'contact with nps'],
    asked: ['what does the link manager do', 'what are the nps link manager responsibilities', 'who is my link to the nps'],
    related: ['three-way-reviews', 'spdr', 'return-meeting'],
    topic: 'roles',
  },
  {
    id: 'three-way-reviews',
    section: '5.3',
    title: 'Three-way reviews (at least quarterly)',
    answer:
      'The NPS link manager keeps in contact with the secondee and their YOS manager (YOT manager), including three-way reviews of the link manager, secondee and YOS manager at least quarterly. These reviews are separate from the return-planning three-way meeting 6 months before the secondment ends, which is section 5.4\'s (see the return meeting).',
    anchors: ['three-way reviews at least quarterly'],
    terms: ['not met', 'have not met', 'months without a review', 'how long between reviews', 'gap between reviews', 'three-way', 'threeway', 'review', 'reviews', 'three-way meeting', 'catch up', 'supervision meeting', 'how often', 'quarterly', 'meet', 'meeting with link manager', 'regular meeting', 'check in'],
    asked: ['how often are three-way reviews', 'how often should i meet my link manager and yot manager', 'who attends the three-way review'],
    related: ['link-manager', 'spdr', 'return-meeting'],
    topic: 'review',
  },
  {
    id: 'spdr',
    section: '5.3',
    title: 'Who completes the SPDR',
    answer:
      'The NPS link manager links with the YOT manager to complete the secondee\'s SPDR (Staff Performance and Development Record), the NPS appraisal. Under section 8, the secondee\'s training needs are assessed and recorded in the SPDR, and the record of training attended, kept by both the YOS and the NPS, goes into the appraisal/SPDR.',
    anchors: ['To link with YOT Manager and complete SPDR'],
    terms: ['spdr', 'appraisal', 'performance review', 'annual review', 'objectives', 'who does my appraisal', 'complete spdr', 'performance and development'],
    asked: ['who completes my spdr', 'who does the appraisal for a secondee', 'does the yot manager have input into the spdr'],
    related: ['training-records', 'link-manager', 'performance-matters'],
    topic: 'roles',
  },
  {
    id: 'absence-records',
    section: '5.3',
    title: 'Recording absence and special leave',
    answer:
      'The NPS link manager completes the SOP and Shared Service records where required, for example absence from work and special leave. The YOT manager approves the secondee\'s leave. For long-term sickness, see section 5.6: the YOT manager and the NPS lead agree a solution.',
    anchors: ['complete SOP and Shared Service records', 'Absence from work; special leave'],
    terms: ['absence', 'absence record', 'record absence', 'special leave', 'shared service', 'sop record', 'sick day', 'off sick', 'report sickness', 'who records', 'log absence'],
    asked: ['who records my absence on sop', 'who puts special leave on the system', 'who logs a secondee sick day'],
    related: ['leave-approval', 'sickness-cover', 'link-manager'],
  },
  {
    id: 'performance-matters',
    section: '5.3',
    title: 'Performance and operational concerns about a secondee',
    answer:
      'When operational or performance matters arise, the NPS link manager is responsible for working with the YOT link manager and the secondee to address them under the relevant NPS Probation Instructions. Under section 8, the YOS keeps overall responsibility for monitoring the secondee\'s performance and development during the secondment, and the NPS, as employer, holds ultimate accountability for capability.',
    anchors: ['Where operational/performance matters arise the NPS link manager will be responsible'],
    terms: ['performance', 'underperforming', 'poor performance', 'capability', 'conduct', 'concern about secondee', 'operational matters', 'not performing', 'problem with secondee', 'disciplinary', 'improvement'],
    asked: ['who deals with a secondee who is underperforming', 'what happens if there are performance concerns about a secondee', 'who handles operational problems with a secondee'],
    related: ['link-manager', 'training-records', 'employment-status'],
  },
  {
    id: 'vacancy-review',
    section: '5.3',
    title: 'When a seconded post falls vacant',
    answer:
      'When a vacancy arises, the NPS link manager reviews it jointly with the YOS and gets approval from the Head of LDU to recruit, following the division\'s agreed recruitment process and procedures. The YOT manager works jointly with the NPS in the recruitment and makes sure the Vacancy Tracker is completed on time. The Head of LDU makes sure recruitment follows divisional arrangements and that secondees are vetted before they start.',
    anchors: ['When a vacancy arises, will be responsible for reviewing the vacancy', 'receive approval from Head of LDU to recruit to the vacancy'],
    terms: ['vacancy arises', 'post vacant', 'someone leaves', 'leaving', 'resigns', 'approval to recruit', 'permission to recruit', 'sign off recruitment', 'who approves recruitment', 'replace secondee'],
    asked: ['who approves recruiting to a vacant secondment', 'what happens when a secondee leaves', 'who reviews a vacancy'],
    related: ['joint-recruitment', 'recruitment-stages', 'vacancy-tracker'],
    topic: 'vacancy',
  },
  {
    id: 'health-safety',
    section: '5.3',
    title: 'Health and safety for secondees',
    answer:
      'The NPS link manager makes sure the secondee understands and meets the required NPS health and safety procedures, and also complies with the specific health and safety procedures for the work of the YOS.',
    anchors: ['required NPS health & safety procedures'],
    terms: ['health and safety', 'health & safety', 'safety', 'safe working', 'lone working', 'risk assessment', 'safety procedures'],
    asked: ['whose health and safety rules does a secondee follow', 'who makes sure the secondee follows health and safety'],
    related: ['link-manager', 'workspace-equipment'],
  },
  {
    id: 'yot-manager',
    section: '5.3',
    title: 'Role of the YOT manager',
    answer:
      'The YOT manager (YOS manager): provides line management to the secondee; allocates work appropriate to the secondee, in line with their PO or PSO role; keeps in contact with the NPS link manager; is a first point of contact for resolving disputes locally; when a vacancy arises, works jointly with the NPS in recruitment and makes sure the Vacancy Tracker is completed on time; makes sure secondees have an induction; and approves the secondee\'s leave.',
    anchors: ['Provide line management to the YOS Secondee', 'Approve Leave of secondee', 'Ensure Secondees have an induction'],
    terms: ['yot manager', 'yos manager', 'yot manager role', 'responsibilities', 'duties', 'what does the yot manager do', 'allocate work'],
    asked: ['what does the yot manager do for secondees', 'what are the yos manager responsibilities'],
    related: ['line-management', 'leave-approval', 'induction-duty'],
    topic: 'roles',
  },
  {
    id: 'line-management',
    section: '5.3',
    title: 'Who line-manages a secondee',
    answer:
      'Day to day, the secondee is line managed by the YOT manager (YOS manager), who allocates work appropriate to their role and approves their leave. The NPS link manager is the secondee\'s primary link with the NPS: three-way reviews at least quarterly, the SPDR (completed with the YOT manager) and NPS records. The secondee remains an NPS employee (section 5.4).',
    anchors: ['Provide line management to the YOS Secondee', 'Allocate work appropriate to secondee'],
    terms: ['supervision', 'day to day supervision', 'responsible for me', 'actual line manager', 'line manager', 'line management', 'line managed', 'manages me', 'manager day to day', 'day to day', 'day-to-day', 'supervisor', 'who do i report to', 'report to', 'allocates work', 'gives me work', 'who is in charge of me', 'workload'],
    asked: ['who line manages a secondee', 'who is my manager day to day', 'who do i report to in the yot', 'who gives me my work'],
    related: ['yot-manager', 'link-manager', 'employment-status'],
    topic: 'roles',
  },
  {
    id: 'leave-approval',
    section: '5.3',
    title: 'Who approves a secondee\'s leave',
    answer:
      'The YOT manager (YOS manager) approves the secondee\'s leave. The NPS link manager completes the SOP and Shared Service records where required, for example absence from work and special leave.',
    anchors: ['Approve Leave of secondee', 'Absence from work; special leave'],
    terms: ['leave', 'annual leave', 'approve leave', 'leave request', 'book leave', 'request leave', 'day off', 'days off', 'who signs off leave', 'special leave', 'book time off'],
    asked: ['who approves my annual leave', 'who do i ask for a day off', 'who signs off a secondee leave request'],
    related: ['absence-records', 'yot-manager', 'line-management'],
    topic: 'roles',
  },
  {
    id: 'induction-duty',
    section: '5.3',
    title: 'Who makes sure a secondee has an induction',
    answer:
      'The YOT manager makes sure secondees have an induction. Section 8 adds that an induction for NPS secondees is required and should include, for example, ICT and assessment tools, with training made available for day-to-day tasks and statutory requirements.',
    anchors: ['Ensure Secondees have an induction'],
    terms: ['induction', 'inducted', 'new starter', 'first day', 'starting', 'onboarding', 'who arranges induction', 'new secondee'],
    asked: ['who arranges my induction', 'who makes sure a new secondee is inducted', 'who is responsible for induction'],
    related: ['induction-training', 'yot-manager', 'vetting'],
  },
  {
    id: 'vetting',
    section: '5.3',
    title: 'Vetting of secondees',
    answer:
      'The Head of LDU makes sure every secondee has been vetted by the NPS to the appropriate level before they start in post with the YOS, and that recruitment follows divisional arrangements. Section 5.5 adds that the NPS follows the correct recruitment and vetting policies, and that a temporary worker the YOT takes on while a post stays unfilled is vetted through the YOS\'s own internal processes.',
    anchors: ['vetted by NPS to the appropriate level', 'prior to commencement of post with the YOS'],
    terms: ['vetting', 'vetted', 'security clearance', 'clearance', 'dbs', 'checks', 'background check', 'before starting', 'before they start'],
    asked: ['who makes sure a secondee is vetted', 'does a secondee need vetting before starting', 'who vets temporary staff'],
    related: ['head-of-ldu', 'joint-recruitment', 'stage-4-temporary-worker'],
  },
  {
    id: 'po-duties',
    section: '5.3',
    title: 'Duties of a seconded PO',
    answer:
      'A seconded PO works to the generic NPS PO job description plus duties for the specialist role: case management of high risk / high likelihood of reoffending cases (assessment, planning and interventions, including specialist work such as with sex offenders); acting as in-house expert on MAPPA and risk of harm; NPS reference point and liaison with the home agency; preparing youth offending reports; holding cases identified for transition to probation, managing the transition and allocating them to adult services, with liaison and sentence planning with the CRC and NPS; on-site access to NPS IT for background checks; referring to NPS interventions; identifying care leavers and linking with their local authority social worker; timely, accurate recording on the YOS database and nDelius; keeping up to date with NPS developments and links with the link manager and local teams; giving evidence of travel and subsistence claims to the YOS manager and link manager for correct recharge; following YOS restorative justice procedures; being the contact for NPS Victim Liaison Units on cases eligible for the Victim Contact Service (VCS); and other duties suited to the role.',
    anchors: ["PO's", 'Case management of high risk/likelihood of re-offending cases', "To act as in house 'expert' on MAPPAs", 'Victim Contact Service (VCS)'],
    terms: ['po duties', 'po role', 'seconded po', 'probation officer duties', 'job description', 'what does a po do', 'high risk', 'mappa', 'expert', 'care leavers', 'ndelius', 'recording', 'victim liaison', 'vcs', 'restorative justice', 'reports', 'interventions', 'sex offender'],
    asked: ['what does a seconded po do in the yot', 'what are a probation officer\'s duties in the yos', 'who is the mappa expert in the yot'],
    related: ['pso-duties', 'transition-cases', 'travel-subsistence'],
    topic: 'roles',
  },
  {
    id: 'transition-cases',
    section: '5.3',
    title: 'Who handles transition cases',
    answer:
      'The seconded PO holds the cases identified for transition to probation and is responsible for managing the transition: they carry out the allocation to adult services for transition cases and the liaison and sentence planning with the CRC and NPS. (Section 5.2 adds that the NPS works with the seconded PO to establish the right allocation before a case transfers; the transition process itself is in the Joint National Protocol for Transitions in England, section 1.1.)',
    anchors: ['Hold cases identified for transition to Probation', 'Responsibility for managing transition', 'Undertake allocation to Adult Services for transition cases'],
    terms: ['transition cases', 'turning 18', 'reaching 18', 'transfer to adult services', 'adult services', 'allocation to adult', 'who allocates', 'moving to probation', 'handover', 'transfer case'],
    asked: ['who handles cases turning 18', 'who allocates transition cases to adult services', 'who manages the transition of a young person to probation'],
    related: ['transitions-guidance', 'po-duties', 'crc-interface'],
  },
  {
    id: 'pso-duties',
    section: '5.3',
    title: 'Duties of a seconded PSO',
    answer:
      'A seconded PSO works to the generic NPS PSO job description plus: court work (Saturday court only by agreement with the secondee, as it is not part of their current contract; where they agree, they can claim via SOP); office duty; running and supporting programmes; case management support; and other duties suited to the role.',
    anchors: ["PSO's", 'Running and supporting programmes', 'Case management support'],
    terms: ['support worker', 'unqualified', 'day to day duties', 'meant to be doing', 'pso duties', 'pso role', 'seconded pso', 'probation service officer duties', 'what does a pso do', 'court work', 'office duty', 'programmes', 'case management support'],
    asked: ['what does a seconded pso do', 'what are the duties of a pso in the yot'],
    related: ['saturday-court', 'pso-resource', 'po-duties'],
    topic: 'roles',
  },
  {
    id: 'saturday-court',
    section: '5.3',
    title: 'Saturday court for PSOs',
    answer:
      'A seconded PSO does Saturday court work only by agreement with them: it is not part of their current contract, so they cannot be required to. Where they agree, they can claim for it through the SOP system.',
    anchors: ['Saturday Court work needs to be by agreement with the secondee', 'does not form part of their current contract', 'claim via the SOP system'],
    terms: ['obliged', 'remand court', 'cover court', 'required', 'saturday', 'saturday court', 'weekend court', 'weekend', 'weekends', 'have to', 'required', 'make me', 'refuse', 'contract', 'court on saturday', 'extra court'],
    asked: ['do psos have to do saturday court', 'can my yot manager make me work saturday court', 'how is saturday court claimed'],
    related: ['pso-duties', 'travel-subsistence'],
  },
  // 5.4 Other resource considerations
  {
    id: 'secondment-length',
    section: '5.4',
    title: 'Length of a secondment',
    answer:
      'A YOS secondment lasts at most 3 years: "a maximum period of three years (2+1)", in line with Civil Service Commissioner rules. This applies to all YOS secondees, POs and PSOs alike. 6 months before it ends, a three-way meeting plans the return to the NPS and starts recruiting a replacement.',
    anchors: ['maximum period of three years (2+1)', 'in line with Civil Service Commissioner rules'],
    terms: ['why', 'rule', 'where does the limit come from', 'capped', 'cap', 'length', 'how long', 'duration', 'longest', 'maximum', 'limit', 'term', 'years', 'extend', 'extension', 'renew', '2+1', 'period', 'stay', 'how many years', 'fourth year', 'longer', 'beyond', 'civil service commissioner'],
    asked: ['how long can a secondment last', 'what is the maximum length of a secondment', 'can my secondment be extended', 'can i stay longer than three years'],
    related: ['return-meeting', 'recruitment-stages'],
    topic: 'secondment-length',
    productNote: 'The framework does not spell out "(2+1)": reading it as 2 years that may be extended by 1 year is our reading, not the framework\'s words.',
  },
  {
    id: 'return-meeting',
    section: '5.4',
    title: 'Planning the return to the NPS',
    answer:
      '6 months (six months) before the secondment ends, a three-way meeting between the YOS manager, the NPS link manager and the secondee must take place to draw up a plan for the secondee\'s return to the NPS and to start recruiting a replacement. (Section 5.3 also asks the link manager, no later than 6 months before the planned end, to prepare the secondee for return, including training and development needs and the vacancies available.)',
    anchors: ['Six months prior to the end of the secondment period a three-way meeting', 'draw up a plan for the return of the secondee', 'start the recruitment process for a replacement'],
    terms: ['return', 'returning', 'return to nps', 'going back', 'back to nps', 'end of secondment', 'ending', 'finishes', 'replacement', 'six months before', 'return plan', 'plan the return', 'exit', 'leaving the yot', 'when does recruitment start'],
    asked: ['what happens when my secondment ends', 'when should we plan the return to the nps', 'when does recruitment of a replacement start', 'who is at the return meeting'],
    related: ['secondment-length', 'three-way-reviews', 'recruitment-stages'],
    topic: 'return-plan',
  },
  {
    id: 'workspace-equipment',
    section: '5.4',
    title: 'Desk, phone, IT and laptop',
    answer:
      'The YOS provides seconded staff with a suitable work area, including a desk, telephone and appropriate ICT equipment, and provides administration. The NPS provides NPS laptops so secondees can access NPS systems. Reasonable adjustments are funded by the NPS (the YOT invoices the NPS for equipment).',
    anchors: ['appropriate work area, including desk, telephone and appropriate ICT equipment', 'Administration to be provided by YOS', 'NPS laptops'],
    terms: ['mobile', 'desk', 'workspace', 'work area', 'office space', 'phone', 'telephone', 'ict', 'it equipment', 'computer', 'laptop', 'nps laptop', 'kit', 'equipment', 'admin', 'administration', 'admin support', 'nps systems', 'access systems', 'who provides', 'supply', 'supplies', 'give seconded staff', 'support and equipment', 'nps supply'],
    asked: ['who provides my desk and phone', 'who gives the secondee a laptop', 'who provides admin support for secondees', 'how do i access nps systems at the yot'],
    related: ['reasonable-adjustments', 'travel-subsistence', 'employment-status'],
  },
  {
    id: 'reasonable-adjustments',
    section: '5.4',
    title: 'Reasonable adjustments for secondees',
    answer:
      'A secondee remains an NPS employee, so the NPS must make sure they are supported at the YOT with any reasonable adaptations identified by an OHU (occupational health) or DDA / Access to Work assessment. The YOT helps the secondee get those assessments and adaptations. The NPS funds any adaptations or reasonable adjustments; the YOT invoices the NPS for the cost of any equipment needed.',
    anchors: ['NPS will be required to fund any adaptations', 'YOT to invoice NPS for the cost of any equipment required', 'OHU or DDA/ Access to Work based assessment'],
    terms: ['reasonable adjustments', 'adjustments', 'adaptations', 'adapted', 'disability', 'disabled', 'access to work', 'occupational health', 'ohu', 'dda', 'special equipment', 'special chair', 'chair', 'ergonomic', 'back problem', 'assessment', 'who pays for equipment', 'specialist equipment'],
    asked: ['who pays for reasonable adjustments', 'who funds equipment recommended by occupational health', 'who pays for a special chair for my back', 'who buys adapted equipment for a disabled secondee'],
    related: ['workspace-equipment', 'employment-status'],
  },
  {
    id: 'employment-status',
    section: '5.4',
    title: 'Secondees remain NPS employees',
    answer:
      'A seconded member of staff remains an employee of the NPS throughout the secondment. The NPS, as employer, funds their reasonable adjustments and NPS laptop here, and holds ultimate accountability for their capability (section 8), while the YOT manager line-manages them day to day (section 5.3). The framework does not deal with pay or other terms and conditions.',
    anchors: ['A seconded member of staff will remain the employee of NPS'],
    grounds: [
      { sentence: 'The NPS, as employer, funds', source: 'NPS will be required to fund any adaptations' },
      { sentence: 'The NPS, as employer, funds', source: 'Provide line management to the YOS Secondee' },
    ],
    terms: ['employee', 'employed', 'employer', 'employment', 'who employs', 'still nps', 'remain', 'whose staff', 'nps employee', 'work for'],
    asked: ['who is the employer of a seconded officer', 'is a secondee still an nps employee', 'who do i actually work for'],
    related: ['line-management', 'reasonable-adjustments', 'performance-matters'],
  },
  {
    id: 'travel-subsistence',
    section: '5.4',
    title: 'Travel and subsistence (T&S) claims',
    answer:
      'Secondees\' travel and subsistence (T&S) is funded by the NPS as part of its statutory contribution. Before submitting a claim, the secondee must get the expenses signed off by the YOS manager (YOT manager), and a record of that authorisation is kept for both NPS and YOS finance. The secondee then claims through the standard HMPPS procedure via SOP. Management controls must be in place to approve and monitor travel, and secondees must follow PI 02/16 Offender travel. (Section 5.3 also asks POs to give evidence of claims to the YOS manager and link manager so the cost is recharged correctly.)',
    anchors: ['funded by NPS as part of the statutory contribution', 'claim through the standard HMPPS procedure via SOP', 'PI02/16 Offender travel', 'get sign off for expenses by YOS manager before submitting'],
    terms: ['travel', 'subsistence', 'expenses', 'expense', 'mileage', 'claim', 'claims', 'reimbursed', 'reimburse', 'paid back', 'sop', 'sign off expenses', 'approve expenses', 'who pays travel', 'train fare', 'travel costs', 'offender travel', 'record of authorisation'],
    asked: ['how do i claim mileage', 'who approves my travel claim', 'who pays for secondees travel', 'where do i submit my expenses', 'which pi covers travel'],
    related: ['workspace-equipment', 'overhead-contribution', 'yot-manager'],
    topic: 'expenses',
    productNote:
      'In this bot, say "claim expenses" to send a claim to your YOT manager. The bot reminds the manager if a claim waits longer than the sign-off period set for your area (shown on the claim form; product default 5 working days): that deadline is a product setting, not the framework\'s.',
  },
  {
    id: 'overhead-contribution',
    section: '5.4',
    title: 'The £5,000 overhead contribution per PO',
    answer:
      'As part of its contribution the NPS pays an overhead contribution at a set rate of £5,000 per seconded probation officer (PO) only; it does not apply to probation service officers (PSOs). The YOT invoices the NPS for it. The framework\'s example: a YOT whose resource is 1.5 POs invoices the NPS for £10,000.',
    anchors: ['set rate of £5000 per Probation Officer (PO) secondee', 'invoice NPS for £10,000', 'not applied to Probation Service Officers'],
    terms: ['nps pay the yos', 'pay per po', 'per seconded po', 'pro rata', 'part-time', 'part time po', 'fractional', 'amount', 'annual', 'figure', 'how much to invoice', 'overhead', 'overheads', 'overhead contribution', 'contribution', 'set rate', '5000', 'per po', 'money', 'funding', 'payment to yot', 'invoice', 'on costs', 'accommodation costs', '1.5'],
    asked: ['what overhead does the nps give the yot for each po', 'is there an overhead payment for psos', 'how much can a yot with 1.5 pos invoice', 'who invoices the overhead'],
    related: ['resource-formula', 'travel-subsistence', 'reasonable-adjustments'],
  },
  // 5.5 Recruitment
  {
    id: 'joint-recruitment',
    section: '5.5',
    title: 'Joint recruitment of secondees',
    answer:
      'Recruiting a secondee probation officer must be done jointly, as best practice in partnership working: the NPS follows the correct recruitment and vetting policies, with shortlisting and interview panels held jointly with the YOT manager. Whatever the number of candidates, even a single one, an interview must take place to assess suitability for the post.',
    anchors: ['recruitment to the role of secondee probation officer must be undertaken jointly', 'Regardless of the number of candidates, an interview must take place'],
    terms: ['recruitment', 'recruit', 'joint recruitment', 'interview', 'interviews', 'panel', 'interview panel', 'shortlisting', 'shortlist', 'candidates', 'one candidate', 'only applicant', 'hiring', 'selection', 'appoint', 'skip the interview', 'without an interview', 'no interview', 'only one applicant', 'one applicant', 'single applicant', 'just appoint', 'appoint her', 'appoint him', 'save time'],
    asked: ['who sits on the interview panel for a secondee', 'do we have to interview if there is only one candidate', 'is recruitment of secondees joint'],
    related: ['no-applicants', 'recruitment-stages', 'vetting'],
    topic: 'vacancy',
  },
  {
    id: 'no-applicants',
    section: '5.5',
    title: 'When nobody applies',
    answer:
      'Where there are no applicants, the YOT manager must be made aware and a discussion held with the NPS lead; the staged process must then be followed: stage 1, the NPS provides existing probation resource; stage 2, an operational agency temp back-fills to release probation resource; stage 3, an operational agency temp fills the secondment; stage 4, after a maximum of 3 months unfilled, the YOT may secure a temporary worker and invoice the NPS; stage 5, after a further 1 month, the NPS reimburses in lieu.',
    anchors: ['Where there are no applicants the YOT manager is to be made aware', 'a discussion held with the NPS lead'],
    terms: ['no applicants', 'no candidates', 'no interest', 'advert failed', 'no takers'],
    asked: ['what happens if nobody applies for the secondment', 'what if there are no applicants for the post'],
    related: ['recruitment-stages', 'joint-recruitment'],
    topic: 'vacancy',
  },
  {
    id: 'recruitment-stages',
    section: '5.5',
    title: 'The five recruitment stages for an unfilled post',
    answer:
      'The staged process that must be followed: Stage 1: the NPS provides existing probation officer(s) and PSO(s) (probation resource) into the YOT role. Stage 2: if no probation resource is available, the NPS uses an operational agency temporary worker to back-fill so probation resource can be released to the YOT. Stage 3: if still none can be released, an operational agency temp fills the secondment. Stage 4: if no operational temporary staff are available and the vacancy has been unfilled for a maximum of 3 months, the YOT manager is told and, where possible, the YOT secures a suitable temporary worker and invoices the NPS for the cost (the NPS SPOC gives the business hub details; the YOS vets them itself). Stage 5: after a further 1 month, with evidence from the YOS that the post is still unfilled, the NPS reimburses the YOS in lieu of the vacancy being filled. No funding replaces fractional PSO resource left unfilled because of local arrangements.',
    anchors: ['Stage 1 – NPS provide an existing Probation Officer(s)', 'Stage 2 – If no Probation Resource is available', 'Stage 3 – If there is still no Probation Resource', 'Stage 5 – Following a further period of 1 month'],
    terms: ['stages', 'stage', 'staged process', 'five stages', 'stage 1', 'stage 2', 'stage 3', 'unfilled', 'unfilled post', 'empty post', 'cannot fill', 'hard to fill', 'vacancy process', 'agency temp', 'back fill', 'backfill', 'existing staff', 'agency worker', 'straight into the yot', 'before that', 'nobody to spare', 'cannot spare', 'no one free', 'first step', 'what should we try'],
    asked: ['what are the recruitment stages', 'what happens if a seconded post cannot be filled', 'what is stage 2 of the recruitment process', 'what happens when a post stays vacant'],
    related: ['stage-4-temporary-worker', 'stage-5-reimbursement', 'recruitment-conditions'],
    topic: 'vacancy',
  },
  {
    id: 'stage-4-temporary-worker',
    section: '5.5',
    title: 'Stage 4: the YOT hires a temporary worker',
    answer:
      'Stage 4: where no operational temporary staff are available and the vacancy has been unfilled for a maximum period of 3 months, the YOT manager is informed and, where possible, the YOT secures a temporary staff member appropriate to the role and invoices the NPS for the cost. The NPS SPOC provides the details of the business hub for the invoice, and the YOS vets the candidate through its own internal processes. Stage 4 needs full liaison between the NPS and the YOT, with an understanding of the costs, and the cover must stay temporary because the NPS keeps sourcing probation resource.',
    anchors: ['the vacancy has been unfilled for a maximum period of 3 months', 'invoice NPS for the cost of this temporary staff member', 'NPS SPOC to provide details of business hub'],
    terms: ['where does the invoice go', 'invoice details', 'who gives the details', 'stage 4', 'temporary worker', 'temp', 'temporary staff', 'agency worker', 'locum', 'hire our own', 'yot hires', 'invoice nps', 'bill nps', 'charge nps', 'business hub', 'three months', '3 months', 'after 3 months'],
    asked: ['when can the yot get its own temp and bill the nps', 'what is stage 4', 'who gives the business hub details for the invoice', 'who vets a temporary worker the yot hires'],
    related: ['recruitment-stages', 'stage-5-reimbursement', 'spoc'],
    topic: 'vacancy',
  },
  {
    id: 'stage-5-reimbursement',
    section: '5.5',
    title: 'Stage 5: reimbursement in lieu',
    answer:
      'Stage 5: after a further period of 1 month (beyond stage 4), with evidence from the YOS that the vacancy is still unfilled by either a PO/PSO or a YOT-appointed temporary worker, the NPS reimburses the YOS in lieu of the vacancy being filled. Funding is not provided to replace fractional PSO resource that cannot be filled because of local arrangements. The Vacancy Tracker is the evidence for stage 5 reimbursement.',
    anchors: ['NPS will provide reimbursement in lieu of the vacancy being filled', 'Funding will not be provided to replace fractional PSO resource'],
    terms: ['pay us', 'pay the money instead', 'money', 'stage 5', 'reimbursement', 'reimburse', 'in lieu', 'money instead', 'payment instead', 'funding instead', 'fractional pso', 'part-time pso', 'evidence', 'further month', 'four months', 'absorb', 'still empty', 'after stage 4', 'start reimbursing', 'how long after stage 4', 'cover the cost'],
    asked: ['when does the nps reimburse the yos for an unfilled post', 'what is stage 5', 'is there reimbursement for a fractional pso post'],
    related: ['recruitment-stages', 'vacancy-tracker', 'stage-4-temporary-worker'],
    topic: 'vacancy',
  },
  {
    id: 'recruitment-conditions',
    section: '5.5',
    title: 'Conditions on the staged process',
    answer:
      'Conditions on the staged process: there must be a clear evidence trail showing the timescales and efforts at each stage; stage 4 needs full liaison between the NPS and the YOT, with an understanding of the costs of suitable temporary staff; the cover must be temporary, not a permanent appointment, because the NPS must keep sourcing probation resource for the role; each divisional NPS SPOC reports on vacancy management to the Governance Board; and the Vacancy Tracker must be completed and submitted to the NPS quarterly, at least 1 week before the YOGB meeting.',
    anchors: ['There must be a clear evidence trail', 'The cover must be temporary and not employed'],
    terms: ['conditions', 'evidence trail', 'audit trail', 'paper trail', 'record keeping', 'evidence', 'permanent', 'keep the temp', 'employ the temp', 'make permanent', 'timescales'],
    asked: ['what evidence do we need for the vacancy process', 'can the yot employ the temporary worker permanently', 'what conditions apply to the stages'],
    related: ['recruitment-stages', 'vacancy-tracker', 'spoc'],
    topic: 'vacancy',
  },
  {
    id: 'spoc',
    section: '5.5',
    title: 'Role of the divisional SPOC',
    answer:
      'The framework gives the NPS divisional SPOC (single point of contact) these jobs. Recruitment (section 5.5): each divisional SPOC reports back on vacancy management to the Governance Board, showing the efforts to keep recruiting to YOT secondments, and at stage 4 provides the business hub details when the YOT invoices the NPS for a temporary worker. Disputes (section 9.1): the SPOC must be made aware of any dispute escalated to the Head of LDU and the YOS senior manager, so it can be raised at the YOS Governance Board; the board\'s Terms of Reference are available on request via the SPOC.',
    anchors: ['Each divisional SPOC for NPS', 'reporting back on vacancy management to the Governance Board', 'NPS SPOC to provide details of business hub'],
    grounds: [{ sentence: 'The framework gives the NPS divisional SPOC', source: 'Each divisional SPOC for NPS will be responsible' }],
    terms: ['spoc', 'single point of contact', 'divisional spoc', 'nps spoc', 'what does the spoc do', 'point of contact', 'divisional contact'],
    asked: ['what does the divisional spoc do', 'who is the single point of contact for', 'what is the spoc responsible for'],
    related: ['governance-board', 'dispute-resolution', 'recruitment-conditions'],
    topic: 'roles',
  },
  {
    id: 'vacancy-tracker',
    section: '5.5',
    title: 'The quarterly Vacancy Tracker',
    answer:
      'YOT managers and Heads of LDU complete the Vacancy Tracker and submit it to the NPS quarterly, at least 1 week before the YOS Governance Board (YOGB) meeting. It shows the efforts made to keep recruiting to YOT secondments and provides the evidence for reimbursement at stage 5. (Section 5.3: the Head of LDU makes sure it is completed and submitted, and the portfolio lead has it reviewed at each board meeting.)',
    anchors: ['Vacancy Tracker must be completed and submitted to NPS by YOT managers/LDU Heads', 'quarterly, at least 1 week prior to YOGB meeting'],
    grounds: [{ sentence: 'Section 5.3: the Head of LDU makes sure', source: 'Ensure completion of Vacancy Tracker, quarterly to coincide with YOGB' }],
    terms: ['vacancy tracker', 'tracker', 'submit tracker', 'tracker due', 'when is the tracker', 'deadline', 'due', 'before yogb', 'before the board', 'one week', 'quarterly return', 'who fills in', 'who submits'],
    asked: ['when is the vacancy tracker due', 'who completes the vacancy tracker', 'how far before the governance board is the tracker sent', 'who sends the vacancy tracker to the nps'],
    related: ['recruitment-conditions', 'governance-board', 'stage-5-reimbursement'],
    topic: 'tracker',
    productNote: 'In this bot, say "tracker submitted" to record it.',
  },
  // 5.6 Maternity and long-term sickness
  {
    id: 'maternity-cover',
    section: '5.6',
    title: 'Maternity cover',
    answer:
      'The NPS has a statutory responsibility to provide probation resource to the YOS, so if a seconded member of staff goes on maternity leave, the NPS is responsible for making sure cover is provided. Where cover is agreed, the staged recruitment process (section 5.5) must be followed.',
    anchors: ['goes on maternity leave, the NPS have responsibility to ensure cover is provided', 'statutory responsibility to provide a Probation resource to YOS'],
    terms: ['maternity', 'maternity leave', 'maternity cover', 'pregnant', 'pregnancy', 'baby', 'expecting', 'parental leave', 'cover my post', 'cover my job', 'who covers', 'mat leave'],
    asked: ['who covers a secondee on maternity leave', 'i am pregnant who will cover my post', 'who arranges maternity cover'],
    related: ['sickness-cover', 'recruitment-stages'],
  },
  {
    id: 'sickness-cover',
    section: '5.6',
    title: 'Long-term sickness cover',
    answer:
      'Staff sickness is managed locally, because what to do depends on how long it lasts. For long-term sickness, the YOT manager and the NPS lead agree a suitable solution. Where they agree cover is needed, the staged recruitment process (section 5.5) must be followed.',
    anchors: ['Staff sickness needs to be managed at a local level', 'the YOT manager and the NPS lead will need to agree a suitable solution'],
    terms: ['long time', 'plan', 'solution', 'who agrees', 'longterm', 'sickness', 'sick', 'long-term sick', 'long term sickness', 'off sick', 'illness', 'ill', 'sick leave', 'cover sickness', 'absence cover', 'who covers', 'signed off sick', 'operation', 'surgery'],
    asked: ['what happens if a secondee is off sick long term', 'who agrees cover for long-term sickness', 'how is sickness of a secondee managed'],
    related: ['maternity-cover', 'absence-records', 'recruitment-stages'],
  },
  // 6 HMPPS in Wales
  {
    id: 'wales',
    section: '6',
    title: 'HMPPS in Wales',
    answer:
      'HMPPS in Wales (HMPPSiW) was set up to take an integrated approach to managing offenders in Wales, in prisons and the community, working closely with the Welsh Government and partners including local authorities, courts, police, police and crime commissioners, the voluntary sector, YJB Cymru and YOT Managers Cymru (YMC). For the Wales: Youth Offending Service Partnership Framework, contact wales.info@justice.gov.uk. This framework itself applies to NPS divisions in England only (section 1.1).',
    anchors: ['HMPPS in Wales (HMPPSiW) was established', 'wales.info@justice.gov.uk', 'Youth Offending Team Managers Cymru (YMC)'],
    terms: ['deal with', 'separate', 'setup', 'set-up', 'probation side', 'arrangements in wales', 'wales', 'welsh', 'cymru', 'hmpps in wales', 'hmppsiw', 'welsh government', 'welsh yot', 'contact', 'get in touch', 'equivalent', 'welsh version', 'their own framework', 'wales framework', 'ymc', 'yjb cymru'],
    asked: ['who do welsh yots contact about the partnership framework', 'how does it work in wales', 'what is hmpps in wales'],
    related: ['wales-policy', 'scope'],
  },
  {
    id: 'wales-policy',
    section: '6',
    title: 'Welsh policy and transitions',
    answer:
      'In Wales the policy context is set by Children and Young People First (2014, the Welsh Government/YJB joint strategy), the Youth Justice Blueprint for Wales (2019, Welsh Government and Ministry of Justice) and the Framework to support positive change for those at risk of offending (2018-2023). HMPPSiW works with YJB Cymru and YOT Managers Cymru to implement the Youth to Adult (Y2A) Transitions (Wales) Principles and Guidance, which route transitions into Integrated Offender Management (IOM) Cymru arrangements.',
    anchors: ["'Children and Young People First 2014'", 'Youth Justice Blueprint for Wales (2019)', 'Integrated Offender Management (IOM) Cymru'],
    terms: ['blueprint', 'children and young people first', 'welsh policy', 'iom cymru', 'integrated offender management', 'welsh transitions', 'y2a wales', 'positive change'],
    asked: ['what policy applies to youth justice in wales', 'how do transitions work in wales', 'what is the youth justice blueprint'],
    related: ['wales', 'transitions-guidance'],
  },
  // 7 Cross reference to other NPS partnership frameworks
  {
    id: 'other-frameworks',
    section: '7',
    title: 'Other NPS partnership frameworks',
    answer:
      'Other NPS partnership frameworks the framework cross-refers to: Adult Safeguarding, Children Safeguarding, MARAC, MASH, Local Criminal Justice Board, Personality Disorder and Domestic Homicide Reviews. All are on the NPS intranet; YOS staff who want to see them can ask the YOS secondees, who can provide them.',
    anchors: ['Other relevant NPS partnership frameworks are listed below', 'Domestic Homicide reviews', 'YOS secondees will be able to provide them'],
    terms: ['link to', 'linked', 'related frameworks', 'other frameworks', 'partnership frameworks', 'cross reference', 'marac', 'mash', 'safeguarding framework', 'lcjb', 'local criminal justice board', 'personality disorder', 'domestic homicide', 'related frameworks', 'where can i see', 'copy of', 'domestic abuse', 'joint working guides', 'other guides'],
    asked: ['what other nps partnership frameworks are there', 'is there a framework for marac', 'how can yos staff see the other frameworks'],
    related: ['research-reports', 'related-policies'],
  },
  // 8 Induction and training
  {
    id: 'induction-training',
    section: '8',
    title: 'Induction and training for secondees',
    answer:
      'An induction for NPS secondees is required and should include, for example, ICT and assessment tools. Secondees may need extra professional knowledge to make defensible decisions with children, and skills vary, so training should be made available for their day-to-day tasks and statutory requirements. Training or awareness a secondee may need: assessment and intervention; working with children and families; safeguarding; youth justice process and sentencing framework. Each secondee\'s needs are assessed and recorded in their Staff Performance and Development Record (SPDR), and they are released for mandatory or critical training; the YOS and the NPS both keep a record of training attended, which goes into the appraisal/SPDR.',
    anchors: ['Induction for NPS secondees will be required', 'Working with Children and Families', 'Youth Justice process and sentencing framework'],
    terms: ['cover', 'include', 'content', 'learning', 'what training', 'new to working with children', 'starting with young people', 'induction', 'training', 'courses', 'learning', 'what training', 'training categories', 'assessment tools', 'ict', 'safeguarding training', 'sentencing framework', 'working with children', 'new to youth work', 'skills', 'knowledge', 'induction cover', 'induction include', 'start of a secondment', 'on day one', 'first day'],
    asked: ['what should a secondee induction include', 'what training might a secondee need', 'what training is there for working with children'],
    related: ['training-records', 'induction-duty', 'spdr'],
  },
  {
    id: 'training-records',
    section: '8',
    title: 'Training needs, records and release for training',
    answer:
      'Each secondee\'s training needs are assessed and recorded in their SPDR (Staff Performance and Development Record); where identified, they are released for mandatory or critical training, and must be released for appropriate NPS training or briefings to keep up to date. Both the YOS and the NPS keep a record of all training the secondee attends, and it must be included in the appraisal/SPDR. The YOS keeps overall responsibility for monitoring the secondee\'s performance and development during the secondment; the NPS, as employer, holds ultimate accountability for their capability.',
    anchors: ['recorded in the Staff Performance and Development Record (SPDR)', 'released for mandatory/critical training', 'Both YOS and NPS are to maintain a record of all training'],
    terms: ['learning needs', 'written down', 'training record', 'training needs', 'mandatory training', 'critical training', 'released for training', 'release', 'time for training', 'nps training', 'briefings', 'record of training', 'development', 'cpd', 'monitoring performance', 'accountability', 'capability'],
    asked: ['where are a secondee\'s training needs recorded', 'will i be released for nps mandatory training', 'who keeps a record of training', 'who monitors a secondee performance'],
    related: ['induction-training', 'spdr', 'performance-matters'],
  },
  {
    id: 'secondee-expectations',
    section: '8',
    title: 'What the NPS expects of secondees working with children',
    answer:
      'The NPS recognises the unique role local Youth Offending Services play in a joint vision, mission and key outcomes for children who offend. NPS staff seconded to the YOS may need to secure additional professional knowledge and expertise so that their decisions with children are defensible and appropriate; they need to recognise that children who offend bring different issues, challenges and opportunities, and to understand and embed the principles of good transition in practice. NPS staff working in local YOS teams are required to support and engender stakeholder links, having regard for legislative professional expectations, the most recent guidance and access to training.',
    anchors: ['support and engender stakeholder links', 'defensible and appropriate decisions', 'additional professional knowledge and expertise'],
    terms: ['stakeholder links', 'stakeholders', 'engender', 'relationships', 'networking', 'expectations', 'expected of me', 'professional expectations', 'defensible decisions', 'expertise', 'professional knowledge', 'working with children', 'different issues', 'good transition'],
    asked: ['what is expected of nps staff working in a yos', 'do secondees have to build links with stakeholders', 'why might a secondee need extra knowledge to work with children'],
    related: ['induction-training', 'training-records'],
  },
  // 9.1 Dispute and escalation
  {
    id: 'dispute-resolution',
    section: '9.1',
    title: 'Disputes and escalation',
    answer:
      'Where there is a dispute about the details of this framework: first, the YOS manager (YOT manager) and the NPS link manager raise and try to resolve it between them. If it cannot be resolved within 28 days of being raised, it is escalated to the Head of LDU and the Senior Manager of the YOS to resolve. Once a dispute is escalated to them, the NPS divisional SPOC must be made aware, so that it can be raised at the YOS Governance Board, which makes sure the issue and its outcome are managed and resolved. In all such cases HMPPS policies must be followed.',
    anchors: ['in the first instance', 'raised between the YOS manager and the NPS link manager', 'cannot be resolved within 28 days', 'escalated to Head of LDU and Senior Manager of YOS to resolve', 'the NPS divisional SPOC must be made aware', 'HMPPS policies should be adhered to'],
    terms: ['dispute', 'disputes', 'disagreement', 'cannot agree', 'settle', 'sort out', 'escalation', 'escalate', 'escalated', 'resolve', 'resolution', 'who handles', '28 days', 'time limit', 'up the chain', 'next step', 'goes next', 'not resolved', 'stuck', 'who decides', 'disagree', 'disagreeing', 'disagreement', 'no movement', 'no further on', 'picks it up', 'still not sorted', 'weeks later'],
    asked: ['who handles a dispute between the yot and the nps', 'what is the escalation process', 'how long do we have to settle a disagreement locally', 'what happens if the dispute is not resolved after 28 days'],
    related: ['governance-board', 'head-of-ldu', 'spoc'],
    topic: 'dispute',
  },
  {
    id: 'governance-board',
    section: '9.1',
    title: 'The YOS Governance Board (YOGB)',
    answer:
      'The YOS Governance Board (YOGB) is chaired by the NPS Portfolio lead. It is a multi-agency board made up of the NPS, the YJB (Youth Justice Board) and the AYM (Association of YOT Managers), and it meets quarterly. Its Terms of Reference are available on request via the NPS divisional SPOC. Disputes escalated to a Head of LDU and YOS senior manager are raised there so that they are managed and resolved.',
    anchors: ['The Governance Board is chaired by the NPS Portfolio lead', 'multi-agency board made up of NPS, YJB and AYM', 'The Board meets on quarterly basis', 'Terms of Reference are available on request via the NPS divisional SPOC'],
    terms: ['rules of the board', 'how the board runs', 'yogb', 'governance board', 'board', 'chair', 'chairs', 'chaired', 'who runs', 'how often', 'meets', 'meet', 'meeting', 'quarterly', 'monthly', 'terms of reference', 'tor', 'multi-agency', 'aym', 'national board'],
    asked: ['who chairs the yogb', 'how often does the governance board meet', 'what is the yogb', 'where do i get the governance board terms of reference'],
    related: ['governance-board-members', 'dispute-resolution', 'spoc'],
    topic: 'governance-board',
  },
  {
    id: 'governance-board-members',
    section: '9.1',
    title: 'Who sits on the YOS Governance Board',
    answer:
      'The YOS Governance Board is a multi-agency board of the NPS, the YJB and the AYM, chaired by the NPS Portfolio lead. The framework lists its members as: Andrea Bennett (NPS North West Regional Probation Director); Valerie Watkin (NPS Partnerships and Contracts Senior Manager); Cheryl de Freitas (Youth Justice Board, Cheryl.defreitas@yjb.gov.uk); Mike Rees (Association of YOT Managers, AYM, mike.rees@n-somerset.gov.uk); the NPS divisional YOS leads (Louise Johnson, North East; Sarah Ward, North West; Andy Wade, Midlands; Hannah Griffith and Heather Nicholls, Wales, joint leads; Mark Burden, South East and Eastern, mark.burden1@justice.gov.uk; Jon Nason, South West South Central; Patsy Wollaston, London); and Sue Walker (YJB North West Head of Innovation & Engagement, susan.walker@yjb.gov.uk). NPS staff emails are name.surname@justice.gov.uk unless stated otherwise.',
    anchors: ['The membership is as follows', 'Andrea Bennett, NPS North West Regional Probation Director', 'Mike Rees, Association of YOT Managers (AYM)'],
    grounds: [{ sentence: 'The framework lists its members as', source: 'The membership is as follows' }],
    terms: ['members', 'membership', 'who sits on', 'who is on', 'board members', 'seats', 'oversees the framework', 'yos leads', 'divisional yos lead', 'association of yot managers', 'aym', 'names', 'contact details'],
    productNote: 'The list is the one printed in the framework, dated January 2020 (V0.8); people may have moved on since, so check with your NPS divisional SPOC before you rely on a name.',
    asked: ['who sits on the governance board', 'who is the yos lead for my division', 'who represents the aym on the board'],
    related: ['governance-board', 'spoc'],
    topic: 'governance-board',
  },

  // What the framework does not cover: matched so that such questions are declined, not half-answered.
  {
    id: 'out-of-scope-hr',
    section: null,
    title: 'Pay, leave entitlement and other terms and conditions',
    answer: 'Pay, pay scales, sick pay, annual leave and flexi entitlements, pensions and other terms and conditions are set by NPS HR policy, not by the partnership framework.',
    anchors: [],
    terms: ['paid next month', 'my pay', 'payday', 'pay day', 'get paid', 'entitlement', 'leave entitlement', 'pay', 'salary', 'wage', 'pay scale', 'pay band', 'sick pay', 'entitlement', 'entitled', 'leave allowance', 'annual leave allowance', 'flexi', 'flexitime', 'carry over', 'carry forward', 'toil', 'overtime', 'pension', 'pay rise', 'increment', 'grade pay', 'bonus', 'hours', 'working hours', 'payslip', 'promotion', 'notice period', 'notice', 'resign', 'resignation', 'end early', 'leave early', 'terminate', 'lunch break', 'breaks', 'working pattern', 'work from home', 'dress code', 'retire', 'retirement', 'early retirement', 'redundancy', 'working week', 'contracted hours', 'hr system', 'book leave', 'maternity pay', 'shared parental pay', 'cost of living payment', 'long service', 'union', 'trade union', 'professional body', 'professional fees', 'subscription', 'subscriptions', 'membership fee', 'grievance', 'time off in lieu', 'overtime rate'],
    asked: ['how much annual leave am i entitled to', 'what is my salary', 'how many flexi hours can i carry over', 'what sick pay do i get', 'what pay band is a seconded po'],
    related: ['leave-approval', 'employment-status', 'sickness-cover'],
  },
  {
    id: 'out-of-scope-rates',
    section: null,
    title: 'Mileage rates and claim limits',
    answer: 'The framework does not set mileage or subsistence rates, claim limits or claim time limits: those come from the HMPPS travel and subsistence policy.',
    anchors: [],
    terms: ['rate', 'rates', 'mileage rate', 'pence per mile', 'per mile', 'subsistence rate', 'meal allowance', 'claim limit', 'time limit for claims', 'receipts', 'hotel rate'],
    asked: ['what is the mileage rate', 'how much can i claim for lunch', 'how many pence per mile do we get'],
    related: ['travel-subsistence', 'overhead-contribution'],
  },
  {
    id: 'out-of-scope-local-board',
    section: null,
    title: 'Local board chairs and local arrangements',
    answer: 'The framework does not say who chairs a local YOS management board, who else sits on it or when it meets: that is set locally.',
    anchors: [],
    terms: ['local board chair', 'chairs our local board', 'chair of the local management board', 'chair of the yos management board', 'local board meet', 'local management board chair', 'our board', 'our local'],
    asked: ['who chairs our local yos management board', 'when does our local management board meet'],
    related: ['local-management-board', 'governance-board'],
  },
  {
    id: 'out-of-scope-general',
    section: null,
    title: 'Questions outside the framework',
    answer: 'That is outside the partnership framework.',
    anchors: [],
    terms: ['weather', 'pub', 'restaurant', 'lunch', 'recommend', 'password', 'reset', 'login', 'log in', 'locked out', 'parking', 'car park', 'football', 'joke', 'train times', 'wifi', 'printer', 'canteen', 'course dates', 'next course', 'book a place', 'book onto', 'booking a place', 'helpdesk', 'service desk'],
    asked: ['what is the weather tomorrow', 'reset my password', 'where can i park', 'my laptop password expired'],
    related: ['scope', 'dispute-resolution', 'travel-subsistence'],
  },
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
