export { LoginPage } from './LoginPage';
export { SetupPage } from './SetupPage';
export { RequireSession } from './RequireSession';
export { endSession } from './session';
