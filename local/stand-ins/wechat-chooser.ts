// The page the WeChat stand-in shows at /connect/oauth2/authorize: where real WeChat would ask the logged-in user to
// consent, a newcomer picks which demo person to be. Each choice reloads the same URL with `demo_user=<code>`, which
// the stand-in answers with WeChat's own 302 to redirect_uri?code=…&state=…. Plain HTML, no scripts, large type.
import { type DemoWechatUser, demoPersons } from '../seed/demo';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;font-size:18px;max-width:34rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}.note{color:#555;font-size:.95rem}
a.user{display:block;border:2px solid #07c160;border-radius:10px;padding:.8rem 1rem;margin:.7rem 0;color:inherit;text-decoration:none}
a.user strong{font-size:1.15rem}a.user span{display:block;color:#555;font-size:.9rem;margin-top:.3rem}
input,button{font-size:1rem;padding:.5rem}button{background:#07c160;color:#fff;border:0;border-radius:6px}
.error{border:2px solid #d93025;border-radius:10px;padding:1rem}
</style></head><body>${body}</body></html>`;

/** The demo-user chooser for a web-OAuth request; `query` is the authorize request's own query string. */
export function chooserPage(query: URLSearchParams, users: readonly DemoWechatUser[]): string {
  const linkFor = (code: string) => {
    const params = new URLSearchParams(query);
    params.set('demo_user', code);
    return `?${params.toString()}`;
  };
  const entries = users
    .map((user) => {
      const person = user.person ? demoPersons[user.person] : undefined;
      const who = person ? `${person.name}` : user.nickname;
      const story = person ? person.story : '尚未实名认证的新用户：可以体验实名绑定';
      return `<a class="user" href="${escapeHtml(linkFor(user.code))}"><strong>${escapeHtml(who)}</strong>（微信昵称：${escapeHtml(user.nickname)}，code <code>${escapeHtml(user.code)}</code>）<span>${escapeHtml(story)}</span></a>`;
    })
    .join('\n');
  const hidden = [...query.entries()]
    .filter(([name]) => name !== 'demo_user')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return page(
    '微信授权（本地演示）',
    `<h1>微信网页授权 · 本地演示</h1>
<p class="note">这里代替微信的授权页面。请选择以哪位演示用户的身份登录（仅本机演示数据，均为虚构）。</p>
${entries}
<form method="get"><p class="note">或输入任意 <code>demo-</code> 开头的代码，作为一个新的微信用户登录：</p>
${hidden}<input name="demo_user" value="demo-" pattern="(demo|once)-[A-Za-z0-9_\\-]{1,40}" required> <button type="submit">登录</button></form>`,
  );
}

/** The error page WeChat shows instead of redirecting when an authorize request is wrong. */
export function oauthErrorPage(message: string): string {
  return page(
    '微信授权出错',
    `<div class="error"><h1>Oops! Something went wrong:(</h1><p>${escapeHtml(message)}</p></div>`,
  );
}
