import { graphql } from '../../gql';

export const RegistrationFields = graphql(`
  fragment Registration on WebhookRegistration {
    ok
    message
    created
    removed
  }
`);

export const TriggersQuery = graphql(`
  query ScheduleTriggers($id: ID!) {
    schedule(id: $id) {
      id
      site {
        id
      }
      tasks {
        id
      }
      triggers {
        id
        kind
        resourceLuid
        resourceName
        enabled
      }
    }
  }
`);

export const SaveTriggersMutation = graphql(`
  mutation SaveTriggers($scheduleId: ID!, $triggers: [TriggerInput!]!) {
    saveTriggers(scheduleId: $scheduleId, triggers: $triggers) {
      triggers {
        id
        kind
        resourceLuid
        resourceName
        enabled
      }
      registration {
        ...Registration
      }
    }
  }
`);

export const TableauContentQuery = graphql(`
  query TriggerContentOptions($siteId: ID!, $search: String, $workbooks: Boolean!) {
    tableauWorkbooks(siteId: $siteId, search: $search) @include(if: $workbooks) {
      id
      name
      projectName
    }
    tableauDataSources(siteId: $siteId, search: $search) @skip(if: $workbooks) {
      id
      name
      projectName
    }
  }
`);

export const TestTriggerWebhooksMutation = graphql(`
  mutation TestTriggerWebhooks($siteId: ID!) {
    testTableauWebhooks(siteId: $siteId) {
      webhookId
      event
      url
      tableauStatus
      reachedVizpost
      message
    }
  }
`);
