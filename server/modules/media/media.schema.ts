// Media items and the photo library: request and response shapes.
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { MEDIA_CHANNELS, MEDIA_TYPES, PHOTO_ENTITIES, PHOTO_PHASES } from '../../../domain/media.js';
import { patchOf } from '../../http/patch-schema.js';

const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-12' });
const Id = z.number().int().positive();

const MediaFields = {
  title: z.string().trim().min(3).max(300).openapi({ example: 'Xã Tân Nam ra quân "Ngày thứ 7 vì nông thôn mới"' }),
  type: z.enum(MEDIA_TYPES).openapi({ description: 'news Tin, reportage Phóng sự, photo_set Phóng sự ảnh, video Video' }),
  channel: z.enum(MEDIA_CHANNELS).openapi({ description: 'district_portal Cổng TTĐT huyện, provincial_tv Đài PT-TH tỉnh, social_page trang mạng xã hội' }),
  publishedOn: IsoDate.openapi({ description: 'Publish date, not in the future' }),
  url: z.url({ protocol: /^https?$/ }).max(2000).openapi({ example: 'https://quangbinh.hagiang.gov.vn/tin-tuc/tan-nam-ngay-thu-7' }),
  campaignId: Id.nullish(),
  workdayIds: z.array(Id).max(100).openapi({ description: 'Workdays the item covers' }).default([]),
  roadIds: z.array(Id).max(100).openapi({ description: 'Roads the item covers' }).default([]),
  note: z.string().trim().max(2000).nullish(),
};

export const MediaItemCreate = z.object({
  ...MediaFields,
  taskInstanceId: Id.nullish().openapi({ description: "The media centre's task instance this item completes; by default the matching open one (news → weekly news, reportage → monthly reportage)" }),
}).openapi('MediaItemCreate');

export const MediaItemUpdate = patchOf(z.object(MediaFields)).openapi('MediaItemUpdate');

export const MediaItemOut = z.object({
  id: z.number(), title: z.string(), type: z.enum(MEDIA_TYPES), channel: z.enum(MEDIA_CHANNELS), publishedOn: z.string(), url: z.string(),
  campaignId: z.number().nullable(), agency: z.object({ id: z.number(), name: z.string() }).nullable(),
  workdayIds: z.array(z.number()), roadIds: z.array(z.number()), note: z.string().nullable(),
  task: z.object({
    instanceId: z.number(), directiveId: z.number(), description: z.string(), occursOn: z.string(), dueOn: z.string(), onTime: z.boolean().nullable(),
  }).nullable().openapi({ description: 'The directive task instance this item completed' }),
  createdBy: z.object({ id: z.number(), displayName: z.string() }).nullable(),
  actions: z.array(z.enum(['edit', 'attach'])),
  version: z.number(),
}).openapi('MediaItem');

export const MediaQuery = z.object({
  q: z.string().max(200).optional(),
  type: z.enum(MEDIA_TYPES).optional(),
  channel: z.enum(MEDIA_CHANNELS).optional(),
  campaignId: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional(), to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PhotoQuery = z.object({
  communeId: z.coerce.number().int().positive().optional(),
  roadId: z.coerce.number().int().positive().optional(),
  segmentId: z.coerce.number().int().positive().optional(),
  entity: z.enum(PHOTO_ENTITIES).optional(),
  from: IsoDate.optional().openapi({ description: 'Taken (or uploaded) on or after' }),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PhotoOut = z.object({
  fileId: z.number(), url: z.string(), filename: z.string(), mime: z.string(), entity: z.string(), entityId: z.number(),
  date: z.string().openapi({ description: 'takenOn, else the upload day in Vietnam' }), takenOn: z.string().nullable(),
  communeId: z.number().nullable(), communeName: z.string().nullable(), roadId: z.number().nullable(), segmentId: z.number().nullable(),
  phase: z.enum(PHOTO_PHASES).nullable(), caption: z.string().nullable(), tagged: z.boolean(),
}).openapi('Photo');

export const PhotoLibraryOut = z.object({
  items: z.array(PhotoOut),
  pairs: z.array(z.object({
    segmentId: z.number(), roadId: z.number().nullable(), communeId: z.number().nullable(),
    // A union with null, not .nullable(): the generator mangles the null of a named schema's .nullable().
    before: z.union([PhotoOut, z.null()]), after: z.union([PhotoOut, z.null()]),
  })).openapi({ description: "Before/after side by side per segment, from this page's photos tagged with a segment and a phase, in the order taken" }),
  total: z.number(),
}).openapi('PhotoLibrary');

export const PhotoTagIn = z.object({
  communeId: Id.nullish(), roadId: Id.nullish(), segmentId: Id.nullish(), takenOn: IsoDate.nullish(),
  phase: z.enum(PHOTO_PHASES).nullish().openapi({ description: 'before or after: needs segmentId' }),
  caption: z.string().trim().max(500).nullish(),
}).openapi('PhotoTags');

export type MediaItemCreateInput = z.infer<typeof MediaItemCreate>;
export type MediaItemUpdateInput = z.infer<typeof MediaItemUpdate>;
export type PhotoTagInput = z.infer<typeof PhotoTagIn>;
export type PhotoQueryInput = z.infer<typeof PhotoQuery>;
