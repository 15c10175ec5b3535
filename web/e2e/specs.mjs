// The browser specs, run in order: later ones use what earlier ones made.
import { accessSpecs } from './specs/access.mjs';
import { adminSpecs } from './specs/admin.mjs';
import { schedulesSpecs } from './specs/schedules.mjs';
import { screensSpecs } from './specs/screens.mjs';
import { storySpecs } from './specs/story.mjs';

export const specs = [...adminSpecs, ...storySpecs, ...schedulesSpecs, ...screensSpecs, ...accessSpecs];
