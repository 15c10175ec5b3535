import { graphql } from '../../gql';

export const UsersQuery = graphql(`
  query Users($search: String, $page: PageInput) {
    users(search: $search, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        email
        name
        role
        disabled
        lastLoginAt
        createdAt
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      disabled
      name
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($page: PageInput) {
    apiTokens(page: $page) {
      totalCount
      offset
      limit
      items {
        id
        name
        prefix
        scopes
        ownerId
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
