import { join } from 'node:path';
import { FilingResponseSchema } from '@shared/api/filings';
import { MessageListResponseSchema } from '@shared/api/messages';
import { ProxyPersonSchema } from '@shared/api/proxies';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { idCheckCharacter, idNumberProblem } from '@shared/domain/validation/identity';
import { maskName } from '@shared/domain/validation/mask';
import type { Page } from 'playwright-core';
import type { DemoPerson } from '../../local/seed/demo';
import { usePhonePagePair } from '../support/browser';
import { BROWSER_PERSONS } from '../support/browser-persons';
import { signaturePng } from '../support/files';
import {
  button,
  drawSignature,
  h5Url,
  type Mode,
  pageChecks,
  routeWechatStandIn,
  SHOTS,
  shownText,
  signInAs,
  textbox,
  tokenOf,
  visible,
} from '../support/phone-app';
import { testStack } from '../support/stack';

/** The same ID number with a check character that is not its own. */
function withWrongCheckDigit(idNumber: string): string {
  const right = idCheckCharacter(idNumber.slice(0, 17));
  return idNumber.slice(0, 17) + (right === '1' ? '2' : '1');
}

/** The principal's inbox through the API (the notices are written by the filing's transaction and its outbox). */
async function inboxOf(page: Page) {
  const token = await tokenOf(page);
  const response = await fetch(`${testStack().urls.api}/v1/messages`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return MessageListResponseSchema.parse(await response.json());
}

describe('Proxies and messages — a proxy added with a drawn 委托书 files for the principal, who is told (H5 build)', () => {
  const pages = usePhonePagePair(routeWechatStandIn);

  /**
   * The agent adds the principal with a 委托书 signed on screen, then files for her (a household-register filing:
   * Shanxi approves at once); the principal sees the unread count on home, both notices in the inbox, the filing
   * with herself as insured person and the proxy as submitter, and the agent under 谁在替我办理.
   */
  async function proxyWalk(principal: DemoPerson, agent: DemoPerson, mode: Mode) {
    const [principalPage, agentPage] = pages();
    const agentChecks = pageChecks(agentPage, 'proxies-agent', mode);
    const principalChecks = pageChecks(principalPage, 'proxies-principal', mode);
    const principalMasked = maskName(principal.name);
    const agentMasked = maskName(agent.name);

    // The principal binds first, on her own phone; then the agent on his.
    // Only the page in front renders its transitions (headless Chromium throttles the other): bring each forward.
    await principalPage.bringToFront();
    await signInAs(principalPage, principal, mode);
    await agentPage.bringToFront();
    await signInAs(agentPage, agent, mode);
    await agentChecks.step('1-home');

    // 代办 from home: both lists, empty, and what a proxy may do in plain words.
    await agentPage.getByTestId('home-proxies').filter({ visible: true }).click();
    await agentPage.getByTestId('proxy-overview').filter({ visible: true }).waitFor();
    await visible(agentPage, '我替谁办理').waitFor();
    await visible(agentPage, '谁在替我办理').waitFor();
    expect(await shownText(agentPage, 'proxy-overview')).toContain('可以替参保人办理异地就医备案和医疗费用报销');
    await agentChecks.step('2-proxies-empty');
    await button(agentPage, '添加我要代办的人').click();

    // One thing per screen: name, ID number (a wrong check digit refused in the form), relationship, phone.
    await agentPage.getByTestId('add-proxy').filter({ visible: true }).waitFor();
    await visible(agentPage, '您要替谁办理？').waitFor();
    await textbox(agentPage, '请输入参保人姓名').fill(principal.name);
    await agentChecks.step('3-name');
    await button(agentPage, '下一步').click();

    await visible(agentPage, '参保人的身份证号码').waitFor();
    let proxyPosts = 0;
    agentPage.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/v1/proxies') proxyPosts += 1;
    });
    const idBox = textbox(agentPage, '请输入18位身份证号码');
    const wrong = withWrongCheckDigit(principal.idNumber);
    await idBox.fill(wrong);
    await button(agentPage, '下一步').click();
    await visible(agentPage, idNumberProblem(wrong, todayInShanghai(new Date())) ?? '?').waitFor();
    await agentChecks.step('4-id-refused');
    await idBox.fill(principal.idNumber);
    await button(agentPage, '下一步').click();

    await visible(agentPage, '您是参保人的什么人？').waitFor();
    await agentPage.getByTestId('proxy-relationship-CHILD').filter({ visible: true }).click();
    expect(
      await agentPage.getByTestId('proxy-relationship-CHILD').filter({ visible: true }).getAttribute('aria-checked'),
    ).toBe('true');
    await agentChecks.step('5-relationship');
    await button(agentPage, '下一步').click();

    await visible(agentPage, '参保人的手机号码').waitFor();
    await textbox(agentPage, '请输入11位手机号码').fill(principal.phone ?? '13903510110');
    await agentChecks.step('6-phone');
    await button(agentPage, '下一步').click();

    // The 委托书: signed on screen now.
    await visible(agentPage, '委托书怎样提供？').waitFor();
    await agentChecks.step('7-how');
    await agentPage.getByTestId('proxy-way-sign').filter({ visible: true }).click();

    // The letter as it will be signed (the server's preview), naming both and what the proxy may do.
    const letter = agentPage.getByTestId('proxy-letter').filter({ visible: true });
    await letter.waitFor();
    const blanks = agentPage.getByTestId('proxy-letter-blanks').filter({ visible: true });
    if ((await blanks.count()) > 0) {
      // A blank only the agent can fill (his own phone): asked above the letter.
      await textbox(agentPage, '请输入受托人联系电话').fill(agent.phone ?? '13903510111');
      await button(agentPage, '填好了').click();
      await blanks.waitFor({ state: 'detached' });
    }
    const letterText = (await letter.textContent()) ?? '';
    expect(letterText).toContain('委托事项');
    expect(letterText).toContain(principal.name);
    expect(letterText).toContain(agent.name);
    expect(letterText).toContain('异地就医备案');
    await agentChecks.step('8-letter');

    // Not ticked as read, not signed: said beside the button, nothing sent.
    await button(agentPage, '确认签名，添加代办').click();
    await visible(agentPage, '请委托人读完委托书后，勾选“我已读完委托书，同意委托”').waitFor();
    await agentPage.getByTestId('proxy-letter-read').filter({ visible: true }).click();
    await drawSignature(agentPage, 'proxy-signature');
    await agentChecks.step('9-signed');
    const signed = agentPage.waitForResponse(
      (r) => new URL(r.url()).pathname === '/v1/signatures' && r.request().method() === 'POST',
    );
    const added = agentPage.waitForResponse(
      (r) => new URL(r.url()).pathname === '/v1/proxies' && r.request().method() === 'POST',
    );
    await button(agentPage, '确认签名，添加代办').click();
    expect((await signed).status()).toBe(201);
    const addedAnswer = await added;
    expect(addedAnswer.status()).toBe(201);
    const person = ProxyPersonSchema.parse(await addedAnswer.json());
    expect(person.nameMasked).toBe(principalMasked);
    expect(person.powerOfAttorney.kind).toBe('SIGNATURE');
    expect(proxyPosts).toBe(1);

    await agentPage.getByTestId('proxy-added').filter({ visible: true }).waitFor();
    expect(await shownText(agentPage, 'proxy-added')).toContain(`您现在可以为${principalMasked}办理备案和报销`);
    await agentChecks.step('10-added');

    // The agent files for her: the filing pages with her personId (为谁 already chosen), a household-register page.
    await button(agentPage, `为${principalMasked}办理备案`).click();
    await agentPage.waitForURL(/#\/packages\/filing\/new\/index/);
    await agentPage.getByTestId('filing-step-type').filter({ visible: true }).waitFor();
    await agentPage.getByTestId('filing-type-RETIREE_RESETTLED').filter({ visible: true }).click();
    await agentPage.getByTestId('filing-step-destination').filter({ visible: true }).waitFor();
    await agentPage.getByTestId('destination-460000').filter({ visible: true }).click();
    await agentPage.getByTestId('filing-step-date').filter({ visible: true }).waitFor();
    await button(agentPage, '暂不填写，下一步').click();
    await agentPage.getByTestId('filing-step-basis').filter({ visible: true }).waitFor();
    await agentPage.getByTestId('filing-basis-PROOF').filter({ visible: true }).click();
    await agentPage.getByTestId('filing-step-proof').filter({ visible: true }).waitFor();
    const chooser = agentPage.waitForEvent('filechooser');
    await agentPage.getByTestId('proof-HOUSEHOLD_REGISTER-choose').filter({ visible: true }).click();
    await (await chooser).setFiles({ name: '户口簿.png', mimeType: 'image/png', buffer: signaturePng(480, 640) });
    await agentPage
      .locator('[data-testid="proof-HOUSEHOLD_REGISTER-page-1"][data-status="done"]')
      .filter({ visible: true })
      .waitFor({ timeout: 20_000 });
    await button(agentPage, '已上传1页，下一步').click();
    await agentPage.getByTestId('filing-step-confirm').filter({ visible: true }).waitFor();
    await agentChecks.step('11-filing-confirm');
    const filed = agentPage.waitForResponse(
      (r) => new URL(r.url()).pathname === '/v1/filings' && r.request().method() === 'POST',
    );
    await button(agentPage, '确认提交').click();
    const filedAnswer = await filed;
    expect(filedAnswer.status()).toBe(201);
    const filing = FilingResponseSchema.parse(await filedAnswer.json()).filing;
    expect(filing.insuredPerson.personId).toBe(person.personId);
    await agentPage.getByTestId('filing-result').filter({ visible: true }).waitFor();
    await agentChecks.step('12-filing-result');

    // The principal: home shows the unread count (the acted-for notice and the filing's own), in words.
    let unread = 0;
    for (let i = 0; i < 30 && unread < 2; i += 1) {
      unread = (await inboxOf(principalPage)).unreadCount;
      if (unread < 2) await principalPage.waitForTimeout(500);
    }
    expect(unread).toBe(2);
    await principalPage.bringToFront();
    await principalPage.goto(h5Url());
    const badge = principalPage.getByTestId('service-tile-messages-unread').filter({ visible: true });
    await badge.waitFor();
    expect(await badge.textContent()).toBe('2条未读');
    // Screen readers hear it too: the tile is one button whose name says the count.
    await principalPage
      .getByRole('button', { name: /消息.*2条未读/ })
      .filter({ visible: true })
      .waitFor();
    await principalChecks.step('1-home-unread');

    // The inbox: both notices, newest first, unread marked in words.
    await principalPage.getByTestId('service-tile-messages').filter({ visible: true }).click();
    await principalPage.getByTestId('inbox').filter({ visible: true }).waitFor();
    const inbox = await inboxOf(principalPage);
    const actedFor = inbox.messages.find((m) => m.title === '代办人为您提交了异地就医备案');
    const result = inbox.messages.find((m) => m.title === '异地就医备案已通过');
    expect(actedFor?.subject).toEqual({ type: 'FILING', id: filing.filingId });
    expect(result?.subject).toEqual({ type: 'FILING', id: filing.filingId });
    expect(actedFor?.body).toContain(agentMasked);
    const inboxText = await shownText(principalPage, 'inbox');
    expect(inboxText).toContain('您有2条未读消息');
    expect(inboxText).toContain('代办人为您提交了异地就医备案');
    expect(inboxText).toContain('异地就医备案已通过');
    expect(await shownText(principalPage, `message-${actedFor?.messageId}`)).toContain('未读');
    await principalChecks.step('2-inbox');

    // Tapping the acted-for notice marks it read and opens the filing: her as insured person, the proxy's filing.
    const read = principalPage.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/read'));
    await principalPage.getByTestId(`message-${actedFor?.messageId}`).filter({ visible: true }).click();
    expect((await read).status()).toBe(200);
    await principalPage.waitForURL(/#\/packages\/filing\/detail\/index/);
    await principalPage.getByTestId('filing-detail').filter({ visible: true }).waitFor();
    // Both the insured person and the submitter, by name.
    await principalPage
      .getByTestId('filing-detail')
      .filter({ visible: true, hasText: `代办人${agentMasked}为我办理` })
      .waitFor();
    expect(await shownText(principalPage, 'filing-detail')).toContain(principalMasked);
    await principalChecks.step('3-filing-detail');
    expect((await inboxOf(principalPage)).unreadCount).toBe(1);

    // Her 代办 page lists the agent under 谁在替我办理, revocable.
    await principalPage.goto(`${h5Url()}#/packages/proxies/index/index`);
    const mine = principalPage.getByTestId('proxies-acting-for-me').filter({ visible: true });
    await mine.waitFor();
    await principalPage.getByTestId('acting-for-me').filter({ visible: true }).waitFor();
    const mineText = (await mine.textContent()) ?? '';
    expect(mineText).toContain(agentMasked);
    expect(mineText).toContain('子女');
    expect(mineText).toContain('撤销代办');
    await principalChecks.step('4-proxies');
    await button(principalPage, '撤销代办').click();
    await principalPage.locator('[role="alertdialog"]').filter({ visible: true }).waitFor();
    await visible(principalPage, '确定撤销').waitFor();
    await principalChecks.step('5-revoke-confirm');
    await button(principalPage, '不撤销').click();

    // The agent's own 代办 page lists her under 我替谁办理.
    await agentPage.bringToFront();
    await agentPage.goto(`${h5Url()}#/packages/proxies/index/index`);
    const acting = agentPage.getByTestId(`acting-for-${person.personId}`).filter({ visible: true });
    await acting.waitFor();
    expect(await acting.textContent()).toContain(principalMasked);
    await agentChecks.step('13-proxies-listed');

    expect([...agentChecks.problems(), ...principalChecks.problems()]).toEqual([]);
  }

  /** The walk, with both phones' screens saved when it fails (a CI artefact to see where it stopped). */
  async function walkOrShow(principal: DemoPerson, agent: DemoPerson, mode: Mode) {
    try {
      await proxyWalk(principal, agent, mode);
    } catch (error) {
      for (const [i, page] of pages().entries()) {
        await page.screenshot({ path: join(SHOTS, `proxies-${mode}-failed-${i ? 'agent' : 'principal'}.png`) });
      }
      throw error;
    }
  }

  it('adds a proxy with a 委托书 drawn on screen, files for the principal, and she is told (normal mode)', async () => {
    await walkOrShow(BROWSER_PERSONS.principal, BROWSER_PERSONS.agent, 'normal');
  }, 300_000);

  it('walks the same in elder mode (长辈模式): text ≥ 18 px, targets ≥ 44 × 44 px, axe-clean', async () => {
    await walkOrShow(BROWSER_PERSONS.principalElder, BROWSER_PERSONS.agentElder, 'elder');
  }, 300_000);
});
