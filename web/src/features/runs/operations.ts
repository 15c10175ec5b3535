import { graphql } from '../../gql';

export const RunQuery = graphql(`
  query RunDetail($id: ID!) {
    run(id: $id) {
      id
      scheduleId
      status
      cause
      fireTime
      queuedAt
      startedAt
      finishedAt
      total
      sent
      failed
      error
      currentTaskId
    }
  }
`);

export const DeliveriesQuery = graphql(`
  query RunDeliveries($runId: ID!, $status: DeliveryStatus, $page: PageInput) {
    deliveries(runId: $runId, status: $status, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        recipientEmail
        recipientName
        status
        attempts
        error
        sentAt
        subject
        html
      }
    }
  }
`);

export const RunScheduleQuery = graphql(`
  query RunSchedule($id: ID!) {
    schedule(id: $id) {
      id
      name
    }
  }
`);
