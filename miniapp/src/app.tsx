import type { PropsWithChildren } from 'react';
import { config as zodConfig } from 'zod';
import { ElderModeProvider } from './theme/elder-mode';
import './app.scss';

// WeChat forbids `new Function` on devices: tell zod up front not to try its compiled fast path.
if (process.env.TARO_ENV === 'weapp') zodConfig({ jitless: true });

/** The app shell: every page renders inside it, so app-wide state (elder mode) lives here. */
function App({ children }: PropsWithChildren) {
  return <ElderModeProvider>{children}</ElderModeProvider>;
}

export default App;
