import { QueryClientProvider } from '@tanstack/react-query';
import type { PropsWithChildren } from 'react';
import { config as zodConfig } from 'zod';
import { listenForWechatPrivacyRequests } from './lib/privacy';
import { queryClient } from './lib/query-client';
import './lib/session/session';
import { ElderModeProvider } from './theme/elder-mode';
import './app.scss';

// WeChat forbids `new Function` on devices: tell zod up front not to try its compiled fast path.
if (process.env.TARO_ENV === 'weapp') zodConfig({ jitless: true });
listenForWechatPrivacyRequests();

/** The app shell: every page renders inside it, so app-wide state (server cache, elder mode) lives here. */
function App({ children }: PropsWithChildren) {
  return (
    <QueryClientProvider client={queryClient}>
      <ElderModeProvider>{children}</ElderModeProvider>
    </QueryClientProvider>
  );
}

export default App;
