import { Route, Routes } from 'react-router';

import { LoginPage, RequireSession, SetupPage } from '../features/auth';
import { ConnectionsPage } from '../features/connections';
import { HomePage } from '../features/home';
import { ListPage, ListsPage } from '../features/lists';
import { OutboxPage } from '../features/outbox';
import { RunPage, RunsPage } from '../features/runs';
import { NewSchedulePage, ScheduleEditorPage, SchedulesPage } from '../features/schedules';
import { TaskEditorPage, TasksPanel } from '../features/tasks';
import { TriggersPanel } from '../features/triggers';
import { UsersPage } from '../features/users';
import { WebhookEventsPage } from '../features/webhooks';
import { NotFound } from './NotFound';
import { RequireAdmin } from './RequireAdmin';
import { Shell } from './Shell';

/** Every screen of the console; features are joined here and only here. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/setup" element={<SetupPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <Shell />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="schedules" element={<SchedulesPage />} />
        <Route path="schedules/new" element={<NewSchedulePage />} />
        <Route
          path="schedules/:id"
          element={
            <ScheduleEditorPage
              tasks={(s) => <TasksPanel scheduleId={s.id} />}
              triggers={(s) => <TriggersPanel schedule={s} />}
            />
          }
        />
        <Route path="schedules/:scheduleId/tasks/new" element={<TaskEditorPage />} />
        <Route path="schedules/:scheduleId/tasks/:taskId" element={<TaskEditorPage />} />
        <Route path="lists" element={<ListsPage />} />
        <Route path="lists/:id" element={<ListPage />} />
        <Route path="runs" element={<RunsPage />} />
        <Route path="runs/:id" element={<RunPage />} />
        <Route path="webhooks" element={<WebhookEventsPage />} />
        <Route path="outbox" element={<OutboxPage />} />
        <Route path="connections" element={<RequireAdmin><ConnectionsPage /></RequireAdmin>} />
        <Route path="users" element={<RequireAdmin><UsersPage /></RequireAdmin>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
