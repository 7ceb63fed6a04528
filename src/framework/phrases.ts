/**
 * Phrases folded to one vocabulary before matching, applied in order to questions and rules
 * alike. Longest and most specific first: "probation service officer" must win over "probation
 * officer", "signed off sick" over "signed off". Three kinds: the framework's abbreviations; the
 * sector's other names for the same thing (PDU for LDU, "non-qualified grade" for PSO); and
 * everyday wording for the framework's ideas ("boss", "hols", "bill them", "going nowhere").
 */
const FOLDS: [string, string][] = [
  // Who is asking is context, not the topic ("As Head of LDU, ...", "I'm the link manager - ..."):
  // the role's own overview must not win a story for it. "Am I ..." questions keep their role.
  ["(?<=^ ?|[,.;!?-] ?)(?:as|i'm|i am|im) (?:the |a |an |their |our )?(?:new |nps |seconded |divisional )?(?:head of (?:ldu|local delivery unit)|link manager|yo[st] manager|yos senior manager|senior manager of (?:the )?yos|spoc|portfolio lead|secondee|seconded po|seconded pso|po secondee|pso secondee)(?=[^a-z]| [a-z])", ' '],
  // Abbreviations and names of bodies, roles and documents.
  ['youth offending governance boards?|yos governance boards?|governance boards?|yogbs?|gov board', ' yogb '],
  ['youth offending (?:teams?|services?)|youth (?:justice )?teams?|youth services?|youth side', ' yos '],
  ['(?:youth justice|yj) services?', ' yjservic '],
  ['youth justice board', ' yjb '],
  ['yots?|yoss?|yjs', ' yos '],
  ['national probation service', ' nps '],
  ['probation (?:support|service) workers?|support workers?|probation service officers?|non-?qualified (?:probation )?(?:grade|officers?|staff)|unqualified (?:probation )?(?:grade|officers?)', ' pso '],
  ['psos', ' pso '],
  ['qualified probation officers?|probation officers?', ' po '],
  ['pos', ' po '],
  ['local delivery units?|probation delivery units?|pdus?', ' ldu '],
  ['ldus', ' ldu '],
  ['single points? of contact', ' spoc '],
  ['spocs', ' spoc '],
  ['association of yo[ts] managers', ' aym '],
  ['travel (?:and|&) subsistence', ' travel subsistence '],
  ['t ?(?:&|and|n) ?s', ' travel subsistence '],
  ['single operating platform', ' sop '],
  ['staff performance (?:and|&) development records?|appraisals?', ' spdr '],
  ['community rehabilitation compan(?:y|ies)', ' crc '],
  ['crcs', ' crc '],
  ['clinical commissioning groups?|health commission(?:ers?|ing)|nhs commissioners?', ' ccg '],
  ['ccgs', ' ccg '],
  ['multi-?agency public protection arrangements?|mappas', ' mappa '],
  ['three-? ?way|3-? ?way|tripartite', ' threeway '],
  ['multi-?agency risk assessment conferences?', ' marac '],
  ['multi-?agency safeguarding hubs?', ' mash '],
  ['h ?& ?s|h (?:and|n) s|health (?:and|&) safety', ' health safety '],
  // "Stage 4" is a topic of its own; other lone digits ("one of the teams") are dropped as noise.
  ['stage ([1-5])', ' stage stage$1 '],
  ['b4', ' before '],
  // "2+1" (two years plus one) is one term, as the secondment length rule writes it.
  ['(\\d) ?\\+ ?(\\d)', ' $1plus$2 '],
  // "V0.8" is the document control's "version 0.8".
  ['v ?(\\d+\\.\\d+)', ' version $1 '],
  ['orgs?', ' organisation '],
  ['line-?ups?', ' members '],
  // A body's "composition" or "make-up" is what it is made up of (the board: NPS, YJB and AYM).
  ['composition|make-?up(?= of (?:the|a|our|this) (?:yogb|board|governance|yos|yot|panel|team)\\b)', ' made up '],
  ['(?:still )?fit for purpose', ' review '],
  // Who decides which cases or work someone gets is who allocates work, not a decision to transfer a case.
  ['(?:decides?|deciding|chooses?|picks?) (?:what|which) (?:cases?|work)(?: and (?:cases?|work))?', ' allocate work '],
  ['pay-?offs?', ' benefit '],
  ['(?:came|come|comes|coming) into (?:use|effect|force|operation)|took effect|in force since|first used|' +
    // "When did this framework first come in?" (a framework comes in; a person comes in to the office).
    '(?<=\\b(?:framework|document|doc|agreement|partnership) )(?:(?:first|originally|actually) ){0,2}(?:came|come|comes) (?:in|out)\\b', ' adopted '],
  ['full[- ]time equivalent', ' fte '],
  ['crime (?:and|&) disorder act', ' cda '],
  ['asb', ' anti social behaviour '],
  ['probation instructions?', ' pi '],
  ['pis', ' pi '],
  // "PI 05/2014" is the framework's "PI 05/14".
  ['pi ?(\\d{1,2})/20(\\d\\d)', ' pi $1/$2 '],
  ['youth[- ]to[- ]adult|y2a', ' y2a transit '],
  ['serious (?:youth )?violen(?:ce|t)(?: (?:crimes?|offen[cs]es?|offending))?|violent (?:crimes?|offen[cs]es?|offending)', ' syv '],
  ['occupational health(?: unit)?|ohu|oh (?:assessment|referral|report)', ' occupational '],
  ['hmpps ?i?n? wales|hmppsiw', ' hmppswales '],
  ['welsh|cymru', ' wales '],
  // Section 7's topic is the other frameworks, so "other" (a stop word elsewhere) counts here.
  ['other (?:(?:nps|probation) )?(?:partnership )?frameworks?', ' otherframework framework '],
  // An employee's probationary period (HR), not the probation service.
  ['probation(?:ary)? periods?', ' probationaryperiod '],
  ['probation', ' nps '],
  ['local authorit(?:y|ies)|councils?|boroughs?', ' council '],
  // Everyday words for the framework's ideas.
  ['lts', ' long-term sick '],
  ['pregnan(?:t|cy)|expecting(?: a baby)?|having a baby|baby|mat leave|mat cover|parental leave', ' maternity '],
  ['signed off (?:sick|ill|unwell|work|with\\b|for (?:the )?(?:last |past |another |a further )?(?:\\d+|a|an|a few|several|some) (?:days?|weeks?|months?))|off sick|sick leave|sickness absence|sickness|off (?:for )?(?:(?:\\d+|a|an|a few|several|some) (?:days?|weeks?|months?) (?:now )?)?with (?:a |an |his |her |my )?(?:bad back|back|stress|injury|flu|covid)|poorly|unwell|illness|ill|flu|(?:got|has|have|had|caught|positive for|with|off with) covid|(?:a |an )?(?:chest |ear |throat |stomach |kidney |urinary |viral )?infection|(?:a |the )?(?:stomach|sickness|winter|tummy) bug', ' sick '],
  ['agency (?:workers?|staff|temps?)|locums?|stop-?gaps?|temps|temp\\b|temporary (?:workers?|staff|cover|people|person)', ' temporari worker '],
  ['in lieu|instead', ' inlieu '],
  ['ground rules', ' conditions '],
  // An old spelling the word list knows, so typo correction leaves it alone.
  ['milage', ' mileage '],
  // A claim for reimbursement (stage 5) is no travel claim.
  ['(?:put in |submit(?:ted)? |made |make )?(?:a |our |the )?(?:claim|bid) for (?:the )?reimbursement|reimbursement claims?', ' reimbursement '],
  ['background checks?|security checks?|security clearance|clearance|dbs checks?|dbs', ' vetting '],
  ["(?:do ?n'?t|do not|does ?n'?t|does not|could ?n'?t|could not|not|never|can ?not|can't|won't) (?:agree|see eye to eye)|disagree(?:ments?|s|d|ing)?|conflicts?|rows?|arguments?|argu(?:e|ing|ed)|fall(?:en|s|ing)? out|fell out|falling out|at loggerheads|" +
    'going (?:round|around) in circles|going (?:absolutely )?nowhere|getting nowhere|stand-?off|deadlock|impasse|stalemate|' +
    "can ?not agree|can't agree|won't agree|not agreeing|miles apart|no agreement|(?:not|never|can ?not|can't|couldn't) (?:reach|reached|come to) (?:an )?agreement", ' dispute '],
  // "What does the framework say?" only asks about what was just said: no words of its own.
  ["what does (?:the|this) framework (?:actually )?say(?: about (?:this|that|it))?|does (?:the|this) framework say (?:anything )?about (?:this|that|it)|according to (?:the|this) framework", ' '],
  ["whose (?:call|decision|job|responsibility) (?:is (?:it|this|that)|it is)", ' who decides '],
  // Elapsed time is context ("for 6 weeks now"), not what is asked.
  ['for (?:the )?(?:last |past )?\\d+ (?:days?|weeks?)(?: now)?|over the (?:last|past) \\d+ (?:days?|weeks?|months?)', ' '],
  // A tag that only asks for a check ("..., isn't it?", "is that right?", "..., yes?") is no topic.
  ["(?:is (?:that|this)|am i|have i got (?:that|this)|that's|thats) (?:right|correct|true|so)(?= ?[?.!]|$)|(?:right|correct|true|yes|yeah|yep)(?= ?\\?)|(?:isn't|aren't|doesn't|don't|can't|won't|haven't|hasn't|didn't|wasn't|shouldn't|couldn't|wouldn't|isnt|doesnt|cant) (?:it|they|we|i|she|he|you|there|that)(?= ?\\?)", ' '],
  ['doc(?:ument)? ref(?:erence)?(?: no\\.?| number| num)?|document reference(?: no\\.?| number)?|ref(?:erence)? (?:no\\.?|number|num) (?:of|for|on) (?:the |this )?(?:yos )?(?:partnership )?framework', ' documentreference '],
  // A calendar date is context ("started on 1 September 2022"), never a topic: it must not pull a
  // question towards the document control's own dates.
  ['(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december|sept?) \\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}', ' '],
  ["where (?:does|do|should|would|can|will) (?:it|this|that|we|i) (?:go|take it)(?: next| from here| now)?|where (?:it|this|that) goes next|who does (?:this|it) go to(?: next)?|what(?:'s| is) the next step|next steps?|where next|what(?:'?s| is| happens| comes) next|" +
    "who (?:do|should|can) (?:i|we) (?:go|turn|take (?:it|this)) to(?: now| next)?|take (?:this|it|them) (?:to|further|higher|up)|go(?:es)? (?:higher|further|up)|up the (?:chain|ladder)|next level|above (?:their|his|her|my) heads?|escalat\\w*", ' escalate '],
  // "Straight to the Governance Board" skips the local steps: an escalation, to the board.
  ['(?:straight|directly|right) (?:up )?to (?:the )?yogb', ' escalate yogb '],
  ['sign(?:s|ed|ing)? up (?:to|for)|commit(?:s|ted|ments?)?|promis(?:e|es|ed)|pledg(?:e|es|ed)', ' commit '],
  ['approaching adulthood|(?:turn|turning|reach|reaching|nearly|almost|about to turn) 18|becom(?:e|es|ing) (?:an )?adults?|mov(?:e|es|ing) (?:over )?to adult (?:services|nps)|transfer(?:s|ring|red)? to adult (?:services|nps)', ' transition adult '],
  ['authori[sz](?:e|es|ed|ing|ation)|sign(?:s|ed|ing)? off|sign-off|okay(?:s|ed)?|go-? ?ahead|permission|approv\\w*', ' approve '],
  ['how far (?:ahead|in advance)|in advance|ahead of|prior to', ' before '],
  // "AL" is annual leave after a possessive or a booking word ("my AL", "book AL"), not otherwise.
  ['time off|holidays?|hols?|vacations?|annual leave|days? off|a\\/l|(?<=\\b(?:my|his|her|their|our|your|book|booked|booking|request|requested|take|taking) )al', ' leave '],
  ['floor|lowest|smallest|least', ' minimum '],
  ['(?:management|mgmt|man) (?:boards?|meetings?|committees?)|yos boards?|local boards?|partnership boards?', ' mgmtboard '],
  ['being present|be present|present at|turn(?:s|ing)? up|show(?:s|ing)? up|sit(?:s|ting)? on|seat on|go(?:es)? to (?:the )?mgmtboard', ' attend '],
  ['obliged|obligated|required to|made to|forced to|insist\\w*|compulsory|mandatory|make (?:me|them|her|him)', ' required '],
  // "Issue" is to provide only as a verb: "my issue with ..." or "an issue" is a problem, not a handing out.
  ['suppl(?:y|ies|ied)|provid(?:e|es|ed|ing)|issued|(?<!\\b(?:my|an|the|this|that|our|his|her|their|any|some|no|of|these|those|other|main|real|big) )issu(?:e|es)|hand(?:s|ed)? out', ' provide '],
  ['mobile phones?|work phones?|mobiles?|phones?', ' telephone '],
  ['(?:learning|development|training) needs', ' training need '],
  ['written down|recorded|logged|noted|documented|write down', ' record '],
  ['how many days (?:of )?(?:annual )?(?:leave|holiday)|leave entitlements?|entitle(?:d|ment)s?', ' entitlement '],
  ['longest|max|upper limit|capped|caps?', ' maximum '],
  ['long[- ]term|for a long time|for ages|for months|long spell', ' longterm '],
  ['terms of ref(?:erence)?|written rules|remit|constitution', ' tor '],
  ['oversight (?:group|board|committee)|steering (?:group|board|committee)', ' yogb '],
  ['figure|amount|sum|how much|how many', ' amount '],
  // "How often" keeps its "how": the clause still asks.
  ['how often|how regular(?:ly)?', ' how often '],
  ['frequen(?:tly|cy|t)|regularly', ' often '],
  ['vacant|vacancies|unfilled (?:posts?|roles?|positions?)|empty (?:posts?|roles?)|(?:fill|filling|plug|plugging) (?:a |an |the |that |this |our )?(?:\\w+ )?(?:post|role|position|gap|hole)|' +
    "(?:can ?not|can't|cannot|couldn't|unable to) find (?:anyone|anybody|someone|somebody|a replacement)|" +
    '(?:a|1) (?:po|pso|officer|secondee) (?:short|down)|down (?:a|1) (?:po|pso|officer|secondee)', ' vacancy '],
  ['(?:meant|supposed|expected|required) to (?:be )?do(?:ing)?|roles? and responsibilit(?:y|ies)|responsibilit(?:y|ies)|duties|dut(?:y)|job description', ' duties '],
  ['met|meets|meeting|meetings', ' meet '],
  ['results?|outcomes?', ' outcome '],
  ['tak(?:e|es|en|ing) into account|factored in|factor(?:s|ed)? in|counts? towards', ' weighting '],
  ['link managers?|lnk mgrs?|link mgrs?', ' linkmanager '],
  ['staffing(?: levels?| numbers?)?', ' resource '],
  ['(?:nps|probation) (?:workers?|staff|persons?|colleagues?|people)|placed (?:with|in|at) (?:the )?yos|based (?:out )?(?:at|in|with) (?:the )?yos|seconded', ' secondee '],
  ['secondees? (?:staff|officers?|workers?|people|colleagues?|members? of staff)', ' secondee '],
  ['mgrs?|mngrs?|bosse?s?|gaffer|supervisor|manages? me|managing me', ' manager '],
  ['daily basis|day[- ]to[- ]day|every day|daily|day by day', ' daytoday '],
  ['under[- ]?18s?|under[- ]eighteens?|kids?|youngsters?|young people|young persons?|juveniles?|teenagers?|minors?|children|child', ' child '],
  ['cops?|coppers?|police officers?|officers? of police', ' police '],
  ['magistrates?(?: court)?|sittings?|courts?', ' court '],
  ['weekends?|saturdays?|sundays?', ' saturday '],
  ['adapt(?:ed|ations?|ing)?|adjustments?|modifi(?:ed|cations?)', ' adjust '],
  ['kit|gear|furniture|chairs? for my back|special chairs?|ergonomic \\w+', ' equipment '],
  ['competen(?:ce|cy|t)|capabilit(?:y|ies)|fitness to practi[cs]e', ' capability '],
  ['keeps? tabs on|keeps? an eye on|monitor\\w*|oversee\\w*|oversight', ' monitor '],
  ['on the hook|accountab\\w*|answerable|liable', ' accountable '],
  ['merg(?:e|es|ed|ing|er)|combin(?:e|es|ed|ing)|amalgamat\\w*|join(?:ing|ed)? (?:up|together|forces)', ' joint '],
  ["(?:who|which (?:body|organisation|agency)) (?:pays|funds|is paying|(?:should|would|will|must|has to|ought to) (?:end up )?(?:pay|paying|fund)|ends? up paying|provides the money|foots the bill|picks up the (?:bill|cost|tab)|covers the cost)(?: for)?|paid for by|funded by|whose budget|out of whose budget|comes? out of", ' payer '],
  // Being "in charge of" something is being responsible for it, not a charge to invoice.
  ['(?:in|takes?|took|taking) charge(?: of)?', ' responsible '],
  ['bill(?:ed|ing|s)?|recharg\\w*|charg(?:e|es|ed|ing)', ' invoice '],
  ['reimburs\\w*|refund\\w*|claim(?:ed|ing|s)? (?:it |them |this )?back|get (?:my |the )?money back|paid back', ' reimburse '],
  ['paid|pays|paying', ' pay '],
  // Keeping up with the home organisation is its news and bulletins (the link manager's duty, 5.3).
  ["(?:lose|losing|lost|out of) touch with (?:what(?:'?s| is)? (?:going on|happening) (?:in|at|across) )?(?:the )?nps|what(?:'?s| is)? (?:going on|happening) (?:in|at|across) (?:the )?nps|in the loop with (?:the )?nps", ' nps news '],
  // A distance ("a secure unit 90 miles away") is a journey, not a mileage rate.
  ['(?:\\d+|a few|many) miles (?:away|off|from (?:here|home|the office))', ' travel '],
  ['mileage|miles|petrol|fuel|train fares?|bus fares?|taxi fares?', ' mileage travel '],
  ['finish(?:es|ing)?|ends|ending|comes? to an end|runs out|is up', ' end '],
  // "What is it (actually) for?" asks for the purpose.
  // ("responsible for?", "paid for?" are not: the word before "for" governs it.)
  // (The lookahead first only saves time: looking back 40 characters at every position is slow.)
  ['(?=(?:actually |really |even )?for ?\\?)(?<=(?:is|are) [^?.!,]{0,40})(?<!(?:responsible|accountable|liable|eligible|suitable|available|used|paid|asked|looking|waiting|claimed|budgeted|funded|covered) )(?:actually |really |even )?for(?= ?\\?)', ' purpose '],
  ['hir(?:e|es|ed|ing)|recruit\\w*', ' recruit '],
  // The PO's "in house 'expert'" (5.3) as people say it: not a house (home visits).
  ['in[- ]house(?: go[- ]to)?|go[- ]to (?:person|people|expert)', ' inhouse '],
];

/** Each fold as a whole-word regular expression (no match inside a longer word). */
export const PHRASES: [RegExp, string][] = FOLDS.map(([pattern, replacement]) => [new RegExp(`(?<![a-z0-9])(?:${pattern})(?![a-z0-9])`, 'g'), replacement]);
