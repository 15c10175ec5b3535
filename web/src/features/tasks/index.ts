export { TasksPanel } from './TasksPanel';
export { TaskEditorPage } from './TaskEditorPage';
