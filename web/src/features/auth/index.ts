// The sign-in and set-up pages are imported from their own files, when shown:
// this module is in every first load, for RequireSession.
export { RequireSession } from './RequireSession';
export { endSession } from './session';
