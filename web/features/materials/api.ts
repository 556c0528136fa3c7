// Materials and stock: the API's shapes (quantities in whole base units — kg, litres — with the
// display quantity beside: 50 kg bags, m³) and the queries the stock pages use.
import { useQuery } from '@tanstack/react-query';
import type { LotStatus, MovementKind } from '../../../domain/stock';
import { api } from '../../lib/api';
import type { Items, Ref } from '../../lib/types';

export type { LotStatus, MovementKind };

export interface Material { id: number; code: string; name: string; kind: string; baseUnit: string; displayUnit: string; displayFactor: number; needsInspection: boolean }
export interface Point { id: number; commune: Ref; name: string; kind: 'store' | 'road'; road: Ref | null; note: string | null }
export interface Lot {
  id: number; commune: Ref; material: Material; source: string; supplier: string; deliveryNote: string | null; document: string | null;
  receivedOn: string; quantity: number; displayQuantity: number; status: LotStatus; fundEntryId: number | null; onHand: number;
  actions: Array<'inspect' | 'move'>;
}
export interface Movement {
  id: number; lotId: number; kind: MovementKind; from: Ref | null; to: Ref | null; quantity: number; displayQuantity: number; movedOn: string;
  segmentId: number | null; workdayId: number | null; reason: string | null; flaggedUnpassed: boolean; reversesId: number | null; reversedBy: number | null;
  createdBy: Ref; createdAt: string;
}
export interface Inspection { id: number; lotId: number; inspectedOn: string; result: 'pass' | 'fail'; checks: Array<{ name: string; passed: boolean; value?: string | null }>; notes: string | null; inspector: Ref; createdAt: string }
export interface OnHand {
  items: Array<{ point: Point; material: Material; lot: { id: number; status: LotStatus; supplier: string; receivedOn: string }; quantity: number; displayQuantity: number }>;
  totals: Array<{ point: Ref; material: { code: string; name: string; displayUnit: string }; passed: number; pending: number; failed: number; displayPassed: number; displayPending: number; displayFailed: number }>;
}
export interface Equipment { id: number; name: string; kind?: string; drumLitres?: number | null; status?: string; holder?: Ref | null; [k: string]: unknown }

export const useStock = (unitId: number | null) => useQuery({ queryKey: ['stock', 'onhand', { unitId }], queryFn: () => api.get<OnHand>('/stock', { unitId }) });
export const useLots = (unitId: number | null) => useQuery({ queryKey: ['stock', 'lots', { unitId }], queryFn: () => api.get<Items<Lot>>('/stock/lots', { unitId }) });
export const usePoints = (unitId: number | null) => useQuery({ queryKey: ['stock', 'points', { unitId }], queryFn: () => api.get<Items<Point>>('/stock/points', { unitId }) });
export const useMaterials = () => useQuery({ queryKey: ['materials'], queryFn: () => api.get<Items<Material>>('/materials') });
export const useLot = (id: number) => useQuery({
  queryKey: ['stock', 'lot', id],
  queryFn: () => api.get<{ lot: Lot; inspections: Inspection[]; movements: Movement[] }>(`/stock/lots/${id}`),
});

/** "300 bao 50 kg" — the display quantity in vi-VN with its unit. */
/** A material's name in the reader's language: the catalogue's codes are translated, a material the office added keeps its name. */
export function materialName(t: (key: string, o: { defaultValue: string }) => string, m: { code: string; name: string }): string {
  return t(`reports.materialName.${m.code}`, { defaultValue: m.name });
}

export function displayQuantity(n: number, unit: string): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }).format(n)} ${unit}`;
}

export const LOT_STATUS_COLOUR: Record<LotStatus, string> = { passed: 'teal', pending: 'yellow', failed: 'red' };
