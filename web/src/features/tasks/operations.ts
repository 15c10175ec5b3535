import { graphql } from '../../gql';

export const TaskFieldsFragment = graphql(`
  fragment TaskFields on Task {
    id
    scheduleId
    position
    name
    enabled
    views {
      id
      viewLuid
      viewName
      workbookName
      format
      pageType
      orientation
      inline
    }
    filters {
      field
      values
    }
    parameters {
      name
      value
    }
    recipients
    mailingLists {
      id
      name
    }
    subjectTemplate
    bodyTemplate
    filenameTemplate
  }
`);

export const ScheduleTasksQuery = graphql(`
  query ScheduleTasks($id: ID!) {
    schedule(id: $id) {
      id
      name
      site {
        id
        name
      }
      tasks {
        ...TaskFields
      }
    }
  }
`);

export const TaskEditorQuery = graphql(`
  query TaskEditorData {
    templatePlaceholders {
      name
      description
    }
    mailingLists(page: { limit: 200 }) {
      items {
        id
        name
        memberCount
      }
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($scheduleId: ID!, $input: TaskInput!) {
    createTask(scheduleId: $scheduleId, input: $input) {
      ...TaskFields
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($id: ID!, $input: TaskInput!) {
    updateTask(id: $id, input: $input) {
      ...TaskFields
    }
  }
`);

export const DeleteTaskMutation = graphql(`
  mutation DeleteTask($id: ID!) {
    deleteTask(id: $id)
  }
`);

export const ReorderTasksMutation = graphql(`
  mutation ReorderTasks($scheduleId: ID!, $taskIds: [ID!]!) {
    reorderTasks(scheduleId: $scheduleId, taskIds: $taskIds)
  }
`);

export const SendTestEmailMutation = graphql(`
  mutation SendTestEmail($taskId: ID!) {
    sendTestEmail(taskId: $taskId) {
      id
      status
    }
  }
`);

export const TableauViewsQuery = graphql(`
  query TaskViewOptions($siteId: ID!, $search: String) {
    tableauViews(siteId: $siteId, search: $search) {
      id
      name
      workbookId
      workbookName
      projectName
    }
  }
`);

export const TableauViewThumbnailQuery = graphql(`
  query TaskViewThumbnail($siteId: ID!, $workbookId: String!, $viewId: String!) {
    tableauViewThumbnail(siteId: $siteId, workbookId: $workbookId, viewId: $viewId)
  }
`);
