import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCloudDefinition } from '../../../local/cloud-definition';
import { matchesPattern } from '../../../local/stream-poller';

// The local stream consumer must pass the notifier exactly the records Lambda's event filter would: the patterns
// are read from serverless.yml (through osls, as the local stack reads them), not restated here.
describe('local stream poller — Lambda event-filter patterns from serverless.yml', () => {
  let patterns: unknown[];
  beforeAll(async () => {
    const definition = await loadCloudDefinition({
      root: join(__dirname, '..', '..', '..'),
      cacheDir: await mkdtemp(join(tmpdir(), 'stream-filter-')),
      stage: 'local',
      params: {},
    });
    patterns = definition.notifierFilterPatterns;
  }, 120_000);

  const record = (eventName: string, entity: string) => ({
    eventName,
    dynamodb: { NewImage: { entity: { S: entity } } },
  });
  const passes = (value: unknown) => patterns.some((pattern) => matchesPattern(value, pattern));

  it('declares at least one filter pattern for the notifier', () => {
    expect(patterns.length).toBeGreaterThan(0);
  });

  it('passes an inserted or modified outbox item', () => {
    expect(passes(record('INSERT', 'outbox'))).toBe(true);
    expect(passes(record('MODIFY', 'outbox'))).toBe(true);
  });

  it('drops a removal, even of an outbox item', () => {
    expect(passes(record('REMOVE', 'outbox'))).toBe(false);
  });

  it('drops items of other entities', () => {
    expect(passes(record('INSERT', 'case'))).toBe(false);
  });

  it('drops records without the filtered attribute', () => {
    expect(passes({ eventName: 'INSERT', dynamodb: { NewImage: {} } })).toBe(false);
  });
});
