// Demo staff accounts written into the local table at start-up (put if absent: a restart keeps changed passwords,
// lockouts and logins). Passwords are hashed like real ones; the demo password rule is in the README.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StaffEntity } from '../../functions/data/staff';
import { isConditionFailure } from '../../functions/data/table';
import { hashPassword } from '../../functions/support/password';
import { demoStaff } from './demo';

/** Seeds every demo staff account; answers how many were new. */
export async function seedDemoStaff(client: DynamoDBClient, tableName: string, now = new Date()): Promise<number> {
  // The stack process has no function environment: give the entity the local client and table directly.
  StaffEntity.setClient(DynamoDBDocumentClient.from(client));
  StaffEntity.setTableName(tableName);
  const created = await Promise.all(
    demoStaff.map(async (s) => {
      try {
        // Not putStaffIfAbsent: that binds the entity from the function environment, which this process lacks.
        await StaffEntity.create({
          username: s.username,
          displayName: s.displayName,
          roles: [...s.roles],
          agencyRegion: s.agencyRegion,
          agencyName: s.agencyName,
          passwordHash: await hashPassword(s.demoPassword),
          failedLogins: 0,
          createdAt: now.toISOString(),
        }).go();
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    }),
  );
  return created.filter(Boolean).length;
}
