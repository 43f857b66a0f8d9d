import { matchesPattern } from '../../../local/stream-poller';

// The local stream consumer must pass the notifier exactly the records Lambda's event filter would.
describe('local stream poller — Lambda event-filter patterns from serverless.yml', () => {
  const pattern = { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: ['outbox'] } } } };
  const record = (eventName: string, entity: string) => ({
    eventName,
    dynamodb: { NewImage: { entity: { S: entity } } },
  });

  it('passes an inserted outbox item', () => {
    expect(matchesPattern(record('INSERT', 'outbox'), pattern)).toBe(true);
  });

  it('drops a removal, even of an outbox item', () => {
    expect(matchesPattern(record('REMOVE', 'outbox'), pattern)).toBe(false);
  });

  it('drops items of other entities', () => {
    expect(matchesPattern(record('INSERT', 'case'), pattern)).toBe(false);
  });

  it('drops records without the filtered attribute', () => {
    expect(matchesPattern({ eventName: 'INSERT', dynamodb: { NewImage: {} } }, pattern)).toBe(false);
  });
});
