/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SetupFirstAdmin($input: CreateUserInput!) {\n    setupFirstAdmin(input: $input) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.SetupFirstAdminDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query NeedsSetup {\n    needsSetup\n  }\n": typeof types.NeedsSetupDocument,
    "\n  fragment StoredAuth on TableauAuth {\n    kind\n    tokenName\n    clientId\n    secretId\n    username\n    scopes\n    hasSecret\n  }\n": typeof types.StoredAuthFragmentDoc,
    "\n  query Connections {\n    tableauServers(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n        baseUrl\n        apiVersion\n        auth {\n          ...StoredAuth\n        }\n        sites {\n          id\n          name\n          contentUrl\n          siteLuid\n          allowedDomains\n          webhookUrl\n          webhookSigningSecret\n          auth {\n            ...StoredAuth\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConnectionsDocument,
    "\n  mutation CreateTableauServer($input: TableauServerInput!) {\n    createTableauServer(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTableauServerDocument,
    "\n  mutation UpdateTableauServer($id: ID!, $input: TableauServerInput!) {\n    updateTableauServer(id: $id, input: $input) {\n      id\n      name\n      baseUrl\n      apiVersion\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n": typeof types.UpdateTableauServerDocument,
    "\n  mutation DeleteTableauServer($id: ID!) {\n    deleteTableauServer(id: $id)\n  }\n": typeof types.DeleteTableauServerDocument,
    "\n  mutation CreateSite($input: SiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  mutation UpdateSite($id: ID!, $input: SiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      contentUrl\n      siteLuid\n      allowedDomains\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n": typeof types.UpdateSiteDocument,
    "\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id)\n  }\n": typeof types.DeleteSiteDocument,
    "\n  mutation TestTableauConnection($serverId: ID!) {\n    testTableauConnection(serverId: $serverId) {\n      ok\n      sites {\n        siteId\n        siteName\n        ok\n        message\n      }\n    }\n  }\n": typeof types.TestTableauConnectionDocument,
    "\n  fragment SiteRegistration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n": typeof types.SiteRegistrationFragmentDoc,
    "\n  mutation SyncTableauWebhooks($siteId: ID!) {\n    syncTableauWebhooks(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n": typeof types.SyncTableauWebhooksDocument,
    "\n  mutation TestTableauWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n": typeof types.TestTableauWebhooksDocument,
    "\n  mutation RotateWebhookSecret($siteId: ID!) {\n    rotateWebhookSecret(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  query HomeOverview {\n    upcoming: schedules(\n      filter: { enabled: true }\n      orderBy: { field: NEXT_FIRE_AT, direction: ASC }\n      page: { limit: 50 }\n    ) {\n      totalCount\n      items {\n        id\n        name\n        nextFireAt\n        site {\n          id\n          name\n        }\n        lastRun {\n          id\n          status\n        }\n      }\n    }\n    names: schedules(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    recent: runs(page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    running: runs(filter: { status: RUNNING }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    queued: runs(filter: { status: QUEUED }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    failed: runs(filter: { status: FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    partial: runs(filter: { status: PARTIALLY_FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n  }\n  fragment RunRowFields on Run {\n    id\n    scheduleId\n    status\n    cause\n    queuedAt\n    finishedAt\n    total\n    sent\n    failed\n    error\n  }\n": typeof types.HomeOverviewDocument,
    "\n  subscription HomeRunUpdates {\n    runUpdates {\n      runId\n      status\n    }\n  }\n": typeof types.HomeRunUpdatesDocument,
    "\n  query HomeWebhookEvents {\n    webhookEvents(page: { limit: 6 }) {\n      totalCount\n      items {\n        id\n        receivedAt\n        kind\n        eventType\n        resourceLuid\n        outcome\n        reason\n        runIds\n      }\n    }\n  }\n": typeof types.HomeWebhookEventsDocument,
    "\n  subscription HomeTriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n": typeof types.HomeTriggerFiredDocument,
    "\n  query MailingLists($search: String, $page: PageInput) {\n    mailingLists(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        description\n        memberCount\n        updatedAt\n      }\n    }\n  }\n": typeof types.MailingListsDocument,
    "\n  query MailingList($id: ID!) {\n    mailingList(id: $id) {\n      id\n      name\n      description\n      memberCount\n      updatedAt\n    }\n  }\n": typeof types.MailingListDocument,
    "\n  query Members($listId: ID!, $search: String, $page: PageInput) {\n    members(listId: $listId, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        filters {\n          field\n          values\n        }\n        placeholders {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation CreateMailingList($input: MailingListInput!) {\n    createMailingList(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateMailingListDocument,
    "\n  mutation UpdateMailingList($id: ID!, $input: MailingListInput!) {\n    updateMailingList(id: $id, input: $input) {\n      id\n      name\n      description\n      updatedAt\n    }\n  }\n": typeof types.UpdateMailingListDocument,
    "\n  mutation DeleteMailingList($id: ID!) {\n    deleteMailingList(id: $id)\n  }\n": typeof types.DeleteMailingListDocument,
    "\n  mutation AddMember($listId: ID!, $input: MemberInput!) {\n    addMember(listId: $listId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: MemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      email\n      name\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation ImportMailingListCsv($listId: ID!, $csv: String!, $mode: ImportMode!) {\n    importMailingListCsv(listId: $listId, csv: $csv, mode: $mode) {\n      added\n      updated\n      removed\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.ImportMailingListCsvDocument,
    "\n  query MailingListCsv($id: ID!) {\n    mailingListCsv(id: $id)\n  }\n": typeof types.MailingListCsvDocument,
    "\n  query Outbox($page: PageInput) {\n    outbox(page: $page) {\n      enabled\n      totalCount\n      offset\n      limit\n      items {\n        id\n        to\n        subject\n        date\n        messageId\n        html\n        text\n        raw\n        attachments {\n          filename\n          contentType\n          size\n        }\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query Runs($filter: RunFilter, $page: PageInput) {\n    runs(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        scheduleId\n        status\n        cause\n        queuedAt\n        finishedAt\n        total\n        sent\n        failed\n        error\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  query RunScheduleNames {\n    schedules(page: { limit: 200 }, orderBy: { field: NAME }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RunScheduleNamesDocument,
    "\n  subscription RunUpdates($scheduleId: ID) {\n    runUpdates(scheduleId: $scheduleId) {\n      runId\n      scheduleId\n      status\n      total\n      sent\n      failed\n      currentTaskId\n      error\n    }\n  }\n": typeof types.RunUpdatesDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n      finishedAt\n      error\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      id\n      scheduleId\n      status\n      cause\n      fireTime\n      queuedAt\n      startedAt\n      finishedAt\n      total\n      sent\n      failed\n      error\n      currentTaskId\n    }\n  }\n": typeof types.RunDetailDocument,
    "\n  query RunDeliveries($runId: ID!, $status: DeliveryStatus, $page: PageInput) {\n    deliveries(runId: $runId, status: $status, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        recipientEmail\n        recipientName\n        status\n        attempts\n        error\n        sentAt\n        subject\n        html\n      }\n    }\n  }\n": typeof types.RunDeliveriesDocument,
    "\n  query RunSchedule($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.RunScheduleDocument,
    "\n  fragment ScheduleRow on Schedule {\n    id\n    name\n    kind\n    enabled\n    nextFireAt\n    site {\n      id\n      name\n    }\n    lastRun {\n      id\n      status\n      queuedAt\n    }\n  }\n": typeof types.ScheduleRowFragmentDoc,
    "\n  query Schedules($filter: ScheduleFilter, $orderBy: ScheduleOrder, $page: PageInput) {\n    schedules(filter: $filter, orderBy: $orderBy, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ScheduleRow\n      }\n    }\n  }\n": typeof types.SchedulesDocument,
    "\n  fragment ScheduleDetail on Schedule {\n    id\n    name\n    description\n    kind\n    enabled\n    timezone\n    startDate\n    endDate\n    ruleDescription\n    nextFireAt\n    site {\n      id\n      name\n      siteLuid\n    }\n    rule {\n      __typename\n      ... on HourlyRule {\n        minute\n        fromHour\n        toHour\n        days\n      }\n      ... on WeeklyRule {\n        weekdays\n        time\n      }\n      ... on MonthlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on QuarterlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on CronRule {\n        expression\n      }\n    }\n  }\n": typeof types.ScheduleDetailFragmentDoc,
    "\n  query Schedule($id: ID!) {\n    schedule(id: $id) {\n      ...ScheduleDetail\n    }\n  }\n": typeof types.ScheduleDocument,
    "\n  query ScheduleSiteOptions {\n    sites(page: { limit: 200 }) {\n      items {\n        id\n        name\n        server {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScheduleSiteOptionsDocument,
    "\n  mutation CreateSchedule($input: ScheduleInput!) {\n    createSchedule(input: $input) {\n      ...ScheduleDetail\n    }\n  }\n": typeof types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($id: ID!, $input: ScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      ...ScheduleDetail\n    }\n  }\n": typeof types.UpdateScheduleDocument,
    "\n    mutation EnableSchedule($id: ID!) {\n      enableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  ": typeof types.EnableScheduleDocument,
    "\n    mutation DisableSchedule($id: ID!) {\n      disableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  ": typeof types.DisableScheduleDocument,
    "\n  mutation DuplicateSchedule($id: ID!) {\n    duplicateSchedule(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.DuplicateScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": typeof types.DeleteScheduleDocument,
    "\n  query PreviewTimeRule($rule: TimeRuleInput!, $timezone: String!) {\n    previewTimeRule(rule: $rule, timezone: $timezone, count: 5) {\n      description\n      times {\n        at\n        local\n      }\n    }\n  }\n": typeof types.PreviewTimeRuleDocument,
    "\n  mutation RunScheduleNow($id: ID!) {\n    runScheduleNow(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RunScheduleNowDocument,
    "\n  fragment TaskFields on Task {\n    id\n    scheduleId\n    position\n    name\n    enabled\n    views {\n      id\n      viewLuid\n      viewName\n      workbookName\n      format\n      pageType\n      orientation\n      inline\n    }\n    filters {\n      field\n      values\n    }\n    parameters {\n      name\n      value\n    }\n    recipients\n    mailingLists {\n      id\n      name\n    }\n    subjectTemplate\n    bodyTemplate\n    filenameTemplate\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query ScheduleTasks($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n      site {\n        id\n        name\n      }\n      tasks {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.ScheduleTasksDocument,
    "\n  query TaskEditorData {\n    templatePlaceholders {\n      name\n      description\n    }\n    mailingLists(page: { limit: 200 }) {\n      items {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n": typeof types.TaskEditorDataDocument,
    "\n  mutation CreateTask($scheduleId: ID!, $input: TaskInput!) {\n    createTask(scheduleId: $scheduleId, input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n": typeof types.DeleteTaskDocument,
    "\n  mutation ReorderTasks($scheduleId: ID!, $taskIds: [ID!]!) {\n    reorderTasks(scheduleId: $scheduleId, taskIds: $taskIds)\n  }\n": typeof types.ReorderTasksDocument,
    "\n  mutation SendTestEmail($taskId: ID!) {\n    sendTestEmail(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": typeof types.SendTestEmailDocument,
    "\n  query TaskViewOptions($siteId: ID!, $search: String) {\n    tableauViews(siteId: $siteId, search: $search) {\n      id\n      name\n      workbookId\n      workbookName\n      projectName\n    }\n  }\n": typeof types.TaskViewOptionsDocument,
    "\n  query TaskViewThumbnail($siteId: ID!, $workbookId: String!, $viewId: String!) {\n    tableauViewThumbnail(siteId: $siteId, workbookId: $workbookId, viewId: $viewId)\n  }\n": typeof types.TaskViewThumbnailDocument,
    "\n  fragment Registration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n": typeof types.RegistrationFragmentDoc,
    "\n  query ScheduleTriggers($id: ID!) {\n    schedule(id: $id) {\n      id\n      site {\n        id\n      }\n      tasks {\n        id\n      }\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n    }\n  }\n": typeof types.ScheduleTriggersDocument,
    "\n  mutation SaveTriggers($scheduleId: ID!, $triggers: [TriggerInput!]!) {\n    saveTriggers(scheduleId: $scheduleId, triggers: $triggers) {\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n      registration {\n        ...Registration\n      }\n    }\n  }\n": typeof types.SaveTriggersDocument,
    "\n  query TriggerContentOptions($siteId: ID!, $search: String, $workbooks: Boolean!) {\n    tableauWorkbooks(siteId: $siteId, search: $search) @include(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n    tableauDataSources(siteId: $siteId, search: $search) @skip(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n  }\n": typeof types.TriggerContentOptionsDocument,
    "\n  mutation TestTriggerWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n": typeof types.TestTriggerWebhooksDocument,
    "\n  query Users($search: String, $page: PageInput) {\n    users(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        role\n        disabled\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n      name\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query ApiTokens($page: PageInput) {\n    apiTokens(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        prefix\n        scopes\n        ownerId\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment WebhookEventRow on WebhookEvent {\n    id\n    receivedAt\n    source\n    kind\n    siteId\n    eventType\n    resourceLuid\n    body\n    duplicate\n    outcome\n    reason\n    matchedScheduleIds\n    runIds\n    skipped {\n      scheduleId\n      reason\n    }\n  }\n": typeof types.WebhookEventRowFragmentDoc,
    "\n  query WebhookEvents($filter: WebhookEventFilter, $page: PageInput) {\n    webhookEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...WebhookEventRow\n      }\n    }\n  }\n": typeof types.WebhookEventsDocument,
    "\n  subscription TriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n": typeof types.TriggerFiredDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SetupFirstAdmin($input: CreateUserInput!) {\n    setupFirstAdmin(input: $input) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.SetupFirstAdminDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query NeedsSetup {\n    needsSetup\n  }\n": types.NeedsSetupDocument,
    "\n  fragment StoredAuth on TableauAuth {\n    kind\n    tokenName\n    clientId\n    secretId\n    username\n    scopes\n    hasSecret\n  }\n": types.StoredAuthFragmentDoc,
    "\n  query Connections {\n    tableauServers(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n        baseUrl\n        apiVersion\n        auth {\n          ...StoredAuth\n        }\n        sites {\n          id\n          name\n          contentUrl\n          siteLuid\n          allowedDomains\n          webhookUrl\n          webhookSigningSecret\n          auth {\n            ...StoredAuth\n          }\n        }\n      }\n    }\n  }\n": types.ConnectionsDocument,
    "\n  mutation CreateTableauServer($input: TableauServerInput!) {\n    createTableauServer(input: $input) {\n      id\n    }\n  }\n": types.CreateTableauServerDocument,
    "\n  mutation UpdateTableauServer($id: ID!, $input: TableauServerInput!) {\n    updateTableauServer(id: $id, input: $input) {\n      id\n      name\n      baseUrl\n      apiVersion\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n": types.UpdateTableauServerDocument,
    "\n  mutation DeleteTableauServer($id: ID!) {\n    deleteTableauServer(id: $id)\n  }\n": types.DeleteTableauServerDocument,
    "\n  mutation CreateSite($input: SiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n": types.CreateSiteDocument,
    "\n  mutation UpdateSite($id: ID!, $input: SiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      contentUrl\n      siteLuid\n      allowedDomains\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n": types.UpdateSiteDocument,
    "\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id)\n  }\n": types.DeleteSiteDocument,
    "\n  mutation TestTableauConnection($serverId: ID!) {\n    testTableauConnection(serverId: $serverId) {\n      ok\n      sites {\n        siteId\n        siteName\n        ok\n        message\n      }\n    }\n  }\n": types.TestTableauConnectionDocument,
    "\n  fragment SiteRegistration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n": types.SiteRegistrationFragmentDoc,
    "\n  mutation SyncTableauWebhooks($siteId: ID!) {\n    syncTableauWebhooks(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n": types.SyncTableauWebhooksDocument,
    "\n  mutation TestTableauWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n": types.TestTableauWebhooksDocument,
    "\n  mutation RotateWebhookSecret($siteId: ID!) {\n    rotateWebhookSecret(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  query HomeOverview {\n    upcoming: schedules(\n      filter: { enabled: true }\n      orderBy: { field: NEXT_FIRE_AT, direction: ASC }\n      page: { limit: 50 }\n    ) {\n      totalCount\n      items {\n        id\n        name\n        nextFireAt\n        site {\n          id\n          name\n        }\n        lastRun {\n          id\n          status\n        }\n      }\n    }\n    names: schedules(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    recent: runs(page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    running: runs(filter: { status: RUNNING }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    queued: runs(filter: { status: QUEUED }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    failed: runs(filter: { status: FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    partial: runs(filter: { status: PARTIALLY_FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n  }\n  fragment RunRowFields on Run {\n    id\n    scheduleId\n    status\n    cause\n    queuedAt\n    finishedAt\n    total\n    sent\n    failed\n    error\n  }\n": types.HomeOverviewDocument,
    "\n  subscription HomeRunUpdates {\n    runUpdates {\n      runId\n      status\n    }\n  }\n": types.HomeRunUpdatesDocument,
    "\n  query HomeWebhookEvents {\n    webhookEvents(page: { limit: 6 }) {\n      totalCount\n      items {\n        id\n        receivedAt\n        kind\n        eventType\n        resourceLuid\n        outcome\n        reason\n        runIds\n      }\n    }\n  }\n": types.HomeWebhookEventsDocument,
    "\n  subscription HomeTriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n": types.HomeTriggerFiredDocument,
    "\n  query MailingLists($search: String, $page: PageInput) {\n    mailingLists(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        description\n        memberCount\n        updatedAt\n      }\n    }\n  }\n": types.MailingListsDocument,
    "\n  query MailingList($id: ID!) {\n    mailingList(id: $id) {\n      id\n      name\n      description\n      memberCount\n      updatedAt\n    }\n  }\n": types.MailingListDocument,
    "\n  query Members($listId: ID!, $search: String, $page: PageInput) {\n    members(listId: $listId, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        filters {\n          field\n          values\n        }\n        placeholders {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation CreateMailingList($input: MailingListInput!) {\n    createMailingList(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateMailingListDocument,
    "\n  mutation UpdateMailingList($id: ID!, $input: MailingListInput!) {\n    updateMailingList(id: $id, input: $input) {\n      id\n      name\n      description\n      updatedAt\n    }\n  }\n": types.UpdateMailingListDocument,
    "\n  mutation DeleteMailingList($id: ID!) {\n    deleteMailingList(id: $id)\n  }\n": types.DeleteMailingListDocument,
    "\n  mutation AddMember($listId: ID!, $input: MemberInput!) {\n    addMember(listId: $listId, input: $input) {\n      id\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: MemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      email\n      name\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation ImportMailingListCsv($listId: ID!, $csv: String!, $mode: ImportMode!) {\n    importMailingListCsv(listId: $listId, csv: $csv, mode: $mode) {\n      added\n      updated\n      removed\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n": types.ImportMailingListCsvDocument,
    "\n  query MailingListCsv($id: ID!) {\n    mailingListCsv(id: $id)\n  }\n": types.MailingListCsvDocument,
    "\n  query Outbox($page: PageInput) {\n    outbox(page: $page) {\n      enabled\n      totalCount\n      offset\n      limit\n      items {\n        id\n        to\n        subject\n        date\n        messageId\n        html\n        text\n        raw\n        attachments {\n          filename\n          contentType\n          size\n        }\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query Runs($filter: RunFilter, $page: PageInput) {\n    runs(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        scheduleId\n        status\n        cause\n        queuedAt\n        finishedAt\n        total\n        sent\n        failed\n        error\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  query RunScheduleNames {\n    schedules(page: { limit: 200 }, orderBy: { field: NAME }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.RunScheduleNamesDocument,
    "\n  subscription RunUpdates($scheduleId: ID) {\n    runUpdates(scheduleId: $scheduleId) {\n      runId\n      scheduleId\n      status\n      total\n      sent\n      failed\n      currentTaskId\n      error\n    }\n  }\n": types.RunUpdatesDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n      finishedAt\n      error\n    }\n  }\n": types.CancelRunDocument,
    "\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      id\n      scheduleId\n      status\n      cause\n      fireTime\n      queuedAt\n      startedAt\n      finishedAt\n      total\n      sent\n      failed\n      error\n      currentTaskId\n    }\n  }\n": types.RunDetailDocument,
    "\n  query RunDeliveries($runId: ID!, $status: DeliveryStatus, $page: PageInput) {\n    deliveries(runId: $runId, status: $status, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        recipientEmail\n        recipientName\n        status\n        attempts\n        error\n        sentAt\n        subject\n        html\n      }\n    }\n  }\n": types.RunDeliveriesDocument,
    "\n  query RunSchedule($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n    }\n  }\n": types.RunScheduleDocument,
    "\n  fragment ScheduleRow on Schedule {\n    id\n    name\n    kind\n    enabled\n    nextFireAt\n    site {\n      id\n      name\n    }\n    lastRun {\n      id\n      status\n      queuedAt\n    }\n  }\n": types.ScheduleRowFragmentDoc,
    "\n  query Schedules($filter: ScheduleFilter, $orderBy: ScheduleOrder, $page: PageInput) {\n    schedules(filter: $filter, orderBy: $orderBy, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ScheduleRow\n      }\n    }\n  }\n": types.SchedulesDocument,
    "\n  fragment ScheduleDetail on Schedule {\n    id\n    name\n    description\n    kind\n    enabled\n    timezone\n    startDate\n    endDate\n    ruleDescription\n    nextFireAt\n    site {\n      id\n      name\n      siteLuid\n    }\n    rule {\n      __typename\n      ... on HourlyRule {\n        minute\n        fromHour\n        toHour\n        days\n      }\n      ... on WeeklyRule {\n        weekdays\n        time\n      }\n      ... on MonthlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on QuarterlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on CronRule {\n        expression\n      }\n    }\n  }\n": types.ScheduleDetailFragmentDoc,
    "\n  query Schedule($id: ID!) {\n    schedule(id: $id) {\n      ...ScheduleDetail\n    }\n  }\n": types.ScheduleDocument,
    "\n  query ScheduleSiteOptions {\n    sites(page: { limit: 200 }) {\n      items {\n        id\n        name\n        server {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ScheduleSiteOptionsDocument,
    "\n  mutation CreateSchedule($input: ScheduleInput!) {\n    createSchedule(input: $input) {\n      ...ScheduleDetail\n    }\n  }\n": types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($id: ID!, $input: ScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      ...ScheduleDetail\n    }\n  }\n": types.UpdateScheduleDocument,
    "\n    mutation EnableSchedule($id: ID!) {\n      enableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  ": types.EnableScheduleDocument,
    "\n    mutation DisableSchedule($id: ID!) {\n      disableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  ": types.DisableScheduleDocument,
    "\n  mutation DuplicateSchedule($id: ID!) {\n    duplicateSchedule(id: $id) {\n      id\n      name\n    }\n  }\n": types.DuplicateScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": types.DeleteScheduleDocument,
    "\n  query PreviewTimeRule($rule: TimeRuleInput!, $timezone: String!) {\n    previewTimeRule(rule: $rule, timezone: $timezone, count: 5) {\n      description\n      times {\n        at\n        local\n      }\n    }\n  }\n": types.PreviewTimeRuleDocument,
    "\n  mutation RunScheduleNow($id: ID!) {\n    runScheduleNow(id: $id) {\n      id\n      status\n    }\n  }\n": types.RunScheduleNowDocument,
    "\n  fragment TaskFields on Task {\n    id\n    scheduleId\n    position\n    name\n    enabled\n    views {\n      id\n      viewLuid\n      viewName\n      workbookName\n      format\n      pageType\n      orientation\n      inline\n    }\n    filters {\n      field\n      values\n    }\n    parameters {\n      name\n      value\n    }\n    recipients\n    mailingLists {\n      id\n      name\n    }\n    subjectTemplate\n    bodyTemplate\n    filenameTemplate\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query ScheduleTasks($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n      site {\n        id\n        name\n      }\n      tasks {\n        ...TaskFields\n      }\n    }\n  }\n": types.ScheduleTasksDocument,
    "\n  query TaskEditorData {\n    templatePlaceholders {\n      name\n      description\n    }\n    mailingLists(page: { limit: 200 }) {\n      items {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n": types.TaskEditorDataDocument,
    "\n  mutation CreateTask($scheduleId: ID!, $input: TaskInput!) {\n    createTask(scheduleId: $scheduleId, input: $input) {\n      ...TaskFields\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...TaskFields\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n": types.DeleteTaskDocument,
    "\n  mutation ReorderTasks($scheduleId: ID!, $taskIds: [ID!]!) {\n    reorderTasks(scheduleId: $scheduleId, taskIds: $taskIds)\n  }\n": types.ReorderTasksDocument,
    "\n  mutation SendTestEmail($taskId: ID!) {\n    sendTestEmail(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": types.SendTestEmailDocument,
    "\n  query TaskViewOptions($siteId: ID!, $search: String) {\n    tableauViews(siteId: $siteId, search: $search) {\n      id\n      name\n      workbookId\n      workbookName\n      projectName\n    }\n  }\n": types.TaskViewOptionsDocument,
    "\n  query TaskViewThumbnail($siteId: ID!, $workbookId: String!, $viewId: String!) {\n    tableauViewThumbnail(siteId: $siteId, workbookId: $workbookId, viewId: $viewId)\n  }\n": types.TaskViewThumbnailDocument,
    "\n  fragment Registration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n": types.RegistrationFragmentDoc,
    "\n  query ScheduleTriggers($id: ID!) {\n    schedule(id: $id) {\n      id\n      site {\n        id\n      }\n      tasks {\n        id\n      }\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n    }\n  }\n": types.ScheduleTriggersDocument,
    "\n  mutation SaveTriggers($scheduleId: ID!, $triggers: [TriggerInput!]!) {\n    saveTriggers(scheduleId: $scheduleId, triggers: $triggers) {\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n      registration {\n        ...Registration\n      }\n    }\n  }\n": types.SaveTriggersDocument,
    "\n  query TriggerContentOptions($siteId: ID!, $search: String, $workbooks: Boolean!) {\n    tableauWorkbooks(siteId: $siteId, search: $search) @include(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n    tableauDataSources(siteId: $siteId, search: $search) @skip(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n  }\n": types.TriggerContentOptionsDocument,
    "\n  mutation TestTriggerWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n": types.TestTriggerWebhooksDocument,
    "\n  query Users($search: String, $page: PageInput) {\n    users(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        role\n        disabled\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n      name\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query ApiTokens($page: PageInput) {\n    apiTokens(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        prefix\n        scopes\n        ownerId\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment WebhookEventRow on WebhookEvent {\n    id\n    receivedAt\n    source\n    kind\n    siteId\n    eventType\n    resourceLuid\n    body\n    duplicate\n    outcome\n    reason\n    matchedScheduleIds\n    runIds\n    skipped {\n      scheduleId\n      reason\n    }\n  }\n": types.WebhookEventRowFragmentDoc,
    "\n  query WebhookEvents($filter: WebhookEventFilter, $page: PageInput) {\n    webhookEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...WebhookEventRow\n      }\n    }\n  }\n": types.WebhookEventsDocument,
    "\n  subscription TriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n": types.TriggerFiredDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupFirstAdmin($input: CreateUserInput!) {\n    setupFirstAdmin(input: $input) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetupFirstAdmin($input: CreateUserInput!) {\n    setupFirstAdmin(input: $input) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsSetup {\n    needsSetup\n  }\n"): (typeof documents)["\n  query NeedsSetup {\n    needsSetup\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredAuth on TableauAuth {\n    kind\n    tokenName\n    clientId\n    secretId\n    username\n    scopes\n    hasSecret\n  }\n"): (typeof documents)["\n  fragment StoredAuth on TableauAuth {\n    kind\n    tokenName\n    clientId\n    secretId\n    username\n    scopes\n    hasSecret\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections {\n    tableauServers(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n        baseUrl\n        apiVersion\n        auth {\n          ...StoredAuth\n        }\n        sites {\n          id\n          name\n          contentUrl\n          siteLuid\n          allowedDomains\n          webhookUrl\n          webhookSigningSecret\n          auth {\n            ...StoredAuth\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Connections {\n    tableauServers(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n        baseUrl\n        apiVersion\n        auth {\n          ...StoredAuth\n        }\n        sites {\n          id\n          name\n          contentUrl\n          siteLuid\n          allowedDomains\n          webhookUrl\n          webhookSigningSecret\n          auth {\n            ...StoredAuth\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTableauServer($input: TableauServerInput!) {\n    createTableauServer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTableauServer($input: TableauServerInput!) {\n    createTableauServer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTableauServer($id: ID!, $input: TableauServerInput!) {\n    updateTableauServer(id: $id, input: $input) {\n      id\n      name\n      baseUrl\n      apiVersion\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTableauServer($id: ID!, $input: TableauServerInput!) {\n    updateTableauServer(id: $id, input: $input) {\n      id\n      name\n      baseUrl\n      apiVersion\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTableauServer($id: ID!) {\n    deleteTableauServer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTableauServer($id: ID!) {\n    deleteTableauServer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: SiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSite($input: SiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSite($id: ID!, $input: SiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      contentUrl\n      siteLuid\n      allowedDomains\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSite($id: ID!, $input: SiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      contentUrl\n      siteLuid\n      allowedDomains\n      auth {\n        ...StoredAuth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTableauConnection($serverId: ID!) {\n    testTableauConnection(serverId: $serverId) {\n      ok\n      sites {\n        siteId\n        siteName\n        ok\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestTableauConnection($serverId: ID!) {\n    testTableauConnection(serverId: $serverId) {\n      ok\n      sites {\n        siteId\n        siteName\n        ok\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteRegistration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n"): (typeof documents)["\n  fragment SiteRegistration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncTableauWebhooks($siteId: ID!) {\n    syncTableauWebhooks(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n"): (typeof documents)["\n  mutation SyncTableauWebhooks($siteId: ID!) {\n    syncTableauWebhooks(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTableauWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation TestTableauWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($siteId: ID!) {\n    rotateWebhookSecret(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($siteId: ID!) {\n    rotateWebhookSecret(siteId: $siteId) {\n      ...SiteRegistration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOverview {\n    upcoming: schedules(\n      filter: { enabled: true }\n      orderBy: { field: NEXT_FIRE_AT, direction: ASC }\n      page: { limit: 50 }\n    ) {\n      totalCount\n      items {\n        id\n        name\n        nextFireAt\n        site {\n          id\n          name\n        }\n        lastRun {\n          id\n          status\n        }\n      }\n    }\n    names: schedules(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    recent: runs(page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    running: runs(filter: { status: RUNNING }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    queued: runs(filter: { status: QUEUED }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    failed: runs(filter: { status: FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    partial: runs(filter: { status: PARTIALLY_FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n  }\n  fragment RunRowFields on Run {\n    id\n    scheduleId\n    status\n    cause\n    queuedAt\n    finishedAt\n    total\n    sent\n    failed\n    error\n  }\n"): (typeof documents)["\n  query HomeOverview {\n    upcoming: schedules(\n      filter: { enabled: true }\n      orderBy: { field: NEXT_FIRE_AT, direction: ASC }\n      page: { limit: 50 }\n    ) {\n      totalCount\n      items {\n        id\n        name\n        nextFireAt\n        site {\n          id\n          name\n        }\n        lastRun {\n          id\n          status\n        }\n      }\n    }\n    names: schedules(page: { limit: 200 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    recent: runs(page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    running: runs(filter: { status: RUNNING }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    queued: runs(filter: { status: QUEUED }, page: { limit: 10 }) {\n      totalCount\n      items {\n        ...RunRowFields\n        currentTaskId\n      }\n    }\n    failed: runs(filter: { status: FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n    partial: runs(filter: { status: PARTIALLY_FAILED }, page: { limit: 5 }) {\n      totalCount\n      items {\n        ...RunRowFields\n      }\n    }\n  }\n  fragment RunRowFields on Run {\n    id\n    scheduleId\n    status\n    cause\n    queuedAt\n    finishedAt\n    total\n    sent\n    failed\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HomeRunUpdates {\n    runUpdates {\n      runId\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription HomeRunUpdates {\n    runUpdates {\n      runId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeWebhookEvents {\n    webhookEvents(page: { limit: 6 }) {\n      totalCount\n      items {\n        id\n        receivedAt\n        kind\n        eventType\n        resourceLuid\n        outcome\n        reason\n        runIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeWebhookEvents {\n    webhookEvents(page: { limit: 6 }) {\n      totalCount\n      items {\n        id\n        receivedAt\n        kind\n        eventType\n        resourceLuid\n        outcome\n        reason\n        runIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HomeTriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n"): (typeof documents)["\n  subscription HomeTriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailingLists($search: String, $page: PageInput) {\n    mailingLists(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        description\n        memberCount\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailingLists($search: String, $page: PageInput) {\n    mailingLists(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        description\n        memberCount\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailingList($id: ID!) {\n    mailingList(id: $id) {\n      id\n      name\n      description\n      memberCount\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query MailingList($id: ID!) {\n    mailingList(id: $id) {\n      id\n      name\n      description\n      memberCount\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($listId: ID!, $search: String, $page: PageInput) {\n    members(listId: $listId, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        filters {\n          field\n          values\n        }\n        placeholders {\n          name\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($listId: ID!, $search: String, $page: PageInput) {\n    members(listId: $listId, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        filters {\n          field\n          values\n        }\n        placeholders {\n          name\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMailingList($input: MailingListInput!) {\n    createMailingList(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMailingList($input: MailingListInput!) {\n    createMailingList(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailingList($id: ID!, $input: MailingListInput!) {\n    updateMailingList(id: $id, input: $input) {\n      id\n      name\n      description\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailingList($id: ID!, $input: MailingListInput!) {\n    updateMailingList(id: $id, input: $input) {\n      id\n      name\n      description\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMailingList($id: ID!) {\n    deleteMailingList(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMailingList($id: ID!) {\n    deleteMailingList(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($listId: ID!, $input: MemberInput!) {\n    addMember(listId: $listId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($listId: ID!, $input: MemberInput!) {\n    addMember(listId: $listId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: MemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: MemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMailingListCsv($listId: ID!, $csv: String!, $mode: ImportMode!) {\n    importMailingListCsv(listId: $listId, csv: $csv, mode: $mode) {\n      added\n      updated\n      removed\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMailingListCsv($listId: ID!, $csv: String!, $mode: ImportMode!) {\n    importMailingListCsv(listId: $listId, csv: $csv, mode: $mode) {\n      added\n      updated\n      removed\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailingListCsv($id: ID!) {\n    mailingListCsv(id: $id)\n  }\n"): (typeof documents)["\n  query MailingListCsv($id: ID!) {\n    mailingListCsv(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($page: PageInput) {\n    outbox(page: $page) {\n      enabled\n      totalCount\n      offset\n      limit\n      items {\n        id\n        to\n        subject\n        date\n        messageId\n        html\n        text\n        raw\n        attachments {\n          filename\n          contentType\n          size\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($page: PageInput) {\n    outbox(page: $page) {\n      enabled\n      totalCount\n      offset\n      limit\n      items {\n        id\n        to\n        subject\n        date\n        messageId\n        html\n        text\n        raw\n        attachments {\n          filename\n          contentType\n          size\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs($filter: RunFilter, $page: PageInput) {\n    runs(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        scheduleId\n        status\n        cause\n        queuedAt\n        finishedAt\n        total\n        sent\n        failed\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query Runs($filter: RunFilter, $page: PageInput) {\n    runs(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        scheduleId\n        status\n        cause\n        queuedAt\n        finishedAt\n        total\n        sent\n        failed\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunScheduleNames {\n    schedules(page: { limit: 200 }, orderBy: { field: NAME }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunScheduleNames {\n    schedules(page: { limit: 200 }, orderBy: { field: NAME }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunUpdates($scheduleId: ID) {\n    runUpdates(scheduleId: $scheduleId) {\n      runId\n      scheduleId\n      status\n      total\n      sent\n      failed\n      currentTaskId\n      error\n    }\n  }\n"): (typeof documents)["\n  subscription RunUpdates($scheduleId: ID) {\n    runUpdates(scheduleId: $scheduleId) {\n      runId\n      scheduleId\n      status\n      total\n      sent\n      failed\n      currentTaskId\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n      finishedAt\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n      finishedAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      id\n      scheduleId\n      status\n      cause\n      fireTime\n      queuedAt\n      startedAt\n      finishedAt\n      total\n      sent\n      failed\n      error\n      currentTaskId\n    }\n  }\n"): (typeof documents)["\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      id\n      scheduleId\n      status\n      cause\n      fireTime\n      queuedAt\n      startedAt\n      finishedAt\n      total\n      sent\n      failed\n      error\n      currentTaskId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunDeliveries($runId: ID!, $status: DeliveryStatus, $page: PageInput) {\n    deliveries(runId: $runId, status: $status, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        recipientEmail\n        recipientName\n        status\n        attempts\n        error\n        sentAt\n        subject\n        html\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunDeliveries($runId: ID!, $status: DeliveryStatus, $page: PageInput) {\n    deliveries(runId: $runId, status: $status, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        recipientEmail\n        recipientName\n        status\n        attempts\n        error\n        sentAt\n        subject\n        html\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunSchedule($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RunSchedule($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleRow on Schedule {\n    id\n    name\n    kind\n    enabled\n    nextFireAt\n    site {\n      id\n      name\n    }\n    lastRun {\n      id\n      status\n      queuedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduleRow on Schedule {\n    id\n    name\n    kind\n    enabled\n    nextFireAt\n    site {\n      id\n      name\n    }\n    lastRun {\n      id\n      status\n      queuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedules($filter: ScheduleFilter, $orderBy: ScheduleOrder, $page: PageInput) {\n    schedules(filter: $filter, orderBy: $orderBy, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ScheduleRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schedules($filter: ScheduleFilter, $orderBy: ScheduleOrder, $page: PageInput) {\n    schedules(filter: $filter, orderBy: $orderBy, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ScheduleRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleDetail on Schedule {\n    id\n    name\n    description\n    kind\n    enabled\n    timezone\n    startDate\n    endDate\n    ruleDescription\n    nextFireAt\n    site {\n      id\n      name\n      siteLuid\n    }\n    rule {\n      __typename\n      ... on HourlyRule {\n        minute\n        fromHour\n        toHour\n        days\n      }\n      ... on WeeklyRule {\n        weekdays\n        time\n      }\n      ... on MonthlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on QuarterlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on CronRule {\n        expression\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduleDetail on Schedule {\n    id\n    name\n    description\n    kind\n    enabled\n    timezone\n    startDate\n    endDate\n    ruleDescription\n    nextFireAt\n    site {\n      id\n      name\n      siteLuid\n    }\n    rule {\n      __typename\n      ... on HourlyRule {\n        minute\n        fromHour\n        toHour\n        days\n      }\n      ... on WeeklyRule {\n        weekdays\n        time\n      }\n      ... on MonthlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on QuarterlyRule {\n        dayOfMonth\n        firstWorkday\n        time\n      }\n      ... on CronRule {\n        expression\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedule($id: ID!) {\n    schedule(id: $id) {\n      ...ScheduleDetail\n    }\n  }\n"): (typeof documents)["\n  query Schedule($id: ID!) {\n    schedule(id: $id) {\n      ...ScheduleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleSiteOptions {\n    sites(page: { limit: 200 }) {\n      items {\n        id\n        name\n        server {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleSiteOptions {\n    sites(page: { limit: 200 }) {\n      items {\n        id\n        name\n        server {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchedule($input: ScheduleInput!) {\n    createSchedule(input: $input) {\n      ...ScheduleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchedule($input: ScheduleInput!) {\n    createSchedule(input: $input) {\n      ...ScheduleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchedule($id: ID!, $input: ScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      ...ScheduleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchedule($id: ID!, $input: ScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      ...ScheduleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnableSchedule($id: ID!) {\n      enableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  "): (typeof documents)["\n    mutation EnableSchedule($id: ID!) {\n      enableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DisableSchedule($id: ID!) {\n      disableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  "): (typeof documents)["\n    mutation DisableSchedule($id: ID!) {\n      disableSchedule(id: $id) {\n        id\n        enabled\n        nextFireAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateSchedule($id: ID!) {\n    duplicateSchedule(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateSchedule($id: ID!) {\n    duplicateSchedule(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTimeRule($rule: TimeRuleInput!, $timezone: String!) {\n    previewTimeRule(rule: $rule, timezone: $timezone, count: 5) {\n      description\n      times {\n        at\n        local\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewTimeRule($rule: TimeRuleInput!, $timezone: String!) {\n    previewTimeRule(rule: $rule, timezone: $timezone, count: 5) {\n      description\n      times {\n        at\n        local\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunScheduleNow($id: ID!) {\n    runScheduleNow(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RunScheduleNow($id: ID!) {\n    runScheduleNow(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    scheduleId\n    position\n    name\n    enabled\n    views {\n      id\n      viewLuid\n      viewName\n      workbookName\n      format\n      pageType\n      orientation\n      inline\n    }\n    filters {\n      field\n      values\n    }\n    parameters {\n      name\n      value\n    }\n    recipients\n    mailingLists {\n      id\n      name\n    }\n    subjectTemplate\n    bodyTemplate\n    filenameTemplate\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    scheduleId\n    position\n    name\n    enabled\n    views {\n      id\n      viewLuid\n      viewName\n      workbookName\n      format\n      pageType\n      orientation\n      inline\n    }\n    filters {\n      field\n      values\n    }\n    parameters {\n      name\n      value\n    }\n    recipients\n    mailingLists {\n      id\n      name\n    }\n    subjectTemplate\n    bodyTemplate\n    filenameTemplate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleTasks($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n      site {\n        id\n        name\n      }\n      tasks {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleTasks($id: ID!) {\n    schedule(id: $id) {\n      id\n      name\n      site {\n        id\n        name\n      }\n      tasks {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskEditorData {\n    templatePlaceholders {\n      name\n      description\n    }\n    mailingLists(page: { limit: 200 }) {\n      items {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskEditorData {\n    templatePlaceholders {\n      name\n      description\n    }\n    mailingLists(page: { limit: 200 }) {\n      items {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($scheduleId: ID!, $input: TaskInput!) {\n    createTask(scheduleId: $scheduleId, input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($scheduleId: ID!, $input: TaskInput!) {\n    createTask(scheduleId: $scheduleId, input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderTasks($scheduleId: ID!, $taskIds: [ID!]!) {\n    reorderTasks(scheduleId: $scheduleId, taskIds: $taskIds)\n  }\n"): (typeof documents)["\n  mutation ReorderTasks($scheduleId: ID!, $taskIds: [ID!]!) {\n    reorderTasks(scheduleId: $scheduleId, taskIds: $taskIds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestEmail($taskId: ID!) {\n    sendTestEmail(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestEmail($taskId: ID!) {\n    sendTestEmail(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskViewOptions($siteId: ID!, $search: String) {\n    tableauViews(siteId: $siteId, search: $search) {\n      id\n      name\n      workbookId\n      workbookName\n      projectName\n    }\n  }\n"): (typeof documents)["\n  query TaskViewOptions($siteId: ID!, $search: String) {\n    tableauViews(siteId: $siteId, search: $search) {\n      id\n      name\n      workbookId\n      workbookName\n      projectName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskViewThumbnail($siteId: ID!, $workbookId: String!, $viewId: String!) {\n    tableauViewThumbnail(siteId: $siteId, workbookId: $workbookId, viewId: $viewId)\n  }\n"): (typeof documents)["\n  query TaskViewThumbnail($siteId: ID!, $workbookId: String!, $viewId: String!) {\n    tableauViewThumbnail(siteId: $siteId, workbookId: $workbookId, viewId: $viewId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Registration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n"): (typeof documents)["\n  fragment Registration on WebhookRegistration {\n    ok\n    message\n    created\n    removed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleTriggers($id: ID!) {\n    schedule(id: $id) {\n      id\n      site {\n        id\n      }\n      tasks {\n        id\n      }\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleTriggers($id: ID!) {\n    schedule(id: $id) {\n      id\n      site {\n        id\n      }\n      tasks {\n        id\n      }\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTriggers($scheduleId: ID!, $triggers: [TriggerInput!]!) {\n    saveTriggers(scheduleId: $scheduleId, triggers: $triggers) {\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n      registration {\n        ...Registration\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTriggers($scheduleId: ID!, $triggers: [TriggerInput!]!) {\n    saveTriggers(scheduleId: $scheduleId, triggers: $triggers) {\n      triggers {\n        id\n        kind\n        resourceLuid\n        resourceName\n        enabled\n      }\n      registration {\n        ...Registration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriggerContentOptions($siteId: ID!, $search: String, $workbooks: Boolean!) {\n    tableauWorkbooks(siteId: $siteId, search: $search) @include(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n    tableauDataSources(siteId: $siteId, search: $search) @skip(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n  }\n"): (typeof documents)["\n  query TriggerContentOptions($siteId: ID!, $search: String, $workbooks: Boolean!) {\n    tableauWorkbooks(siteId: $siteId, search: $search) @include(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n    tableauDataSources(siteId: $siteId, search: $search) @skip(if: $workbooks) {\n      id\n      name\n      projectName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTriggerWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation TestTriggerWebhooks($siteId: ID!) {\n    testTableauWebhooks(siteId: $siteId) {\n      webhookId\n      event\n      url\n      tableauStatus\n      reachedVizpost\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $page: PageInput) {\n    users(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        role\n        disabled\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $page: PageInput) {\n    users(search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        email\n        name\n        role\n        disabled\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($page: PageInput) {\n    apiTokens(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        prefix\n        scopes\n        ownerId\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($page: PageInput) {\n    apiTokens(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        name\n        prefix\n        scopes\n        ownerId\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEventRow on WebhookEvent {\n    id\n    receivedAt\n    source\n    kind\n    siteId\n    eventType\n    resourceLuid\n    body\n    duplicate\n    outcome\n    reason\n    matchedScheduleIds\n    runIds\n    skipped {\n      scheduleId\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment WebhookEventRow on WebhookEvent {\n    id\n    receivedAt\n    source\n    kind\n    siteId\n    eventType\n    resourceLuid\n    body\n    duplicate\n    outcome\n    reason\n    matchedScheduleIds\n    runIds\n    skipped {\n      scheduleId\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEvents($filter: WebhookEventFilter, $page: PageInput) {\n    webhookEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...WebhookEventRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEvents($filter: WebhookEventFilter, $page: PageInput) {\n    webhookEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...WebhookEventRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n"): (typeof documents)["\n  subscription TriggerFired {\n    triggerFired {\n      id\n      outcome\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;