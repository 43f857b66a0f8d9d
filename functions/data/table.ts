// The one table every entity lives in (single-table design; key layout in ./README.md). Entities are declared at
// module level without a client, so importing them costs nothing; the first data call gives every declared entity
// the lazily created document client and the table name from the configuration.
import { ConditionalCheckFailedException, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DocumentClient } from 'electrodb';
import { documents, dynamodb } from '../adapters/dynamodb';
import { config } from '../config';

/** ElectroDB's model.service: the same for every entity in the table. */
export const SERVICE = 'yidi';

/**
 * Entity options shared by every entity. The entity name is written to the `entity` attribute — the notifier's
 * stream filter selects outbox items by it (`entity = outbox`), and it makes items self-describing in the console.
 */
export const ENTITY_OPTIONS = { identifiers: { entity: 'entity', version: 'entityVersion' } } as const;

type Bindable = { setClient(client: DocumentClient): void; setTableName(name: string): void };

const declared: Bindable[] = [];
let bound = false;

function bind(entity: Bindable): void {
  entity.setClient(documents());
  entity.setTableName(config().tableName);
}

/** Registers an entity so it gets the client and table on first use; returns it unchanged. */
export function declareEntity<E extends Bindable>(entity: E): E {
  declared.push(entity);
  if (bound) bind(entity);
  return entity;
}

/** DescribeTable — the table's name and status, for the health probe; rejects when DynamoDB does not answer. */
export async function probeTable(): Promise<string> {
  const { tableName } = config();
  const { Table } = await dynamodb().send(new DescribeTableCommand({ TableName: tableName }));
  return `${tableName}: ${Table?.TableStatus ?? 'UNKNOWN'}`;
}

/** Gives every declared entity its client and table; every access function calls this first. */
export function table(): void {
  if (bound) return;
  for (const entity of declared) bind(entity);
  bound = true;
}

/** The current time as epoch seconds: DynamoDB's TTL attribute (`expiresAt`) counts in seconds. */
export function epochSeconds(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000);
}

/** Whether a single write failed its condition (ElectroDB wraps the SDK error as its `cause`). */
export function isConditionFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if (current instanceof ConditionalCheckFailedException) return true;
    current = current.cause;
  }
  return false;
}

/** One item's outcome in a canceled transaction, as ElectroDB reports it. */
export type TransactionOutcome = { rejected: boolean; code: string };

/** Which items of a canceled transaction failed their condition, by position. */
export function failedConditions(outcomes: readonly TransactionOutcome[]): boolean[] {
  return outcomes.map((o) => o.code === 'ConditionalCheckFailed');
}
