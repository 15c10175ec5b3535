export { RunsPage } from './RunsPage';
export { RunPage } from './RunPage';
