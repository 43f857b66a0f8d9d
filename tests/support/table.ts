// Reading the stack's table from a test, beside the API: an item by key, a partition, the outbox items about a
// subject. Consistent reads, so a test sees what the call before it wrote. (A test may scan; no request path does.)
import { DynamoDBClient, GetItemCommand, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { testStack } from './stack';

const client = () => new DynamoDBClient({ endpoint: testStack().functionEnv.AWS_ENDPOINT_URL_DYNAMODB });

/** The raw item at `pk`/`sk`, or `undefined`. */
export async function tableItem(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const out = await client().send(
    new GetItemCommand({
      TableName: testStack().tableName,
      Key: { pk: { S: pk }, sk: { S: sk } },
      ConsistentRead: true,
    }),
  );
  return out.Item ? unmarshall(out.Item) : undefined;
}

/** Every raw item of partition `pk`. */
export async function partition(pk: string): Promise<Record<string, unknown>[]> {
  const out = await client().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: pk } },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => unmarshall(i));
}

/** The outbox items about a case or filing (the notifier finds them through the stream; a test scans). */
export async function outboxOf(subjectId: string): Promise<Record<string, unknown>[]> {
  const out = await client().send(
    new ScanCommand({
      TableName: testStack().tableName,
      FilterExpression: '#e = :outbox AND subjectId = :id',
      ExpressionAttributeNames: { '#e': 'entity' },
      ExpressionAttributeValues: { ':outbox': { S: 'outbox' }, ':id': { S: subjectId } },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((item) => unmarshall(item));
}
