import Taro from '@tarojs/taro';

/**
 * Every page of the app, by name, with the parameters it takes: pages call `navigate.to('binding', …)`, never a URL
 * string. A page's path is its place in app.config.ts (main package `pages/…`, subpackages `packages/<journey>/…`).
 */
export const PAGES = {
  home: { path: '/pages/home/index/index' },
  login: { path: '/packages/entry/login/index' },
  binding: { path: '/packages/entry/binding/index' },
  filings: { path: '/packages/filing/list/index' },
  newFiling: { path: '/packages/filing/new/index' },
  filing: { path: '/packages/filing/detail/index' },
  proxies: { path: '/packages/proxies/index/index' },
  addProxy: { path: '/packages/proxies/add/index' },
  messages: { path: '/packages/messages/index/index' },
  newClaim: { path: '/packages/claim/new/index' },
  claimSubmitted: { path: '/packages/claim/done/index' },
  cases: { path: '/packages/cases/list/index' },
  caseDetail: { path: '/packages/cases/detail/index' },
} as const;

/** Each page's query parameters (all strings, as Taro hands them to the page). */
export interface PageParams {
  home: Record<string, never>;
  /** `returnTo`: the page to open after login (a 401 remembers where the user was). */
  login: { returnTo?: string };
  binding: { returnTo?: string };
  /** 我的备案 (as insured person or as submitter). */
  filings: Record<string, never>;
  /** 办理备案; `personId`: file for this person (one the caller acts for), else the wizard asks for whom. */
  newFiling: { personId?: string };
  /** 备案详情: `id` is the filing's id. */
  filing: { id: string };
  /** 代办: the persons I act for, and who acts for me. */
  proxies: Record<string, never>;
  /** 添加代办: the person I will act for, with the 委托书. */
  addProxy: Record<string, never>;
  /** 消息: the inbox. */
  messages: Record<string, never>;
  /** 申请报销 (the wizard); `id`: resume this draft where it stopped (from 我的办件, another day or device). */
  newClaim: { id?: string };
  /** 已提交: the submitted case `id`, its acceptance deadline and what happens next. */
  claimSubmitted: { id: string };
  /** 我的办件 (as insured person or as submitter): drafts first, each case with its current deadline. */
  cases: Record<string, never>;
  /** 办件详情: `id` is the case's id (timeline, deadline, notice, 撤回). */
  caseDetail: { id: string };
}

export type PageName = keyof typeof PAGES;

/** The URL of a page with its parameters, as Taro's navigation APIs want it. */
export function urlOf<N extends PageName>(name: N, params?: PageParams[N]): string {
  const query = Object.entries((params ?? {}) as Record<string, string | undefined>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return query.length > 0 ? `${PAGES[name].path}?${query.join('&')}` : PAGES[name].path;
}

/** The page the user is on now, as a URL with its query (for "come back here after login"). */
export function currentPageUrl(): string | undefined {
  const pages = Taro.getCurrentPages();
  const page = pages[pages.length - 1];
  if (!page?.route) return undefined;
  const route = page.route.startsWith('/') ? page.route : `/${page.route}`;
  const options = (page.options ?? {}) as Record<string, string | undefined>;
  const query = Object.entries(options)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== '$taroTimestamp')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return query.length > 0 ? `${route}?${query.join('&')}` : route;
}

/** A stored return URL is only followed when it is one of our own pages (never an address from outside). */
export function isOwnPageUrl(url: string): boolean {
  const path = url.split('?')[0];
  return Object.values(PAGES).some((page) => page.path === path);
}

/** Typed navigation: `to` opens a page on top, `replace` swaps the current one, `restart` clears the stack. */
export const navigate = {
  to<N extends PageName>(name: N, params?: PageParams[N]) {
    return Taro.navigateTo({ url: urlOf(name, params) });
  },
  replace<N extends PageName>(name: N, params?: PageParams[N]) {
    return Taro.redirectTo({ url: urlOf(name, params) });
  },
  restart<N extends PageName>(name: N, params?: PageParams[N]) {
    return Taro.reLaunch({ url: urlOf(name, params) });
  },
  /** Opens a remembered URL of our own (after login), else home. */
  toRemembered(url: string | undefined) {
    return Taro.reLaunch({ url: url && isOwnPageUrl(url) ? url : PAGES.home.path });
  },
  back() {
    return Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : Taro.reLaunch({ url: PAGES.home.path });
  },
};
