/**
 * Section cues: the table of facts one section states that another section's rule restates in
 * part, each with the wording that asks it (rule data, like rules.ts; message-cues.ts applies it).
 * To add one: a regular expression over the message, the rule that states the fact, a comment
 * saying why the words pull elsewhere, and a test in test/framework/section-cues.test.ts (or
 * section-cues-neighbours.test.ts).
 */
import { all, any, matches, not, type CuePattern } from './cue-patterns';
import { ROLE_SPELLINGS } from './answer-clauses';

/** A secondee's return asked about as the meeting, or as pay and terms: not the link manager's preparing them (5.3). */
const RETURN_MEETING_OR_TERMS = /\b(?:meeting|meet|sit down|three[- ]way|allowance|pay|salary|grade|protection)\b/i;
/** A disagreement told, or its next step asked: where it goes is 9.1's, whatever it is about (who pays for travel or equipment). */
const DISAGREEMENT =
  /\b(?:disputes?|disagree\w*|argu\w*|fall(?:en)? out|fell out|settle|escalat\w*|back and forth|next steps?|(?:can ?not|can'?t|couldn'?t|could not|don'?t|do not|won'?t) agree)\b/i;
/** A message about Wales: the Welsh protocol and section 6 apply there, not England's arrangements. */
export const NAMES_WALES = /\b(?:wales|welsh|cymru)\b/i;
/** Vetting, in any form of the verb ("who vets", "vetted before", "the vetting"). */
const VETTING = /\bvet(?:s|ted|ting)?\b/i;

/** "What are the portfolio lead's responsibilities ...": the role's own rule, whatever the duty asked about pulls towards. */
const ROLE_DUTIES: [role: string, ruleId: string][] = [
  [ROLE_SPELLINGS['portfolio lead'], 'portfolio-lead'],
  [ROLE_SPELLINGS['head of ldu'], 'head-of-ldu'],
  [ROLE_SPELLINGS['link manager'], 'link-manager'],
  [ROLE_SPELLINGS['yot manager'], 'yot-manager'],
  [`(?:divisional )?${ROLE_SPELLINGS.spoc}`, 'spoc'],
];
const ROLE_DUTIES_CUES = ROLE_DUTIES.map(([role, ruleId]) => {
  const asked = new RegExp(
    String.raw`\b(?:what are|what's|what is|list|outline|set out)\b[^?]{0,15}\b(?:the |an? |our |my )?(?:nps )?(?:${role})(?:'s|s')? (?:responsibilit\w*|duties|role|job)\b` +
      // "Portfolio lead here ... what am I accountable for?", "... as YOT manager. What am I on the hook for?": the asker's own role's duties.
      String.raw`|\b(?:i'?m (?:the |an? )?|as (?:the |an? )?)?(?:nps )?(?:${role})(?: here\b| -|,|:|\.)[^?]{0,200}\bwhat (?:exactly |actually )?(?:am i (?:actually |really )?(?:accountable|responsible|on the hook) for|(?:else )?do i (?:personally )?own|are my (?:responsibilities|duties))\b` +
      // "I've just taken over as NPS portfolio lead for YOS partnerships ... What are my responsibilities?",
      // "New Head of LDU here ... What does the framework expect me to do about these two things?"
      String.raw`|\b(?:i'?m|i am|as|new)\b (?:the |an? )?(?:new )?(?:nps )?(?:${role})\b[^?]{0,300}\bwhat (?:exactly |actually )?(?:are my (?:responsibilities|duties)|does (?:the framework|it) expect (?:of |from )?me)\b` +
      // "quick list of my responsibilities as YOT manager"
      String.raw`|\b(?:my|our) (?:responsibilit\w*|duties)\b[^?]{0,10}\bas (?:the |an? )?(?:nps )?(?:${role})\b` +
      // "New SPOC here - what's my actual bit in ...?"
      String.raw`|\b(?:new )?(?:nps )?(?:${role}) here\b[^?]{0,40}\bwhat(?:'s| is) my (?:actual |real |own )?(?:bit|part|role|job)\b` +
      // "... people keep mentioning my 'link manager'. What is that person actually there to do for me?"
      String.raw`|\b(?:${role})\b[^?]{0,80}\bwhat (?:is|are|does|do) (?:that person|this person|they|he|she|that role|this role|the role|that|it)(?: actually| really| even)? (?:there (?:to do|for)|(?:meant|supposed) to do|do)\b(?: for (?:me|us|them|you))?\W*$`,
    'i',
  );
  return { asks: matches(asked), ruleId };
});

/**
 * Facts a section states that another section's rule restates in part, so a question hinging on
 * them matches that other rule on nearly every word, and the classifier agrees with it. Each cue
 * names the rule that states the fact; when a message asks it, that rule is answered, whatever
 * else its words say (product choices, measured on studied rounds: about +70 in the fifth pass,
 * one lost; about +90 in the sixth, none lost).
 */
export const SECTION_CUES: readonly { asks: CuePattern; ruleId: string }[] = [
  ...ROLE_DUTIES_CUES,
  {
    // Who tells the CRC about a transition case, and when or how its provider is decided: 5.2
    // (the NPS applies the case allocation system before the transition and informs the CRC), not
    // the seconded PO's transition duties in 5.3.
    asks: all(
      /\b(?:inform|tell|let|notif\w*)\b[^.?]{0,30}\bcrc\b|\bcrc\b[^]{0,160}\b(?:tell|inform|notify) them\b|\bcrc\b[^.?]{0,40}\b(?:told|informed|notified|know)\b|\b(?:at what point|when)\b[^.?]{0,60}\ballocat\w*|\ballocat\w*[^.?]{0,60}\b(?:at what point|when|before|prior)\b|\bcase allocation system\b|\b(?:right|appropriate|correct) allocation\b|\bwhich (?:probation )?provider\b|\bnps or (?:the )?crc\b|\bcrc or (?:the )?nps\b|\b(?:what|which) system\b[^?]{0,40}\ballocat\w*|\ballocat\w*[^?]{0,60}\b(?:what|which) system\b|\b(?:send|pass|hand|transfer|refer)\w*\b[^.?]{0,40}\bto (?:the |a |their )?crc\b[^]{0,200}\b(?:first|beforehand|meant to work|supposed to work|how it works)\b/i,
      /\b(?:transition\w*|transfer\w*|crc|provider|adult services|adult probation|case allocation system|moving (?:on |out )?from the yo[st]|leaving the yo[st])\b/i,
      not(/\b(?:promis\w*|commit\w*)\b/i),
      // "...nobody at NPS or the CRC has explained what happens at the end of her secondment" is about the secondment.
      not(/\bend of (?:the |her |his |their |my )?secondment\b/i),
      // A secondee leaving for a CRC job ("handed her notice in, moving to a CRC job") leaves a vacancy (5.3).
      not(/\bcrc (?:job|post|role|position)\b|\b(?:handed|handing|hand|given|giving|gave) (?:in )?(?:her|his|their) notice\b|\bresign\w*/i),
      // In Wales transitions follow the Welsh protocol (1.1, 6).
      not(NAMES_WALES),
    ),
    ruleId: 'crc-interface',
  },
  {
    // What an induction should include: 8, not the YOT manager's duty to see there is one (5.3),
    // which is what a "who" question asks.
    asks: matches(
      /^(?![^]*\bwho\b)[^]*?\binduction\b[^.?]{0,60}\b(?:cover|incl|contain|involve|consist)\w*|\bwhat(?:'s| is| should be| goes)? in\b[^.?]{0,30}\binduction\b|\bwhat\b[^.?]{0,30}\b(?:go|goes|going) (?:in|into)\b[^.?]{0,30}\binduction\b/i,
    ),
    ruleId: 'induction-training',
  },
  {
    // Release for mandatory or critical training; the YOS monitoring performance, the NPS
    // accountable for capability: 8, not the link manager's SPDR duties in 5.3.
    asks: matches(
      /\b(?:releas\w*|let \w+ go|refus\w*|stop\w*)\b[^.?]{0,60}\b(?:mandatory|critical)\b|\b(?:mandatory|critical)\b[^?]{0,160}\b(?:can'?t|cannot|won'?t let \w+|not allowed to) go\b|\blet (?:\w+ )?go (?:to|on|for)\b[^.?]{0,30}\btraining\b|\b(?:mandatory|critical)\b[^.?]{0,60}\b(?:releas\w*|let \w+ go|refus\w*)\b|\b(?:mandatory|critical)\b[^]{0,120}\b(?:said|says|saying) no\b|\b(?:mandatory|critical)\b[^]{0,120}\b(?:keep|hold) \w+ back\b|^(?![^]*\bhow (?:is|are|do|does|should|would)\b[^?]{0,120}\b(?:handled|dealt with|deal with|handle|managed)\b|[^]*\b(?:council|la|local authority|yot|yos|host)(?:'s)? (?:capability|performance) (?:procedures?|process(?:es)?|polic(?:y|ies))\b|[^]*\b(?:whose|which|council'?s?|host'?s?|their|our|la) (?:\w+ )?(?:procedures?|process(?:es)?|polic(?:y|ies))\b[^?]{0,20}\bappl(?:y|ies)\b|[^]*\b(?:whose|which) (?:\w+ )?(?:procedures?|process(?:es)?|polic(?:y|ies))\b)(?:[^]*\bcapability\b[^]{0,160}\bperformance\b|[^]*\bperformance\b[^]{0,160}\bcapability\b)|\b(?:monitor\w*|keep\w* an eye on)[^.?]{0,40}\b(?:performance|development)\b|\bultimate(?:ly)? accountab|\baccountab\w*[^.?]{0,30}\bcapability\b|\b(?:no |any |a )?say (?:over|in)\b[^.?]{0,20}\bcapability\b|\bresponsib\w*\b[^.?]{0,10}\b(?:for )?(?:my|his|her|their|the secondee'?s?) development\b|\btraining needs?\b[^.?]{0,30}\b(?:written down|recorded|logged|noted)\b|\b(?:responsib\w*|control)\b (?:for |over )(?:my |his |her |their |the |a )?(?:secondee'?s? )?capability\b/i,
    ),
    ruleId: 'training-records',
  },
  {
    // The Joint National Protocol's version, date or EQuIP number: listed in 3, not 1.1's "use it for transitions".
    asks: all(
      /\bequip\b|\b(?:version|dated?|edition)\b[^.?]{0,60}\bprotocol\b|\bprotocol\b[^.?]{0,60}\b(?:version|dated?|edition|document number)\b/i,
      // The framework's own reference number is the front matter's.
      not(/\b(?:document reference|reference (?:number|no)|ref (?:no|number))\b[^?]{0,30}\b(?:this|the) framework\b/i),
    ),
    ruleId: 'related-policies',
  },
  {
    // Getting onto NPS IT or systems for background checks from the YOT: a seconded PO's duty in
    // 5.3, not vetting before the secondee starts (a "background check" of the secondee).
    asks: all(
      /\bbackground checks?\b/i,
      /\bnps (?:it|systems?|databases?|network)\b|\b(?:access|log ?in|get onto|get into)\b[^.?]{0,30}\b(?:it|systems?)\b/i,
    ),
    ruleId: 'po-nps-links',
  },
  {
    // Reviewing the Recruitment Vacancy Tracker at each board meeting is the portfolio lead's duty (5.3), not 5.5's return.
    asks: matches(
      /\b(?:review\w*|look(?:s|ing)? (?:over|at)|go(?:es)? through|scrutini[sz]\w*)\b[^.?]{0,50}\btracker\b|\btracker\b[^.?]{0,60}\breview\w*/i,
    ),
    ruleId: 'portfolio-lead',
  },
  {
    // No applicants for a post: 5.5's discussion and staged process, not the link manager's review of a vacancy (5.3).
    asks: any(
      matches(
        /\b(?:no|zero|not (?:a single|one|any)|nobody|no one|didn't get (?:a single|any)|never got any)\b[^.?]{0,20}\b(?:applicants?|applied|applications?|candidates?)\b/i,
      ),
      // "If nobody applies, what happens first?"; beside a question on interviewing a single applicant, that one leads (joint recruitment).
      all(/\b(?:nobody|no one|not (?:a single|one) (?:person|candidate))\b[^.?]{0,20}\bappl(?:y|ies)\b/i, not(/\binterview\w*/i)),
    ),
    ruleId: 'no-applicants',
  },
  {
    // The kinds of training a secondee may need: 8's categories, not the duties of 5.3 that mention training.
    asks: matches(
      /\b(?:what|which)\s+(?:kinds?|sorts?|types?|areas?|categories)\s+of\s+training\b|\bwhat training\b[^.?]{0,40}\b(?:need|needs|needed|require)\b/i,
    ),
    ruleId: 'induction-training',
  },
  {
    // How a young person's move to adult services should feel (seamless, supported): what success looks like (1.3).
    asks: all(
      /\b(?:anxious|worried|nervous|scared|upset|frightened|experience|smooth|seamless)\b|\b(?:be|feel|look) like for (?:them|him|her|the young person|the child)\b|\bwhat should (?:the |that |their |this )?(?:handover|hand-over|hand over|transition|move|transfer) (?:be|feel|look) like\b/i,
      /\b(?:moving|move|moves|moved|transition\w*|transfer\w*|handed over|going over)\b[^.?]{0,40}\badult|\b(?:yo[st]|youth(?: justice)?) (?:to|into|->) adults?\b/i,
    ),
    ruleId: 'success',
  },
  {
    // Which PI covers a topic, or where the PIs are found: the list in 3, whatever the story is about
    // (PI 02/16 on offender travel is 5.4's own).
    asks: all(
      not(/\btravel/i),
      /\b(?:which|what)\b[^.?]{0,20}\b(?:pis?|probation instructions?|(?:nps )?instructions?)\b[^.?]{0,30}\b(?:covers?|for|about|on|is it|deals?|relevant|applies|apply)\b|\bwhere\b[^.?]{0,50}\b(?:find|get|look up|see|read)\b[^.?]{0,20}\b(?:pis|probation instructions)\b|\b(?:read|see|access|view)\b[^.?]{0,30}\b(?:pis|probation instructions)\b[^]{0,40}\bwhere\b|\b(?:pis|probation instructions)\b[^.?]{0,30}\b(?:classified|unclassified|public(?:ly)?|restricted|confidential)\b|\b(?:familiar with|know|aware of)\b[^.?]{0,20}\b(?:the )?(?:pis|probation instructions)\b|\bvisor\b[^?]{0,40}\b(?:optional|mandatory|compulsory|required|have to|must|need to use)\b|\b(?:optional|mandatory|compulsory)\b[^?]{0,30}\bvisor\b/i,
    ),
    ruleId: 'probation-instructions',
  },
  {
    // Getting the Governance Board's terms of reference (on request from the divisional SPOC): 9.1. What they say is not given.
    asks: all(
      /\b(?:get|obtain|copy|find|see|available|download|ask\w*|request\w*|hold of)\b[^?]{0,60}\bterms of reference\b|\bterms of reference\b[^?]{0,60}\b(?:available|intranet|download|request|ask)\b/i,
      not(/\b(?:quorum|minutes|vote|voting)\b/i),
    ),
    ruleId: 'governance-board',
  },
  {
    // The framework's own document reference (the document control), not another framework's.
    asks: all(
      /\b(?:document|doc) ref(?:erence)?\b|\breference (?:no|number)\b/i,
      not(/\b(?:safeguarding|marac|mash|mappa|iom|integrated offender|criminal justice board|lcjb|protocol|pi)\b/i),
    ),
    ruleId: 'document-ownership',
  },
  {
    // Who the statutory partners of a YOS are, asked in so many words: 1.2's list, whatever story
    // about a board or a council comes before it.
    asks: all(
      /\bwho (?:are|is)\b[^?.]{0,20}\bstatutory partners\b|\b(?:which|what) (?:agencies|organisations|bodies|partners)\b[^?.]{0,50}\bstatutory partners\b/i,
      not(/\b(?:duty|duties|since|2014|crcs?|transition\w*|pay\w*|fund\w*|money|contribut\w*)\b/i),
    ),
    ruleId: 'statutory-partners',
  },
  {
    // Since when the probation service's part in a YOS has been the NPS's: 1.2 (from 1 June 2014).
    asks: any(
      all(
        /\bsince when\b|\bfrom when\b|\bwhen did (?:the )?(?:nps|national probation service)\b[^?]{0,30}\b(?:take (?:over|on)|become|get|start)\b/i,
        /\b(?:nps|national probation service)\b/i,
        /\b(?:probation|responsib\w*|dut(?:y|ies)|side|role|down to)\b/i,
        not(/\b(?:secondee|secondment|formula|overhead|tracker|framework|document|crcs?|offender management|reforms?|unification)\b/i),
      ),
      // "...the NPS rather than the CRC holding the probation duty?", "NPS took on the partner duty in 2015?"
      all(
        /\bsince when\b|\bfrom when\b|\b(?:nps|national probation service) (?:took|take|taken|has taken|became|become) (?:on |over )?(?:the )?(?:probation )?(?:statutory )?partner\w*\b/i,
        /\b(?:nps|national probation service)\b/i,
        /\bdut(?:y|ies)\b|\bpartner\w*\b/i,
        not(
          /\b(?:secondee|secondment|formula|overhead|tracker|offender management|reforms?|unification|transition\w*|allocat\w*|inform\w*)\b/i,
        ),
      ),
      // "The probation side only passed to the NPS when this framework was adopted, didn't it?"
      all(
        /\bprobation\b[^?]{0,60}\b(?:pass(?:ed)?|mov(?:e|ed|es)|transfer(?:red)?|went|handed(?: over)?|given) (?:over )?to (?:the )?(?:nps|national probation service)\b/i,
        // All offender management moving to the NPS under probation reform is 5.2's 2021.
        not(/\boffender management\b|\breforms?\b/i),
      ),
    ),
    ruleId: 'statutory-partners',
  },
  {
    // Whether the CRC arrangements carry on after probation reform, or when all offender management
    // moves to the NPS: 5.2 says from 2021, when the CRC arrangements end.
    asks: all(
      any(
        all(/\bcrcs?\b/i, /\b(?:reforms?|2021|unification|in the long run|long term|carry on|continue)\b/i),
        // "Heard the CRCs are going. Do the CRC bits of the framework still apply?"
        all(
          /\bcrcs?\b/i,
          /\bstill (?:apply|applies|applicable|relevant|valid|in force|stand|count)\b|\b(?:out of date|obsolete|abolish\w*|scrapped|going away|(?:are|is) going|gone back)\b/i,
        ),
        /\boffender management\b[^?]{0,40}\b(?:transfer|mov|go|goes|going|come|pass|switch)\w*\b[^?]{0,30}\b(?:nps|national probation)\b/i,
      ),
      // What the change means for staff (TUPE, their terms or jobs) is HR's, not the framework's.
      not(/\b(?:tupe|pensions?|terms and conditions|t&cs|contracts?|redundan\w*)\b/i),
    ),
    ruleId: 'crc-interface',
  },
  {
    // What the framework is for: national consistency with some divisional flexibility (1.1).
    asks: matches(
      /\bnational consistency\b|\bdivisional (?:discretion|flexibility)\b|\bwhat(?:'s| is)\s+(?:this|the)\s+(?:framework|document|doc)\s+(?:actually |really )?(?:for|meant to (?:do|give|set out|be for)|trying to do)\b|\bwhat (?:this|the) (?:framework|document|doc) is (?:meant|supposed|trying|intended) to (?:achieve|do)\b|\b(?:room|leeway|latitude|freedom)\b[^?]{0,40}\bdivisions?\b|\bdivisions?\b[^?]{0,80}\b(?:wiggle room|leeway|latitude|flexib\w*)\b|\b(?:wiggle room|leeway|latitude)\b[^?]{0,20}\blocal(?:ly)?\b/i,
    ),
    ruleId: 'scope',
  },
  {
    // Someone attending the local YOS management board in the Head of LDU's place: 2.3's deputy with delegated authority.
    asks: all(
      /\b(?:send(?:ing)? (?:my |our |his |her )?apologies|clash\w*|in (?:my|his|her|their) (?:place|stead)|instead of (?:me|him|her|them)|on my behalf|send (?:someone|somebody|a deputy|my deputy)|deputi[sz]e for me|delegate|can'?t (?:be at|attend|make|do|go to) (?:both|either|it|them|the meeting)|(?:go|come|attend) instead|(?:stand|fill|sit) in for)\b/i,
      /\b(?:management board|yo[st] board|board meeting)/i,
      not(/\bgovernance\b/i),
    ),
    ruleId: 'local-management-board',
  },
  {
    // Who drafted the first template: the document history (the front page).
    asks: matches(/\b(?:first|original|initial|very first) (?:draft|template|version)\b|\btemplate ideas\b/i),
    ruleId: 'document-control',
  },
  {
    // Whether HMIP's thematic inspections and inspections of YOS are the NPS's business too: 4 lists
    // them among what the NPS works to. What a report found is not the framework's.
    asks: all(
      /\b(?:hmip|thematic inspections?|inspections? of (?:the )?yo[st]s?|inspection reports?)\b/i,
      /\b(?:nps|probation|staff|secondees?)\b[^?]{0,40}\b(?:for|apply|applies|relevant|need to|have to|should|worry|bother|concern\w*|matter|aware|work to|follow)\b|\b(?:for|apply|applies|relevant|need to|have to|should|worry|bother|concern\w*|matter|aware|work to|follow)\b[^?]{0,40}\b(?:nps|probation|staff|secondees?)\b/i,
      not(/\b(?:found|find|findings|said|say|says|recommend\w*|rating|rated|outcome|result|score|grade|latest|last|next)\b/i),
    ),
    ruleId: 'research-reports',
  },
  {
    // The framework's own reviews (its version control on the front page: the dates, and the YOS
    // Governance Board as reviewer), not a board's or a secondee's reviews. When the next review is
    // due is not given (asked-figure.ts declines that).
    asks: any(
      all(
        /\breview(?:ed)? (?:dates?|entr(?:y|ies)|history)\b|\breviewer\b|\breviewed (?:by|it|the (?:framework|document))\b|\bwho reviewed\b/i,
        not(/\bnext\b|\bdue\b|\b(?:three-way|3-way|quarterly|spdr|vacanc\w*|tracker|secondee|case)\b/i),
      ),
      all(
        /\b(?:when|who|which (?:group|body|board))\b[^?]{0,40}\breview(?:s|ed|ing)?\b|\b(?:been|was|were|get|got) (?:last |actually )?reviewed\b|\b(?:one|body|people|group|board|organisation) (?:that|who|which) reviews?\b/i,
        /\b(?:this|the) (?:document|doc|framework)\b|\bfront page\b|\bhow current\b/i,
        not(/\b(?:dispute|vacanc\w*|secondee|secondment|tracker|three[- ]way)\b/i),
      ),
    ),
    ruleId: 'document-control',
  },
  {
    // Whom the framework went to: its distribution list (the front page). Where a dispute about
    // the framework goes is 9.1's.
    asks: any(
      all(
        /\b(?:went|go|goes|gone|sent|circulated|copied|distributed|shared)\b[^?]{0,15}\bto\b[^?]{0,40}\b(?:yjb|youth justice board|aym|yot managers|association|divisional directors)\b/i,
        /\b(?:doc|document|framework)\b/i,
        not(DISAGREEMENT),
        not(/\bcomplain\w*/i),
      ),
      /\b(?:circulated|distributed|circulation|distribution)\b[^?]{0,60}\b(?:yjb|youth justice board|aym|yot managers|association of yot)\b/i,
    ),
    ruleId: 'document-ownership',
  },
  {
    // Who approved or signed off the framework: its approval and final sign-off (the front page).
    asks: any(/\bapproval box\b/i, all(/\bwho (?:approved|signed off|signed it off)\b/i, /\b(?:framework|doc|document)\b/i)),
    ruleId: 'document-ownership',
  },
  {
    // How many YOTs sent in caseload data for the formula (50% in 2019): 5.1. Which ones did is not given.
    asks: all(
      /\b(?:caseload|duties) (?:and duties )?data\b|\b(?:sent|send|sending|submitted|returned) in (?:their )?(?:caseload )?(?:data|figures)\b/i,
      /%|\b(?:percent|proportion|how many|all|every|half)\b/i,
      not(/\bwhich\b/i),
    ),
    ruleId: 'resource-formula',
  },
  {
    // The link manager preparing a secondee's return to the NPS (5.3's duty; the return meeting itself is 5.4's).
    asks: all(/\blink manager\b/i, /\b(?:prepar\w*|ready|sort out)\b[^?]{0,60}\b(?:return|come back|coming back|go back|going back)\b/i),
    ruleId: 'link-manager',
  },
  {
    // How early to start getting a secondee ready to come back, and what that involves: the link
    // manager's duty, no later than 6 months before the end (5.3); the return meeting stays 5.4's.
    asks: all(
      /\b(?:getting|get|prepar\w*|ready)\b[^?]{0,40}\b(?:ready|return\w*|come back|coming back|go back|going back)\b/i,
      /\b(?:latest|no later|how early|start\w*|begin)\b/i,
      not(RETURN_MEETING_OR_TERMS),
    ),
    ruleId: 'link-manager',
  },
  {
    // Who prepares a secondee for going back ("who's meant to be preparing her for the return?"): the link manager (5.3).
    asks: all(
      /\bwho(?:'s| is| should| does| will)?\b[^?]{0,25}\bprepar\w* (?:her|him|them|the secondee|my secondee|our secondee)\b[^?]{0,10}\b(?:for|to)\b[^?]{0,10}\b(?:return\w*|come back|coming back|go back|going back)\b/i,
      not(RETURN_MEETING_OR_TERMS),
    ),
    ruleId: 'link-manager',
  },
  {
    // When something went into the document, or which version: its document history (the front page), not that topic's section.
    asks: matches(
      /\b(?:which|what) version of (?:the |this )?(?:doc|document|framework)\b|\bversion\b[^.?]{0,40}\b(?:added|put in|went in|introduced|brought in)\b|\b(?:added|put|went|brought in)\s+(?:in)?to (?:the |this )?(?:doc|document|framework)\b/i,
    ),
    ruleId: 'document-control',
  },
  {
    // Who may supervise someone 18 or over after a DTO or section 91 sentence, and for how long after
    // release: 5.2 (a CRC, the NPS or a YOS, under the Offender Rehabilitation Act 2014; twelve
    // months), not the transition duties of 5.3 nor a secondment's length. Whether it is on the
    // Act's list of youth justice services is 2.2's.
    asks: all(
      any(
        /\b(?:post[- ]sentence supervision|pss)\b/i,
        all(
          /\b(?:dto|detention and training order|section 91|s\.? ?91|juvenile sentences?)\b/i,
          /\bwho\b[^?]{0,40}\bsupervis|\bsupervis\w*\b[^?.]{0,30}\b(?:after|on|following) (?:his |her |their )?release\b|\bhow long\b[^?]{0,40}\bsupervis/i,
        ),
      ),
      not(/\byouth justice services?\b/i),
    ),
    ruleId: 'crc-interface',
  },
  {
    // Who deals with a secondee's sickness: managed locally, long-term by the YOT manager and the
    // NPS lead (5.6), not the link manager's absence records (5.3).
    asks: all(
      any(
        /\b(?:i'?m|i am|i'?ve been|i have been|(?:my|our|a|the) (?:\w+ )?(?:secondee|pso|po|probation officer)|secondees?)\b[^.?]{0,25}\b(?:off sick|sick(?:ness)?|ill)\b/i,
        /\bsickness\b[^?]{0,30}\b(?:managed|handled|dealt with)\b|\b(?:manag\w*|handl\w*|deal\w* with)\b[^?]{0,20}\bsickness\b/i,
        /\bsickness\b[^.?]{0,30}\bsecondees?\b/i,
      ),
      /\b(?:who|deal\w*|manag\w*|handl\w*|sort\w* (?:(?:it|this|that) )?out|responsib\w*|involved|locally|decid\w*|decisions?|(?:no|any|a) say|hr matter)\b/i,
      not(/\b(?:record\w*|special leave|shared service|sop|log\w*|maternity|pay|paid|attendance|triggers?|warnings?)\b/i),
    ),
    ruleId: 'sickness-cover',
  },
  {
    // Which Act covers a service on 38(4)'s list (remand to local authority accommodation, bail
    // support, appropriate adults): 2.2's list, though the words lean towards court practice.
    asks: all(
      /\b(?:which|what) (?:act|law|legislation|statute)\b/i,
      /\bremand\w*\b[^?]{0,40}\b(?:accommodation|la|local authority)\b|\bbail support\b|\bappropriate adults?\b/i,
    ),
    ruleId: 'youth-justice-services',
  },
  {
    // Who case-manages or holds the high-risk cases in a YOT: the seconded PO's duties (5.3), not
    // another agency's staff.
    asks: matches(/\bwho\b[^?]{0,30}\b(?:case[- ]?manag\w*|hold\w*|carr(?:y|ies))\b[^?]{0,20}\bhigh[- ]risk\b/i),
    ruleId: 'po-duties',
  },
  {
    // A PSO asked about holding high-risk or MAPPA cases: the PSO's duties (case management support,
    // court, office duty), not the PO's duties that name those cases (both 5.3).
    asks: all(
      /\b(?:i'?m|i am|as) (?:a |the )?(?:seconded )?pso\b|\bpso secondees?\b/i,
      /\bhigh[- ]risk\b|\bmappa\b/i,
      not(/\b(?:formula|resource|fte|transition\w*|moving over)\b/i),
    ),
    ruleId: 'pso-duties',
  },
  {
    // Whether a secondee still follows the NPS's PIs, or only the YOT's policies: every NPS employee
    // must be familiar with them (3), not the health and safety procedures both sides have (5.3).
    asks: all(
      /\b(?:nps )?(?:pis|probation instructions)\b/i,
      /\b(?:follow\w*|comply\w*|bound by|stick to|keep to|apply|applies)\b/i,
      /\b(?:yo[st]|council|local authority)(?:'s)? (?:own )?(?:policies|procedures|rules)\b/i,
      not(/\b(?:health and safety|h&s|lone working)\b/i),
    ),
    ruleId: 'probation-instructions',
  },
  {
    // Where the Probation Instructions are kept (the HMPPS intranet and EPIC): 3, whatever the
    // instruction is about (case transfers pull towards transitions in 5.3 and 1.1).
    asks: matches(
      /\bwhere\b[^?]{0,50}\b(?:keeps?|kept|find|found|get hold of|look|stored|held|live)\b[^?]{0,40}\b(?:instructions|pis?|probation instructions?)\b|\bwhere\b[^?]{0,40}\b(?:instructions|pis|probation instructions)\b[^?]{0,30}\b(?:kept|found|stored|held|live)\b/i,
    ),
    ruleId: 'probation-instructions',
  },
  {
    // Seeing that every secondee has a named link manager: the Head of LDU's duty (5.3), not the
    // link manager's own rule or the YOT manager's, whose words ("secondee", "link manager") match more.
    asks: matches(
      /\b(?:ensur\w*|make sure|making sure|responsib\w*|in charge of|job (?:is )?to|see to it)\b[^?]{0,60}\b(?:has|have|gets?|with|given|assigned|allocated|there'?s|there is|there are) (?:a |an |their own |their )?named (?:nps )?link manager/i,
    ),
    ruleId: 'head-of-ldu',
  },
  {
    // Cover for a secondee off sick ("off with flu: do we start the staged process for cover?", "LTS cover agreed"):
    // 5.6's sickness rule (managed locally; where cover is agreed, the staged process), not its
    // maternity rule, whose words ("cover", "staged process") are the same.
    asks: all(
      /\b(?:off sick|sick(?:ness)?|ill(?:ness)?|unwell|poorly|flu|covid|signed off|lts)\b|\boff\b[^.?]{0,40}\bwith (?:stress|a bad back|(?:his |her |their )?back|an? injury|(?:an? )?(?:\w+ )?infection|(?:a )?(?:stomach|sickness|winter|tummy) bug)\b/i,
      /\bstaged process\b|\bbackfill\w*|\b(?:need|needs|get|arrange|arranging|provide|providing|find|organise|start|any|for|about|put|puts|putting|send|sending) (?:\w+ )?cover\b|\bcover (?:for|arrangements?|is needed|her|his|their|agreed|approved)\b|\bagreed cover\b|\bcovering (?:for|her|his|their|the)\b/i,
      not(/\b(?:maternity|pregnan\w*|baby|mat leave|record\w*|sop|shared service|pay|paid)\b/i),
    ),
    ruleId: 'sickness-cover',
  },
  {
    // Who wrote or owns the framework: its document control (the front page), not the topic of the sentence.
    asks: all(
      /\b(?:author(?:s|ed|ship)?|who (?:actually |really )?(?:wrote|drafted|owns|put together))\b/i,
      /\b(?:framework|document|doc)\b/i,
      not(/\b(?:protocol|instructions?|pis?|psis?|report|assessment)\b/i),
    ),
    ruleId: 'document-ownership',
  },
  {
    // When probation's statutory-partner role passed to the NPS (1 June 2014): 1.2's list of partners.
    asks: all(
      /\b2014\b|\b1(?:st)? june\b/i,
      /\b(?:nps|national probation)\b/i,
      /\b(?:responsib\w*|took over|take over|became|become|partner\w*)\b/i,
      not(/\b(?:offender rehabilitation|ora|crcs?|supervis\w*)\b/i),
    ),
    ruleId: 'statutory-partners',
  },
  {
    // What a YOT can have after stage 4 of an unfilled post: stage 5's reimbursement, a month on (5.5).
    asks: all(
      /\bstage (?:4|four)\b/i,
      not(/\bstage (?:5|five)\b/i),
      /\b(?:entitled|next stage|what next|what now|move on|moving on|reimburs\w*|money back|paid back|claim back)\b/i,
    ),
    ruleId: 'stage-5-reimbursement',
  },
  {
    // How often a link manager sees the secondee, asked as the least contact with secondees and
    // their YOT managers or as seeing one's secondee only once a year (at the SPDR): the three-way
    // reviews, at least quarterly (5.3), not the YOT manager's own duties or the SPDR.
    asks: any(
      all(
        /\b(?:minimum|least|how often|how regularly|how frequently)\b[^?]{0,40}\b(?:contact|meet\w*|see|catch up|touch base)\b/i,
        /\bsecondees?\b/i,
        /\b(?:yot|yos) managers?\b/i,
      ),
      all(
        /\b(?:see|seeing|meet|meeting|contact with|catch up with|catching up with|check in with|touch base with)\b[^?]{0,20}\b(?:my|the|our|their|a) (?:seconded (?:po|pso|officer)|secondees?)\b/i,
        /\b(?:once a year|once every year|annual(?:ly)?|yearly|twice a year|how often|how regularly|how frequently|at (?:appraisal|spdr) time)\b/i,
      ),
    ),
    ruleId: 'three-way-reviews',
  },
  {
    // How many deprivation factors the formula uses, or how they are weighted: 5.1's complexity
    // rule. Which factors they are is not given (a not-covered topic).
    asks: all(
      /\bhow many\b[^?]{0,30}\b(?:deprivation )?factors\b|\bfactors?\b[^?]{0,40}\bweight\w*|\bweight\w*\b[^?]{0,40}\b(?:deprivation )?factors\b/i,
      /\bdeprivation\b/i,
    ),
    ruleId: 'complexity-weighting',
  },
  {
    // Where the formula's serious youth violence figures come from (the YJB): 5.1's complexity rule.
    asks: all(
      /\b(?:serious youth violence|syv)\b/i,
      /\b(?:figures|data|numbers|statistics|stats)\b/i,
      /\b(?:where|who|come from|came from|provid\w*|sources?|supplie\w*)\b/i,
      // "...the YJB person who covers our region: who is she and what's her email?" asks for a person.
      not(/\bwho(?:'s| is) (?:she|he|they|that)\b|\be-?mail\b/i),
    ),
    ruleId: 'complexity-weighting',
  },
  {
    // A meeting about a secondment's end: the three-way return meeting six months before (5.4), not
    // the quarterly three-way reviews the classifier takes "the secondee, the YOS manager and I" for.
    asks: all(
      /\b(?:secondment|it|she|he|they|term)\b[^.?]{0,30}\b(?:ends?|ending|finish\w*|comes? to an end|is up|runs? out)\b|\b(?:at|towards|near) the end of (?:the |her |his |their |my )?secondment\b|\bend of (?:the |her |his |their |my )?secondment (?:approach\w*|is approaching|is near\w*|nears|looms|is coming up)\b|\bwhen it ends\b|\bwhat happens at the end\b|\b(?:about|discuss\w*|plan\w* for) the end\b|\b(?:coming|come|going|go) back to (?:the )?nps\b|\b(?:three|3)[- ]years? (?:point|mark|limit)\b/i,
      /\b(?:what|which) meeting\b|\bmeeting (?:should|must|do|does|is)\b|\b(?:need|have|got) to (?:meet|sit down|get together)\b|\bsit down\b|\bget together\b|\bround a table\b|\bwhat(?:'s| is)? (?:supposed|meant) to happen\b|\bwhat should (?:already )?(?:have )?happen\w*|\bwho (?:needs|has|have|should|must) to be (?:involved|in the room|there)\b|\bwho(?:'s| is)? (?:meant|supposed) to be (?:in|at|part of) (?:that|the|this) (?:conversation|meeting|discussion)\b|\bshouldn'?t (?:something|anything) have happened\b/i,
      not(/\b(?:quarterly|every quarter|each quarter)\b/i),
    ),
    ruleId: 'return-meeting',
  },
  {
    // The six-month three-way meeting is the return meeting (5.4), whatever the quarterly reviews share with it.
    // So is "the three-way meeting" dated from a secondment's start ("started on 1 March 2021: which month is it due?").
    asks: all(
      /\b(?:three|3)[- ]way meeting\b/i,
      not(/\bquarter|\bhow often\b|\bregular\w*\b|\bevery\b|\breviews?\b/i),
      any(
        /\b(?:six|6)[- ]months?\b/i,
        /\b(?:start\w*|began|begun|commenc\w*|joined)\b[^.?]{0,50}\b(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
      ),
    ),
    ruleId: 'return-meeting',
  },
  {
    // A secondment thought permanent ("basically permanent once you're in unless you ask to leave"): at most three
    // years (2+1), 5.4, whatever "leave" says.
    asks: matches(
      /\bsecondments? (?:is|are|was|were|becomes?|be|being|goes?) (?:basically |effectively |just |now |then )?(?:permanent|for good|open[- ]ended|indefinite|for life)\b|\b(?:permanent|open[- ]ended|indefinite) secondments?\b/i,
    ),
    ruleId: 'secondment-length',
  },
  {
    // Extending a secondment, or a cap on its length ("capped at two years"): at most three years (2+1), 5.4.
    asks: all(
      /\b(?:extend\w*|extension|keep (?:her|him|me|them) (?:on|longer)|stay (?:on )?longer)\b|\b(?:capped|cap|limited|maxes out)\b[^.?]{0,20}\b(?:two|three|four|five|2|3|4|5) years?\b/i,
      /\b(?:second\w*|years?)\b/i,
      not(/\b(?:deadline|dispute|tracker|claim|28 days|leave|sick\w*|fit note|signed off|maternity)\b/i),
    ),
    ruleId: 'secondment-length',
  },
  {
    // What a seconded PSO does: the PSO duties of 5.3, not the day-to-day line management; the PSO
    // time in the formula stays 5.1's, and a disagreement about the duties 9.1's.
    asks: all(
      any(
        /\bwhat\b[^?]{0,25}\b(?:duties|tasks|work)\b[^?]{0,40}\bpsos?\b|\bwhat (?:does|do|will|should|can) (?:a |the |my |our )?(?:seconded )?psos? (?:secondees? )?(?:do|be doing)\b/i,
        // "I'm a new PSO at the YOT: what will I actually be doing?"
        all(
          /\b(?:i'?m|i am|as) (?:a |the )?(?:new )?(?:seconded )?pso\b/i,
          /\bwhat (?:will|do|would|should|am) i\b[^?]{0,20}\b(?:do|doing|be doing)\b|\bwhat (?:does|will) my (?:role|job) (?:actually |really )?(?:include|involve|cover|entail)\b/i,
        ),
      ),
      not(
        /\b(?:formula|fte|resource|allocat\w*|funding|funded|reimburs\w*|vacan\w*|high[- ]risk|how much|time|overhead|dispute|disagree\w*|extra duties|additional duties|omic|elsewhere)\b|£/i,
      ),
    ),
    ruleId: 'pso-duties',
  },
  {
    // Whether the framework says how to do a transition: 1.1 (it gives no instructions; the Joint
    // National Protocol does), not the seconded PO's or the link manager's part in one.
    asks: all(
      /\btransition\w*/i,
      /\b(?:how to (?:do|manage|handle|run)|tell (?:me|us) how|instructions?|(?:is|are) (?:that|it|they|this) (?:in here|covered)|in here somewhere|does (?:the|this) (?:framework|doc\w*) (?:cover|tell|explain|set out))\b/i,
      not(NAMES_WALES),
    ),
    ruleId: 'transitions-guidance',
  },
  {
    // Someone new to the link manager role asking what it involves: the link manager's duties (5.3),
    // not the Head of LDU's or the YOT manager's that its story also mentions.
    asks: all(
      /\b(?:i'?ve|i have|i'?m|i am)\b[^.?]{0,40}\b(?:made|asked|appointed|picked up|taken on|taken over|become|becoming|stepping into|new)\b[^.?]{0,40}\blink manager\b|\bnew link manager\b/i,
      /\b(?:what|how)\b[^?]{0,60}\b(?:do|doing|role|expect\w*|supposed|meant|responsib\w*|core)\b/i,
      not(/\b(?:dispute|disagree\w*|claims?|vacan\w*|tracker|recruit\w*)\b/i),
    ),
    ruleId: 'link-manager',
  },
  {
    // A secondee's work falling short, and who on the NPS side deals with it: the link manager with
    // the YOT manager, under the NPS PIs (5.3), not the recording duty or line management alone.
    asks: all(
      /\b(?:fallen|falling|fell|getting|got|is|are) (?:badly |way |well |(?:\w+ )?weeks? |(?:\w+ )?months? )?behind\b|\boverdue\b|\bperformance (?:issues?|problems?|concerns?)\b|\bmissed deadlines\b|\bnot (?:been )?followed up\b|\bpoor (?:performance|practice|recording|work)\b|\bconcerns? about (?:her|his|their|my|our|one of)\b|\bslipping\b|\bno contact entries\b/i,
      /\b(?:who|whose job|whose (?:procedures?|process|polic\w*)|what am i|expected to do|deal\w* with|handl\w*|pick (?:this|it) up|sort (?:this|it)|on what basis|my (?:part|role)|mine to)\b/i,
      /\b(?:secondees?|seconded|po|pso|link manager)\b/i,
      not(/\b(?:vacan\w*|claims?|tracker|training|sick\w*|return\w*)\b/i),
      // A disagreement is 9.1's, unless the asker wonders whether this is one or their own part.
      not(all(/\b(?:dispute|disagree\w*)\b/i, not(/\bmy (?:part|role)\b|\bmine to\b/i))),
    ),
    ruleId: 'performance-matters',
  },
  {
    // Whether providing appropriate adults is a youth justice service (2.2's list under section
    // 38(4)). Whether a secondee may act as one, or police timings, is not the framework's.
    asks: all(
      /\bappropriate adults?\b/i,
      /\b(?:(?:youth justice|yj) services?|yjs|count\w*|classed|under the act|statutory|duty|defin\w*|part of|by law|in law|legal\w*)\b/i,
      not(/\b(?:how long|hours?|minutes?|allowed to|can i|should i|am i|rota|call-?out)\b/i),
    ),
    ruleId: 'youth-justice-services',
  },
  {
    // How the statutory partners may pay for youth justice services (directly, or into the local
    // authority's fund): section 38(3), quoted in 2.1, not 1.2's list of the partners.
    asks: all(
      any(
        /(?:\b|\bs\.?)38\s?\(3\)/,
        all(
          /\b(?:expenditure|pay(?:ments?)? (?:towards|into|for)|pooled? (?:fund|budget)|contribut\w* (?:to|into) (?:a|the) (?:fund|pot))\b/i,
          /\b(?:youth justice services?|statutory partners?|the partners)\b/i,
        ),
      ),
      not(/\b(?:overhead|secondee|secondment|invoice\w*|reimburs\w*|tracker|formula|stage)\b/i),
    ),
    ruleId: 'act-section-38',
  },
  {
    // The Head of LDU seeing that the tracker is done ("to coincide with the YOGB") is their 5.3 duty;
    // who fills it in and when it is due stays 5.5's.
    asks: all(
      /\bhead of (?:ldu|local delivery unit)\b|\bhead of the ldu\b/i,
      /\b(?:ensure|make sure|see (?:that|to it)|coincide)\b/i,
      /\btracker\b/i,
    ),
    ruleId: 'head-of-ldu',
  },
  {
    // Whether the law lets a YOT do without its police officer, health or education member: who the Act says a YOT
    // must include (2.1), not those staff's own terms, which are their agencies' (the not-covered topic).
    asks: all(
      /\b(?:legal\w*|law|statutor\w*|the act|crime and disorder act|section 39|must (?:have|include)|(?:has|have|need|needs) to (?:have|include)|(?:doesn'?t|does not|don'?t|do not) need|required to (?:have|include))\b/i,
      /\b(?:police officers?|nurses?|health (?:workers?|staff|person)|social workers?|education (?:workers?|staff|person))\b/i,
      /\b(?:yo[ts]s?|youth offending (?:team|service)s?)\b/i,
      not(/\b(?:vet\w*|dbs|pay\w*|leave|sick\w*|cover\w*|reviews?|appraisal\w*|line manag\w*|supervis\w*)\b/i),
    ),
    ruleId: 'yot-membership',
  },
  {
    // Who a YOT must include, or where the law says so: section 39(5) (2.1), not section 38's
    // duties that the Act's name alone pulls towards.
    asks: all(
      /\bwho\b[^?]{0,30}\b(?:yo[ts]|youth offending team)s?\b[^?]{0,15}\b(?:must|has to|have to|should|shall|needs? to) (?:include|have|contain|be made up of)\b|\b(?:members(?:hip)?|make-?up|composition) of (?:a |the )?(?:yo[ts]|youth offending team)\b/i,
      // The YOS Governance Board's or a management board's members are 9.1's or a local matter.
      not(/\b(?:board|governance)\b/i),
    ),
    ruleId: 'yot-membership',
  },
  {
    // Who keeps the record of training a secondee attends, and where it goes: 8 (both the YOS and
    // the NPS, in the appraisal/SPDR), not a seconded PO's case recording (5.3).
    asks: all(
      /\b(?:training|courses?)\b(?! cent)/i,
      /\b(?:training|courses?|briefings?)\b[^?]{0,60}\b(?:records?|recorded|logged|go(?:es)? in(?:to)? (?:the |their |my |a )?(?:council )?(?:appraisal|spdr))\b|\b(?:records?|recorded|logged)\b[^?]{0,40}\b(?:training|courses?)\b|\bkeeps? the records?\b/i,
      not(
        /\b(?:ndelius|case records?|case recording|database|induction|bulletins?|news)\b|\b(?:complete|completes|write|writes|do|does)\b[^?]{0,10}\bspdr\b/i,
      ),
    ),
    ruleId: 'training-records',
  },
  {
    // Whether a record of a T&S sign-off is kept, and by whom: 5.4 (kept for both NPS and YOS
    // finance), not 5.3's evidence of claims for the recharge.
    asks: all(
      /\b(?:keep|kept|copy|copies|record|retain\w*|file|filed|store)\b[^?]{0,30}\b(?:sign[- ]?off|authoris\w*|approv\w*)\b|\b(?:sign[- ]?off|authoris\w*|approval)\b[^?]{0,20}\b(?:kept|recorded|filed|stored|retained)\b/i,
      /\b(?:expenses?|t&s|travel|claims?|subsistence|mileage)\b/i,
      not(/\b(?:dispute|disagree\w*|recharg\w*)\b/i),
    ),
    ruleId: 'travel-subsistence',
  },
  {
    // Section 38(4) of the Act, asked by number: 2.2's list of youth justice services, not 38's
    // other subsections (2.1).
    asks: all(/(?:\bsection |\bs\.? ?)38 ?\(4\)/i, not(/\b(?:fund\w*|pay\w*|expenditure|money|budget)\b/i)),
    ruleId: 'youth-justice-services',
  },
  {
    // A dispute under the framework, whatever procedure the asker would bring to it ("we follow the
    // council's grievance policy, right?"): 9.1, which says how it is resolved and that HMPPS policies apply.
    asks: matches(/\bdisputes?\b[^?.]{0,30}\b(?:under|about|over|on|with|concerning) (?:the |this )?(?:partnership )?framework\b/i),
    ruleId: 'dispute-resolution',
  },
  {
    // The YOTs' own values (1): those of the NPS and more, specific to children, even when the
    // message lists the HMPPS values it compares them with.
    // "YOTs just sign up to the same four HMPPS values and nothing else?" asks the same.
    asks: matches(
      /\b(?:yot|yos|youth offending (?:team|service))s?'? (?:own |extra |additional )?values\b|\b(?:yot|yos|youth offending (?:team|service))s?\b[^?]{0,80}\bvalues\b[^?]{0,80}\b(?:nothing else|anything else|any others?|extra|additional|on top)\b/i,
    ),
    ruleId: 'yot-values',
  },
  {
    // Whether seconded POs write reports: 5.3's PO duties ("prepare Youth Offending reports"), not
    // what counts as a youth justice service (2.2).
    asks: all(
      /\b(?:po|pos|probation officers?)\b(?: secondees?)?[^?.]{0,40}\b(?:writ\w*|prepar\w*|do|does|don'?t|doing|complet\w*)\b[^?.]{0,15}\breports?\b/i,
      // How to write one (its tools, templates, sections) is practice, not the framework's.
      not(
        /\byouth justice services?\b|\bsection 38\b|\bpot\b|\bfund\w*|\bcontribut\w*|\bpsos?\b|\basset ?plus\b|\boasys\b|\bhow (?:do|should|to)\b|\btemplates?\b|\bformat\b|\bsections? of\b/i,
      ),
    ),
    ruleId: 'po-duties',
  },
  {
    // The statutory duty the NPS and the YOS have under section 38: to contribute to youth justice
    // services (2.2), not 38's duties of the local authority and its partners (2.1).
    asks: all(
      /\bdut(?:y|ies)\b/i,
      /\b(?:nps|probation)\b[^?]{0,20}\b(?:and|&) (?:the )?(?:yo[st]s?|youth offending)\b|\b(?:yo[st]s?|youth offending (?:team|service)s?)\b[^?]{0,20}\b(?:and|&) (?:the )?(?:nps|probation)\b/i,
      /\b(?:section|s\.?) ?38\b|\bcrime and disorder act\b|\bcda\b/i,
      not(/\b(?:fund\w*|pay\w*|expenditure|money|budget|co-?operat\w*)\b/i),
    ),
    ruleId: 'youth-justice-services',
  },
  {
    // Whether court reports, or anything else, are on the Act's list of youth justice services: 2.2's list.
    asks: all(/\byouth justice services?\b/i, /\breports?\b|\b(?:on|off) the (?:\w+ )?list\b|\blisted\b|\bclass(?:ed|ified)? as\b/i),
    ruleId: 'youth-justice-services',
  },
  {
    // What the partnership working would look like, what it aims for: 1.3's outcomes, not 1's purpose.
    asks: all(/\bpartnership\b/i, /\baiming (?:for|at)\b|\bwhat counts as\b[^?]{0,40}\bworking\b|\bsuccess\w*\b[^?]{0,30}\blook like\b/i),
    ruleId: 'success',
  },
  {
    // Whether, or when, the NPS must contribute to the YOS ("only if the council asks?"): 2.2 states
    // the statutory duty to contribute, where 2.1 only quotes the Act.
    asks: all(/\b(?:statutory )?duty to contribute\b/i, not(/\b38 ?\(2\)|\bco-?operat/i)),
    ruleId: 'youth-justice-services',
  },
  {
    // A secondee told they need no NPS training while at the YOS: 8 (released for NPS training and briefings).
    asks: all(
      /\bnps (?:training|briefings?|courses?)\b/i,
      /\b(?:don'?t|do not|doesn'?t|no longer|not) (?:need|have|got) to\b|\bany ?more\b|\bstill\b/i,
      not(/\b(?:who pays|costs?|fund\w*|bulletins?|news)\b/i),
    ),
    ruleId: 'training-records',
  },
  {
    // Whether the NPS resources YOTs only at the national minimum: the portfolio lead resources them
    // "to the minimum national requirements or above" (5.3), not 2.3's list of what the NPS does as a minimum.
    asks: all(
      /\b(?:resourc\w*|staff\w*|fund\w*)\b[^?]{0,40}\b(?:national minimum|minimum national|the minimum)\b|\b(?:national minimum|minimum national)\b[^?]{0,40}\bresourc\w*/i,
      /\b(?:only|just|above|more than|beyond|over)\b/i,
    ),
    ruleId: 'portfolio-lead',
  },
  {
    // Conditions on the staged process (an evidence trail for each stage, the tracker as evidence for
    // stage 5): 5.5's conditions, not stage 5's own rule.
    asks: all(
      /\b(?:conditions?|evidence trail|requirements?) (?:apply|applies|on|for|to)\b|\bwhat (?:evidence|conditions)\b/i,
      /\b(?:stages?|staged process|reimburs\w*)\b/i,
      not(/\b(?:business hub|invoice\w*)\b/i),
    ),
    ruleId: 'recruitment-conditions',
  },
  {
    // Appointing without an interview ("only one applicant, can we skip it?"): 5.5 says an interview
    // must take place whatever the number of candidates, whoever in the story pulls elsewhere.
    asks: matches(
      /\b(?:without|no|skip\w*|bypass\w*|dispens\w* with|waive\w*|forgo|drop\w*) (?:an |the |a |any )?(?:formal )?interview\w*\b|\binterview\w*\b[^.?]{0,30}\b(?:not needed|unnecessary|pointless|a formality|waste of time)\b/i,
    ),
    ruleId: 'joint-recruitment',
  },
  {
    // How transitions go in Wales ("just go to the CRC like in England?"): 6 (the Y2A principles
    // route them into IOM Cymru), not 5.2's English allocation. Which protocol to follow is 1.1's.
    asks: all(
      NAMES_WALES,
      /\btransition\w*|\b(?:moving|move|moves|transfer\w*) (?:on |over )?to (?:adult|probation)|\bturns? 18\b/i,
      not(/\b(?:protocol|guidance|principles|document|framework|policy|which)\b/i),
    ),
    ruleId: 'wales-policy',
  },
  {
    // Councils sharing one YOT ("can two councils club together and run one YOT?"): section 39(2)
    // of the Act (two or more local authorities may set up YOTs for their combined areas), not a
    // board's business because the words "run" or "between" pull there.
    asks: all(
      /\b(?:two|2|three|several|multiple|neighbouring|both|more than one) (?:or more )?(?:councils|local authorities|las|boroughs|authorities)\b|\b(?:councils|local authorities)\b[^?]{0,30}\b(?:share|sharing|club together|team up|join(?:ed)? up|combine|merge|together|jointly)\b/i,
      /\b(?:yots?|yoss?|youth offending (?:teams?|services?))\b/i,
      /\b(?:share|sharing|shared|club together|team up|join\w* (?:up|forces)|combine\w*|merge\w*|together|jointly|joint|one|single)\b/i,
      not(DISAGREEMENT),
    ),
    ruleId: 'yot-membership',
  },
  {
    // When the framework came in, or whether it is new ("only came in in January 2020?"): its
    // document control (adopted 1 April 2015; V0.8 is January 2020's), not its topic's section.
    asks: all(
      /\b(?:brand[- ])?new (?:framework|document|doc)\b|\b(?:came|come|comes|coming) (?:in|into (?:force|effect|use|being))\b|\bwhen did (?:this|the|it)\b[^?]{0,25}\b(?:start|begin|come in|take effect|apply|first appear)\b|\b(?:in force|in place|been (?:around|going|in use)|existed) since\b|\bhow (?:old|long has)\b[^?]{0,30}\b(?:framework|document|doc)\b/i,
      /\b(?:framework|document|doc)\b/i,
      not(/\b(?:welsh|wales|marac|personality disorder|mappa|protocol|pis?|instructions?|act|secondees?|secondment|tracker)\b/i),
    ),
    ruleId: 'document-control',
  },
  {
    // Which version of the framework is current ("v1.0 signed off in 2021?"): its document control (V0.8, January 2020).
    asks: all(
      /\bv ?\d+\.\d+\b|\bversion (?:number|no\.?|\d)|\b(?:which|what|current|latest|newest|most recent) version\b|\bversion (?:are we|we'?re)\b/i,
      not(/\b(?:protocol|pis?|instructions?|wales|welsh|jnp|assetplus|asset plus|oasys)\b/i),
    ),
    ruleId: 'document-control',
  },
  {
    // Why probation is in YOTs at all: the NPS's purpose in working in partnership with YOS (1).
    asks: matches(
      /\bwhy\b[^?]{0,30}\b(?:probation|nps|national probation service)\b[^?]{0,40}\b(?:in|part of|involved (?:in|with)|bother\w*|work\w* (?:in|with))\b[^?]{0,20}\b(?:yo[ts]s?|youth offending (?:teams?|services?))\b/i,
    ),
    ruleId: 'partnership-purpose',
  },
  {
    // A secondee leaving and the post advertised or to be filled, the link manager asking their
    // part: the vacancy's joint review and the Head of LDU's approval to recruit (5.3), not leave.
    asks: all(
      /\b(?:leaving|leaves|resign\w*|(?:handed|handing|given|giving) (?:in )?(?:her|his|their) notice|moving on)\b/i,
      /\b(?:advert\w*|advertis\w*|recruit\w*|replac\w*|vacan\w*|the post|her post|his post)\b/i,
      /\b(?:what do i (?:need to |have to )?do|my end|my part|can (?:they|she|he) do that|without (?:telling|asking|consulting))\b/i,
      not(/\b(?:maternity|sick\w*|annual leave|special leave|stage [1-5])\b/i),
    ),
    ruleId: 'vacancy-review',
  },
  {
    // Whether the YOS Governance Board is the NPS's own meeting: 9.1 (multi-agency: the NPS, the YJB and the AYM).
    asks: all(
      /\bgovernance board\b|\byogb\b/i,
      /\b(?:internal|in-house|nps[- ]only|just (?:an? )?nps|only (?:the )?nps|multi[- ]?agency|which agencies|what agencies)\b/i,
    ),
    ruleId: 'governance-board',
  },
  {
    // Whether every secondee has a named link manager, PSOs too: the Head of LDU's duty (5.3), "for all secondees".
    asks: all(
      /\bnamed (?:nps )?link managers?\b/i,
      /\b(?:only|all|every|each|psos?)\b/i,
      not(/\bwho(?:'s| is) my\b|\bmy (?:named )?link manager\b|\b(?:haven'?t|not) been told\b/i),
    ),
    ruleId: 'head-of-ldu',
  },
  {
    // A secondee held back from NPS training or a briefing ("YOT blocking my NPS training", "an NPS
    // briefing ... we can refuse, can't we?"): 8, training needs recorded in the SPDR and the
    // secondee released for them and for NPS briefings.
    asks: all(
      /\b(?:block\w*|refus\w*|stop\w*|won'?t (?:let|release)|not (?:being )?(?:let|released|allowed)|let (?:me|her|him|them) (?:go|attend)|releas\w* (?:me|her|him|them|secondees?|staff)(?: for| to)?)\b[^?.]{0,40}\btraining\b|\btraining\b[^?.]{0,10}\b(?:blocked|refused|stopped)\b|\bnps (?:\w+ )?briefings?\b[^?]{0,120}\b(?:refus\w*|say no|block\w*|won'?t let|keep (?:her|him|them) back)\b/i,
      not(/\binduction\b|\bwho pays\b|\bcosts?\b|\bfund\w*\b/i),
    ),
    ruleId: 'training-records',
  },
  {
    // Whether the probation partner's duty sits with the CRC rather than the NPS: 1.2 (the NPS since 1 June 2014).
    asks: all(
      /\bcrcs?\b/i,
      /\b(?:nps|national probation service)\b/i,
      /\b(?:duty|duties|statutory|partner\w*)\b/i,
      /\b(?:sits?|lies|rests?|belongs?) (?:with|to)\b|\bcrcs?,? not (?:the )?nps\b|\bnps,? not (?:the )?crcs?\b|\bstill (?:with )?(?:the )?crcs?\b/i,
    ),
    ruleId: 'statutory-partners',
  },
  {
    // Whether the NPS must be at the local YOS management board (always, at senior management
    // level, with a deputy): 2.3's minimum, not a board's local particulars (who chairs it).
    asks: all(
      /\b(?:nps|probation|we|head of ldu)\b/i,
      /\b(?:turn(?:s|ing)? up|attend\w*|go(?:es|ing)? to|show(?:s|ing)? up|be at|come to|sit on|be there|send (?:someone|somebody|anyone|a rep\w*|a senior \w+)(?: along)?(?: to)?)\b/i,
      /\b(?:yo[st] (?:(?:management|mgmt) )?board|local (?:yo[st] )?(?:management|mgmt) board|(?:management|mgmt) board)\b/i,
      /\bonly\b|\bagenda\b|\bbother\b|\b(?:every|each) (?:meeting|time)\b|\b(?:need|needs|have|has) to\b|\bmust\b/i,
      not(/\b(?:governance|yogb|chairs?|chaired|quorum|minutes|terms of reference)\b/i),
    ),
    ruleId: 'local-management-board',
  },
  {
    // Whether the NPS works only to its own agency's policy: 4 names its own agency's, the MOJ's and
    // those relating to youth offending and transitions.
    asks: all(
      /\b(?:own agency|agency(?:'s)? (?:own )?polic\w*|youth[- ]specific|specific(?:ally)? (?:to |relating to |about )?youth)\b/i,
      /\b(?:polic\w*|protocols?|works? to|guidance|stuff)\b/i,
      not(/\b(?:pis?|probation instructions?|wales|welsh|recruit\w*|vetting|leave|pay)\b/i),
    ),
    ruleId: 'research-reports',
  },
  {
    // "We only work to NPS's own policies and not the youth offending ones, yes?": the same (4).
    asks: all(
      /\b(?:nps(?:'s)?|our|its|their) own (?:polic\w*|protocols?|guidance)\b/i,
      /\byouth offending\b|\byouth[- ]specific\b|\btransitions?\b/i,
      not(/\b(?:pis?|probation instructions?|wales|welsh|recruit\w*|vetting|leave|pay)\b/i),
    ),
    ruleId: 'research-reports',
  },
  {
    // A seconded PO's duties set against a PSO's ("as opposed to a PSO"): the PO's list (5.3), though
    // the PSO's list shares the words.
    asks: all(
      /\b(?:po|probation officer)s?\b(?: secondees?)?[^?]{0,40}\b(?:duties|role|job|do|tasks)\b|\bduties of (?:a |the )?(?:seconded )?(?:po|probation officer)\b/i,
      /\b(?:as opposed to|rather than|compared (?:to|with)|unlike|vs\.?|versus|different (?:from|to)|differ from)\s+(?:a |the |an? )?(?:seconded )?psos?\b/i,
    ),
    ruleId: 'po-duties',
  },
  {
    // Agency cover taking a PO's caseload so that the PO can be released to the YOT: stage 2 of the
    // staged process (5.5), not stage 4's temporary worker in the post itself.
    asks: all(
      /\b(?:back ?fill\w*|cover|take (?:on )?(?:her|his|their) (?:caseload|cases|work)|pick up (?:her|his|their) (?:caseload|cases))\b[^?]{0,60}\bso (?:that )?(?:she|he|they|(?:the |our |that |this )?(?:po|officer)) (?:can|could) (?:be released|be freed|go|move|join|transfer|be seconded)\b|\bto release (?:her|him|them|a po|an? officer|probation (?:staff|resource))\b/i,
      /\b(?:agency|temp\w*|locum)\b/i,
      not(/\b(?:rates?|how much|costs?|budget\w*|pay|paid|sick\w*|maternity)\b|£/i),
    ),
    ruleId: 'recruitment-stages',
  },
  {
    // Whether the CRCs go on taking transition cases: 5.2 says the arrangement ends as all offender management
    // moves to the NPS from 2021, not the seconded PO's transition duties in 5.3.
    asks: all(
      /\bcrcs?\b/i,
      /\b(?:indefinitely|for ever|forever|permanently|going forward|in (?:the )?future|from now on|keep (?:on )?(?:picking|taking|getting)|continue to (?:pick|take|get))\b/i,
      not(/\b(?:tier\w*|offices?|appointments?|breach\w*)\b/i),
    ),
    ruleId: 'crc-interface',
  },
  {
    // Whether the NPS must follow the Y2A protocol's transition process: its commitment in 2.3, not 1.1's pointer
    // to where transition guidance lives.
    asks: all(
      /\by2a\b|\byouth to adult\b/i,
      /\b(?:follow\w*|have to|has to|must|bound|optional|just guidance|only guidance|comply|stick to)\b/i,
      /\b(?:nps|we|probation)\b/i,
      not(NAMES_WALES),
    ),
    ruleId: 'nps-commitment',
  },
  {
    // What is committed to on allocating cases (to the right probation provider): the NPS's minimum in
    // 2.3, not who tells the CRC (5.2), which skips commitments for this reason.
    asks: all(
      /\b(?:commit\w*|promis\w*|pledg\w*)\b[^.?]{0,40}\ballocat\w*|\ballocat\w*[^.?]{0,60}\b(?:commit\w*|promis\w*)\b/i,
      not(NAMES_WALES),
    ),
    ruleId: 'nps-commitment',
  },
  {
    // When or why the SPOC is told of a dispute: 9.1's escalation step, not the SPOC's list of jobs (5.5).
    asks: all(
      /\bspoc\b/i,
      /\b(?:disputes?|disagreements?)\b/i,
      /\b(?:told|tell|informed|inform|made aware|notif\w*|brought in|involved|looped in)\b/i,
    ),
    ruleId: 'spoc-escalated-disputes',
  },
  {
    // Whether the YJB runs or manages YOTs: 1.2 says it oversees the youth justice system, and the
    // local authority sees that services are delivered through the YOS.
    asks: all(
      /\b(?:yjb|youth justice board)(?:'s)? (?:\w+ ){0,3}?(?:runs?|running|manag(?:es?|ing)|in charge of|oversees?|overseeing|controls?|directs?)\b/i,
      not(
        /\b(?:governance|board members?|reps?|representatives?|e-?mail|contact|chairs?|sits? on|grants?|fund\w*|standards|targets?|guidance)\b/i,
      ),
    ),
    ruleId: 'youth-justice-board',
  },
  {
    // What the YJB is: 1.2 says (a public body overseeing youth justice), however few words the question has.
    asks: matches(
      /\bwhat(?: actually| exactly| even)?(?:'s| is| are)(?: actually| exactly| even)? (?:the )?(?:yjb|youth justice board)\s*(?:\?|$)|\byjb stand for\b/i,
    ),
    ruleId: 'youth-justice-board',
  },
  {
    // Whether recruiting to a secondee post is the NPS's alone or joint with the YOS: 5.5's joint recruitment,
    // not the Head of LDU's duty to see recruitment follows divisional arrangements (5.3).
    asks: all(
      /\brecruit\w*/i,
      /\bjoint(?:ly)?\b|\b(?:nps|probation)[- ]only\b|\bon (?:its|their) own\b/i,
      // Reviewing a vacancy jointly, then the Head of LDU's approval, is the link manager's 5.3 duty.
      not(/\breview\w*\b[^.?]{0,40}\bjointly\b|\bapprov\w*/i),
      // Whether to recruit once a vacancy comes up is that review's too.
      not(/\bvacanc(?:y|ies)\b[^?]{0,20}\b(?:comes? up|came up|coming up|arises?|arising|arose|opens? up|crops? up)\b/i),
      not(DISAGREEMENT),
    ),
    ruleId: 'joint-recruitment',
  },
  {
    // A copy of the Wales partnership framework: 6 gives its contact (wales.info@justice.gov.uk).
    asks: all(
      /\b(?:wales|welsh)\b[^.?]{0,60}\bframework\b|\bframework\b[^.?]{0,60}\b(?:wales|welsh)\b/i,
      /\b(?:copy|send|where|find|point|get hold|contact|obtain|available)\b/i,
    ),
    ruleId: 'wales',
  },
  {
    // The HMPPS values: the framework's opening section lists them (1), whatever "list" shares with section 3's policies.
    asks: matches(/\bhmpps(?:'s)? (?:core )?values\b|\bvalues (?:of|from) (?:the )?hmpps\b/i),
    ruleId: 'hmpps-values',
  },
  {
    // When the vacancy tracker goes in ("an annual return, isn't it?"): quarterly, a week before each
    // YOGB (5.5), not the secondee's return to the NPS that "return" and "year end" draw.
    asks: all(
      /\b(?:vacancy |recruitment )?tracker\b/i,
      /\b(?:annual\w*|yearly|once a year|year[- ]end|how often|due|deadline|submit\w*|send|sent|goes in|go in|return)\b/i,
      not(/\b(?:review\w*|look\w* at|head of ldu|portfolio|ensure|make sure|who)\b/i),
    ),
    ruleId: 'vacancy-tracker',
  },
  {
    // Who pays for what an Access to Work or occupational health assessment recommends: the NPS funds reasonable
    // adjustments and the YOT invoices it for equipment (5.4), whatever "pay" shares with the pay topics.
    asks: all(
      /\baccess to work\b|\boccupational health\b|\bohu?\b|\bdda\b|\breasonable adjustments?\b|\badaptations?\b/i,
      /\bwho (?:pays|should pay|funds|foots|covers|carries|picks up)\b|\b(?:carry|cover|meet|foot) the (?:cost|bill)\b|\bwho(?:se)? (?:budget|cost)\b|\binvoic\w*|\bfund(?:s|ed|ing)?\b/i,
      not(DISAGREEMENT),
    ),
    ruleId: 'reasonable-adjustments',
  },
  {
    // Who pays for a secondee's travel or meals on the job: the NPS funds T&S (5.4), whatever "pay" and "lunches"
    // share with the rates and allowances the framework leaves to HMPPS policy.
    asks: all(
      /\bwho\b[^?]{0,20}\b(?:pays?|foots?|funds?|covers?|picks? up)\b[^?]{0,30}\b(?:mileage|travel\w*|lunch\w*|meals?|subsistence|expenses|t&s|fuel|petrol|(?:train|bus) fares?)\b/i,
      not(/\b(?:rates?|how much|per mile|allowances?|pence|ppm|amount|limit|cap)\b/i),
      not(DISAGREEMENT),
    ),
    ruleId: 'travel-subsistence',
  },
  {
    // The YOT employing its own permanent post and charging the NPS for it: stage 4 lets it buy in temporary cover
    // only, since the NPS must keep sourcing probation resource for the role (5.5), whatever the pay words say.
    asks: all(
      /\b(?:advertis\w*|recruit\w*|appoint\w*|employ\w*|hire|hiring|creat\w*|make)\b[^.?]{0,60}\b(?:permanent|substantive)\b[^.?]{0,40}\b(?:post|role|job|po|officer|worker|position)\b|\btake (?:him|her|them|(?:the|their|our) (?:\w+ ){0,3}(?:temp\w*|po|worker|cover)) on\b[^.?]{0,20}\bpermanent\w*/i,
      /\b(?:invoic\w*|recharg\w*|bill\w*|charg\w*|reclaim\w*|claim\w* back)\b[^.?]{0,30}\bnps\b|\bnps\b[^.?]{0,30}\b(?:pay|pays|fund\w*|reimburs\w*|cover\w*) (?:for )?(?:the |its |their )?(?:salary|cost|wage)|\bstage (?:4|four)\b|\bagency (?:cover|temp\w*|worker|po)\b/i,
    ),
    ruleId: 'stage-4-temporary-worker',
  },
  {
    // Who vets the temporary worker the YOT appoints at stage 4: the YOS, through its own processes (5.5).
    asks: all(
      VETTING,
      /\btemp(?:orary)?\b|\bstage (?:4|four)\b|\bagency\b/i,
      /\b(?:yot|yos|council|local authority)\b[^?]{0,40}\b(?:appoint\w*|recruit\w*|hire\w*|took on|takes on|taken on|found|sourc\w*|brings? in|bringing in|brought in)\b|\bfound (?:a |an |our )?(?:\w+ ){0,3}temp\b[^?]{0,40}\b(?:yot|yos|council|local authority)(?:'s)? own\b|\b(?:appoint\w*|recruit\w*|hire\w*|sourc\w*)\b[^?]{0,15}\b(?:our|its|their) own\b|\b(?:our own temp|sourcing (?:a |the )?temp\w* ourselves)/i,
    ),
    ruleId: 'stage-4-temporary-worker',
  },
  {
    // What "youth justice services" means in law (what counts as one, examples): 2.2's list under
    // section 38(4), not 38(1)-(3)'s duties and funding (2.1).
    asks: all(
      /\b(?:what (?:sort of |kind of |types? of )?(?:work|things|services|activit\w+) (?:counts?|is counted|are counted|qualif\w+) as|what (?:counts?|qualif\w+) as|(?:definition|meaning) of|what (?:is|are) meant by|examples? of|what do(?:es)? (?:the act|the law|it) (?:mean|class) by)\b[^?]{0,30}\byouth justice services?\b|\bwhat\b[^?]{0,12}\byouth justice services?\W{0,2} means?\b|\bmeans?\b[^?]{0,20}(?:\b|\bs\.?)38\s?\(4\)/i,
      not(/\b(?:fund\w*|pay\w*|expenditure|money|budget)\b/i),
    ),
    ruleId: 'youth-justice-services',
  },
  {
    // What the partnership is trying to achieve for the young person: the outcomes and aim of 1.3
    // (desisting, a seamless transition). The partnership "between the NPS and YOS" named as such
    // asks the NPS's purpose in working with YOS (1).
    asks: all(
      /\b(?:trying|hoping|want\w*|aim\w*|meant|supposed|looking|set up) to (?:achieve|accomplish|deliver|do)\b[^?]{0,40}\bfor (?:the |a |our |each )?(?:young (?:person|people)|child(?:ren)?|kids?|young (?:adult|offender)s?)\b/i,
      not(
        /\bbetween\b[^?]{0,20}\b(?:the )?(?:nps|national probation|probation)\b|\b(?:nps|probation) and (?:the )?(?:yos|yot|youth offending)/i,
      ),
    ),
    ruleId: 'success',
  },
  {
    // How to tell the partnership is working, or how the framework defines success: what success looks like (1.3),
    // not the NPS's purpose (1) or a caseload figure the question puts to it.
    asks: all(
      /\bhow (?:will|would|do|can|could|should) (?:we|you|i|they|anyone) (?:know|tell|judge|see)\b[^?]{0,80}\b(?:working|succeed\w*|success\w*|good|went well|gone well)\b|\bwhat (?:does|would|should) (?:success|good) (?:look|looks) like\b|\bwhat counts as (?:a )?(?:good|success)|\b(?:defines?|defined|measures?|measured|means?|counts?) success\b|\bsuccess (?:is|means|=) /i,
      not(/\b(?:targets?|kpis?|performance (?:measures|indicators)|inspect\w*)\b/i),
    ),
    ruleId: 'success',
  },
  {
    // A claim of how the framework defines success ("as hitting reoffending targets, doesn't it?"):
    // 1.3 says what it is (agencies working together for the young person), and sets no targets.
    asks: matches(/\b(?:framework|it|document|doc)\b[^?]{0,20}\b(?:defines?|measures?|judges?) success (?:as|by|in terms of)\b/i),
    ruleId: 'success',
  },
  {
    // The Welsh policy background to youth partnership work: section 6's Welsh documents, not 3's list.
    asks: all(/\b(?:welsh|wales)\b/i, /\bpolic(?:y|ies)\b/i, /\b(?:background|docs?|documents?|behind|context|underpin\w*|based on)\b/i),
    ruleId: 'wales-policy',
  },
  {
    // What the PSO resource in the formula is, how much, and what it is for (5.1), not the PO
    // resource beside it; an unfilled fraction of it is stage 5's exception (5.5), and whether
    // PSOs count towards the overhead invoice is 5.4's.
    asks: all(
      /\bpsos?\b[^?]{0,20}\b(?:resource|money|time|fte|allocation|funding)\b/i,
      not(
        /\b(?:reimburs\w*|unfilled|(?:can'?t|cannot|couldn'?t|could not) (?:be )?fill\w*|vacan\w*|dispute|disagree\w*|(?:can'?t|cannot|couldn'?t|could not|didn'?t|won'?t) agree|argu\w*|budget|division|transition\w*|adult services|(?:po|probation officer) and (?:the )?psos?|psos? and (?:the )?po|caseload|overhead|invoic\w*|recharg\w*)\b/i,
      ),
    ),
    ruleId: 'pso-resource',
  },
  {
    // A post the NPS cannot fill, with no agency cover either, and the YOT asking what it can do or
    // whether the NPS pays: stage 4 (the YOT finds a temporary worker and invoices the NPS).
    asks: all(
      /\b(?:nobody|no one|no-one|none) (?:to send|available|free|to spare)\b|\bno (?:agency )?(?:temps?|cover|locums?)\b|\b(?:can ?not|can't|unable to|couldn't) (?:release|spare|send|free up|find)\b/i,
      /\b(?:agency|temps?|locums?)\b/i,
      /\bwhat can (?:we|i|the yo[st]) (?:actually )?do\b|\b(?:will|would|does|do|should) (?:the )?nps (?:pay|fund|cover the cost|reimburse)\b|\bwho pays\b/i,
      not(/\bstages? (?:1|2|3|5|one|two|three|five)\b|\b(?:sick\w*|ill|maternity|pregnan\w*)\b/i),
    ),
    ruleId: 'stage-4-temporary-worker',
  },
  {
    // Stages 1 to 3 of filling a vacancy (5.5's staged process), not stage 4's temporary worker,
    // which a question about an agency temp otherwise matches best.
    asks: all(
      any(
        /\bstages? (?:1|2|3|one|two|three)\b/i,
        // "What's the very first thing NPS must try before agency staff?": stage 1.
        /\b(?:very )?first (?:thing|step|port of call)\b[^?]{0,60}\bbefore\b[^?]{0,30}\b(?:agency|temp\w*|locum|bring\w* in)\b/i,
        // "Do we have to try an agency temp before the YOT can bring in their own person?": stage 3 before stage 4.
        /\b(?:agency|temp\w*|locum)\b[^?]{0,30}\bbefore\b[^?]{0,30}\b(?:yo[ts]|council)\b[^?]{0,30}\b(?:own|bring\w*|appoint\w*|recruit\w*|hir\w*|get)\b/i,
        // "There's a 'staged process' for this: what happens next?", "NPS can't release anyone: what

        // next?" after a post nobody filled.
        all(
          /\bstaged process\b|\b(?:can ?not|can't|unable to|won't|couldn't) (?:release|spare|free up)\b|\bno (?:po|pso|probation officer|one|staff)s? (?:free|available|to spare|spare)\b/i,
          /\b(?:next|what (?:now|happens))\b/i,
          /\b(?:vacan\w*|advertis\w*|unfilled|no (?:one|applicants)|nobody|notice|left|leaving|gap|fill\w*)\b/i,
          not(/\b(?:sick\w*|ill|flu|maternity|pregnan\w*)\b/i),
        ),
      ),
      not(/\bstages? (?:4|5|four|five)\b|\b(?:4|5|four|five) stages\b|\b(?:rates?|how much|costs?|budget\w*|pay|paid)\b|£/i),
    ),
    ruleId: 'recruitment-stages',
  },
  {
    // A seconded PO asking their own part when a young person moves to adult services: they hold
    // and manage transition cases (5.3), not where the transition process is set out (1.1).
    asks: all(
      /\b(?:i'?m|i am|as) (?:a |the )?(?:seconded )?(?:po|probation officer)\b|\bseconded (?:po|probation officer)'?s? (?:part|role|job)\b/i,
      // The part asked is the one in a transition ("my part when one of ours moves to adult probation"), not the role as a whole.
      /\b(?:(?:my|our) (?:part|role|job|bit)|what (?:do|should|must) i(?: (?:do|be doing))?|seconded (?:po|probation officer)'?s? (?:part|role|job))\b[^?.]{0,25}\b(?:when|in|with|for|during|if)\b[^?.]{0,60}\b(?:transition\w*|adult|turn\w* 18)\b/i,
      not(/\b(?:protocol|guidance|document|which (?:policy|instruction)|wales|welsh|crc|2021)\b/i),
    ),
    ruleId: 'transition-cases',
  },
  {
    // What a seconded PO is for or does (its duties in 5.3), not who line manages them day to day
    // or one duty alone; the PO time in the formula stays 5.1's.
    asks: all(
      /\b(?:what|which)\b[^?]{0,25}\b(?:duties|tasks|work|kinds? of cases|sort of cases|type of cases|cases)\b[^?]{0,40}\b(?:seconded |secondee )?(?:po|probation officer)s?\b|\bwhat (?:does|do|will|should|can|is) (?:a |the |my |our )?(?:seconded )?(?:po|probation officer)s? (?:secondees? )?(?:actually )?(?:do|doing|be doing|for|there for|meant to (?:do|be))\b|\b(?:seconded )?po\b[^?]{0,10}\b(?:main |key |core )?duties\b|\bwhat (?:am i|i am) (?:actually )?supposed to get out of (?:a |the |my |our )?(?:seconded )?po\b|^(?=[^]*\b(?:(?:i'?m|i am|as) (?:a |the )?seconded po|(?:new )?po secondee here)\b)[^]*\bmy (?:role|job)\b/i,
      not(
        /\b(?:psos?|formula|fte|resource|allocat\w*|funding|funded|reimburs\w*|vacan\w*|how much|(?:po|pso|officer|probation) time|overhead|dispute|disagree\w*|recruit\w*|scores?|oasys|asset ?plus|thresholds?)\b|£/i,
      ),
    ),
    ruleId: 'po-duties',
  },
  {
    // Whether this framework applies to a YOT in Wales: 1.1 (England only), with section 6's
    // contact. What Wales has instead (its protocol, its own framework) stays 6's.
    asks: all(
      /\b(?:wales|welsh|cymru|newport|cardiff|swansea|wrexham)\b/i,
      /\b(?:this|the) (?:national )?(?:framework|document|doc)\b[^?]{0,40}\b(?:apply|applies|cover|covers)\b|\b(?:apply|applies|cover|covers)\b[^?]{0,10}\b(?:to )?(?:us|wales|welsh)\b/i,
      not(
        /\b(?:version|transition\w*|protocol|contact|e-?mail|who (?:can|do|should) i ask|where (?:to|do i|can i) get|who (?:covers|is|are)|who's|yjb|youth justice board|remit)\b/i,
      ),
    ),
    ruleId: 'scope',
  },
  {
    // Vetting people going out on secondment: the NPS vets secondees before they start (5.3), not
    // stage 4's temporary worker, whom the YOT recruits and vets itself (5.5).
    asks: all(
      VETTING,
      /\b(?:secondees?|seconded|secondments?|going (?:out )?(?:on|into) (?:a )?secondment)\b/i,
      // Whose vetting policy a joint recruitment follows is 5.5's; failing vetting is HR's.
      not(
        /\b(?:temp\w*|agency|stage (?:4|four)|locum|interim|(?:yot|yos)(?:'s)? own|recruit\w*|joint\w*|panel|shortlist\w*|interview\w*|polic(?:y|ies)|rules|appeal\w*|fail\w*)\b/i,
      ),
    ),
    ruleId: 'vetting',
  },
];
