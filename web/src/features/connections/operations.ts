import { graphql } from '../../gql';

export const AuthFieldsFragment = graphql(`
  fragment StoredAuth on TableauAuth {
    kind
    tokenName
    clientId
    secretId
    username
    scopes
    hasSecret
  }
`);

export const ConnectionsQuery = graphql(`
  query Connections {
    tableauServers(page: { limit: 200 }) {
      totalCount
      items {
        id
        name
        baseUrl
        apiVersion
        auth {
          ...StoredAuth
        }
        sites {
          id
          name
          contentUrl
          siteLuid
          allowedDomains
          webhookUrl
          webhookSigningSecret
          auth {
            ...StoredAuth
          }
        }
      }
    }
  }
`);

export const CreateServerMutation = graphql(`
  mutation CreateTableauServer($input: TableauServerInput!) {
    createTableauServer(input: $input) {
      id
    }
  }
`);

export const UpdateServerMutation = graphql(`
  mutation UpdateTableauServer($id: ID!, $input: TableauServerInput!) {
    updateTableauServer(id: $id, input: $input) {
      id
      name
      baseUrl
      apiVersion
      auth {
        ...StoredAuth
      }
    }
  }
`);

export const DeleteServerMutation = graphql(`
  mutation DeleteTableauServer($id: ID!) {
    deleteTableauServer(id: $id)
  }
`);

export const CreateSiteMutation = graphql(`
  mutation CreateSite($input: SiteInput!) {
    createSite(input: $input) {
      id
    }
  }
`);

export const UpdateSiteMutation = graphql(`
  mutation UpdateSite($id: ID!, $input: SiteInput!) {
    updateSite(id: $id, input: $input) {
      id
      name
      contentUrl
      siteLuid
      allowedDomains
      auth {
        ...StoredAuth
      }
    }
  }
`);

export const DeleteSiteMutation = graphql(`
  mutation DeleteSite($id: ID!) {
    deleteSite(id: $id)
  }
`);

export const TestConnectionMutation = graphql(`
  mutation TestTableauConnection($serverId: ID!) {
    testTableauConnection(serverId: $serverId) {
      ok
      sites {
        siteId
        siteName
        ok
        message
      }
    }
  }
`);

export const WebhookRegistrationFields = graphql(`
  fragment SiteRegistration on WebhookRegistration {
    ok
    message
    created
    removed
  }
`);

export const SyncWebhooksMutation = graphql(`
  mutation SyncTableauWebhooks($siteId: ID!) {
    syncTableauWebhooks(siteId: $siteId) {
      ...SiteRegistration
    }
  }
`);

export const TestWebhooksMutation = graphql(`
  mutation TestTableauWebhooks($siteId: ID!) {
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

export const RotateSecretMutation = graphql(`
  mutation RotateWebhookSecret($siteId: ID!) {
    rotateWebhookSecret(siteId: $siteId) {
      ...SiteRegistration
    }
  }
`);
