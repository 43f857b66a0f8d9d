import type { HomeResponse } from '@shared/api/home';
import { dayInfo, defaultCalendar } from '@shared/domain/calendar/calendar';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { HOME_SERVICES } from '@shared/domain/service/catalogue';
import { servicePromise } from '@shared/domain/service/promise';
import { REGIONS } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import { httpHandler } from '../http/http';

const calendar = defaultCalendar();

/** GET /v1/home — the applicant home screen: services, each region's time-limit promise, today's calendar. */
export const handler = httpHandler(async () => {
  const today = dayInfo(calendar, todayInShanghai(new Date()));
  const body: HomeResponse = {
    services: [...HOME_SERVICES],
    promises: REGIONS.map((region) => {
      const policy = policyFor(region);
      return { region, regionName: policy.name, ...servicePromise(policy) };
    }),
    today: { date: today.date, isWorkingDay: today.working, provisional: today.provisional },
  };
  return { body, headers: { 'cache-control': 'public, max-age=300' } };
});
