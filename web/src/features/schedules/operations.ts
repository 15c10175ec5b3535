import { graphql } from '../../gql';

export const ScheduleRowFields = graphql(`
  fragment ScheduleRow on Schedule {
    id
    name
    kind
    enabled
    nextFireAt
    site {
      id
      name
    }
    lastRun {
      id
      status
      queuedAt
    }
  }
`);

export const SchedulesQuery = graphql(`
  query Schedules($filter: ScheduleFilter, $orderBy: ScheduleOrder, $page: PageInput) {
    schedules(filter: $filter, orderBy: $orderBy, page: $page) {
      totalCount
      offset
      limit
      items {
        ...ScheduleRow
      }
    }
  }
`);

export const ScheduleDetailFields = graphql(`
  fragment ScheduleDetail on Schedule {
    id
    name
    description
    kind
    enabled
    timezone
    startDate
    endDate
    ruleDescription
    nextFireAt
    site {
      id
      name
      siteLuid
    }
    rule {
      __typename
      ... on HourlyRule {
        minute
        fromHour
        toHour
        days
      }
      ... on WeeklyRule {
        weekdays
        time
      }
      ... on MonthlyRule {
        dayOfMonth
        firstWorkday
        time
      }
      ... on QuarterlyRule {
        dayOfMonth
        firstWorkday
        time
      }
      ... on CronRule {
        expression
      }
    }
  }
`);

export const ScheduleQuery = graphql(`
  query Schedule($id: ID!) {
    schedule(id: $id) {
      ...ScheduleDetail
    }
  }
`);

export const SiteOptionsQuery = graphql(`
  query ScheduleSiteOptions {
    sites(page: { limit: 200 }) {
      items {
        id
        name
        server {
          id
          name
        }
      }
    }
  }
`);

export const CreateScheduleMutation = graphql(`
  mutation CreateSchedule($input: ScheduleInput!) {
    createSchedule(input: $input) {
      ...ScheduleDetail
    }
  }
`);

export const UpdateScheduleMutation = graphql(`
  mutation UpdateSchedule($id: ID!, $input: ScheduleInput!) {
    updateSchedule(id: $id, input: $input) {
      ...ScheduleDetail
    }
  }
`);

export const SetEnabledMutations = {
  enable: graphql(`
    mutation EnableSchedule($id: ID!) {
      enableSchedule(id: $id) {
        id
        enabled
        nextFireAt
      }
    }
  `),
  disable: graphql(`
    mutation DisableSchedule($id: ID!) {
      disableSchedule(id: $id) {
        id
        enabled
        nextFireAt
      }
    }
  `),
};

export const DuplicateScheduleMutation = graphql(`
  mutation DuplicateSchedule($id: ID!) {
    duplicateSchedule(id: $id) {
      id
      name
    }
  }
`);

export const DeleteScheduleMutation = graphql(`
  mutation DeleteSchedule($id: ID!) {
    deleteSchedule(id: $id)
  }
`);

export const PreviewRuleQuery = graphql(`
  query PreviewTimeRule($rule: TimeRuleInput!, $timezone: String!) {
    previewTimeRule(rule: $rule, timezone: $timezone, count: 5) {
      description
      times {
        at
        local
      }
    }
  }
`);

export const RunScheduleNowMutation = graphql(`
  mutation RunScheduleNow($id: ID!) {
    runScheduleNow(id: $id) {
      id
      status
    }
  }
`);
