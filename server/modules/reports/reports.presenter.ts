// Weekly report rows → API JSON: live figures while the commune edits, the frozen ones after
// submission; the groups still to rate; timeliness against the deadline; the actions open to the
// reader (from the workflow table, never the web app's own copy).
import type { Kysely } from 'kysely';
import { RATING_LABELS, reportDeadline, reportPeriod, timeliness, weekLabel, weekLabelEn, type Rating } from '../../../domain/reporting.js';
import type { Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import { businessNow, businessToday } from './clock.js';
import { communeFigures } from './figures.js';
import { actionsOn } from './reports.policy.js';
import { getSettings, historyOf, ratingsOf, type ReportRow } from './reports.repository.js';
import type { FiguresT } from './reports.schema.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export async function presentReport(db: Kysely<Database>, actor: Actor, r: ReportRow) {
  const s = await getSettings(db, r.campaign_id);
  const frozen = r.figures !== null && r.figures !== undefined;
  const figures = frozen ? (r.figures as FiguresT) : await communeFigures(db, r.campaign_id, r.commune_id, reportPeriod(r.week_start, s.calendar));
  const ratings = await ratingsOf(db, [r.id]);
  const history = await historyOf(db, r.id);
  return {
    id: r.id, campaignId: r.campaign_id, commune: { id: r.commune_id, name: r.commune_name }, weekStart: r.week_start,
    week: { vi: weekLabel(r.week_start), en: weekLabelEn(r.week_start) }, status: r.status,
    deadline: reportDeadline(r.week_start, s.calendar).toISOString(),
    timeliness: timeliness(r.week_start, r.first_submitted_at ? new Date(r.first_submitted_at) : null, await businessNow(db), s.calendar, await businessToday(db)),
    narrative: r.narrative, difficulties: r.difficulties, proposals: r.proposals, figures, figuresFrozen: frozen,
    ratings: ratings.map((x) => ({ groupId: x.group_id, groupName: x.group_name, responsibility: x.responsibility as Rating, effectiveness: x.effectiveness as Rating,
      comment: x.comment, labels: { responsibility: RATING_LABELS[x.responsibility as Rating].vi, effectiveness: RATING_LABELS[x.effectiveness as Rating].vi } })),
    groupsToRate: figures.groups.map((g) => ({ id: g.groupId, name: g.name })),
    missingAttendanceDeclared: r.missing_attendance ?? [],
    reviewComment: r.review_comment, submittedAt: iso(r.submitted_at), firstSubmittedAt: iso(r.first_submitted_at), decidedAt: iso(r.decided_at),
    history: history.map((h) => ({ at: iso(h.at)!, userName: h.display_name, action: h.action, from: h.from_status, to: h.to_status, comment: h.comment })),
    version: r.version,
    actions: actionsOn(actor, r.commune_id, r.status),
  };
}
