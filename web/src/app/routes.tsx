import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';

import { RequireSession } from '../features/auth';
import { NotFound } from './NotFound';
import { PageLoader } from './PageLoader';
import { RequireAdmin } from './RequireAdmin';
import { Shell } from './Shell';

/** A page whose feature is downloaded on first visit, keeping the first load to the shell. */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const LoginPage = page(() => import('../features/auth/LoginPage').then((m) => m.LoginPage));
const SetupPage = page(() => import('../features/auth/SetupPage').then((m) => m.SetupPage));
const HomePage = page(() => import('../features/home').then((m) => m.HomePage));
const SchedulesPage = page(() => import('../features/schedules').then((m) => m.SchedulesPage));
const NewSchedulePage = page(() => import('../features/schedules').then((m) => m.NewSchedulePage));
const TaskEditorPage = page(() => import('../features/tasks').then((m) => m.TaskEditorPage));
const ListsPage = page(() => import('../features/lists').then((m) => m.ListsPage));
const ListPage = page(() => import('../features/lists').then((m) => m.ListPage));
const RunsPage = page(() => import('../features/runs').then((m) => m.RunsPage));
const RunPage = page(() => import('../features/runs').then((m) => m.RunPage));
const WebhookEventsPage = page(() => import('../features/webhooks').then((m) => m.WebhookEventsPage));
const OutboxPage = page(() => import('../features/outbox').then((m) => m.OutboxPage));
const ConnectionsPage = page(() => import('../features/connections').then((m) => m.ConnectionsPage));
const UsersPage = page(() => import('../features/users').then((m) => m.UsersPage));

// The editor's tabs come from two more features: fetching all three together
// shows the page once, rather than again as each tab's code arrives.
const ScheduleEditorPage = page(async () => {
  const [{ ScheduleEditorPage: Editor }, { TasksPanel }, { TriggersPanel }] = await Promise.all([
    import('../features/schedules'),
    import('../features/tasks'),
    import('../features/triggers'),
  ]);
  return function ScheduleEditorPage() {
    return <Editor tasks={(s) => <TasksPanel scheduleId={s.id} />} triggers={(s) => <TriggersPanel schedule={s} />} />;
  };
});

/** Every screen of the console; features are joined here and only here. */
export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader />}>
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
          <Route path="schedules/:id" element={<ScheduleEditorPage />} />
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
    </Suspense>
  );
}
