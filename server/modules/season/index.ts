// The season plan (lộ trình, issue 17): the labour estimate, the plan solved over the remaining
// Saturdays, pins and bans, the route schedule and its export. Registers itself as the source of the
// weekly "Đề xuất kế hoạch", so the next Saturday's proposal comes from the season plan.
import { registerProposalSource } from '../plans/index.js';
import { seasonProposal } from './season.proposal.js';

registerProposalSource(seasonProposal);
export { seasonRouter } from './season.http.js';
export { solveSeason } from './season.commands.js';
