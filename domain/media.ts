// Media items of the media centre (Trung tâm VH-TT-DL): their types and channels as data with
// Vietnamese labels, the directive task each type completes, and the photo tagging convention.

import type { LinkedRecord } from './directives.js';

export const MEDIA_TYPES = ['news', 'reportage', 'photo_set', 'video'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const MEDIA_TYPE_LABELS: Record<MediaType, { vi: string; en: string }> = {
  news: { vi: 'Tin', en: 'News' },
  reportage: { vi: 'Phóng sự', en: 'Reportage' },
  photo_set: { vi: 'Phóng sự ảnh', en: 'Photo set' },
  video: { vi: 'Video', en: 'Video' },
};

export const MEDIA_CHANNELS = ['district_portal', 'provincial_tv', 'social_page'] as const;
export type MediaChannel = (typeof MEDIA_CHANNELS)[number];

export const MEDIA_CHANNEL_LABELS: Record<MediaChannel, { vi: string; en: string }> = {
  district_portal: { vi: 'Cổng thông tin điện tử huyện', en: 'District portal' },
  provincial_tv: { vi: 'Đài Phát thanh - Truyền hình tỉnh', en: 'Provincial radio and television' },
  social_page: { vi: 'Trang mạng xã hội', en: 'Social media page' },
};

/**
 * The directive task a media item counts for: a reportage for the monthly reportage, anything else
 * (news, photo set, video) for the weekly news.
 * @example mediaLinkedRecord('reportage') === 'media_reportage'
 */
export function mediaLinkedRecord(type: MediaType): LinkedRecord {
  return type === 'reportage' ? 'media_reportage' : 'media_news';
}

/** Photo phases for before/after pairs on a segment. */
export const PHOTO_PHASES = ['before', 'after'] as const;
export type PhotoPhase = (typeof PHOTO_PHASES)[number];

/**
 * Records whose image files belong in the photo library. A file of another kind of record (an
 * agency's logo, a directive's scan) stays out even if it is an image.
 */
export const PHOTO_ENTITIES = ['workday', 'inspection', 'segment', 'acceptance', 'media_item', 'task_instance'] as const;

/**
 * Broadcast on a station (conclusion §4: "gửi phát trên Đài Phát thanh – Truyền hình tỉnh"): an item
 * is sent, then it aired or it did not (with the explanation).
 */
export const BROADCAST_STATUSES = ['sent', 'aired', 'not_aired'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

export const BROADCAST_STATUS_LABELS: Record<BroadcastStatus, { vi: string; en: string }> = {
  sent: { vi: 'Đã gửi, chờ phát', en: 'Sent, awaiting broadcast' },
  aired: { vi: 'Đã phát sóng', en: 'Aired' },
  not_aired: { vi: 'Không được phát', en: 'Not aired' },
};

/** The station the conclusion names, offered when an item is sent. */
export const PROVINCIAL_STATION = MEDIA_CHANNEL_LABELS.provincial_tv.vi;

/**
 * The task a media item completes when it is recorded. The monthly reportage is done only when a
 * reportage has aired on a station or its not airing is explained (issue 18), so recording a
 * reportage completes nothing; news, photo sets and videos complete the weekly news on recording.
 * @example taskOnRecording('news') === 'media_news'; taskOnRecording('reportage') === null
 */
export function taskOnRecording(type: MediaType): LinkedRecord | null {
  return type === 'reportage' ? null : mediaLinkedRecord(type);
}

/**
 * Whether a broadcast's outcome settles its item's task: a reportage's monthly task, once it aired
 * or its not airing is explained. A news item's task was settled when it was recorded.
 */
export function broadcastSettlesTask(type: MediaType, status: BroadcastStatus): boolean {
  return type === 'reportage' && status !== 'sent';
}
