// The rooms of functions/ and shared/ (functions/README.md): imports point down only. The same check runs as a step
// of `npm test` (scripts/check-imports.ts); here it also proves, on planted sources, that it catches each arrow.
import { join } from 'node:path';
import { findUpwardImports, roomOf, violationsIn } from '../../scripts/check-imports';

describe('rooms and one-way arrows', () => {
  it('finds no upward import under functions/ and shared/', () => {
    expect(findUpwardImports(join(__dirname, '..', '..'))).toEqual([]);
  });

  it.each([
    ['functions/data/case.ts', "import { claimView } from '../http/presentClaim';", 'http'],
    ['functions/data/case.ts', "import { checkEligibility } from '../usecases/claims/claims';", 'usecases'],
    ['functions/usecases/claims/claims.ts', "import { httpHandler } from '../../http/http';", 'http'],
    ['functions/data/case.ts', "import { handler } from '../handlers/getCase';", 'handlers'],
    ['functions/adapters/s3.ts', "import { getCase } from '../data/case';", 'data'],
    ['functions/adapters/s3.ts', "import { uploadKey } from '../usecases/documents/uploads';", 'usecases'],
    ['functions/support/ids.ts', "import { s3 } from '../adapters/s3';", 'adapters'],
    ['functions/http/presentClaim.ts', "export { handler } from '../handlers/getCase';", 'handlers'],
    ['functions/config.ts', "const m = await import('./data/table');", 'data'],
    ['shared/domain/claim/claim.ts', "import { ClaimErrorCode } from '@shared/api/claims';", 'shared/api'],
    ['shared/domain/claim/claim.ts', "import { config } from '../../../functions/config';", 'config'],
    ['shared/api/claims.ts', "import { x } from '../../miniapp/src/app';", 'miniapp'],
  ])('refuses %s importing %s (→ %s)', (file, source, to) => {
    expect(violationsIn(file, source)).toEqual([expect.objectContaining({ file, line: 1, to })]);
  });

  it.each([
    [
      'miniapp/src/features/filing/components/summary/index.tsx',
      "import { useProxies } from '../../../proxies/hooks/use-proxies';",
      'feature proxies',
    ],
    [
      'miniapp/src/components/page-uploader/index.tsx',
      "import { x } from '../../features/filing/api/filings';",
      'feature filing',
    ],
    ['miniapp/src/hooks/use-write.ts', "import Page from '../packages/filing/new/index';", 'app pages'],
    ['miniapp/src/features/filing/hooks/use-x.ts', "import Home from '../../../pages/home/index/index';", 'app pages'],
    ['miniapp/src/lib/api/client.ts', "import { config } from '../../../../functions/config';", 'config'],
  ])('refuses, in the app, %s importing %s (→ %s)', (file, source, to) => {
    expect(violationsIn(file, source)).toEqual([expect.objectContaining({ file, line: 1, to })]);
  });

  it('allows pages to compose features, a feature its own folders, and every layer the shared pieces', () => {
    expect(
      violationsIn(
        'miniapp/src/packages/filing/new/index.tsx',
        [
          "import { FilingWizard } from '../../../features/filing/components/wizard';",
          "import { AccountCard } from '../../../features/entry/components/account-card';",
          "import { PageShell } from '../../../components/page-shell';",
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      violationsIn(
        'miniapp/src/features/filing/components/wizard/index.tsx',
        [
          "import { useFilingOptions } from '../../hooks/use-filing-options';",
          "import { useWrite } from '../../../../hooks/use-write';",
          "import { CreateFilingRequestSchema } from '@shared/api/filings';",
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('allows the downward arrows and packages, and ignores paths named in comments', () => {
    const source = [
      "import { z } from 'zod';",
      "import { feeCrossCheck } from '@shared/domain/benefit/crossCheck';",
      "import { documents } from '../adapters/dynamodb';",
      "import { logger } from '../support/logger';",
      "import { AppError } from '../support/errors';",
      '// see ../usecases/claims/claims.ts and ../handlers/getCase.ts',
    ].join('\n');
    expect(violationsIn('functions/data/case.ts', source)).toEqual([]);
  });

  it('places files in their rooms by folder', () => {
    expect(roomOf('functions/handlers/getCase.ts')).toBe('handlers');
    expect(roomOf('functions/http/http.ts')).toBe('http');
    expect(roomOf('functions/usecases/claims/claims.ts')).toBe('usecases');
    expect(roomOf('functions/support/errors.ts')).toBe('support');
    expect(roomOf('functions/config')).toBe('config');
    expect(roomOf('shared/domain/index.ts')).toBe('shared/domain');
  });
});
