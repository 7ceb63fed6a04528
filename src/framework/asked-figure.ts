/**
 * Questions that ask for a figure or a particular the answer must contain. Answering "what hourly
 * rate?" with a rule that only says "after 3 months", or "when is the next board?" with "it meets
 * quarterly", would imply the framework gives what it does not; such questions are declined with
 * the nearest section named. Pure.
 */
import { FRAMEWORK_PEOPLE, LISTED_REGION } from './framework-people';
import { NUMBER_WORDS, askingSentences, sentencesOf } from './text';

/** "How much / how many / how long / how often / what rate / maximum hourly rate" ("how long-term sickness is handled" asks no figure). */
const ASKS_FIGURE =
  /\bhow (?:much(?! (?:(?:wiggle |elbow )?room|leeway|freedom|flexibility|latitude|say|discretion|scope|choice|control)\b)|many|often|long(?!-term)|quickly|soon)\b|\bwhat(?:'s|s| is)? (?:the )?(?:[a-z]+ ){0,2}(?:rate|amount|percentage|sum|figure|allowance)\b|\b(?:maximum|minimum|max|min)(?: [a-z]+)? (?:length|number|amount|rate|period|caseload)\b|\b(?:longest|shortest)\b[^?.]{0,40}\b(?:last|run|be|take|go on)\b/i;
/** Any figure: an amount, a count with its unit, a frequency. */
const STATES_FIGURE =
  /£\s?\d|\b\d+(?:\.\d+)?\s*(?:%|per ?cent|fte|days?|weeks?|months?|years?|hours?|cases?|factors?|miles?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)[ -](?:%|per ?cent|fte|days?|weeks?|months?|years?|hours?|cases?|factors?|miles?|times?)\b|\b(?:quarterly|monthly|weekly|annually|yearly)\b|\b(?:each|every) (?:[a-z]+ )?meeting\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+\(?or more\)?/i;
/** "How many weeks / hours...", "how much notice": a figure in that unit (any figure will not do). */
const ASKS_UNIT = /\bhow many (?:working |contracted |paid )?(hour|hr|day|week|month|year|mile)s?\b|\bhow much (notice)\b/i;
/** A number in figures or words ("6", "six", "half", "a week"). */
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}|half|a)`;
/** Per unit asked, a figure in it ("6 months", "a week", "28-day"). */
const STATES_UNIT: Record<string, RegExp> = {
  ...Object.fromEntries(
    Object.entries({ hour: 'hour', hr: '(?:hour|hr)', day: 'day', week: 'week', month: 'month', year: 'year', mile: 'mile' }).map(
      ([asked, units]) => [asked, new RegExp(`\\b${NUMBER}[ -]${units}s?\\b`, 'i')],
    ),
  ),
  // Notice is a period called notice ("a month's notice"): "six months before it ends" is a meeting's date, not one.
  notice: new RegExp(
    `\\b${NUMBER}[ -](?:day|week|month)s?'?s?\\b[^.]{0,20}\\bnotice\\b|\\bnotice\\b[^.]{0,20}\\b${NUMBER}[ -](?:day|week|month)s?\\b`,
    'i',
  ),
};
/**
 * A span of time claimed in a check ("is it 48 hours to record on nDelius?", "long term sickness =
 * 4 wks+ doesn't it?"): settled only by a span of a like length, else the framework gives none
 * ("6 months" settles "3 months?" with a No; a rule stating no span cannot). A quarter or a year
 * settles weeks and months alike. An age ("17-to-18 year olds") is no span.
 */
const CLAIMS_SPAN = new RegExp(`\\b${NUMBER}\\s?(hours?|hrs?|days?|wks?|weeks?|months?|mths?|years?|yrs?)\\b(?![- ]olds?\\b)`, 'i');
const CHECKS_CLAIM =
  /^\s*(?:so\s+)?(?:is|was|are|isn't|isnt)\s+(?:it|that|this|they)\b|\b(?:isn't|isnt|doesn't|doesnt|don't|dont|aren't|arent|wasn't|wasnt) (?:it|that|they)\b|\b(?:right|correct|yeah|yes|true|innit)\s*\?|\bis that (?:right|correct|true|so)\b|\bframework says\b/i;
const STATES_SPAN: Record<'hour' | 'day' | 'month', RegExp> = {
  hour: new RegExp(`\\b${NUMBER}[ -](?:hour|hr|working day|day)s?\\b`, 'i'),
  day: new RegExp(`\\b${NUMBER}[ -](?:working day|day|week|month)s?\\b|\\b(?:weekly|monthly|quarterly)\\b`, 'i'),
  // A span of ten days or more ("28 days") is like a span of months: "is it 3 months?" is answered by it.
  month: new RegExp(
    `\\b${NUMBER}[ -](?:week|month|year)s?\\b|\\b(?:[1-9]\\d|\\d{3,})[ -](?:working |calendar )?days?\\b|\\b(?:monthly|quarterly|annually|yearly|every year|each year)\\b`,
    'i',
  ),
};
/** How long something has gone on or is away ("off for three months", "in about four months"): context, not the rule checked. */
const SPAN_AS_CONTEXT = /\b(?:for|into|in|since|off|about|around|over|next|last|past|almost|nearly|already)\s+$/i;
function claimedSpan(question: string): 'hour' | 'day' | 'month' | null {
  // The claim is the sentence that checks it ("... is it 48 hours? someone told me so" checks the first).
  const claim = sentencesOf(question).find((sentence) => CHECKS_CLAIM.test(sentence));
  const span = claim && CLAIMS_SPAN.exec(claim);
  if (!span || !/^\d/.test(span[0]) || SPAN_AS_CONTEXT.test(claim.slice(0, span.index))) return null;
  const unit = span[1].toLowerCase();
  return /^h/.test(unit) ? 'hour' : /^(?:d|w)/.test(unit) ? 'day' : 'month';
}

/** How long or how soon: answered by a span of time, never by a sum or a count. */
const ASKS_SPAN = /\bhow (?:long(?!-term)|quickly|soon)\b/i;

/** A time of day ("what time does the court start?"): the framework gives none. */
const ASKS_TIME = /\bwhat time\b|\bwhat hours?\b[^?]*\b(?:start|open|finish|sit)/i;
const STATES_TIME = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/i;
/** A count of people or posts as they stand now ("how many secondees are currently in post?"): never in the framework. */
const ASKS_CURRENT_COUNT =
  /\bhow many (?:yots|yoss|youth offending (?:teams|services)|ldus|divisions|secondees)\b[^?]{0,20}\b(?:are there|exist|in england|in total|nationally|altogether)\b|\bhow many\b[^?]*\b(?:currently|at the moment|right now|at present|presently|as of now|this year)\b|\b(?:current|latest) (?:number|count|total) of\b/i;

/** A rate or a sum of money is answered by money (or a share), never by a time span. */
const ASKS_MONEY =
  /\b(?:hourly|daily|mileage|overtime|pay|salary|wage|fee|price|cost of|rate of pay)\b[^?]*\b(?:rate|amount|cap|maximum|max|much(?! (?:simpler|easier|better|quicker|faster|more|less|of a)\b))\b|\b(?:rate|cap|maximum|max)\b[^?]*\b(?:hourly|per hour|an hour|per day|per mile|pay|paid)\b|\bhow much (?:per|a|each) (?:hour|day|week|month|year|quarter|mile)\b|\b(?:the )?(?:most|least)\b[^?.]{0,40}\b(?:per hour|an hour|per day|a day|hourly|daily|per mile)\b/i;
const STATES_MONEY = /£\s?\d|\b\d+(?:\.\d+)?\s*(?:%|per ?cent)/i;

/** A date for one occasion ("when is the next board?", "the deadline for the next return"). */
const ASKS_DATE =
  /\bwhen(?: and where)?(?: is|'s| are| will) (?:the )?next\b|\b(?:what|which) (?:is the )?date\b|\bdeadline for the next\b|\bnext [a-z]+ (?:meeting|board|return)\b.*\bwhen\b/i;
/** A date stated: a day, a month and year ("January 2018, version 2" dates a document), or figures. */
const STATES_DATE =
  /\b(?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i;

/** When the framework is next reviewed: its document control gives past reviews only. */
const ASKS_NEXT_REVIEW = /\bnext review\b|\b(?:when|date)\b[^?]{0,30}\b(?:next|due to be|due for)\b[^?]{0,10}\brevie?w/i;

/** A grade of vetting or clearance (DBS, SC, CTC): the framework says only "the appropriate level". */
const ASKS_LEVEL =
  /\b(?:sc|bpss|ctc|dv|enhanced dbs) (?:clearance|check|vetting)\b|\b(?:sc|bpss|ctc|dv)\b[^?]{0,20}\b(?:level|cleared|clearance)\b|\b(?:what|which)\b[^?]{0,30}\b(?:level|type|kind)\b[^?]{0,20}\b(?:vetting|clearance|dbs|check)\b|\b(?:vetting|clearance|dbs)\b[^?]{0,20}\blevel\b/i;
const STATES_LEVEL = /\b(?:enhanced|standard|basic) (?:dbs|check)|\b(?:sc|ctc|dv) clearance\b|\bsecurity check\b/i;
/** Booking a room, desk, venue or pool car ("how do I book a room at the NPS office?"): local arrangements. */
const ASKS_BOOKING =
  /\b(?:book|reserv)\w*\b[^?.]{0,20}\b(?:rooms?|meeting rooms?|venues?|desks?|hot ?desks?|spaces?|pool cars?|parking)\b|\b(?:rooms?|venues?|desks?)\b[^?.]{0,20}\b(?:booked|booking|reserved)\b/i;
/** A cost centre or budget code: never in the framework. */
const ASKS_CODE = /\b(?:cost cent(?:re|er)|budget code|cost code|account code|purchase order number)\b/i;
/** How many make a quorum: the framework gives none. */
const ASKS_QUORUM = /\bquor(?:um|ate)\b/i;
/** When vetting or clearance is renewed: the framework says only that secondees are vetted before they start. */
const ASKS_VETTING_RENEWAL =
  /\b(?:renew\w*|refresh\w*|expir\w*|laps\w*)\b[^?]{0,30}\b(?:vetting|clearances?|dbs)\b|\b(?:vetting|clearances?|dbs)\b[^?]{0,40}\b(?:renew\w*|expir\w*|laps\w*|refresh\w*)\b/i;
/** How long records are kept ("the retention period for old trackers"): the framework gives none. */
const ASKS_RETENTION =
  /\bretention (?:period|schedule|policy|rules?)\b|\bhow long\b[^?.]{0,30}\b(?:keep|kept|retain\w*|hold on to|store)\b/i;
const STATES_RETENTION = /\b(?:retain\w*|retention|kept for|keep (?:it|them|records) for)\b/i;

/** A named person for a place: "Who is the <role> for <Place>?" ("the Head of LDU for Birmingham", "the YJB's regional lead for the Midlands", "the RPD for the NPS Midlands division"). */
const ASKS_NAME =
  /\b[Ww]ho(?:'s| is| are)\s+(?:[Tt]he\s+|[Oo]ur\s+)?((?:[A-Za-z&'-]+\s+){1,6}?)(?:for|in|at|covering)\s+(?:the\s+)?(?:(?:NPS|HMPPS)\s+(?=(?:[A-Z][a-z]+\s+){1,3}(?:division|region|area)\b))?([A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})/;
/**
 * A named person for a place the board list does not give: a place it lists no one for, or a role
 * it lists no one in there (a SPOC, a Head of LDU, a chair; a YJB lead outside the North West).
 * England as a whole, and the services' own names, are no particular place.
 */
function asksNameForPlace(question: string): boolean {
  const m = ASKS_NAME.exec(question);
  if (!m) return false;
  const [, role, place] = m;
  if (/^(?:England|NPS|YOS|YOT|LDU|HMPPS|YJB)$/.test(place)) return false;
  // "At Stage 3", "under Section 5.5": a step or a part of the text, not a place.
  if (/^(?:Stage|Section|Part|Step|Level)\b/.test(place)) return false;
  // A unit, service or team is no place: "the contact for the Victim Liaison Unit" is a role the rules name.
  if (/\b(?:Units?|Services?|Teams?|Schemes?|Panels?)$/.test(place)) return false;
  // Wales as a whole is a place only when a post there is asked for ("the Head of LDU for Wales").
  if (place === 'Wales' && !/\b(?:leads?|head of ldu|spoc|director|chair|manager)\b/i.test(role)) return false;
  if (!LISTED_REGION.test(place)) return true;
  const listedRole =
    (/\b(?:yos )?leads?\b|\bcontact\b|\brep(?:resentative)?\b/i.test(role) && !/\bhr\b|human resources/i.test(role)) ||
    (/\bdirector\b/i.test(role) && place === 'North West');
  const yjbElsewhere = /\byjb\b|youth justice board/i.test(role) && place !== 'North West';
  return !listedRole || yjbElsewhere;
}

/**
 * Who holds a post in a body ("who is the current chief executive of the YJB?", "who heads up
 * HMPPS in Wales?"): the framework names people only in its document control and on its
 * Governance Board list, which gives no such post.
 */
const ASKS_POST_HOLDER =
  /\bwho(?:'s| is| are)?\s+(?:the\s+)?(?:current\s+|new\s+|present\s+)?(?:chief executive|ceo|chief officer|director(?: general)?|executive director|chair(?:man|person|woman)?|head|minister|president)\s+(?:of|for|at)\s+(?:the\s+)?(?:youth justice board|yjb|hmpps|ministry of justice|moj|aym|association of yo[ts] managers|crc|local criminal justice board|lcjb)\b|\bwho\s+(?:heads?|leads?|runs?|chairs?)(?: up)?\s+(?:the\s+)?(?:youth justice board|yjb|hmpps|ministry of justice|moj|aym|association of yo[ts] managers)\b/i;

/**
 * What another document itself says ("how often does PI 19/12 say I must see ...", "what does the
 * MASH framework say about ..."): the framework names the PIs, protocols and frameworks it refers
 * to, and never restates them. The framework itself, and the Act as it quotes it, are its own.
 */
const ASKS_WHAT_DOCUMENT_SAYS =
  /\b(?:(?:does|do|did)\s+(?:the\s+|a\s+)?|the\s+)(PI\s*\d+\/\d+|(?:[a-z0-9']+\s+){0,5}(?:protocol|review|blueprint|instructions?|framework|policy|guidance))\s+(?:actually\s+|really\s+)?(?:say|says|require|requires|recommend|recommends|state|states|set out|sets out|specify|specifies|tell)\b|\bunder\s+PI\s*\d+\/\d+\b|\bPI\s*\d+\/\d+\b[^?]{0,40}\b(?:replaced|superseded|withdrawn|updated)\b/i;
const THIS_FRAMEWORK = /(?:^|\b(?:the|this|our)\s+)(?:(?:national|partnership|yos|nps|whole)\s+)*framework$/i;
/** "The main recommendations of the Lammy review", "the commitments in the Youth Justice Blueprint". */
const ASKS_WHAT_REPORT_FOUND =
  /\b(?:recs|recommendations|findings|conclusions|commitments|key points)\b[^?]{0,25}\b(?:of|in|from)\s+(?:the\s+)?(?:[a-z0-9']+\s+){0,5}(?:review|report|protocol|blueprint|inspections?|strategy)\b/i;
function asksWhatDocumentSays(question: string): boolean {
  const m = ASKS_WHAT_DOCUMENT_SAYS.exec(question);
  return (!!m && !THIS_FRAMEWORK.test(m[1] ?? '')) || ASKS_WHAT_REPORT_FOUND.test(question);
}

/** Which YOTs, areas or counties a division covers ("which YOTs fall under the NPS Midlands division?"): never listed. */
const ASKS_DIVISION_AREA =
  /\bwhich\s+(?:yots|yoss|yos|yot|counties|areas|councils|local authorities|ldus|places|regions)\b[^?]{0,50}\b(?:division|region)s?\b|\b(?:division|region)s?\b[^?]{0,30}\bcover(?:s|ed)?\b[^?]{0,30}\b(?:which|what)\b/i;

/** Which deprivation factors the formula uses: the framework gives their number (6 for England, 7 for Wales) and equal weighting, not the list. */
const ASKS_FACTOR_LIST =
  /^(?![^?]*\b(?:weight\w*|why|how many)\b)[^]*\b(?:which|what(?: exactly)? (?:are|were))\b[^?]{0,20}\b(?:6|six|7|seven)?\s*(?:deprivation )?(?:factors|indices|indicators)\b/i;

/** Whether a figure rises with inflation: the framework states its figures as they are. */
const ASKS_UPRATING = /\b(?:inflation|uprat\w*|index[- ]linked|cost of living (?:rise|increase|uplift)s?)\b/i;
/** A pay premium for a duty ("time and a half for Saturday court"): the framework says only how the duty is claimed. */
const ASKS_PAY_RATE = /\btime and a half\b|\bdouble time\b|\benhanced (?:rate|pay)\b|\bovertime (?:rate|pay)\b|\bpaid extra\b/i;
/** A cap on cases claimed ("a PSO shouldn't hold more than 15 cases"): answered only by a number of cases. */
const CLAIMS_CASE_CAP = /\b(?:more than|over|maximum(?: of)?|max|at most|up to|no more than)\s+\d+\s+cases\b/i;
const STATES_CASES = /\b\d+\s+cases\b|\bcaseload of \d+/i;
/** Which side's procedures apply ("is it ours or NPS's?"): the framework says, though not what they say. */
const ASKS_WHOSE_PROCEDURES =
  /\b(?:which|whose)\b[^?]{0,30}\b(?:procedures?|polic(?:y|ies)|rules)\b[^?]{0,15}\bappl(?:y|ies)\b|\b(?:ours|yours|theirs|the yo[st]'?s) or (?:the )?nps'?s?\b|\bnps'?s? or (?:the )?(?:yo[st]'?s|ours|council'?s)\b/i;
/** What a lone working policy says, or whether there is one: the framework says only whose health and safety procedures apply. */
const ASKS_LONE_WORKING =
  /\b(?:is there|what(?:'s| is)?|where(?:'s| is)?)\b[^?]{0,30}\blone working\b|\blone working\b[^?]{0,40}\b(?:say|says|require|requires)\b|^\s*lone working (?:policy|procedure)/i;

/** A phone number: the framework gives e-mail addresses for a few people, never a number. */
const ASKS_PHONE = /\b(?:(?:tele)?phone|mobile|contact) (?:number|no\.?)\b|\bdirect (?:line|dial|number)\b|\bnumber to (?:call|ring)\b/i;
const STATES_PHONE = /\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/;

/** A postal address (of a hub, an office): the framework gives e-mail addresses only, never a street. */
const ASKS_ADDRESS =
  /\b(?:postal|post|street|office|building|physical|delivery|finance|invoic\w*|billing)\s+address\b|\bpost ?code\b|\baddress (?:to send|for (?:posting|invoices?|post))\b|\baddress\b[^?.]{0,20}\bsend\b[^?.]{0,40}\binvoice\b/i;
const STATES_ADDRESS = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;

/**
 * An asked thing the framework never supplies: a form, template, checklist, system code or field,
 * mailing list, app, or a link to join something ("is there a form for...", "which absence code...",
 * "teams link for the next board?"; a chat message of up to ten words needs no question word:
 * "interview qs template for yot po post?"). Declined only when the answer does not mention that thing.
 * ", which recommends software" tells, not asks.
 */
const ASKS_ARTEFACT =
  /(?:^\s*(?=(?:teams|meeting|zoom|joining) links?\b)|^(?=(?:\S+\s+){0,9}\S+\s*\??\s*$)(?:\S+\s+){0,5}?|\b(?:what|(?<!,\s)which|is there (?:a|an|any)|are there any|where(?:'s| is| do i find| can i find| can i get| do i download| can i download)|download|do we have (?:a|an)|send me|give me)\b[^?.]{0,40}?)\b(forms?|templates?|pro-?formas?|checklists?|(?:absence |contact |sop |n?delius |system |cost |budget |reason )codes?|codes? (?:for|on|in)|fields?|columns?|mailing lists?|apps?|software|(?:accredited )?programmes?|(?:teams|meeting|zoom|joining|web|intranet|download) links?|links? (?:for|to join)|url|websites?|intranet pages?|(?:word|editable|pdf|welsh[- ]language|one[- ]page|summary|short|blank) (?:version|copy|edition)s?|blank cop(?:y|ies)|spreadsheets?|(?:excel|word) (?:files?|sheets?|documents?)|interview questions|question (?:bank|set)s?)\b/i;
/** The word an artefact is mentioned by ("absence codes" -> "code"); a link is given only as an address. */
function mentionsArtefact(asked: string, answers: string[]): boolean {
  const noun = asked
    .toLowerCase()
    .split(' ')
    .find((w) =>
      /^(?:forms?|templates?|pro-?formas?|checklists?|codes?|fields?|columns?|mailing|apps?|software|programmes?|spreadsheets?)$/.test(w),
    );
  // A site is named by its address, or as "the NPS intranet" (where the other frameworks are kept).
  const said = noun
    ? new RegExp(`\\b${noun.replace(/s$/, '')}`, 'i')
    : /\b(?:websites?|intranet)\b/i.test(asked)
      ? /\bhttps?:|\bwww\.|\bintranet\b/i
      : /\bhttps?:|\bwww\./i;
  return answers.some((a) => said.test(a));
}

/** A sum of money asked outright ("what is the total budget...", "how much does NPS spend..."): answered only by an amount. */
const ASKS_SUM =
  /\bhow much (?!time\b)(?:money |funding )?(?:does|do|did|will|would|is|are|has|have)\b[^?.]{0,40}\b(?:cost|spend|pay|charge|budget|get paid|invoice)\b|\bwhat(?:'s| is| was)? (?:the )?(?:(?:total|annual|overall|national|monetary|exact|yearly) )+(?:budget|spend|cost|amount|price|fee|funding)\b|\bwhat(?:'s| is| was)? (?:the )?(?:budget|monetary amount|amount of money|price|fee|funding)\b/i;

/** A deadline or cut-off asked (not one mentioned in passing: "before the payroll cut-off"): answered by a span ("6 months before"), a month, a quarter or "before each board". */
const ASKS_DEADLINE =
  /\b(?:what|whats|when|whens|is there|are there|any)\b[^?.!]{0,30}?\b(?:deadline|cut-?off(?: date| day| point)?|closing date)\b|^\s*(?:deadline|cut-?off(?: date)?|closing date|time limit)s? (?:for|to|on)\b/i;
const STATES_DEADLINE =
  /\b\d+(?:st|nd|rd|th)?\s*(?:days?|weeks?|months?|working days?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-eight|a)[ -](?:days?|weeks?|months?)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bquarter|\bbefore (?:each|every|the)\b/i;

/** An e-mail address for a team, hub or office ("business hub email for south west invoices?"), not a person's. */
const ASKS_TEAM_EMAIL =
  /\b(?:hub|team|mailbox|inbox|office|unit|department|finance|shared services?|help ?desk|service desk)\b[^?.]{0,40}\be-?mail\b|\be-?mail(?: address)?\b[^?.]{0,40}\b(?:hub|team|mailbox|inbox|office|unit|department|finance|shared services?|help ?desk|service desk)\b/i;
/** The e-mail is what is asked for, not mentioned ("I can't get into my NPS email"). */
const ASKS_EMAIL =
  /\b(?:what|whats|which|where|need|have|got|know|send)\b[^?.]{0,30}\be-?mail\b|\be-?mail(?: address| addr)?\s+(?:for|of|to)\b|\be-?mail (?:address|addr)\b/i;
/** The framework's one shared mailbox is wales.info@; every other address it gives is a person's. */
const STATES_TEAM_EMAIL = /\b[a-z]+\.info@/i;

/** A named contact in a local office ("who's the contact at our local Victim Liaison Unit?"): the framework names no local people. */
const ASKS_LOCAL_CONTACT =
  /\bwho(?:'s| is| are| do i)\s+(?:the\s+|our\s+|my\s+)?(?:named\s+|main\s+|best\s+)?(?:contact|person|officer|lead|manager|rep|representative)s?\s+(?:at|in|for|on)\s+(?:our|my|the)\s+local\b|\bwho\s+(?:chairs|runs|leads)\b[^?]{0,60}\b(?:for|in)\s+(?:our|my)\s+(?:area|region|patch|county|borough|city|division)\b|\bwho (?:in|at|from) (?:the )?(?:nps |hmpps |yot |yos )?(?:finance|hr|payroll|it|shared services|business hub)\b/i;
/** A provider or supplier by name ("who is the occupational health provider?", "which provider do we use?"): the framework names none. */
const ASKS_PROVIDER =
  /\bwho(?:'s| is| are)\s+(?:the\s+|our\s+)?(?:[a-z]+\s+){0,3}(?:provider|supplier|contractor)s?\b|\b(?:which|what)\s+(?:[a-z]+\s+){0,3}(?:provider|supplier|contractor)s?\s+(?:do|should|can|must)\s+(?:we|i)\b/i;

/** An artefact, a local contact, a provider, a team's e-mail address, a sum of money or a deadline asked that the answers do not give. */
function missingThing(question: string, answers: string[]): string | null {
  const any = (re: RegExp) => answers.some((a) => re.test(a));
  const artefact = ASKS_ARTEFACT.exec(question);
  if (artefact && !mentionsArtefact(artefact[1], answers)) return 'forms, templates, codes, mailing lists or links';
  if (ASKS_LOCAL_CONTACT.test(question)) return 'names for particular places';
  if (ASKS_PROVIDER.test(question) && !any(/\bprovider|\bsupplier|\bcontractor/i)) return 'the names of providers or suppliers';
  if (ASKS_TEAM_EMAIL.test(question) && ASKS_EMAIL.test(question) && !FRAMEWORK_PEOPLE.test(question) && !any(STATES_TEAM_EMAIL))
    return "teams' or offices' e-mail addresses";
  if (ASKS_SUM.test(question) && !any(STATES_MONEY)) return 'that sum of money';
  if (ASKS_DEADLINE.test(question) && !any(STATES_DEADLINE)) return 'that deadline';
  return null;
}

/** A figure or allocation for one YOT, YOS or LDU ("what FTE has Leeds YOT been allocated?"). */
const ASKS_ALLOCATION = /\b(?:how much|how many|what (?:fte|allocation|share|budget|number|figure|amount))\b|\ballocat(?:ed|ion)\b/i;
const BEFORE_SERVICE = /\b([A-Za-z]+)(?:'s)?\s+(?:yot|yos|ldu|youth offending)\b/gi;
/** Words before "YOT" that describe one rather than name it. */
const NOT_A_PLACE = new Set(
  'our my the this that each every which what your their a an any one per nps hmpps yjb moj seconded secondee whole new same other own receiving and or of to for in at by with from across'.split(
    ' ',
  ),
);
/**
 * The place a message names before "YOT"/"YOS"/"LDU": a capitalised name, or a word that is no
 * English word ("leeds yot"). England and Wales are the framework's own.
 */
function namedPlace(question: string, isEnglishWord: (word: string) => boolean): string | null {
  for (const [, word] of question.matchAll(BEFORE_SERVICE)) {
    const lower = word.toLowerCase();
    if (NOT_A_PLACE.has(lower) || /^(?:england|wales|english|welsh)$/.test(lower)) continue;
    if (/^[A-Z][a-z]/.test(word) || !isEnglishWord(lower)) return word;
  }
  return null;
}

/**
 * What the question asks for that the answers do not give ("that figure", "that date", "a phone
 * number"...), or null when they give it: a figure (a list of three or more items naming the
 * things counted answers "how many <things>?"), money for a rate, a date for "when is the next", a
 * number for "phone", a postcode for "postal address", a named level for "what vetting level", a
 * person the framework names for "who is the ... for <place>"; and never a figure for one named YOT.
 */
export function missingParticular(
  question: string,
  answers: string[],
  isEnglishWord: (word: string) => boolean = () => true,
): string | null {
  const any = (re: RegExp) => answers.some((a) => re.test(a));
  if (ASKS_ALLOCATION.test(question) && namedPlace(question, isEnglishWord)) return 'figures or allocations for particular places';
  if (ASKS_PHONE.test(question) && !any(STATES_PHONE)) return 'phone numbers';
  if (ASKS_ADDRESS.test(question) && !any(STATES_ADDRESS)) return 'postal addresses';
  if (ASKS_LEVEL.test(question) && !any(STATES_LEVEL)) return 'a vetting or clearance level (only "the appropriate level")';
  if (ASKS_CODE.test(question)) return 'cost centres or budget codes';
  if (ASKS_BOOKING.test(question)) return 'how rooms, desks or venues are booked';
  if (ASKS_RETENTION.test(question) && !any(STATES_RETENTION)) return 'how long records are kept';
  if (ASKS_QUORUM.test(question)) return 'a quorum';
  if (ASKS_VETTING_RENEWAL.test(question)) return 'when vetting is renewed';
  if (asksNameForPlace(question)) return 'names for particular places';
  if (ASKS_PAY_RATE.test(question)) return 'pay rates or premiums';
  if (ASKS_UPRATING.test(question)) return 'any uprating for inflation';
  if (CLAIMS_CASE_CAP.test(question) && !any(STATES_CASES)) return 'a cap on cases';
  if (ASKS_LONE_WORKING.test(question) && !ASKS_WHOSE_PROCEDURES.test(question))
    return 'what health and safety or lone working policies say (only whose procedures apply)';
  if (ASKS_FACTOR_LIST.test(question))
    return 'the list of deprivation factors (only that there are 6 for England and 7 for Wales, weighted equally)';
  if (ASKS_DIVISION_AREA.test(question)) return 'which YOTs or areas each division covers';
  if (asksWhatDocumentSays(question)) return 'what the documents it refers to say: it names them, and does not restate them';
  if (ASKS_POST_HOLDER.test(question))
    return "the holders of other bodies' posts (it names only its authors and the Governance Board's members)";
  if (ASKS_DATE.test(question) && !any(STATES_DATE)) return 'dates for particular meetings or returns';
  if (ASKS_NEXT_REVIEW.test(question)) return 'a date for its next review';
  if (ASKS_MONEY.test(askingSentences(question)) && !any(STATES_MONEY)) return 'that figure';
  if (ASKS_CURRENT_COUNT.test(question)) return 'current counts of posts or people';
  if (ASKS_TIME.test(question) && !any(STATES_TIME)) return 'times of day';
  const thing = missingThing(question, answers);
  if (thing) return thing;
  const unit = ASKS_UNIT.exec(question);
  if (unit && !any(STATES_UNIT[(unit[1] ?? unit[2]).toLowerCase()])) return 'that figure';
  const span = claimedSpan(question);
  if (span && !any(STATES_SPAN[span])) return 'that figure';
  // "How long does NPS have to pay the invoice?" is not answered by the invoice's £5,000.
  if (ASKS_SPAN.test(question) && !any(STATES_DEADLINE) && !any(STATES_SPAN.day) && !any(STATES_SPAN.month)) return 'that figure';
  if (!ASKS_FIGURE.test(question)) return null;
  return answers.some((answer) => STATES_FIGURE.test(answer) || countsWhatIsAsked(question, answer)) ? null : 'that figure';
}

/** Where a message's second question starts ("...? And is there a form?", "Who is X, and what's...", "..., and for how long?"). */
const NEXT_QUESTION =
  /\?\s+|,?\s+(?:and|also|plus)\s+(?=(?:(?:for|in|by|at|to|with|from|on|under)\s+)?(?:what|whats|what's|who|whos|who's|when|where|which|how|is|are|do|does|can|could|should|will|would)\b)/i;

/**
 * What the answers do not give, and the message's first question when the missing particular is
 * asked only after it ("Who reviews a vacancy, and is there a form for it?"): if that first
 * question is answered, the missing particular is said rather than the whole message declined.
 */
export function missingParticularOf(
  question: string,
  answers: string[],
  isEnglishWord: (word: string) => boolean = () => true,
): { missing: string; firstQuestion: string | null } | null {
  const missing = missingParticular(question, answers, isEnglishWord);
  if (!missing) return null;
  const first = questionsOf(question)?.first;
  const askedLater = !!first && missingParticular(first, answers, isEnglishWord) === null;
  return { missing, firstQuestion: askedLater ? first : null };
}

/**
 * A message's first question and the rest, when it asks a second one (null when it does not). A
 * first "question" of under three words ("And you? ...") asks nothing on its own.
 */
export function questionsOf(message: string): { first: string; rest: string } | null {
  const next = NEXT_QUESTION.exec(message);
  if (!next) return null;
  const first = message.slice(0, next.index).trim();
  const rest = message.slice(next.index + next[0].length).trim();
  return rest && first.split(/\s+/).length >= 3 ? { first, rest } : null;
}

export function givesWhatIsAsked(question: string, answers: string[]): boolean {
  return missingParticular(question, answers) === null;
}

/** "how many statutory partners?" against the list of partners. */
function countsWhatIsAsked(question: string, answer: string): boolean {
  const counted = /\bhow many ((?:[a-z]+ ){0,1}[a-z]+)/i.exec(question)?.[1].toLowerCase().split(' ') ?? [];
  const text = answer.toLowerCase();
  return /;[^;]+;/.test(answer) && counted.some((word) => word.length > 3 && text.includes(word.replace(/s$/, '')));
}
