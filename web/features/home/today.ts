// The business date as the server answers it (GET /home's `today`): the demo runs on 20/10/2021,
// so pickers ask the server rather than the phone's clock which day is due.
import { useHome } from './api';

/** Undefined until the home answer is in (it usually is: every page starts from home). */
export const useBusinessToday = (): string | undefined => useHome().data?.today;
