// Starts the three local stand-ins for services this machine cannot reach — WeChat, the e-invoice platform and the
// insured-person registry — on loopback. `npm start` and the integration tests call startStandIns(); run this file
// directly (`npx tsx local/stand-ins/index.ts`) to get them alone on their default ports.
import { type DemoInvoice, type DemoPerson, demoInvoices, demoWechatApps } from '../seed/demo';
import { startInvoiceStandIn } from './invoice';
import { startRegistryStandIn } from './registry';
import type { RunningStandIn } from './server';
import { startWechatStandIn, type WechatStandInOptions } from './wechat';

/** The ports the stand-ins use when run directly or by `npm start`. */
export const DEFAULT_STAND_IN_PORTS = { wechat: 4010, invoice: 4020, registry: 4030 } as const;

/** Where to start the stand-ins; a port of 0 (the default) picks a free one. */
export interface StandInsOptions {
  wechatPort?: number;
  invoicePort?: number;
  registryPort?: number;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  wechat?: WechatStandInOptions;
  /** The persons the registry stand-in knows (default: the demo persons). */
  registryPersons?: readonly DemoPerson[];
  /** E-vouchers the invoice stand-in serves besides the demo set (the browser tests' own). */
  extraInvoices?: readonly DemoInvoice[];
}

/** The running stand-ins: their base URLs and one stop for all. */
export interface StandIns {
  urls: { wechat: string; invoice: string; registry: string };
  stop(): Promise<void>;
}

/** Start the WeChat, e-invoice and registry stand-ins; if one fails to start, the others are stopped again. */
export async function startStandIns(options: StandInsOptions = {}): Promise<StandIns> {
  const host = options.host ?? '127.0.0.1';
  const started = await Promise.allSettled([
    startWechatStandIn(options.wechat, { port: options.wechatPort ?? 0, host }),
    startInvoiceStandIn({ port: options.invoicePort ?? 0, host }, [...demoInvoices, ...(options.extraInvoices ?? [])]),
    startRegistryStandIn({ port: options.registryPort ?? 0, host }, options.registryPersons),
  ]);
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stop = async () => {
    await Promise.all(running.map((standIn) => standIn.stop()));
  };
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const [wechat, invoice, registry] = running as [RunningStandIn, RunningStandIn, RunningStandIn];
  return { urls: { wechat: wechat.url, invoice: invoice.url, registry: registry.url }, stop };
}

async function main(): Promise<void> {
  const standIns = await startStandIns({
    wechatPort: DEFAULT_STAND_IN_PORTS.wechat,
    invoicePort: DEFAULT_STAND_IN_PORTS.invoice,
    registryPort: DEFAULT_STAND_IN_PORTS.registry,
  });
  console.log(`WeChat stand-in:     ${standIns.urls.wechat}`);
  const chooser = new URLSearchParams({
    appid: demoWechatApps.officialAccount.appid,
    redirect_uri: 'http://localhost:10086/',
    response_type: 'code',
    scope: 'snsapi_userinfo',
    state: 'demo',
  });
  console.log(`  web OAuth chooser: ${standIns.urls.wechat}/connect/oauth2/authorize?${chooser}`);
  console.log(`e-invoice stand-in:  ${standIns.urls.invoice}`);
  console.log(`registry stand-in:   ${standIns.urls.registry}`);
  console.log('Recorded requests: GET <url>/__stand-in/requests. Ctrl-C stops.');
  const shutdown = () => {
    standIns.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// Run directly (tsx local/stand-ins/index.ts) rather than imported by the start script or a test.
if (/local[\\/]stand-ins[\\/]index\.ts$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
