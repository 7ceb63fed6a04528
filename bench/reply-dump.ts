/**
 * Proof that a speed-up of the chat path changed nothing the user sees: every distinct fixture
 * question posted over real HTTP to the bot, as Teams posts it, by a known secondee, a known Head
 * of LDU and a person the records do not know, and each reply exactly as the mock connector
 * received it (text, summary, card), one JSON line each. Dump before and after a change and
 * compare the files byte for byte (`cmp`). Lines are keyed by position, not by question, so the
 * dump can be compared without reading hold-out questions.
 *
 *   node dist/bench/reply-dump.js OUT.jsonl
 */
import fs from 'node:fs';
import { DEMO_PEOPLE } from '../src/cli/demo';
import { post, startHarness, teamsActivity, type Harness } from '../test/helpers/harness';
import { distinctQuestions } from './fixture-questions';

/** The askers: whose records give a personal part, and one the records do not know. */
const ASKERS = ['secondee', 'head_of_ldu', 'stranger'] as const;

function from(h: Harness, asker: (typeof ASKERS)[number], text: string): Record<string, unknown> {
  if (asker !== 'stranger') return teamsActivity(h, asker, { text });
  const stranger = { id: '29:stranger', name: 'Sam Stranger', aadObjectId: '00000000-0000-4000-8000-0000000000ff' };
  return teamsActivity(h, DEMO_PEOPLE[0].key, {
    text,
    from: stranger,
    conversation: { id: 'a:personal-29:stranger', conversationType: 'personal', tenantId: 'tenant-1' },
  });
}

async function main(out: string): Promise<void> {
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  // Teams' rate limits are not what is compared here.
  const h = await startHarness({ connector: { perConversationPerSecond: 1e9, globalPerSecond: 1e9 } });
  const lines: string[] = [];
  try {
    const texts = distinctQuestions();
    for (const asker of ASKERS) {
      for (let i = 0; i < texts.length; i++) {
        const result = await post(h, '/api/messages', from(h, asker, texts[i]));
        const replies = h.connector.sent
          .splice(0)
          .map(({ activity: a }) => ({ type: a.type, text: a.text, summary: a.summary, attachments: a.attachments }));
        lines.push(JSON.stringify({ key: `${asker}#${i}`, status: result.status, replies }));
      }
    }
  } finally {
    await h.stop();
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} replies written to ${out}`);
}

main(process.argv[2] ?? 'replies.jsonl').then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
