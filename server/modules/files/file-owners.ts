// Files belong to a record (a campaign, an agency, later a workday or an inspection). Each kind of
// record says who may read its files and who may attach to it; a file is served only to those.
import type { RequestContext } from '../../http/context.js';

export interface FileOwnerRules {
  canRead(ctx: RequestContext, entityId: number): Promise<boolean>;
  canAttach(ctx: RequestContext, entityId: number): Promise<boolean>;
  /** Whether the record exists; without it, an upload could hang a file on a record that is not there. */
  exists?(ctx: RequestContext, entityId: number): Promise<boolean>;
}

const owners = new Map<string, FileOwnerRules>();

export function registerFileOwner(entity: string, rules: FileOwnerRules): void {
  owners.set(entity, rules);
}

export function fileOwner(entity: string): FileOwnerRules | undefined {
  return owners.get(entity);
}

export function fileOwnerKinds(): string[] {
  return [...owners.keys()];
}
