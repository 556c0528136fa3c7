// The campaigns module's public surface.
export { campaignsRouter } from './campaigns.http.js';
export { createCampaign } from './commands/save-campaign.js';
export { getCampaign, listCampaigns } from './campaigns.repository.js';
