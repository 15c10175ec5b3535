import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCanEdit } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { ScheduleQuery } from './operations';
import { ScheduleActions } from './ScheduleActions';
import { ScheduleForm } from './ScheduleForm';

export interface ScheduleRef {
  id: string;
  name: string;
  kind: 'TIME' | 'TRIGGER';
  site: { id: string; name: string; siteLuid: string };
}

interface Props {
  /** The Tasks tab's content, supplied by the app. */
  tasks?: (schedule: ScheduleRef) => ReactNode;
  /** The Triggers tab's content (trigger schedules only). */
  triggers?: (schedule: ScheduleRef) => ReactNode;
}

const back = <Anchor component={Link} to="/schedules">All schedules</Anchor>;

export function NewSchedulePage() {
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  return (
    <>
      <PageHeader title="New schedule" description={back} />
      <ScheduleForm readOnly={!canEdit} onSaved={(s) => void navigate(`/schedules/${s.id}?tab=tasks`)} />
    </>
  );
}

export function ScheduleEditorPage({ tasks, triggers }: Props) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: ScheduleQuery, variables: { id } });
  const schedule = data?.schedule;
  const tab = params.get('tab') ?? 'details';

  return (
    <QueryState fetching={fetching} error={error} hasData={!!schedule}>
      {schedule ? (
        <>
          <PageHeader
            title={
              <Group gap="sm">
                {schedule.name}
                <Badge variant="light" color={schedule.enabled ? 'green' : 'gray'}>
                  {schedule.enabled ? 'enabled' : 'disabled'}
                </Badge>
              </Group>
            }
            description={
              <>
                {back}
                {schedule.nextFireAt ? ` · next run ${formatDateTime(schedule.nextFireAt)}` : ''}
                {schedule.ruleDescription ? ` · ${schedule.ruleDescription}` : ''}
              </>
            }
            actions={canEdit ? <ScheduleActions schedule={schedule} size="sm" onDeleted={() => void navigate('/schedules')} /> : null}
          />
          <Tabs value={tab} onChange={(t) => setParams(t && t !== 'details' ? { tab: t } : {}, { replace: true })} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="details">Details</Tabs.Tab>
              <Tabs.Tab value="tasks">Tasks</Tabs.Tab>
              {schedule.kind === 'TRIGGER' ? <Tabs.Tab value="triggers">Triggers</Tabs.Tab> : null}
            </Tabs.List>
            <Tabs.Panel value="details">
              <ScheduleForm
                key={schedule.id}
                schedule={schedule}
                readOnly={!canEdit}
                onSaved={(s) => notifications.show({ color: 'green', message: `Saved ${s.name}.` })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="tasks">{tasks?.(schedule)}</Tabs.Panel>
            {schedule.kind === 'TRIGGER' ? <Tabs.Panel value="triggers">{triggers?.(schedule)}</Tabs.Panel> : null}
          </Tabs>
        </>
      ) : null}
    </QueryState>
  );
}
