import { useState } from 'react';
import { Anchor, Button, Modal, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';

import { ConfirmButton } from '../../components/ConfirmButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCanEdit } from '../../lib/api';
import { downloadText } from '../../lib/download';
import { apiErrors, describe } from '../../lib/errors';
import { CsvImport } from './CsvImport';
import { ListForm } from './ListForm';
import { MembersTable } from './MembersTable';
import { DeleteListMutation, ExportCsvQuery, MailingListQuery } from './operations';

/** Stable (urql re-runs a query whose context changes); names the types that refresh it. */
const CONTEXT = { additionalTypenames: ['Member'] };

export function ListPage() {
  const { id = '' } = useParams();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const client = useClient();
  const [editing, setEditing] = useState(false);
  const [membersKey, setMembersKey] = useState(0);
  const [{ data, fetching, error }] = useQuery({ query: MailingListQuery, variables: { id }, context: CONTEXT });
  const [, remove] = useMutation(DeleteListMutation);
  const list = data?.mailingList;
  const fail = (title: string, e: Parameters<typeof apiErrors>[0]) =>
    notifications.show({ color: 'red', title, message: apiErrors(e).map(describe).join(' ') });

  const exportCsv = async () => {
    const r = await client.query(ExportCsvQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.error || !r.data) return fail('Could not export', r.error);
    downloadText(`${list?.name ?? 'mailing-list'}.csv`, r.data.mailingListCsv);
  };
  const onDelete = async () => {
    const r = await remove({ id }, { additionalTypenames: ['MailingList'] });
    if (r.error) return fail('Could not delete the list', r.error);
    void navigate('/lists');
  };

  return (
    <QueryState fetching={fetching} error={error} hasData={!!list}>
      {list ? (
        <>
          <PageHeader
            title={list.name}
            description={
              <>
                {list.description ? `${list.description} · ` : ''}
                {list.memberCount} member{list.memberCount === 1 ? '' : 's'} · <Anchor component={Link} to="/lists">All lists</Anchor>
              </>
            }
            actions={
              <>
                <Button variant="default" onClick={() => void exportCsv()}>
                  Export CSV
                </Button>
                {canEdit ? (
                  <>
                    <Button variant="default" onClick={() => setEditing(true)}>
                      Edit
                    </Button>
                    <ConfirmButton size="sm" title="Delete list?" message={`Delete ${list.name} and its members? This is refused while tasks send to it.`} confirmLabel="Delete" onConfirm={onDelete}>
                      Delete
                    </ConfirmButton>
                  </>
                ) : null}
              </>
            }
          />
          <Tabs defaultValue="members" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="members">Members</Tabs.Tab>
              {canEdit ? <Tabs.Tab value="import">Import CSV</Tabs.Tab> : null}
            </Tabs.List>
            <Tabs.Panel value="members">
              <MembersTable key={membersKey} listId={id} canEdit={canEdit} />
            </Tabs.Panel>
            {canEdit ? (
              <Tabs.Panel value="import">
                <CsvImport listId={id} onImported={() => setMembersKey((k) => k + 1)} />
              </Tabs.Panel>
            ) : null}
          </Tabs>
          <Modal opened={editing} onClose={() => setEditing(false)} title="Edit mailing list">
            <ListForm list={list} onDone={() => setEditing(false)} />
          </Modal>
        </>
      ) : null}
    </QueryState>
  );
}
