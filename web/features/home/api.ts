// GET /home: the signed-in user's cards of waiting work (server/modules/home).
import { useQuery } from '@tanstack/react-query';
import { typedApi, type Schema } from '../../lib/typed-api';

export type HomeData = Schema<'Home'>;
export type HomeCard = HomeData['cards'][number];
export type HomeItem = HomeCard['items'][number];
export type CardKind = HomeCard['kind'];
export type ItemState = NonNullable<HomeItem['state']>;

export const useHome = () => useQuery({ queryKey: ['home'], queryFn: () => typedApi.get('/home') });
