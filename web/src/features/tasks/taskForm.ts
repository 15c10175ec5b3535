import type { ExportFormat, Orientation, PageType, TaskFieldsFragment, TaskInput } from '../../gql/graphql';
import { splitList } from '../../lib/format';

export interface ViewValues {
  viewLuid: string;
  viewName: string;
  workbookName: string;
  format: ExportFormat;
  pageType: PageType | null;
  orientation: Orientation | null;
  inline: boolean;
}

export interface TaskValues {
  name: string;
  enabled: boolean;
  views: ViewValues[];
  /** `values` is comma separated in the form. */
  filters: { field: string; values: string }[];
  parameters: { name: string; value: string }[];
  recipients: string[];
  mailingListIds: string[];
  subjectTemplate: string;
  bodyTemplate: string;
  filenameTemplate: string;
}

export const NEW_VIEW: ViewValues = {
  viewLuid: '',
  viewName: '',
  workbookName: '',
  format: 'PDF',
  pageType: 'A4',
  orientation: 'PORTRAIT',
  inline: false,
};

/** The defaults the API applies when a template is left out. */
export const DEFAULT_TEMPLATES = {
  subjectTemplate: '{{schedule}}: {{views}}',
  bodyTemplate: '<p>Hello {{recipient.name}},</p><p>here is {{views}} as of {{date}} {{time}}.</p>',
  filenameTemplate: '{{view}} {{date}}',
};

export function taskValues(task?: TaskFieldsFragment): TaskValues {
  if (!task) {
    return { name: '', enabled: true, views: [{ ...NEW_VIEW }], filters: [], parameters: [], recipients: [], mailingListIds: [], ...DEFAULT_TEMPLATES };
  }
  return {
    name: task.name,
    enabled: task.enabled,
    views: task.views.map(({ viewLuid, viewName, workbookName, format, pageType, orientation, inline }) => ({
      viewLuid, viewName, workbookName, format, pageType: pageType ?? null, orientation: orientation ?? null, inline,
    })),
    filters: task.filters.map((f) => ({ field: f.field, values: f.values.join(', ') })),
    parameters: task.parameters.map((p) => ({ name: p.name, value: p.value })),
    recipients: task.recipients,
    mailingListIds: task.mailingLists.map((l) => l.id),
    subjectTemplate: task.subjectTemplate,
    bodyTemplate: task.bodyTemplate,
    filenameTemplate: task.filenameTemplate,
  };
}

export function toTaskInput(v: TaskValues): TaskInput {
  return {
    name: v.name.trim(),
    enabled: v.enabled,
    views: v.views.map((view) => ({
      viewLuid: view.viewLuid.trim(),
      viewName: view.viewName.trim(),
      workbookName: view.workbookName.trim(),
      format: view.format,
      pageType: view.format === 'PDF' ? view.pageType : null,
      orientation: view.format === 'PDF' ? view.orientation : null,
      inline: view.format === 'PNG' && view.inline,
    })),
    filters: v.filters.map((f) => ({ field: f.field.trim(), values: splitList(f.values) })),
    parameters: v.parameters.map((p) => ({ name: p.name.trim(), value: p.value })),
    recipients: v.recipients.map((r) => r.trim()).filter(Boolean),
    mailingListIds: v.mailingListIds,
    subjectTemplate: v.subjectTemplate,
    bodyTemplate: v.bodyTemplate,
    filenameTemplate: v.filenameTemplate,
  };
}
