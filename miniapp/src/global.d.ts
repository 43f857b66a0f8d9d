/// <reference types="@tarojs/taro" />

// Style imports are side effects only (global class names, no CSS modules).
declare module '*.scss';
declare module '*.css';

declare module '*.png' {
  const src: string;
  export default src;
}
declare module '*.svg' {
  const src: string;
  export default src;
}

declare namespace NodeJS {
  interface ProcessEnv {
    /** The Taro build target, replaced at build time. */
    TARO_ENV?: 'weapp' | 'h5';
    /** API origin without a trailing slash, replaced at build time; empty = same origin (h5 behind the local server). */
    TARO_APP_API_BASE_URL?: string;
    /** WeChat's web OAuth authorize URL (H5 login), replaced at build time. */
    TARO_APP_WECHAT_OAUTH_URL?: string;
    /** The official account's appid for web OAuth, replaced at build time. */
    TARO_APP_WECHAT_WEB_APPID?: string;
  }
}
