// The document issuer setting: stored under one key of the settings table, over the district's
// defaults (domain/issuer.ts). Every official document reads it; the office changes it, audited.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { defaultIssuer, documentSymbol, type DocumentIssuer, type IssuedType, type IssuerKind } from '../../../domain/issuer.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import type { DocumentMeta } from '../../lib/documents/index.js';

const KEY = 'document_issuer';

const line = (max: number) => z.string().trim().max(max);
const Side = z.object({
  parent: line(200), name: line(200).min(2), abbreviation: line(20),
  signerAuthority: line(100), signerTitle: line(200).min(2), signerName: line(100),
});
export const IssuerIn = z.object({ place: line(100).min(2), state: Side, party: Side }).openapi('DocumentIssuerInput');
export const IssuerOut = IssuerIn.extend({ isDefault: z.boolean() }).openapi('DocumentIssuer');

async function districtDefaults(db: Kysely<Database>): Promise<DocumentIssuer> {
  const d = await db.selectFrom('admin_units as d').leftJoin('admin_units as p', 'p.id', 'd.parent_id')
    .select(['d.name as district', 'p.name as province']).where('d.level', '=', 'district').orderBy('d.id').executeTakeFirst();
  return defaultIssuer(d?.district ?? '', d?.province ?? '');
}

export async function getIssuer(db: Kysely<Database>): Promise<DocumentIssuer & { isDefault: boolean }> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (row) return { ...(row.value as unknown as DocumentIssuer), isDefault: false };
  return { ...(await districtDefaults(db)), isDefault: true };
}

export async function saveIssuer(ctx: RequestContext, input: z.infer<typeof IssuerIn>): Promise<DocumentIssuer & { isDefault: boolean }> {
  const { isDefault: _, ...before } = await getIssuer(ctx.db);
  const value = JSON.stringify(input);
  await ctx.db.insertInto('settings').values({ key: KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  await recordAudit(ctx, { action: 'update', entity: 'document_issuer', summary: input.state.name, before, after: input });
  return { ...input, isDefault: false };
}

/**
 * The header, number symbol, place and signer of a document of `type` issued under `kind`, from
 * the setting. Callers override what a document stores for itself.
 */
export async function issuerMeta(db: Kysely<Database>, kind: IssuerKind, type: IssuedType):
  Promise<Pick<DocumentMeta, 'header' | 'issuerParent' | 'issuer' | 'symbol' | 'place'> & { signer: NonNullable<DocumentMeta['signer']> }> {
  const issuer = await getIssuer(db);
  const side = issuer[kind];
  return {
    header: kind, issuerParent: side.parent || null, issuer: side.name, symbol: documentSymbol(kind, type, side.abbreviation), place: issuer.place,
    signer: { authority: side.signerAuthority || null, title: side.signerTitle, name: side.signerName },
  };
}
