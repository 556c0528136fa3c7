// The periods a district report can cover within a campaign: its weeks (the Monday of each week
// whose Saturday is a campaign Saturday) and its months, and the week to open on (the last
// Saturday on or before the business date).
import { addDays } from '../../../domain/dates';
import { dueWeek } from '../../../domain/due';
import { weeksWithSaturdayIn } from '../../../domain/reporting';

export interface CampaignSpan { startDate: string; endDate: string }

export const campaignWeeks = (c: CampaignSpan): string[] => weeksWithSaturdayIn(c.startDate, c.endDate);

/** 'YYYY-MM' of every month holding a campaign Saturday, in order. */
export function campaignMonths(c: CampaignSpan): string[] {
  return [...new Set(campaignWeeks(c).map((w) => addDays(w, 5).slice(0, 7)))];
}

/** The week whose Saturday is the last one on or before `today` (the first week before the campaign starts). */
export const weekOn = (c: CampaignSpan, today: string): string | null => dueWeek(campaignWeeks(c), today);

/** The month of a week's Saturday. */
export const monthOfWeek = (week: string): string => addDays(week, 5).slice(0, 7);
