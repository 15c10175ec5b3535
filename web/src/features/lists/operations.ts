import { graphql } from '../../gql';

export const MailingListsQuery = graphql(`
  query MailingLists($search: String, $page: PageInput) {
    mailingLists(search: $search, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        name
        description
        memberCount
        updatedAt
      }
    }
  }
`);

export const MailingListQuery = graphql(`
  query MailingList($id: ID!) {
    mailingList(id: $id) {
      id
      name
      description
      memberCount
      updatedAt
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($listId: ID!, $search: String, $page: PageInput) {
    members(listId: $listId, search: $search, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        email
        name
        filters {
          field
          values
        }
        placeholders {
          name
          value
        }
      }
    }
  }
`);

export const CreateListMutation = graphql(`
  mutation CreateMailingList($input: MailingListInput!) {
    createMailingList(input: $input) {
      id
      name
    }
  }
`);

export const UpdateListMutation = graphql(`
  mutation UpdateMailingList($id: ID!, $input: MailingListInput!) {
    updateMailingList(id: $id, input: $input) {
      id
      name
      description
      updatedAt
    }
  }
`);

export const DeleteListMutation = graphql(`
  mutation DeleteMailingList($id: ID!) {
    deleteMailingList(id: $id)
  }
`);

export const AddMemberMutation = graphql(`
  mutation AddMember($listId: ID!, $input: MemberInput!) {
    addMember(listId: $listId, input: $input) {
      id
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($id: ID!, $input: MemberInput!) {
    updateMember(id: $id, input: $input) {
      id
      email
      name
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);

export const ImportCsvMutation = graphql(`
  mutation ImportMailingListCsv($listId: ID!, $csv: String!, $mode: ImportMode!) {
    importMailingListCsv(listId: $listId, csv: $csv, mode: $mode) {
      added
      updated
      removed
      rejected {
        line
        reason
      }
    }
  }
`);

export const ExportCsvQuery = graphql(`
  query MailingListCsv($id: ID!) {
    mailingListCsv(id: $id)
  }
`);
