/**
 * Exactly-once sending, proven with real parts: two `rapport start` processes on one PostgreSQL
 * database, a real SMTP server on loopback, and one process killed (SIGKILL) while the mail server
 * holds a message it is sending. Every invitation arrives once; the message whose sender died stays
 * `sending` and later turns `uncertain` — it is never resent by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { queryRows } from '../../src/db/query.ts';
import { startJobs } from '../../src/jobs/queue.ts';
import { launchWave } from '../../src/modules/assessments/programs/programs.service.ts';
import { ensureAssessmentDefaults } from '../../src/modules/assessments/questionnaires/questionnaires.service.ts';
import { markUncertain } from '../../src/modules/assessments/sending/dispatch.service.ts';
import { ensureCoverageDefaults } from '../../src/modules/coverage/index.ts';
import { createApi } from '../helpers/api-client.ts';
import { type RunningServer, startRapport } from '../helpers/rapport-process.ts';
import { testDatabaseUrl } from '../helpers/test-database.ts';
import { createTestDeps } from '../helpers/test-deps.ts';

const INVITED = 60;

async function waitFor(check: () => Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

describe.skipIf(!testDatabaseUrl())('exactly-once sending across instances', () => {
  const dirs: string[] = [];
  const running: RunningServer[] = [];
  afterAll(async () => {
    for (const r of running) if (r.child.exitCode === null && r.child.signalCode === null) await r.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('two instances, one killed mid-wave: every invitation delivered once', async () => {
    const deps = await createTestDeps();
    deps.now = () => new Date();
    const api = createApi(deps);
    await ensureCoverageDefaults(deps);
    await ensureAssessmentDefaults(deps);
    const leader = await api.as('leader');
    for (let a = 0; a < INVITED / 3; a++) {
      const account = (await leader.post('/api/v1/accounts', { name: `Account ${a}`, tier: 'enterprise', lifecycleStage: 'adoption' })).body
        .id;
      for (let s = 0; s < 3; s++)
        await leader.post('/api/v1/stakeholders', {
          accountId: account,
          person: { firstName: `P${a}x${s}`, lastName: 'Tester', email: `p${a}x${s}@example.test` },
          personas: ['decision_maker'],
        });
    }
    const questionnaireId = (await leader.get('/api/v1/questionnaires')).body.items[0].id;
    const program = await leader.post('/api/v1/assessment-programs', {
      name: 'Everyone',
      questionnaireId,
      personas: ['decision_maker'],
      trigger: { kind: 'every', days: 180 },
      reminderDays: [5],
    });
    const launched = await launchWave(deps, null, program.body.id);
    expect(launched.invited).toBe(INVITED);

    // The mail server: counts messages by Message-ID; while it holds the 10th or later message sent
    // by instance A, A is killed before the server answers.
    const received: string[] = [];
    let victimPid = 0;
    let killedWhileHolding: string | null = null;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const messageId = raw.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1] ?? 'none';
          received.push(messageId);
          if (!killedWhileHolding && received.length >= 10 && victimPid) {
            const [row] = await queryRows<{ claimedBy: string }>(
              deps.database.db,
              sql`select claimed_by as "claimedBy" from assessment_messages where message_id = ${messageId}`,
            );
            if (row?.claimedBy.startsWith(`${victimPid}@`)) {
              process.kill(victimPid, 'SIGKILL');
              killedWhileHolding = messageId;
              await new Promise((r) => setTimeout(r, 100));
            }
          }
          setTimeout(() => callback(), 15); // a mail server takes a moment per message
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    const env = (name: string) => {
      const dir = mkdtempSync(join(tmpdir(), `rapport-once-${name}-`));
      dirs.push(dir);
      return { DATA_DIR: dir, DATABASE_URL: deps.database.url as string, SMTP_URL: smtpUrl };
    };
    const [a, b] = await Promise.all([startRapport(['--no-demo'], env('a')), startRapport(['--no-demo'], env('b'))]);
    running.push(a, b);
    victimPid = a.child.pid as number;

    const queue = await startJobs(
      { ...deps, config: readConfig({ DATABASE_URL: deps.database.url as string, LOG_LEVEL: 'silent' }) },
      { instanceId: 'test', work: false },
    );
    try {
      for (let i = 0; i < 4; i++) await queue.send('assessments.dispatch', {});
      const invitationRows = async () =>
        queryRows<{ status: string; n: number }>(
          deps.database.db,
          sql`select status, count(*)::int as n from assessment_messages where sequence = 0 group by status order by status`,
        );
      // Done when nothing is scheduled and only the killed sender's claim is still open (the survivor
      // may still be recording its last message as sent for a moment after the server received it).
      await waitFor(
        async () => {
          const rows = await invitationRows();
          return rows.every((r) => r.status !== 'scheduled') && (rows.find((r) => r.status === 'sending')?.n ?? 0) <= 1;
        },
        90_000,
        'the wave was not sent',
      );
      const senders = await queryRows<{ instance: string; n: number }>(
        deps.database.db,
        sql`select split_part(claimed_by, '@', 1) as instance, count(*)::int as n from assessment_messages where sequence = 0 group by 1`,
      );
      expect(senders.length, JSON.stringify(senders)).toBe(2);
      expect(killedWhileHolding).not.toBeNull();
      expect(a.child.signalCode).toBe('SIGKILL');

      // Every invitation once: 60 distinct Message-IDs, none twice.
      expect(received).toHaveLength(INVITED);
      expect(new Set(received).size).toBe(INVITED);
      // The killed sender's message stays claimed: it is not sent again by the survivor.
      expect(await invitationRows()).toEqual([
        { status: 'sending', n: 1 },
        { status: 'sent', n: INVITED - 1 },
      ]);

      // A restarted instance does not resend it either.
      const again = await startRapport(['--no-demo'], env('a2'));
      running.push(again);
      await queue.send('assessments.dispatch', {});
      await new Promise((r) => setTimeout(r, 5_000));
      expect(received).toHaveLength(INVITED);

      // After the lease the claim is reported as uncertain, for a person to decide.
      const later = { ...deps, now: () => new Date(Date.now() + 6 * 60_000) };
      expect(await markUncertain(later)).toBe(1);
      const outbox = await leader.get('/api/v1/outbox?status=uncertain');
      expect(outbox.body.items).toHaveLength(1);
      expect(outbox.body.items[0].lastError).toContain('may or may not have arrived');
    } finally {
      await queue.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await deps.database.dispose();
    }
  }, 240_000);
});
