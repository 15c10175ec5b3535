// The browser specs, run in order: later ones use what earlier ones made.
import { accessSpecs } from './specs/access.mjs';
import { adminSpecs } from './specs/admin.mjs';
import { screensSpecs } from './specs/screens.mjs';

export const specs = [...adminSpecs, ...screensSpecs, ...accessSpecs];
