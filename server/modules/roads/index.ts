// The roads module's public surface: roads, segments, the concrete calculator, the road map.
import { createRouter } from '../../http/router.js';
import { concreteRouter } from './concrete.http.js';
import { importRoutes } from './import/import.http.js';
import { mapRouter } from './map.http.js';
import { roadsRouter } from './roads.http.js';
import { segmentsRouter } from './segments.http.js';

export const roadsModuleRouter = createRouter()
  .route('/', importRoutes)
  .route('/', roadsRouter)
  .route('/', segmentsRouter)
  .route('/', concreteRouter)
  .route('/', mapRouter);

export { createRoad, setRoadGeometry } from './commands/save-road.js';
export { createSegment, splitRoad } from './commands/save-segment.js';
export { advanceSegment, transitionSegment } from './commands/transition-segment.js';
export { estimateFor, EstimateQuery } from './concrete-estimate.js';
export { getRoadSettings } from './road-settings.js';
export { CONCRETE_HELP, runConcreteCommand } from './cli/concrete-command.js';
export { insertRoadReferenceData } from './reference-data.js';
