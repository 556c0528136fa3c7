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
