/**
 * The National Partnership Framework for England: Youth Offending Services (NPS, January 2020),
 * encoded as rules the bot answers from. Each answer is our own plain-English summary and is the
 * product's knowledge: keep it precise, cite the section, and name the roles the SPEC uses.
 *
 * `terms` are extra words people use for the topic (retrieval weighs them like the title);
 * `asked` are ways people ask, written by us to widen the vocabulary, not test questions.
 * `topic` links a rule to personal facts (see personal.ts). Rules with `section: null` describe
 * what the framework does not cover, so such questions are declined rather than half-answered.
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
  section: string | null;
  title: string;
  answer: string;
  terms: string[];
  asked: string[];
  related: string[];
  topic?: Topic;
}

export const RULES: Rule[] = [
  {
    id: 'purpose',
    section: '1.1',
    title: 'Purpose and scope of the framework',
    answer:
      'The framework sets out what the National Probation Service (NPS) contributes to the more than 150 Youth Offending Services (YOS/YOTs) in England: seconded probation officers (PO) and probation service officers (PSO), governance, funding and how disputes are settled, so that the contribution is consistent everywhere. It does not cover youth-to-adult transitions in detail: those are governed by the separate Joint National Protocol for Transitions in England (YJB and NPS). Wales has its own arrangements through HMPPS in Wales (section 6).',
    terms: ['framework', 'purpose', 'scope', 'covers', 'guidance', 'transitions protocol', 'joint national protocol', 'youth to adult', 'transfer', 'elsewhere', 'separate document'],
    asked: [
      'what is the partnership framework for',
      'where is guidance on transition from youth to adult services',
      'does the framework cover transfers to adult probation',
      'which document covers youth to adult transitions',
    ],
    related: ['legal-basis', 'nps-commitments', 'wales'],
  },
  {
    id: 'legal-basis',
    section: '1.2',
    title: 'Statutory partners (Crime and Disorder Act)',
    answer:
      'Youth Offending Services exist under the Crime and Disorder Act 1998. Section 39 requires each local authority, acting with its statutory partners, to set up one or more youth offending teams, and the partners must co-operate and contribute to funding them (section 38). The statutory partners are: the local authority (council children\'s services and education), the police, the probation service (the NPS) and health (clinical commissioning groups, CCGs). The principal aim of the youth justice system (section 37) is to prevent offending by children and young people.',
    terms: ['crime and disorder act', 'statute', 'statutory', 'law', 'legislation', 'partners', 'partner agencies', 'organisations', 'co-operate', 'cooperate', 'set up', 'establish', 'police', 'health', 'ccg', 'local authority', 'council', 'section 39', 'duty'],
    asked: [
      'which agencies must work together to run a youth offending team',
      'who are the statutory partners of a yos',
      'what law requires the yot to exist',
      'is probation legally required to be part of the yot',
    ],
    related: ['governance', 'yot-membership', 'nps-commitments'],
  },
  {
    id: 'governance',
    section: '2.1',
    title: 'Local governance: the YOS management board',
    answer:
      'Each YOS is overseen by a local management (partnership) board on which the statutory partners, the local authority, police, probation (NPS) and health (CCG), are represented at a senior level. The NPS is represented by the Head of the Local Delivery Unit (Head of LDU) or a senior manager they delegate, who attends regularly and holds the NPS contribution to account locally. The Youth Justice Board (YJB) oversees youth justice nationally.',
    terms: ['management board', 'partnership board', 'local board', 'governance', 'represented', 'representation', 'attend', 'attends board', 'yjb', 'youth justice board', 'chair', 'oversight', 'accountability'],
    asked: [
      'who represents probation on the yot management board',
      'does the head of ldu attend the yos board',
      'how is a youth offending service governed locally',
    ],
    related: ['legal-basis', 'head-of-ldu', 'governance-board'],
  },
  {
    id: 'yot-membership',
    section: '2.2',
    title: 'Minimum membership of a YOT',
    answer:
      'The Crime and Disorder Act 1998 (section 39(5)) sets the minimum membership of every youth offending team: at least one probation officer, one local authority social worker, one police officer, one person nominated by health (the clinical commissioning group, CCG) and one person nominated by the local authority\'s chief education officer. The seconded NPS probation officer is how the NPS meets its part of that minimum.',
    terms: ['minimum membership', 'members', 'membership', 'composition', 'staffing', 'must include', 'social worker', 'police officer', 'education', 'health worker', 'team make up', 'who must be in'],
    asked: [
      'what staff must a yot have by law',
      'who has to be a member of a youth offending team',
      'does every yot need a probation officer',
    ],
    related: ['legal-basis', 'nps-commitments', 'resource-formula'],
  },
  {
    id: 'nps-commitments',
    section: '2.3',
    title: 'What the NPS commits to as a minimum',
    answer:
      'As a minimum the NPS commits to: (1) sit on each YOS management board, normally through the Head of LDU or a delegated senior manager; (2) second probation staff (POs and PSOs) according to the national resourcing formula (section 5.1), or pay for them when a post cannot be filled; (3) work to the Joint National Protocol for Transitions so young people move smoothly from YOS to adult probation at 18 (Y2A transition), including assessment and allocation of transition cases under the Case Allocation probation instruction; (4) a named NPS link manager for every secondee; (5) equipment, training and HR support for its seconded staff; (6) take part in MAPPA and information sharing for young people who pose a risk of serious harm.',
    terms: ['minimum commitment', 'commitments', 'signs up', 'obligations', 'promise', 'nps provides', 'contribution', 'minimum offer', 'y2a', 'transition', 'board', 'mappa', 'allocation'],
    asked: [
      'what does probation have to provide to every yos',
      'what is the nps minimum offer to youth offending services',
      'what must the national probation service contribute',
    ],
    related: ['resource-formula', 'governance', 'probation-instructions'],
  },
  {
    id: 'probation-instructions',
    section: '3',
    title: 'Probation Instructions that apply',
    answer:
      'Seconded NPS staff remain bound by the Probation Instructions (PIs) and NPS policy that the framework lists. The key one for YOS work is PI 05/2014 Case Allocation (often cited as PI 5/14), which decides whether a young person transferring to adult services is allocated to the NPS or, for lower-risk cases, to a Community Rehabilitation Company (CRC), alongside the Joint National Protocol for Transitions. Instructions on risk of serious harm, MAPPA and safeguarding also apply to seconded staff as NPS employees.',
    terms: ['probation instruction', 'pi', 'instruction number', 'policy', 'case allocation', '05/2014', '5/14', 'pi 05/2014', 'rules', 'national policy'],
    asked: [
      'which probation instruction covers case allocation',
      'what pis apply to seconded staff',
      'what pi number is about allocating cases',
    ],
    related: ['nps-commitments', 'crc-interface', 'po-secondee'],
  },
  {
    id: 'resource-formula',
    section: '5.1',
    title: 'The resourcing formula',
    answer:
      'NPS resources each YOS by a national formula. Probation officer (PO) time is based on a caseload of 12 cases = 0.6 FTE PO, and every YOS gets at least 0.5 FTE PO whatever its caseload. Probation service officer (PSO) time is allocated at 0.3 FTE per LDU cluster, with a minimum of 0.2 FTE for any LDU cluster. Increments are added where a YOS area has high levels of serious youth violence, and deprivation factors weight the allocation towards areas of greater need. The formula is reviewed nationally, and the resulting posts are the secondments the NPS must fill.',
    terms: ['formula', 'resourcing', 'resource', 'allocation of staff', 'how many', 'fte', 'full time equivalent', 'caseload', 'cases', 'twelve', '12', '0.6', '0.5', '0.3', '0.2', 'minimum', 'smallest', 'fraction', 'share', 'cluster', 'ldu cluster', 'serious youth violence', 'syv', 'deprivation', 'funding level', 'staffing level', 'floor', 'small yos', 'at least', 'guaranteed', 'knife crime', 'extra staff', 'additional staff', 'more staff'],
    asked: [
      'how much probation officer time does a yos get',
      'what caseload is the po allocation based on',
      'what is the minimum pso time per cluster',
      'how is the number of seconded staff calculated',
      'does serious youth violence increase the allocation',
    ],
    related: ['nps-commitments', 'overhead-contribution', 'recruitment-stages'],
  },
  {
    id: 'crc-interface',
    section: '5.2',
    title: 'Working with CRCs',
    answer:
      'Young people transferring to adult services who are assessed as low or medium risk of serious harm are allocated to the local Community Rehabilitation Company (CRC) under the Case Allocation instruction (PI 05/2014, PI 5/14); high-risk and MAPPA cases stay with the NPS. CRCs do not second staff into YOS: the NPS provides the whole probation contribution. The seconded PO works with the CRC on the transfer of those cases, sharing information and attending transfer meetings as the Joint National Protocol for Transitions requires.',
    terms: ['crc', 'community rehabilitation company', 'rehabilitation company', 'low risk', 'medium risk', 'transfer to crc', 'private provider', 'interface', 'which cases', 'go to', 'at 18', 'turning 18', 'allocated to'],
    asked: [
      'what is the role of the crc with the yos',
      'do community rehabilitation companies second staff to yots',
      'which transition cases go to the crc',
    ],
    related: ['probation-instructions', 'po-secondee', 'nps-commitments'],
  },
  {
    id: 'portfolio-lead',
    section: '5.3',
    title: 'Role of the NPS portfolio lead for YOS',
    answer:
      'The NPS portfolio lead for Youth Offending Services owns the framework nationally: chairs the quarterly Youth Offending Governance Board (YOGB), monitors the resourcing formula, vacancies and spending across divisions, links with the Youth Justice Board, and is the final point of escalation for disputes that divisions cannot settle (section 9.1).',
    terms: ['portfolio lead', 'national lead', 'portfolio', 'owner', 'national', 'chairs', 'oversees'],
    asked: ['what does the portfolio lead do', 'who leads on yos for the nps nationally'],
    related: ['governance-board', 'spoc', 'dispute-resolution'],
    topic: 'roles',
  },
  {
    id: 'head-of-ldu',
    section: '5.3',
    title: 'Role of the Head of LDU',
    answer:
      'The Head of the Local Delivery Unit (Head of LDU) is accountable for the NPS contribution to the YOS in their area: represents the NPS on the YOS management board (or delegates to a senior manager), agrees secondments and their funding, makes sure every secondee has a link manager, co-signs the quarterly vacancy tracker with the YOT manager, and is the second step in a dispute: if the link manager and YOT manager cannot resolve it within 28 days it goes to the Head of LDU and the YOS senior manager.',
    terms: ['head of ldu', 'head of local delivery unit', 'ldu head', 'ldu', 'local delivery unit', 'accountable', 'senior'],
    asked: ['what is the head of ldu responsible for', 'what does the head of the local delivery unit do for the yot'],
    related: ['governance', 'link-manager', 'dispute-resolution'],
    topic: 'roles',
  },
  {
    id: 'spoc',
    section: '5.3',
    title: 'Role of the divisional SPOC',
    answer:
      'Each NPS division has a single point of contact (SPOC) for YOS matters. The SPOC collates the quarterly vacancy trackers from the YOS in the division for the YOGB, drives the recruitment stages for unfilled seconded posts (section 5.5), and receives disputes escalated beyond the Head of LDU.',
    terms: ['spoc', 'single point of contact', 'divisional', 'division', 'contact point'],
    asked: ['who is the spoc and what do they do', 'what is the divisional single point of contact for'],
    related: ['vacancy-tracker', 'recruitment-stages', 'governance-board'],
    topic: 'roles',
  },
  {
    id: 'link-manager',
    section: '5.3',
    title: 'The link manager and three-way reviews',
    answer:
      'Every seconded officer has a named NPS link manager. The link manager keeps the secondee connected to the NPS: holds formal three-way meetings with the secondee and the YOS manager (YOT manager) at least quarterly (every three months) to review performance, practice, wellbeing and development; contributes to the SPDR; deals with NPS HR matters such as sickness absence and any performance or conduct concerns with the YOS manager; plans the return to NPS with a three-way meeting six months before the secondment ends; and is, with the YOT manager, the first step in resolving a dispute locally.',
    terms: ['link manager', 'nps manager', 'linked manager', 'three-way', 'three way', 'tripartite', 'review', 'reviews', 'meeting', 'catch up', 'catches up', 'supervision', 'how often', 'frequency', 'formal', 'quarterly', 'minimum', 'met', 'not met', 'months without'],
    asked: [
      'how often must the three-way review take place',
      'what does the link manager do',
      'how often should i meet my link manager and yot manager',
      'is there a minimum number of reviews',
    ],
    related: ['yot-manager', 'return-planning', 'training-spdr'],
    topic: 'review',
  },
  {
    id: 'yot-manager',
    section: '5.3',
    title: 'The YOT manager and secondees',
    answer:
      'The YOS manager (YOT manager) line-manages the secondee day to day: allocates work, provides supervision, and approves leave requests (annual leave and flexi) under the YOS\'s local arrangements, telling the link manager about long absences. The YOT manager signs off the secondee\'s travel and subsistence claims (section 5.4), takes part in the quarterly three-way meetings, sits jointly with the NPS on recruitment panels, submits the quarterly vacancy tracker at least one week before each YOGB, and with the link manager tries to resolve any dispute locally first.',
    terms: ['yot manager', 'yos manager', 'line manager', 'line management', 'day to day', 'leave', 'annual leave', 'leave request', 'holiday request', 'approve leave', 'approves', 'flexi', 'supervision', 'allocates work', 'who manages', 'absence request', 'time off'],
    asked: [
      'who approves annual leave for a secondee',
      'who line manages the seconded officer day to day',
      'what are the yot manager\'s responsibilities',
      'who signs off my holiday',
    ],
    related: ['link-manager', 'travel-subsistence', 'vacancy-tracker'],
    topic: 'roles',
  },
  {
    id: 'po-secondee',
    section: '5.3',
    title: 'Duties of a seconded PO',
    answer:
      'The seconded probation officer (PO) brings adult-probation expertise into the YOS: holds and manages a caseload, especially the more complex and higher-risk young people and those approaching 18; leads on transition cases, preparing and allocating them for transfer to adult services (NPS or CRC) under the Joint National Protocol for Transitions and the Case Allocation instruction; assesses risk of serious harm and contributes to MAPPA; prepares court reports; and advises YOS colleagues on probation practice. The PO stays an NPS employee on NPS terms and conditions.',
    terms: ['po', 'probation officer', 'seconded officer', 'secondee', 'responsibilities', 'duties', 'role', 'job', 'transition cases', 'transition', 'caseload', 'case management', 'manage cases', 'hold cases', 'risk', 'mappa', 'court reports'],
    asked: [
      'what does a seconded po do in the yot',
      'what are a probation officer\'s duties in the youth offending team',
      'who handles cases turning 18',
    ],
    related: ['pso-secondee', 'crc-interface', 'probation-instructions'],
    topic: 'roles',
  },
  {
    id: 'pso-secondee',
    section: '5.3',
    title: 'Duties of a seconded PSO',
    answer:
      'The seconded probation service officer (PSO) supports the YOS with lower-risk cases, court work, reports and the practical side of transitions, working under the YOS manager\'s direction. PSOs are not required to cover Saturday (weekend or bank holiday) courts: they may do Saturday court work only by local agreement, and the travel it involves is claimed like any other T&S. The PSO stays an NPS employee on NPS terms and conditions.',
    terms: ['pso', 'probation service officer', 'band 3', 'saturday', 'saturday court', 'weekend court', 'weekend', 'court duty', 'remand court', 'by agreement', 'have to', 'required'],
    asked: ['do psos have to do saturday court', 'what does a seconded pso do', 'can a pso be asked to work weekends in court'],
    related: ['po-secondee', 'resource-formula', 'travel-subsistence'],
    topic: 'roles',
  },
  {
    id: 'secondment-length',
    section: '5.4',
    title: 'Length of a secondment',
    answer:
      'A secondment, of a probation officer (PO) or a probation service officer (PSO) alike, lasts up to 3 years (36 months): an initial 2 years, which can be extended by 1 year (2 + 1) by agreement between the NPS, the YOS and the secondee. It cannot run beyond 3 years; the return to the NPS is planned from six months before the end (see return planning).',
    terms: ['length', 'how long', 'duration', 'longest', 'maximum', 'max', 'limit', 'term', 'years', 'extend', 'extension', 'renew', '2+1', 'two years', 'three years', 'period', 'stay', 'how many years', 'fourth year', 'longer', 'beyond', 'po or pso'],
    asked: [
      'how long can a secondment last',
      'what is the maximum length of a secondment',
      'can my secondment be extended',
      'for how many years can an officer be seconded',
    ],
    related: ['return-planning', 'recruitment-stages', 'link-manager'],
    topic: 'secondment-length',
  },
  {
    id: 'return-planning',
    section: '5.4',
    title: 'Planning the return to NPS',
    answer:
      'Six months before a secondment ends, the link manager holds a three-way meeting with the secondee and the YOS manager to plan the officer\'s return to the NPS (role, location, any development needs) and to start recruiting the replacement, so the YOS is not left with a gap. The secondee returns to an NPS post at the end of the secondment.',
    terms: ['return', 'returning', 'return to nps', 'end of secondment', 'coming back', 'back to nps', 'towards the end', 'ending', 'finishes', 'replacement', 'six months before', 'plan', 'planning', 'handover', 'end date'],
    asked: [
      'what happens when my secondment ends',
      'when should we plan the return to probation',
      'when does recruitment of a replacement start',
    ],
    related: ['secondment-length', 'link-manager', 'recruitment-stages'],
    topic: 'return-plan',
  },
  {
    id: 'employment-status',
    section: '5.4',
    title: 'Secondees remain NPS employees',
    answer:
      'Seconded probation officers (PO) and probation service officers (PSO) remain employees of the NPS throughout the secondment, on NPS terms and conditions: the NPS pays their salary, and NPS HR policies (conduct, capability, sickness, grievance) apply, handled by the NPS link manager with input from the YOS manager (YOT manager). Day-to-day work, supervision and leave are managed by the YOS manager under local arrangements. The YOS pays nothing towards the secondee\'s salary; the NPS also pays the YOS an overhead contribution for each seconded PO.',
    terms: ['employee', 'employed', 'employer', 'employment', 'payer', 'who pays the salary', 'salary', 'secondee pay', 'remain', 'still nps', 'terms and conditions', 'contract', 'conduct', 'capability', 'disciplinary', 'grievance', 'hr policy'],
    asked: [
      'who is the employer of a seconded officer',
      'does the yos pay the secondee\'s salary',
      'is a secondee still an nps employee',
      'whose hr policies apply to seconded staff',
    ],
    related: ['link-manager', 'yot-manager', 'overhead-contribution'],
  },
  {
    id: 'equipment',
    section: '5.4',
    title: 'Equipment, IT and reasonable adjustments',
    answer:
      'The NPS, as employer, provides seconded staff with their laptop, phone and access to NPS systems (such as nDelius and OASys), and arranges reasonable adjustments and occupational health for them, working with the YOS. The YOS provides the desk, accommodation and access to its own case-management systems and local facilities.',
    terms: ['laptop', 'computer', 'it', 'equipment', 'who pays for', 'phone', 'mobile', 'kit', 'systems', 'ndelius', 'oasys', 'access', 'reasonable adjustments', 'adjustments', 'occupational health', 'desk', 'accommodation', 'office', 'provides'],
    asked: ['who gives the secondee a laptop', 'who pays for reasonable adjustments', 'who provides it equipment for seconded staff'],
    related: ['travel-subsistence', 'sickness-maternity', 'training-spdr'],
  },
  {
    id: 'travel-subsistence',
    section: '5.4',
    title: 'Travel and subsistence (T&S) claims',
    answer:
      'Secondees claim travel and subsistence (T&S) at NPS rates. Each claim must first be signed off by the YOS manager (YOT manager), who knows the work it was for; the secondee then submits it through SOP (the NPS Single Operating Platform) and the NPS pays it. A record of the approval is kept for NPS and YOS finance. In this bot, say "claim expenses" to send a claim to your YOT manager.',
    terms: ['travel', 'subsistence', 't&s', 'expenses', 'expense', 'mileage', 'claims', 'claim', 'reimbursed', 'reimbursement', 'paid', 'sop', 'single operating platform', 'approve expenses', 'sign off', 'allowance'],
    asked: [
      'how do i claim mileage',
      'who approves my travel claim',
      'how are secondees\' expenses paid',
      'where do i submit my expenses',
    ],
    related: ['equipment', 'overhead-contribution', 'yot-manager'],
    topic: 'expenses',
  },
  {
    id: 'overhead-contribution',
    section: '5.4',
    title: 'Overhead contribution to the YOS',
    answer:
      'The NPS pays the YOS a fixed overhead contribution of £5,000 (GBP 5,000) a year for each seconded probation officer (PO), towards running costs such as accommodation and local IT. It is paid per PO only: it does not apply to PSOs, so no overhead is paid for probation service officers. The framework\'s example: a YOS with 1.5 POs receives £10,000, as the contribution is per seconded PO rather than strictly pro rata.',
    terms: ['overhead', 'overheads', 'contribution', 'fixed sum', 'running costs', 'money', 'funding', 'payment to yos', '5000', '5,000', '£5,000', 'per po', 'hands', 'pays the yos'],
    asked: [
      'how much does nps pay the yos for each po',
      'is there an overhead payment for psos',
      'what funding does the yot get per seconded officer',
    ],
    related: ['resource-formula', 'travel-subsistence', 'recruitment-stages'],
  },
  {
    id: 'recruitment-stages',
    section: '5.5',
    title: 'Recruitment and the five vacancy stages',
    answer:
      'Seconded posts are recruited jointly by the NPS and the YOS: the YOS manager (YOT manager) sits with the NPS manager on the shortlisting and interview panel. If a post stays empty the framework\'s five stages apply, each recorded as evidence: stage 1, the vacancy is notified and recruitment starts (expressions of interest from NPS staff); stage 2, joint shortlisting and interview; stage 3, if unfilled, the vacancy is escalated to the divisional SPOC and recorded on the vacancy tracker; stage 4, after 3 months unfilled, the YOS may source its own temporary worker (for example through an agency) and invoice (recharge) the NPS for the cost; stage 5, after a further month (4 months in all), the NPS reimburses the YOS for the post in lieu of a secondee until it is filled.',
    terms: ['recruitment', 'recruit', 'vacancy', 'vacancies', 'unfilled', 'empty post', 'stages', 'stage', 'stage 1', 'stage 4', 'stage 5', 'five stages', 'temporary worker', 'agency', 'locum', 'invoice', 'recharge', 'charge nps', 'reimburse', 'in lieu', 'interview', 'panel', 'shortlisting', 'shortlist', 'hiring', 'job', 'advert'],
    asked: [
      'what happens if a seconded post cannot be filled',
      'who is on the interview panel for a secondee',
      'when can the yot get an agency worker and bill probation',
      'what are the recruitment stages',
    ],
    related: ['vacancy-tracker', 'spoc', 'return-planning'],
    topic: 'vacancy',
  },
  {
    id: 'vacancy-tracker',
    section: '5.5',
    title: 'The quarterly vacancy tracker',
    answer:
      'Each YOS keeps a vacancy tracker of its seconded posts (filled, vacant, stage reached). The YOT manager, with the Head of LDU, submits it quarterly, at least one week (7 days) before each Youth Offending Governance Board (YOGB) meeting, through the divisional SPOC, so the board can see every vacancy and its stage. In this bot, say "tracker submitted" to record it.',
    terms: ['vacancy tracker', 'tracker', 'return', 'submit', 'submitted', 'sent in', 'deadline', 'before yogb', 'before the board', 'when is', 'due', 'one week', 'quarterly return'],
    asked: ['when is the vacancy tracker due', 'who sends the vacancy tracker', 'how far ahead of the governance board do we send the tracker'],
    related: ['recruitment-stages', 'governance-board', 'spoc'],
    topic: 'tracker',
  },
  {
    id: 'sickness-maternity',
    section: '5.6',
    title: 'Maternity, sickness and other absence cover',
    answer:
      'The NPS remains the employer, so it is responsible for arranging and funding cover when a seconded officer is on maternity (or adoption or shared parental) leave or long-term sickness absence, so that the YOS keeps its probation resource. Sickness absence is managed under NPS policy by the link manager, with the YOS manager reporting absences.',
    terms: ['maternity', 'pregnant', 'pregnancy', 'paternity', 'adoption', 'parental leave', 'sickness', 'sick', 'long term sick', 'absence', 'off sick', 'cover', 'backfill', 'replacement cover', 'arrange cover'],
    asked: ['who covers a secondee on maternity leave', 'what happens if a seconded officer is off sick long term', 'who arranges cover for absence'],
    related: ['link-manager', 'recruitment-stages', 'equipment'],
  },
  {
    id: 'wales',
    section: '6',
    title: 'Wales',
    answer:
      'This framework is for England. YOTs in Wales deal with HMPPS in Wales (HMPPSiW), which runs probation there under its own arrangements with the Welsh Government and the YJB Cymru; contact HMPPS in Wales (wales.info@justice.gov.uk) about Welsh secondments.',
    terms: ['wales', 'welsh', 'cymru', 'hmpps in wales', 'hmppsiw', 'england only', 'devolved', 'separate arrangements', 'setup', 'set-up', 'probation side', 'deal with', 'contact'],
    asked: ['does the framework apply in wales', 'who do welsh yots contact about probation', 'does the framework cover yots in wales'],
    related: ['purpose', 'legal-basis'],
  },
  {
    id: 'training-spdr',
    section: '8',
    title: 'Training, development and the SPDR',
    answer:
      'Secondees keep access to NPS training (including mandatory and professional training) as well as the YOS\'s own. Their training and development needs, objectives and performance are recorded in their NPS Staff Performance and Development Record (SPDR), agreed with the link manager with input from the YOS manager, and reviewed at the three-way meetings.',
    terms: ['training', 'development', 'learning', 'cpd', 'courses', 'spdr', 'appraisal', 'performance review', 'objectives', 'staff performance and development record', 'record', 'needs'],
    asked: ['where are a secondee\'s development needs recorded', 'who does my appraisal', 'can secondees go on nps training'],
    related: ['link-manager', 'yot-manager'],
  },
  {
    id: 'dispute-resolution',
    section: '9.1',
    title: 'Resolving disputes and escalation',
    answer:
      'Disagreements between the NPS and a YOS about the framework are settled at the lowest level possible. Step 1: the NPS link manager and the YOT manager (YOS manager) try to resolve it locally within 28 days (four weeks). Step 2: if it is not resolved in 28 days, it is escalated to the Head of LDU and the YOS senior manager (head of service). Step 3: if still unresolved, the divisional SPOC takes it up. Step 4: finally the NPS portfolio lead for YOS, through the Youth Offending Governance Board (YOGB), decides.',
    terms: ['dispute', 'disputes', 'disagreement', 'disagree', 'cannot agree', 'agree', 'settle', 'sort out', 'up the chain', 'goes up', 'fall out', 'conflict', 'complaint', 'escalation', 'escalate', 'escalated', 'ladder', 'resolve', 'resolution', 'who handles', 'argument', 'problem with nps', '28 days', 'time limit', 'deadline', 'how long', 'final say', 'final decision', 'last resort', 'raise a concern', 'concern', 'complain', 'not meeting commitments'],
    asked: [
      'who handles a dispute between the yot and probation',
      'what is the escalation process',
      'how long do we have to settle a disagreement locally',
      'who do we escalate a disagreement with nps to',
    ],
    related: ['governance-board', 'head-of-ldu', 'link-manager'],
    topic: 'dispute',
  },
  {
    id: 'governance-board',
    section: '9.1',
    title: 'The Youth Offending Governance Board (YOGB)',
    answer:
      'The Youth Offending Governance Board (YOGB) oversees the framework nationally. It is chaired by the NPS portfolio lead for YOS and meets quarterly (every three months, not monthly), with the divisional SPOCs. It reviews the vacancy trackers (due a week before each meeting), resourcing and spending, and settles disputes escalated from divisions.',
    terms: ['yogb', 'governance board', 'youth offending governance board', 'board meeting', 'runs', 'chairs', 'chair', 'how often', 'monthly', 'quarterly', 'meets', 'meetings', 'national board', 'oversees', 'overseeing', 'leads'],
    asked: ['who chairs the yogb', 'how often does the governance board meet', 'what is the yogb'],
    related: ['portfolio-lead', 'vacancy-tracker', 'dispute-resolution'],
    topic: 'governance-board',
  },

  // What the framework does not cover: matched so that such questions are declined, not half-answered.
  {
    id: 'out-of-scope-hr',
    section: null,
    title: 'Pay, leave entitlement and other terms and conditions',
    answer: 'Pay, sick pay, annual leave and flexi entitlements, pensions and other terms and conditions are set by NPS HR policy, not by the partnership framework.',
    terms: ['pay', 'salary', 'wage', 'sick pay', 'entitlement', 'entitled', 'days annual leave', 'annual leave allowance', 'leave days', 'allowance days', 'flexi hours', 'flexitime', 'carry over', 'carry forward', 'toil', 'overtime', 'pension', 'pay rise', 'grade pay', 'bonus', 'contract', 'hours', 'how many days'],
    asked: ['how much annual leave am i entitled to', 'what is my salary', 'how many flexi hours can i carry over', 'what sick pay do i get'],
    related: ['sickness-maternity', 'yot-manager', 'equipment'],
  },
  {
    id: 'out-of-scope-general',
    section: null,
    title: 'Questions outside the framework',
    answer: 'That is outside the partnership framework.',
    terms: ['weather', 'pub', 'restaurant', 'lunch', 'recommend', 'password', 'reset', 'login', 'parking', 'football', 'joke', 'near', 'train times', 'wifi'],
    asked: ['what is the weather tomorrow', 'reset my password', 'where can i park'],
    related: ['purpose', 'dispute-resolution', 'travel-subsistence'],
  },
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
