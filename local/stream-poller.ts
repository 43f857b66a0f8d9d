import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;

/** Whether a stream record matches one Lambda event-filter pattern (exact-value lists, nested objects). */
export function matchesPattern(value: unknown, pattern: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.some((allowed) => allowed === value);
  if (pattern && typeof pattern === 'object') {
    if (!value || typeof value !== 'object') return false;
    return Object.entries(pattern).every(([key, sub]) => matchesPattern((value as Record<string, unknown>)[key], sub));
  }
  return pattern === value;
}

/**
 * The local stand-in for Lambda's DynamoDB stream trigger (serverless-offline has none): polls DynamoDB Local's
 * stream, applies serverless.yml's filter patterns, calls the same handler with the same event shape, and
 * redelivers from the first failed record the handler reports, as Lambda does with ReportBatchItemFailures.
 */
export function startStreamPoller(opts: {
  endpoint: string;
  tableName: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  region: string;
  filterPatterns: unknown[];
  handler: StreamHandler;
  batchSize?: number;
  intervalMs?: number;
  maxAttempts?: number;
  log: (line: string) => void;
}): { stop(): Promise<void> } {
  const client = new DynamoDBStreamsClient({
    endpoint: opts.endpoint,
    region: opts.region,
    credentials: opts.credentials,
  });
  const iterators = new Map<string, string | undefined>();
  const pending = new Map<string, { records: _Record[]; attempts: number }>();
  let stopped = false;
  let loop: Promise<void> = Promise.resolve();

  const matches = (record: _Record) =>
    opts.filterPatterns.length === 0 || opts.filterPatterns.some((p) => matchesPattern(record, p));

  async function deliver(shardId: string, records: _Record[]): Promise<void> {
    const entry = pending.get(shardId) ?? { records: [], attempts: 0 };
    entry.records.push(...records.filter(matches));
    pending.set(shardId, entry);
    if (entry.records.length === 0) return;
    const batch = entry.records.slice(0, opts.batchSize ?? 25);
    const event = { Records: batch as unknown as DynamoDBRecord[] };
    let firstFailed: number;
    try {
      const response = await opts.handler(event);
      const failedIds = new Set(response?.batchItemFailures.map((f) => f.itemIdentifier));
      firstFailed = batch.findIndex((r) => failedIds.has(r.dynamodb?.SequenceNumber ?? ''));
    } catch (error) {
      opts.log(`[stream] handler threw: ${error instanceof Error ? error.message : String(error)}`);
      firstFailed = 0;
    }
    if (firstFailed === -1) {
      entry.records.splice(0, batch.length);
      entry.attempts = 0;
      return;
    }
    entry.records.splice(0, firstFailed);
    entry.attempts += 1;
    if (entry.attempts >= (opts.maxAttempts ?? 5)) {
      const parked = entry.records.shift();
      opts.log(`[stream] record ${parked?.dynamodb?.SequenceNumber} parked after ${entry.attempts} attempts`);
      entry.attempts = 0;
    }
  }

  async function pollOnce(): Promise<void> {
    const { Streams } = await client.send(new ListStreamsCommand({ TableName: opts.tableName }));
    const streamArn = Streams?.[0]?.StreamArn;
    if (!streamArn) return;
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId as string;
      if (!iterators.has(shardId)) {
        const { ShardIterator } = await client.send(
          new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }),
        );
        iterators.set(shardId, ShardIterator);
      }
      const iterator = iterators.get(shardId);
      if (!iterator) continue;
      const { Records, NextShardIterator } = await client.send(new GetRecordsCommand({ ShardIterator: iterator }));
      iterators.set(shardId, NextShardIterator);
      await deliver(shardId, Records ?? []);
    }
  }

  loop = (async () => {
    while (!stopped) {
      try {
        await pollOnce();
      } catch (error) {
        opts.log(`[stream] poll failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 250));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
