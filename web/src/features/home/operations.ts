import { graphql } from '../../gql';

export const HomeQuery = graphql(`
  query HomeOverview {
    upcoming: schedules(
      filter: { enabled: true }
      orderBy: { field: NEXT_FIRE_AT, direction: ASC }
      page: { limit: 50 }
    ) {
      totalCount
      items {
        id
        name
        nextFireAt
        site {
          id
          name
        }
        lastRun {
          id
          status
        }
      }
    }
    names: schedules(page: { limit: 200 }) {
      totalCount
      items {
        id
        name
      }
    }
    recent: runs(page: { limit: 10 }) {
      totalCount
      items {
        ...RunRowFields
      }
    }
    running: runs(filter: { status: RUNNING }, page: { limit: 10 }) {
      totalCount
      items {
        ...RunRowFields
        currentTaskId
      }
    }
    queued: runs(filter: { status: QUEUED }, page: { limit: 10 }) {
      totalCount
      items {
        ...RunRowFields
        currentTaskId
      }
    }
    failed: runs(filter: { status: FAILED }, page: { limit: 5 }) {
      totalCount
      items {
        ...RunRowFields
      }
    }
    partial: runs(filter: { status: PARTIALLY_FAILED }, page: { limit: 5 }) {
      totalCount
      items {
        ...RunRowFields
      }
    }
  }
  fragment RunRowFields on Run {
    id
    scheduleId
    status
    cause
    queuedAt
    finishedAt
    total
    sent
    failed
    error
  }
`);

export const HomeRunUpdates = graphql(`
  subscription HomeRunUpdates {
    runUpdates {
      runId
      status
    }
  }
`);

export const HomeWebhookEvents = graphql(`
  query HomeWebhookEvents {
    webhookEvents(page: { limit: 6 }) {
      totalCount
      items {
        id
        receivedAt
        kind
        eventType
        resourceLuid
        outcome
        reason
        runIds
      }
    }
  }
`);

export const HomeTriggerFired = graphql(`
  subscription HomeTriggerFired {
    triggerFired {
      id
      outcome
    }
  }
`);
