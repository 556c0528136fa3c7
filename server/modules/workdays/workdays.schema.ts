// Workday records: requests and answers. Volumes travel as m³ (up to 3 decimals) and lengths as
// metres; the database keeps litres and millimetres. Labour-days are never taken from the client:
// a `labourDays` sent along is only checked against the attendance (a mismatch is refused).
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { WEATHER } from '../../../domain/labour.js';
import { EARLIEST_PHOTO, MAX_GPS_ACCURACY_M } from '../../../domain/photo-facts.js';

export const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-18' });
const Id = z.number().int().positive();
const Count = z.number().int().min(0).max(10_000);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const threeDecimals = (v: number) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6;
const M3 = z.number().positive().max(10_000).refine(threeDecimals, { message: '≤ 3 decimals (litres)' });
const Metres = z.number().min(0).max(100_000).refine(threeDecimals, { message: '≤ 3 decimals (mm)' });
const HalfSteps = z.number().min(0).max(100_000).openapi({ description: 'Only checked: must equal what the attendance gives' });

export const AttendanceIn = z.object({
  agencyId: Id,
  fullDay: Count.openapi({ description: 'People who worked the whole day', example: 12 }),
  halfDay: Count.default(0).openapi({ description: 'People who worked half a day', example: 2 }),
  names: z.array(z.string().trim().min(1).max(120)).max(500).optional().openapi({ description: 'Names, when the agency gives them: one per person' }),
}).openapi('WorkdayAttendance');

export const PeopleIn = z.object({ fullDay: Count, halfDay: Count.default(0) }).openapi('WorkdayLocalPeople');

export const PourIn = z.object({
  segmentId: Id,
  lengthM: Metres.openapi({ description: 'Metres of road poured', example: 40 }),
  volumeM3: M3.openapi({ description: 'Concrete poured, m³', example: 18 }),
  finished: z.boolean().optional().openapi({ description: 'The segment is finished: it moves to "poured" even a little under its design volume' }),
}).openapi('WorkdayPour');

export const MaterialIssueIn = z.object({
  lotId: Id, pointId: Id,
  quantity: z.number().int().positive().max(1_000_000_000).openapi({ description: 'Base units: kg (cement) or litres (sand, stone)' }),
  segmentId: Id.nullable().optional(),
  note: optionalText(500),
}).openapi('WorkdayMaterialIssue');

export const GroupPart = z.object({
  attendance: z.array(AttendanceIn).max(50).openapi({ description: "Officials per member agency of the group" }),
  note: optionalText(2000),
  labourDays: HalfSteps.optional().openapi({ description: "The group's labour-days as counted on paper: refused if it differs from the attendance" }),
}).openapi('WorkdayGroupPart');

export const CommunePart = z.object({
  people: PeopleIn.nullable().optional(),
  pours: z.array(PourIn).max(30).optional(),
  supervisorName: optionalText(120),
  supervisorPhone: optionalText(30),
  weather: z.enum(WEATHER).nullable().optional(),
  incidents: optionalText(2000),
  note: optionalText(2000),
}).openapi('WorkdayCommunePart');

/** A moment the phone reports: not before 2000, not more than a day ahead of the server's clock (phones drift). */
const PhoneInstant = z.iso.datetime({ offset: true })
  .refine((v) => Date.parse(v) >= Date.parse(EARLIEST_PHOTO) && Date.parse(v) <= Date.now() + 86_400_000, { message: '2000 … now' });
const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);
const AccuracyM = z.number().min(0).max(MAX_GPS_ACCURACY_M).openapi({ description: 'Metres (the phone\'s 68 % radius)' });

export const PositionIn = z.object({
  latitude: Latitude, longitude: Longitude, accuracyM: AccuracyM,
  at: PhoneInstant.openapi({ description: 'When the phone took the position' }),
}).openapi('WorkdayPosition');

/**
 * What the phone read from a photo before resizing it (the resized copy has no EXIF), or its own
 * position: multipart fields, so numbers arrive as text. Used only when the file has no EXIF of its own.
 */
export const PhotoFactsIn = z.object({
  takenAt: PhoneInstant.optional(),
  lat: z.coerce.number().pipe(Latitude).optional(),
  lng: z.coerce.number().pipe(Longitude).optional(),
  accuracy: z.coerce.number().pipe(AccuracyM).optional(),
}).refine((v) => (v.lat === undefined) === (v.lng === undefined), { message: 'lat and lng go together', path: ['lng'] });

export const WorkdayCreate = z.object({
  clientId: z.uuid().openapi({ description: 'Generated on the phone; sending the same body again returns the first record', example: '3b0f3b8e-4a8d-4a55-9f1f-6f1c2f1d8a10' }),
  campaignId: Id, communeId: Id, groupId: Id, day: IsoDate,
  planEntryId: Id.nullable().optional().openapi({ description: 'The plan entry it carries out; null or absent for an unplanned day' }),
  group: GroupPart.optional().openapi({ description: "The group's part: only the group's lead (or the office)" }),
  commune: CommunePart.optional().openapi({ description: "The commune's part: only the commune (or the office)" }),
  materials: z.array(MaterialIssueIn).max(30).optional().openapi({ description: "Materials issued from the commune's stock (commune's part)" }),
  labourDays: HalfSteps.optional().openapi({ description: 'Total labour-days as counted on paper: refused if it differs from the attendance' }),
  position: PositionIn.optional().openapi({ description: "Where the phone was (navigator.geolocation), when the user allowed it" }),
  cancelReason: z.string().trim().min(1).max(1000).optional()
    .openapi({ description: "The day did not take place (rain…): recorded as cancelled with this reason (commune's part). An empty day cannot be recorded otherwise", example: 'Mưa lớn, đường trơn' }),
}).openapi('WorkdayCreate');

export const GroupPatch = GroupPart.openapi('WorkdayGroupPatch');
export const CommunePatch = CommunePart.extend({ materials: z.array(MaterialIssueIn).max(30).optional() }).openapi('WorkdayCommunePatch');
export const CancelIn = z.object({ reason: z.string().trim().min(1).max(1000).openapi({ example: 'Mưa lớn, đường trơn' }) }).openapi('WorkdayCancel');

export const Finding = z.object({ code: z.string(), severity: z.enum(['warning', 'refusal']), field: z.string(), vi: z.string(), en: z.string() }).openapi('PlausibilityFinding');

export const CheckOut = z.object({
  ok: z.boolean().openapi({ description: 'Whether the record would be saved as it is' }),
  warnings: z.array(Finding), refusals: z.array(z.object({ field: z.string(), code: z.string(), vi: z.string(), en: z.string() })),
  error: z.string().nullable().openapi({ description: 'The error code the save would answer, if any' }),
}).openapi('WorkdayCheck');

export const WorkdayQuery = z.object({
  withWarnings: z.enum(['true', 'false']).optional().openapi({ description: 'true: only records kept with plausibility warnings (for the office)' }),
  campaignId: z.coerce.number().int().positive().optional(),
  communeId: z.coerce.number().int().positive().optional(),
  groupId: z.coerce.number().int().positive().optional(),
  day: IsoDate.optional(), from: IsoDate.optional(), to: IsoDate.optional(),
});

const Named = z.object({ id: z.number(), name: z.string() });
const Photo = z.object({
  id: z.number(), side: z.string(), phase: z.enum(['before', 'after']), fileId: z.number(), url: z.string(), displayUrl: z.string().nullable(),
  takenAt: z.string().nullable().openapi({ description: 'From the EXIF data' }),
  gps: z.object({ latitude: z.number(), longitude: z.number(), accuracyM: z.number().nullable() }).nullable().openapi({ description: 'From the EXIF data, or from the phone' }),
  factsFrom: z.enum(['exif', 'phone']).openapi({ description: "Where time and position came from: the file's EXIF, or what the phone sent beside a resized copy" }),
  width: z.number().nullable(), height: z.number().nullable(),
});
const Variance = z.object({ code: z.string(), name: z.string(), unit: z.string(), issued: z.number(), norm: z.number(), variancePercent: z.number().nullable(), flag: z.enum(['ok', 'over', 'under', 'no_norm']) });

export const WorkdayOut = z.object({
  id: z.number(), clientId: z.string(), campaignId: z.number(), day: z.string(), status: z.enum(['recorded', 'cancelled']), cancelReason: z.string().nullable(),
  commune: Named, group: Named, planEntryId: z.number().nullable(), createdSide: z.string(), version: z.number(),
  position: z.object({ latitude: z.number(), longitude: z.number(), accuracyM: z.number().nullable(), at: z.string().nullable() }).nullable()
    .openapi({ description: 'Where the phone was when the workday was recorded' }),
  reported: z.boolean().openapi({ description: "The commune's weekly report of that week is submitted or approved: the record can no longer change" }),
  totals: z.object({ officials: z.number(), people: z.number(), participants: z.number(), labourDays: z.number(), lengthM: z.number(), volumeM3: z.number() })
    .openapi({ description: 'Counted as every view counts (domain/figures.ts); a cancelled day counts nothing' }),
  warnings: z.array(Finding).openapi({ description: 'Plausibility warnings kept from the last write (domain/plausibility.ts)' }),
  groupPart: z.object({
    attendance: z.array(z.object({ agency: Named, fullDay: z.number(), halfDay: z.number(), names: z.array(z.string()), labourDays: z.number() })),
    note: z.string().nullable(),
  }),
  communePart: z.object({
    people: z.object({ fullDay: z.number(), halfDay: z.number() }),
    pours: z.array(z.object({ segmentId: z.number(), roadId: z.number(), roadName: z.string(), chainage: z.string(), lengthM: z.number(), volumeM3: z.number() })),
    supervisorName: z.string().nullable(), supervisorPhone: z.string().nullable(), weather: z.enum(WEATHER).nullable(), incidents: z.string().nullable(), note: z.string().nullable(),
    materials: z.array(z.object({ movementId: z.number(), lotId: z.number(), code: z.string(), name: z.string(), quantity: z.number(), unit: z.string(), flaggedUnpassed: z.boolean() })),
    variances: z.array(Variance).openapi({ description: 'Issued against the mix norm for the volume poured; over/under beyond the tolerance are flagged' }),
  }).nullable().openapi({ description: "Null for the group's side: it sees only its own part and the totals" }),
  photos: z.array(Photo),
  actions: z.array(z.enum(['editGroup', 'editCommune', 'cancel', 'addPhoto'])),
}).openapi('Workday');

export const ActualsOut = z.object({
  day: z.string(),
  items: z.array(z.object({ groupId: z.number(), communeId: z.number(), workdayId: z.number(), status: z.string(), participants: z.number(), officials: z.number(), people: z.number(), labourDays: z.number(), volumeM3: z.number() })),
}).openapi('WorkdayActuals');

export type PhotoFactsT = z.infer<typeof PhotoFactsIn>;
export type WorkdayCreateT = z.infer<typeof WorkdayCreate>;
export type GroupPartT = z.infer<typeof GroupPart>;
export type CommunePartT = z.infer<typeof CommunePart>;
export type CommunePatchT = z.infer<typeof CommunePatch>;
export type MaterialIssueT = z.infer<typeof MaterialIssueIn>;
