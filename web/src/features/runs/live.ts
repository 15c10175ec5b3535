import { graphql } from '../../gql';

export const RunUpdatesSubscription = graphql(`
  subscription RunUpdates($scheduleId: ID) {
    runUpdates(scheduleId: $scheduleId) {
      runId
      scheduleId
      status
      total
      sent
      failed
      currentTaskId
      error
    }
  }
`);

export const CancelRunMutation = graphql(`
  mutation CancelRun($id: ID!) {
    cancelRun(id: $id) {
      id
      status
      finishedAt
      error
    }
  }
`);
