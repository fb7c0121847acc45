/** Audit log of changes (SPEC §3): who changed what, when. Written inside the caller's transaction. */
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';

export async function recordAudit(
  db: Db,
  entry: { actorId: string | null; action: string; entity: string; entityId?: string; detail?: unknown },
): Promise<void> {
  await db.insert(auditLog).values({ ...entry, detail: entry.detail ?? null });
}
