/** One Salesforce User row → UserRecord: how OwnerId becomes a CSM, matched by e-mail. */
import type { CellReader } from './cells.ts';
import { checkDuplicate, compact } from './convert-account.ts';
import type { ConvertContext } from './convert-context.ts';
import type { UserRecord } from './records.ts';
import { externalIdOf } from './refs.ts';
import { parseBoolean, parseEmail } from './values.ts';

export function convertUser(cells: CellReader, ctx: ConvertContext): UserRecord[] {
  const present = cells.required('externalId', 'the user id');
  const externalId = present ? externalIdOf(cells, 'externalId', ctx) : undefined;
  const email = cells.parseRequired('email', 'the e-mail address', parseEmail);
  const name = cells.text('name') ?? [cells.text('firstName'), cells.text('lastName')].filter(Boolean).join(' ');
  const active = cells.parse('isActive', parseBoolean);
  if (externalId) checkDuplicate(cells, ctx, 'externalId', `user:${externalId.id}`, 'user');
  if (!externalId || !email) return [];
  return [compact<UserRecord>({ type: 'user', externalId, email, name: name || email, active })];
}
