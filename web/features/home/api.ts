// GET /home: the signed-in user's cards of waiting work (server/modules/home).
import { useQuery } from '@tanstack/react-query';
import { typedApi } from '../../lib/typed-api';

export type ItemState = 'todo' | 'partial' | 'done' | 'due' | 'overdue' | 'waiting' | 'red' | 'ok';
export type CardKind = 'record' | 'nextDay' | 'confirmRegistrations' | 'register' | 'reports' | 'reviewReports' | 'myTasks' | 'lateTasks'
  | 'inspectLots' | 'acceptSegments' | 'dashboard' | 'media' | 'users';
export interface HomeItem {
  id: number | string; label: string; day?: string | null; state?: ItemState; link: string;
  people?: number; material?: { code: string; name: string };
}
export interface HomeCard { kind: CardKind; count: number; link: string; day?: string | null; status?: string; redItems?: number; items: HomeItem[] }
export interface HomeData { today: string; campaign: { id: number; name: string } | null; cards: HomeCard[] }

export const useHome = () => useQuery({ queryKey: ['home'], queryFn: () => typedApi.get('/home') as Promise<HomeData> });
