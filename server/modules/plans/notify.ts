// Notifications of plans and registrations, written in the caller's transaction: a published,
// changed or cancelled plan tells the group leads, agencies and communes concerned; a decided
// registration tells the group's lead agency.
import { formatDate } from '../../../domain/format.js';
import type { RequestContext } from '../../http/context.js';
import { enqueueNotification } from '../notifications/index.js';

export interface PlanNotice { id: number; day: string; campaign_name: string; version_no: number }

function concerned(ctx: RequestContext, groupIds: number[], communeIds: number[]) {
  return { groupIds: [...new Set(groupIds)], unitIds: [...new Set(communeIds)], excludeUserIds: ctx.actor ? [ctx.actor.userId] : [] };
}

export async function notifyPlanPublished(ctx: RequestContext, plan: PlanNotice, groupIds: number[], communeIds: number[]) {
  const day = formatDate(plan.day);
  await enqueueNotification(ctx, {
    event: 'plan.published', recipients: concerned(ctx, groupIds, communeIds),
    title: { vi: `Kế hoạch ngày ra quân ${day} đã công bố`, en: `The plan for ${day} is published` },
    body: {
      vi: `Văn phòng điều phối đã công bố kế hoạch ngày ${day} (${plan.campaign_name}). Đồng chí xem nơi làm việc, giờ tập trung, người giám sát và các mục chuẩn bị của đơn vị mình.`,
      en: `The coordination office published the plan for ${day} (${plan.campaign_name}). Check where your unit works, when to meet, the supervisor and what to prepare.`,
    },
    link: `/plans/${plan.id}`, entity: { type: 'plan', id: plan.id }, dedupeKey: `plan.published:${plan.id}:${plan.version_no}`,
  });
}

export async function notifyPlanChanged(ctx: RequestContext, plan: PlanNotice, reason: string, groupIds: number[], communeIds: number[], cancelled = false) {
  const day = formatDate(plan.day);
  await enqueueNotification(ctx, {
    event: 'plan.changed', recipients: concerned(ctx, groupIds, communeIds),
    title: cancelled ? { vi: `Hủy ngày ra quân ${day}`, en: `Campaign day ${day} cancelled` }
      : { vi: `Kế hoạch ngày ${day} thay đổi (lần ${plan.version_no})`, en: `The plan for ${day} changed (version ${plan.version_no})` },
    body: cancelled
      ? { vi: `Ngày ra quân ${day} bị hủy. Lý do: ${reason}. Các nhóm được chuyển sang ngày ra quân tiếp theo (dự thảo).`,
          en: `Campaign day ${day} is cancelled. Reason: ${reason}. The groups move to the next campaign day (draft).` }
      : { vi: `Kế hoạch ngày ${day} đã được điều chỉnh. Lý do: ${reason}.`, en: `The plan for ${day} was changed. Reason: ${reason}.` },
    link: `/plans/${plan.id}`, entity: { type: 'plan', id: plan.id }, dedupeKey: `plan.changed:${plan.id}:${plan.version_no}`,
  });
}

export type Decision = 'confirmed' | 'amended' | 'declined';

export async function notifyRegistrationDecided(ctx: RequestContext, r: { id: number; group_id: number; group_name: string; day: string; commune_name: string; version: number }, decision: Decision, comment: string | null) {
  const day = formatDate(r.day);
  const vi = { confirmed: 'xác nhận', amended: 'điều chỉnh', declined: 'từ chối' }[decision];
  const en = { confirmed: 'confirmed', amended: 'amended', declined: 'declined' }[decision];
  const note = comment?.trim() ? ` Ý kiến của xã: ${comment.trim()}` : '';
  const noteEn = comment?.trim() ? ` The commune says: ${comment.trim()}` : '';
  await enqueueNotification(ctx, {
    event: `registration.${decision}`, recipients: { groupIds: [r.group_id], onlyRoles: ['group_lead'] },
    title: { vi: `Xã ${r.commune_name} đã ${vi} đăng ký ngày ${day} của ${r.group_name}`, en: `${r.commune_name} ${en} the registration of ${r.group_name} for ${day}` },
    body: { vi: `Đăng ký ngày ra quân ${day} tại xã ${r.commune_name} của ${r.group_name} đã được ${vi}.${note}`, en: `The registration of ${r.group_name} for ${day} at ${r.commune_name} was ${en}.${noteEn}` },
    link: `/registrations/${r.id}`, entity: { type: 'registration', id: r.id }, dedupeKey: `registration.${decision}:${r.id}:${r.version}`,
  });
}
