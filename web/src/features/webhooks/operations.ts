import { graphql } from '../../gql';

export const WebhookEventFields = graphql(`
  fragment WebhookEventRow on WebhookEvent {
    id
    receivedAt
    source
    kind
    siteId
    eventType
    resourceLuid
    body
    duplicate
    outcome
    reason
    matchedScheduleIds
    runIds
    skipped {
      scheduleId
      reason
    }
  }
`);

export const WebhookEventsQuery = graphql(`
  query WebhookEvents($filter: WebhookEventFilter, $page: PageInput) {
    webhookEvents(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      items {
        ...WebhookEventRow
      }
    }
  }
`);

export const TriggerFiredSubscription = graphql(`
  subscription TriggerFired {
    triggerFired {
      id
      outcome
    }
  }
`);
