// Taro build configuration for the mini-program in miniapp/ (weapp and h5).
// It lives here, not in miniapp/, because the Taro 4 CLI only ever loads `<cwd>/config/index` and only
// transpiles TypeScript under that folder (@tarojs/service Config: CONFIG_DIR_NAME = 'config').
// Options: https://docs.taro.zone/docs/config-detail
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/** NutUI React Taro is drawn on a 375 px canvas; our own styles on the usual 750 px one. */
const NUTUI_DESIGN_WIDTH = 375;
const APP_DESIGN_WIDTH = 750;

/** Local-only default for the WeChat DevTools simulator (urlCheck off); real builds must set the env variable. */
const WEAPP_LOCAL_API = 'http://127.0.0.1:3000';

/** zod schemas and domain rules shared with the API: aliased as @shared and compiled like our own sources. */
const SHARED_DIR = path.resolve(__dirname, '..', 'shared');

/**
 * @tanstack/react-query ships ES2022 private fields (`#cache`); Taro's minifier quotes property names and turns
 * them into `#"e"`, a syntax error. Compiling it with our Babel lowers the private fields first.
 */
const TANSTACK_DIR = path.resolve(__dirname, '..', 'node_modules', '@tanstack');

/**
 * miniapp/src/index.html stays plain HTML (Biome parses it and rejects EJS tags), so Taro's rem script — which sets
 * the root font size every rem on h5 depends on — replaces a marker comment here instead of `<%= … %>`.
 */
const H5_TEMPLATE = path.resolve(__dirname, '..', 'miniapp', 'src', 'index.html');
const REM_SCRIPT_MARKER = /<!-- taro-rem-script:[^>]*-->/;
function h5Html(templateParameters: { [option: string]: unknown }): string {
  const html = fs.readFileSync(H5_TEMPLATE, 'utf8');
  if (!REM_SCRIPT_MARKER.test(html)) throw new Error(`${H5_TEMPLATE} lost its <!-- taro-rem-script: … --> marker`);
  const plugin = templateParameters.htmlWebpackPlugin as { options?: { script?: unknown } } | undefined;
  const script = typeof plugin?.options?.script === 'string' ? plugin.options.script : '';
  return html.replace(REM_SCRIPT_MARKER, () => `<script>${script}</script>`);
}

function designWidth(input?: number | string | { file?: string }): number {
  const file = typeof input === 'object' && input !== null ? input.file : undefined;
  return file?.replace(/\\+/g, '/').includes('/@nutui/') ? NUTUI_DESIGN_WIDTH : APP_DESIGN_WIDTH;
}

/** `TARO_APP_API_BASE_URL` from the shell; empty on h5 means "same origin" (the local server proxies /v1). */
function apiBaseUrl(platform: string | undefined): string {
  const fromShell = process.env.TARO_APP_API_BASE_URL;
  if (fromShell !== undefined) return fromShell.replace(/\/+$/, '');
  return platform === 'weapp' ? WEAPP_LOCAL_API : '';
}

export default defineConfig<'webpack5'>(async () => {
  const platform = process.env.TARO_ENV;
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'yidi-jiuyi-online',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'miniapp/src',
    outputRoot: `dist/${platform ?? 'weapp'}`,
    // Same mapping as tsconfig paths (@shared/* → shared/*).
    alias: { '@shared': SHARED_DIR },
    // Shell value wins over nothing; a value in .env / .env.<mode> (read by Taro itself) wins over this one.
    env: {
      TARO_APP_API_BASE_URL: JSON.stringify(apiBaseUrl(platform)),
      // H5 web OAuth (网页授权): WeChat's authorize page and the official account's appid. The defaults are the
      // local WeChat stand-in on its default port and the demo official account (local/seed/demo.ts).
      TARO_APP_WECHAT_OAUTH_URL: JSON.stringify(
        process.env.TARO_APP_WECHAT_OAUTH_URL ?? 'http://127.0.0.1:4010/connect/oauth2/authorize',
      ),
      TARO_APP_WECHAT_WEB_APPID: JSON.stringify(process.env.TARO_APP_WECHAT_WEB_APPID ?? 'wxdemoofficialacct'),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // Dev-mode prebundling would put all of NutUI in one 2.5 MB chunk, over WeChat's 2 MB limit.
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      compile: { include: [SHARED_DIR, TANSTACK_DIR] },
      // Pages in subpackages share components with home: their CSS order differs per chunk, which is harmless here
      // (BEM class names never compete) — the same setting as h5.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      compile: { include: [SHARED_DIR, TANSTACK_DIR] },
      // Relative, so dist/h5 works from any static server and any sub-path.
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // NutUI's CSS must go through pxtransform on h5 too (node_modules are skipped unless listed here).
      esnextModules: ['nutui-react', '@tanstack'],
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      htmlPluginOption: { templateContent: h5Html },
      devServer: { host: '127.0.0.1' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };
  return config;
});
