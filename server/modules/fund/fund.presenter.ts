// Fund rows → API JSON: the only path to the wire. Contributors' names are hidden from those who may
// not see them unless the contributor agreed to be named.
import type { Actor } from '../../../domain/roles.js';
import { canSeeContributorNames, entryActions, entryStatus, fundActions } from './fund.policy.js';
import type { EntryRow, FundRow } from './fund.repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export interface Totals { received: number; allocated: number; unallocated: number; spent: number; pending: number }

export function presentFund(r: FundRow, actor: Actor, totals: Totals) {
  return {
    id: r.id,
    campaign: { id: r.campaign_id, name: r.campaign_name },
    name: r.name,
    approvalThreshold: r.approval_threshold,
    docIssuerParent: r.doc_issuer_parent, docIssuer: r.doc_issuer, docSignerTitle: r.doc_signer_title, docSignerName: r.doc_signer_name,
    totals,
    actions: fundActions(actor),
    version: r.version,
  };
}

export function presentEntry(e: EntryRow, actor: Actor) {
  const showName = canSeeContributorNames(actor) || e.public_name_consent;
  return {
    id: e.id,
    fundId: e.fund_id,
    kind: e.kind,
    amount: e.amount,
    date: e.entry_date,
    note: e.note,
    status: entryStatus(e),
    reversedBy: e.reversed_by ?? null,
    contribution: e.kind === 'contribution' ? {
      contributorKind: e.contributor_kind!,
      contributorName: showName ? e.contributor_name : null,
      agency: e.agency_id === null ? null : { id: e.agency_id, name: e.agency_name ?? '' },
      commune: e.contributor_kind === 'people' ? { id: e.unit_id!, name: e.unit_name ?? '' } : null,
      peopleContributionId: e.people_contribution_id,
      receiptNo: e.receipt_no!,
      collectedBy: canSeeContributorNames(actor) ? e.collected_by : null,
      publicNameConsent: e.public_name_consent,
    } : null,
    allocation: e.kind === 'allocation' ? {
      commune: { id: e.unit_id!, name: e.unit_name ?? '' }, decisionNo: e.decision_no!, decisionDate: e.decision_date!,
      signer: e.signer!, purpose: e.purpose!,
    } : null,
    expenditure: e.kind === 'expenditure' ? {
      commune: { id: e.unit_id!, name: e.unit_name ?? '' }, item: e.item!, category: e.category!, quantity: Number(e.quantity),
      unit: e.uom!, unitPrice: e.unit_price!, vendor: e.vendor!, invoiceNo: e.invoice_no!, invoiceDate: e.invoice_date!,
      needsApproval: e.needs_approval,
      decision: e.decision ? { decision: e.decision, comment: e.decision_comment ?? null, by: e.decided_by_name ?? '', at: iso(e.decided_at!) } : null,
    } : null,
    reversal: e.kind === 'reversal' ? { reversesId: e.reverses_id!, reason: e.reason! } : null,
    createdBy: { id: e.created_by, name: e.created_by_name },
    createdAt: iso(e.created_at),
    actions: entryActions(actor, e),
  };
}
export type EntryJson = ReturnType<typeof presentEntry>;
