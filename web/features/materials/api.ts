// Materials and stock: the API's shapes (quantities in whole base units — kg, litres — with the
// display quantity beside: 50 kg bags, m³) and the queries the stock pages use.
import { useQuery } from '@tanstack/react-query';
import type { LotStatus, MovementKind } from '../../../domain/stock';
import { typedApi, type Schema } from '../../lib/typed-api';

export type { LotStatus, MovementKind };

export type Material = Schema<'Material'>;
export type Point = Schema<'StockPoint'>;
export type Lot = Schema<'StockLot'>;
export type Movement = Schema<'StockMovement'>;
export type Inspection = Schema<'LotInspection'>;
export type OnHand = Schema<'StockOnHand'>;
export type Equipment = Schema<'Equipment'>;

const unit = (unitId: number | null) => ({ query: { unitId: unitId ?? undefined } });
export const useStock = (unitId: number | null) => useQuery({ queryKey: ['stock', 'onhand', { unitId }], queryFn: () => typedApi.get('/stock', unit(unitId)) });
export const useLots = (unitId: number | null) => useQuery({ queryKey: ['stock', 'lots', { unitId }], queryFn: () => typedApi.get('/stock/lots', unit(unitId)) });
export const usePoints = (unitId: number | null) => useQuery({ queryKey: ['stock', 'points', { unitId }], queryFn: () => typedApi.get('/stock/points', unit(unitId)) });
export const useMaterials = () => useQuery({ queryKey: ['materials'], queryFn: () => typedApi.get('/materials') });
export const useLot = (id: number) => useQuery({ queryKey: ['stock', 'lot', id], queryFn: () => typedApi.get('/stock/lots/{id}', { path: { id } }) });

/** "300 bao 50 kg" — the display quantity in vi-VN with its unit. */
/** A material's name in the reader's language: the catalogue's codes are translated, a material the office added keeps its name. */
export function materialName(t: (key: string, o: { defaultValue: string }) => string, m: { code: string; name: string }): string {
  return t(`reports.materialName.${m.code}`, { defaultValue: m.name });
}

export function displayQuantity(n: number, unit: string): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }).format(n)} ${unit}`;
}

export const LOT_STATUS_COLOUR: Record<LotStatus, string> = { passed: 'teal', pending: 'yellow', failed: 'red' };
