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
