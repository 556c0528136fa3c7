// What an audit entry says, in both languages. The server stores a code and its parameters with
// each entry (and, for readers that take plain text, the Vietnamese rendering), so the audit page
// shows the same entry in the reader's language. A parameter written "{name:vocab}" is itself a code
// (a status, a kind) and is shown through the vocabulary's label; "{name}" is shown as it is (names,
// dates, numbers, what a person typed).

import { REGIONS } from './criterion2.js';

export type Lang = 'vi' | 'en';
type Labels = Record<string, { vi: string; en: string }>;

const VOCABULARIES: Record<string, Labels> = {
  region: Object.fromEntries(REGIONS.map((r) => [r.code, { vi: r.vi, en: r.en }])),
  reportStatus: {
    draft: { vi: 'Nháp', en: 'Draft' }, submitted: { vi: 'Đã gửi', en: 'Submitted' },
    returned: { vi: 'Trả lại', en: 'Returned' }, approved: { vi: 'Đã duyệt', en: 'Approved' },
  },
  segmentStatus: {
    planned: { vi: 'Kế hoạch', en: 'Planned' }, ready: { vi: 'Sẵn sàng', en: 'Ready' }, in_progress: { vi: 'Đang thi công', en: 'In progress' },
    poured: { vi: 'Đã đổ bê tông', en: 'Poured' }, accepted: { vi: 'Đã nghiệm thu', en: 'Accepted' }, rejected: { vi: 'Không đạt', en: 'Rejected' },
  },
  registrationStatus: {
    submitted: { vi: 'Chờ xác nhận', en: 'Waiting' }, confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' }, amended: { vi: 'Đã điều chỉnh', en: 'Amended' },
    declined: { vi: 'Từ chối', en: 'Declined' }, withdrawn: { vi: 'Đã rút', en: 'Withdrawn' }, cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  },
  lotResult: { pass: { vi: 'Đạt', en: 'Passed' }, fail: { vi: 'Không đạt', en: 'Failed' } },
  movementKind: {
    receipt: { vi: 'Nhập', en: 'Receipt' }, transfer: { vi: 'Chuyển', en: 'Transfer' }, issue: { vi: 'Xuất', en: 'Issue' },
    adjustment: { vi: 'Điều chỉnh', en: 'Adjustment' }, return: { vi: 'Trả lại', en: 'Return' }, reversal: { vi: 'Đảo', en: 'Reversal' },
  },
  fundEntryKind: {
    contribution: { vi: 'Khoản đóng góp', en: 'Contribution' }, allocation: { vi: 'Khoản cấp', en: 'Allocation' },
    expenditure: { vi: 'Khoản chi', en: 'Expenditure' }, reversal: { vi: 'Bút toán đảo', en: 'Reversal' },
  },
  photoPhase: { before: { vi: 'Ảnh trước', en: 'Photo before' }, after: { vi: 'Ảnh sau', en: 'Photo after' } },
  districtKind: { week: { vi: 'Báo cáo tuần', en: 'Weekly report' }, month: { vi: 'Báo cáo tháng', en: 'Monthly report' } },
  peopleKind: {
    cash: { vi: 'Tiền', en: 'Cash' }, in_kind: { vi: 'Hiện vật', en: 'In kind' }, labour: { vi: 'Ngày công', en: 'Labour' }, land: { vi: 'Hiến đất', en: 'Land' },
  },
  solverStatus: {
    optimal: { vi: 'tối ưu', en: 'optimal' }, time_limit: { vi: 'hết thời gian', en: 'time limit reached' }, infeasible: { vi: 'không có lời giải', en: 'infeasible' },
    error: { vi: 'lỗi', en: 'error' }, not_started: { vi: 'chưa giải', en: 'not solved' },
  },
  constraintKind: { pin: { vi: 'Ghim', en: 'Pin' }, forbid: { vi: 'Cấm', en: 'Forbid' } },
  record: {
    weekly_plan: { vi: 'Kế hoạch tuần', en: 'Weekly plan' }, weekly_report: { vi: 'Báo cáo tuần', en: 'Weekly report' },
    media_item: { vi: 'Tin bài', en: 'Media item' }, workday: { vi: 'Buổi ra quân', en: 'Workday' }, inspection: { vi: 'Kiểm tra', en: 'Inspection' },
    acceptance: { vi: 'Nghiệm thu', en: 'Acceptance' }, fund_entry: { vi: 'Bút toán quỹ', en: 'Fund entry' }, document: { vi: 'Văn bản', en: 'Document' },
  },
};

/** The sentences, by code. */
const TEMPLATES = {
  'campaign.settings': { vi: 'Chiến dịch #{campaign}', en: 'Campaign #{campaign}' },
  'registration.created': { vi: '{group} · {day} · {headcount} người', en: '{group} · {day} · {headcount} people' },
  'registration.decided': { vi: '{group} · {day} · {status:registrationStatus}{comment}', en: '{group} · {day} · {status:registrationStatus}{comment}' },
  'plan.published': { vi: '{day} · bản {version}', en: '{day} · version {version}' },
  'plan.publishedRed': { vi: '{day} · bản {version} · {red} mục đỏ: {reason}', en: '{day} · version {version} · {red} red items: {reason}' },
  'plan.entry': { vi: '{day} · mục {entry}{reason}', en: '{day} · entry {entry}{reason}' },
  'plan.proposed': { vi: '{day} · đề xuất {count} mục', en: '{day} · {count} entries proposed' },
  'road.assigned': { vi: '{group} ← {road} ({count} đoạn)', en: '{group} ← {road} ({count} segments)' },
  'road.unassigned': { vi: '{count} đoạn', en: '{count} segments' },
  'road.settings': { vi: 'Cài đặt đường giao thông', en: 'Road settings' },
  'road.geometry': { vi: '{road} (nguồn: {source})', en: '{road} (source: {source})' },
  'segment.transition': { vi: '{road}: {range} {from:segmentStatus} → {to:segmentStatus}', en: '{road}: {range} {from:segmentStatus} → {to:segmentStatus}' },
  'segment.decided': { vi: 'Đoạn #{segment}', en: 'Segment #{segment}' },
  'stock.moved': { vi: 'Lô #{lot}: {quantity}', en: 'Lot #{lot}: {quantity}' },
  'stock.reversed': { vi: '{kind:movementKind} #{id}: {reason}', en: '{kind:movementKind} #{id}: {reason}' },
  'lot.inspected': { vi: '{result:lotResult}{notes}', en: '{result:lotResult}{notes}' },
  'fund.peopleGift': { vi: 'Nhân dân xã {commune} ủng hộ: {donor} · biên lai {receipt} · {amount}', en: 'Gift from the people of {commune}: {donor} · receipt {receipt} · {amount}' },
  'fund.reversed': { vi: '{kind:fundEntryKind} #{id}: {reason}', en: '{kind:fundEntryKind} #{id}: {reason}' },
  'workday.photo': { vi: '{phase:photoPhase}: {file}', en: '{phase:photoPhase}: {file}' },
  'photo.tagged': { vi: '{entity:record} #{id}', en: '{entity:record} #{id}' },
  'tasks.generated': { vi: 'Tạo {created} lần thực hiện, {overdue} lần mới quá hạn (ngày {today})', en: '{created} task instances created, {overdue} newly overdue ({today})' },
  'task.linked': { vi: '{directive} · {item} · {label} · {due} ← {type:record} #{id}', en: '{directive} · {item} · {label} · {due} ← {type:record} #{id}' },
  'criterion.threshold': { vi: 'Vùng {region:region}, chỉ tiêu {indicator}: {percent} %', en: 'Region {region:region}, indicator {indicator}: {percent} %' },
  'criterion.region': { vi: '{commune}: {region:region}', en: '{commune}: {region:region}' },
  'criterion.regionDefault': { vi: '{commune}: vùng mặc định', en: '{commune}: default region' },
  'notification.retried': { vi: 'Gửi lại thông báo {delivery} ({channel}) cho {user}', en: 'Notification {delivery} sent again ({channel}) to {user}' },
  'notification.test': { vi: 'Gửi thông báo thử', en: 'Test notification sent' },
  'notification.preferences': { vi: 'Kênh thông báo: e-mail bật {email}/{total} loại, webhook bật {webhook}/{total} loại',
    en: 'Notification channels: e-mail on for {email} of {total} kinds, webhook on for {webhook} of {total}' },
  'district.meta': { vi: '{kind:districtKind} {start}', en: '{kind:districtKind} {start}' },
  'report.transition': { vi: '{commune} · {week}: {from:reportStatus} → {to:reportStatus}', en: '{commune} · {week}: {from:reportStatus} → {to:reportStatus}' },
  'season.solved': { vi: 'Phương pháp {method} · {count} mục · {status:solverStatus}', en: 'Method {method} · {count} entries · {status:solverStatus}' },
  'season.constraint': { vi: '{kind:constraintKind} {day} · nhóm #{group}{road}', en: '{kind:constraintKind} {day} · group #{group}{road}' },
  'directive.recipients': { vi: '{number}: {count} nơi nhận', en: '{number}: {count} recipients' },
  'people.contribution': { vi: '{kind:peopleKind}: {donor}', en: '{kind:peopleKind}: {donor}' },
  'guidance.published': { vi: '{doc} bản {version}', en: '{doc} version {version}' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type AuditTextCode = keyof typeof TEMPLATES;
export type AuditParams = Record<string, string | number | null | undefined>;
export interface AuditText { code: AuditTextCode; params: AuditParams }

/** Builds the stored form, with type-checked codes. */
export const auditText = (code: AuditTextCode, params: AuditParams = {}): AuditText => ({ code, params });

/** " · x" for an optional trailing part, "" when absent. */
export const tail = (v: string | null | undefined, sep = ' · ') => (v ? `${sep}${v}` : '');

/**
 * The sentence in a language; a code the catalogue no longer knows gives null (the caller then shows
 * the stored Vietnamese text).
 * @example renderAuditText({ code: 'report.transition', params: { commune: 'Xã A', week: 'Tuần 1', from: 'submitted', to: 'approved' } }, 'en')
 *   // 'Xã A · Tuần 1: Submitted → Approved'
 */
export function renderAuditText(text: { code: string; params?: AuditParams | null }, lang: Lang): string | null {
  const template = (TEMPLATES as Record<string, { vi: string; en: string }>)[text.code];
  if (!template) return null;
  return template[lang].replace(/\{(\w+)(?::(\w+))?\}/g, (_, name: string, vocab?: string) => {
    const v = text.params?.[name];
    if (v === null || v === undefined) return '';
    return vocab ? (VOCABULARIES[vocab]?.[String(v)]?.[lang] ?? String(v)) : String(v);
  });
}
