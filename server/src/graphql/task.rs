//! Tasks: views, formats, filters, recipients and templates.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, dataloader::DataLoader};
use chrono::{DateTime, Utc};
use sea_orm::EntityTrait;

use super::error::{GqlResult, ResultExt, id_of, ids_of, loader_err, require, state, to_gql};
use super::list::MailingList;
use super::loaders::{Db, ListsOf, ViewsOf};
use crate::auth::Permission;
use crate::db::entity::{task, task_view};
use crate::error::AppError;
use crate::task::{self as domain, ViewFormat};

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Pdf,
    Png,
    Csv,
    Excel,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "domain::PageType")]
pub enum PageType {
    A3,
    A4,
    A5,
    B5,
    Executive,
    Folio,
    Ledger,
    Legal,
    Letter,
    Note,
    Quarto,
    Tabloid,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "domain::Orientation")]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// A field and the values the view is filtered to.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "FilterInput")]
pub struct Filter {
    pub field: String,
    pub values: Vec<String>,
}

#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "ParameterInput")]
pub struct Parameter {
    pub name: String,
    pub value: String,
}

/// A Tableau view delivered by a task, and how.
pub struct TaskView(pub task_view::Model);

#[Object]
impl TaskView {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn view_luid(&self) -> &str {
        &self.0.view_luid
    }
    async fn view_name(&self) -> &str {
        &self.0.view_name
    }
    async fn workbook_name(&self) -> &str {
        &self.0.workbook_name
    }
    async fn format(&self) -> ExportFormat {
        match self.parsed() {
            Some(ViewFormat::Pdf { .. }) => ExportFormat::Pdf,
            Some(ViewFormat::Png { .. }) => ExportFormat::Png,
            Some(ViewFormat::Excel) => ExportFormat::Excel,
            _ => ExportFormat::Csv,
        }
    }
    /// PDF only.
    async fn page_type(&self) -> Option<PageType> {
        match self.parsed() {
            Some(ViewFormat::Pdf { page_type, .. }) => Some(page_type.into()),
            _ => None,
        }
    }
    /// PDF only.
    async fn orientation(&self) -> Option<Orientation> {
        match self.parsed() {
            Some(ViewFormat::Pdf { orientation, .. }) => Some(orientation.into()),
            _ => None,
        }
    }
    /// PNG only: shown in the body rather than attached.
    async fn inline(&self) -> bool {
        matches!(self.parsed(), Some(ViewFormat::Png { inline: true }))
    }
}

impl TaskView {
    fn parsed(&self) -> Option<ViewFormat> {
        serde_json::from_value(self.0.options.clone()).ok()
    }
}

/// What a schedule delivers, to whom, in which words.
pub struct Task(pub task::Model);

#[Object]
impl Task {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn schedule_id(&self) -> ID {
        self.0.schedule_id.into()
    }
    async fn position(&self) -> i32 {
        self.0.position
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn enabled(&self) -> bool {
        self.0.enabled
    }
    async fn views(&self, ctx: &Context<'_>) -> GqlResult<Vec<TaskView>> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        let rows = loader
            .load_one(ViewsOf(self.0.id))
            .await
            .map_err(loader_err)?
            .unwrap_or_default();
        Ok(rows.into_iter().map(TaskView).collect())
    }
    async fn filters(&self) -> Vec<Filter> {
        let list: Vec<domain::Filter> =
            serde_json::from_value(self.0.filters.clone()).unwrap_or_default();
        list.into_iter()
            .map(|f| Filter {
                field: f.field,
                values: f.values,
            })
            .collect()
    }
    async fn parameters(&self) -> Vec<Parameter> {
        let list: Vec<domain::Parameter> =
            serde_json::from_value(self.0.parameters.clone()).unwrap_or_default();
        list.into_iter()
            .map(|p| Parameter {
                name: p.name,
                value: p.value,
            })
            .collect()
    }
    async fn recipients(&self) -> Vec<String> {
        serde_json::from_value(self.0.recipients.clone()).unwrap_or_default()
    }
    async fn mailing_lists(&self, ctx: &Context<'_>) -> GqlResult<Vec<MailingList>> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        let rows = loader
            .load_one(ListsOf(self.0.id))
            .await
            .map_err(loader_err)?
            .unwrap_or_default();
        Ok(rows.into_iter().map(MailingList).collect())
    }
    async fn subject_template(&self) -> &str {
        &self.0.subject_template
    }
    async fn body_template(&self) -> &str {
        &self.0.body_template
    }
    async fn filename_template(&self) -> &str {
        &self.0.filename_template
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

#[derive(InputObject)]
pub struct TaskViewInput {
    pub view_luid: String,
    #[graphql(default)]
    pub view_name: String,
    #[graphql(default)]
    pub workbook_name: String,
    pub format: ExportFormat,
    /// PDF page size; A4 when left out.
    pub page_type: Option<PageType>,
    /// PDF orientation; portrait when left out.
    pub orientation: Option<Orientation>,
    /// PNG: show in the body instead of attaching.
    #[graphql(default)]
    pub inline: bool,
}

#[derive(InputObject)]
pub struct TaskInput {
    pub name: String,
    #[graphql(default = true)]
    pub enabled: bool,
    pub views: Vec<TaskViewInput>,
    #[graphql(default)]
    pub filters: Vec<Filter>,
    #[graphql(default)]
    pub parameters: Vec<Parameter>,
    #[graphql(default)]
    pub recipients: Vec<String>,
    #[graphql(default)]
    pub mailing_list_ids: Vec<ID>,
    /// Placeholders: see `templatePlaceholders`.
    #[graphql(default = "{{schedule}}: {{views}}")]
    pub subject_template: String,
    #[graphql(
        default = "<p>Hello {{recipient.name}},</p><p>here is {{views}} as of {{date}} {{time}}.</p>"
    )]
    pub body_template: String,
    #[graphql(default = "{{view}} {{date}}")]
    pub filename_template: String,
}

fn task_input(input: TaskInput) -> GqlResult<domain::TaskInput> {
    let views = input
        .views
        .into_iter()
        .map(|v| domain::ViewInput {
            view_luid: v.view_luid,
            view_name: v.view_name,
            workbook_name: v.workbook_name,
            format: match v.format {
                ExportFormat::Pdf => ViewFormat::Pdf {
                    page_type: v.page_type.map_or(domain::PageType::A4, Into::into),
                    orientation: v
                        .orientation
                        .map_or(domain::Orientation::Portrait, Into::into),
                },
                ExportFormat::Png => ViewFormat::Png { inline: v.inline },
                ExportFormat::Csv => ViewFormat::Csv,
                ExportFormat::Excel => ViewFormat::Excel,
            },
        })
        .collect();
    Ok(domain::TaskInput {
        name: input.name,
        enabled: input.enabled,
        views,
        filters: input
            .filters
            .into_iter()
            .map(|f| domain::Filter {
                field: f.field.trim().to_string(),
                values: f.values,
            })
            .collect(),
        parameters: input
            .parameters
            .into_iter()
            .map(|p| domain::Parameter {
                name: p.name.trim().to_string(),
                value: p.value,
            })
            .collect(),
        recipients: input.recipients,
        mailing_list_ids: ids_of(&input.mailing_list_ids, "input.mailingListIds")?,
        subject_template: input.subject_template,
        body_template: input.body_template,
        filename_template: input.filename_template,
    })
}

/// A template placeholder and what it becomes.
#[derive(SimpleObject)]
pub struct Placeholder {
    pub name: String,
    pub description: String,
}

#[derive(Default)]
pub struct TaskQuery;

#[Object]
impl TaskQuery {
    async fn task(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Task> {
        require(ctx, Permission::Read)?;
        let id = id_of(&id, "id")?;
        let found = task::Entity::find_by_id(id)
            .one(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        found
            .map(Task)
            .ok_or_else(|| to_gql(AppError::not_found("task", id)))
    }

    /// The placeholders templates may use, written `{{name}}`; a mailing
    /// list's `placeholder_X` column is `{{member.X}}`.
    async fn template_placeholders(&self) -> Vec<Placeholder> {
        domain::template::KNOWN
            .iter()
            .map(|(n, d)| Placeholder {
                name: n.to_string(),
                description: d.to_string(),
            })
            .collect()
    }
}

#[derive(Default)]
pub struct TaskMutation;

#[Object]
impl TaskMutation {
    async fn create_task(
        &self,
        ctx: &Context<'_>,
        schedule_id: ID,
        input: TaskInput,
    ) -> GqlResult<Task> {
        require(ctx, Permission::ManageSchedules)?;
        let schedule_id = id_of(&schedule_id, "scheduleId")?;
        let input = task_input(input)?;
        Ok(Task(
            domain::create_task(state(ctx), schedule_id, input)
                .await
                .map_err(|e| match e {
                    AppError::Validation { ref field, .. } if field == "scheduleId" => {
                        super::error::to_gql(e)
                    }
                    other => super::error::to_gql(other.within("input")),
                })?,
        ))
    }

    async fn update_task(&self, ctx: &Context<'_>, id: ID, input: TaskInput) -> GqlResult<Task> {
        require(ctx, Permission::ManageSchedules)?;
        let id = id_of(&id, "id")?;
        let input = task_input(input)?;
        Ok(Task(
            domain::update_task(state(ctx), id, input)
                .await
                .gql_at("input")?,
        ))
    }

    async fn delete_task(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageSchedules)?;
        domain::delete_task(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        Ok(true)
    }

    /// Sets the delivery order: `taskIds` lists every task of the schedule once.
    async fn reorder_tasks(
        &self,
        ctx: &Context<'_>,
        schedule_id: ID,
        task_ids: Vec<ID>,
    ) -> GqlResult<bool> {
        require(ctx, Permission::ManageSchedules)?;
        let schedule_id = id_of(&schedule_id, "scheduleId")?;
        domain::reorder_tasks(state(ctx), schedule_id, ids_of(&task_ids, "taskIds")?)
            .await
            .gql()?;
        Ok(true)
    }
}
