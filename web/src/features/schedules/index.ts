export { SchedulesPage } from './SchedulesPage';
export { ScheduleEditorPage, NewSchedulePage, type ScheduleRef } from './ScheduleEditorPage';
