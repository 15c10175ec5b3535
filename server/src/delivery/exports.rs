//! Exports needed by a run, made once per distinct (view, format, filters,
//! parameters) and shared by every recipient who needs the same bytes.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::db::entity::{task, task_view};
use crate::tableau::{ExportKind, ExportRequest, TableauClient};
use crate::task::{Filter, Parameter, ViewFormat};

/// Identifies identical exports; filters are kept sorted so the same set
/// written in another order is still the same export.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ExportKey {
    view_id: String,
    format: String,
    filters: Vec<(String, Vec<String>)>,
    parameters: Vec<(String, String)>,
}

pub struct ViewFile {
    pub view_name: String,
    pub format: ViewFormat,
    pub bytes: Arc<Vec<u8>>,
}

/// The task's filters with the member's own on top (a member's value for a
/// field replaces the task's).
pub fn merged_filters(
    t: &task::Model,
    personal: Option<&serde_json::Value>,
) -> Vec<(String, Vec<String>)> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let base: Vec<Filter> = serde_json::from_value(t.filters.clone()).unwrap_or_default();
    for f in base {
        map.insert(f.field, f.values);
    }
    if let Some(p) = personal {
        let own: BTreeMap<String, Vec<String>> =
            serde_json::from_value(p.clone()).unwrap_or_default();
        map.extend(own);
    }
    map.into_iter().collect()
}

pub fn key_for(
    v: &task_view::Model,
    filters: &[(String, Vec<String>)],
    t: &task::Model,
) -> (ExportKey, ExportRequest, ViewFormat) {
    let format: ViewFormat = serde_json::from_value(v.options.clone()).unwrap_or(ViewFormat::Csv);
    let params: Vec<Parameter> = serde_json::from_value(t.parameters.clone()).unwrap_or_default();
    let parameters: Vec<(String, String)> = params.into_iter().map(|p| (p.name, p.value)).collect();
    let kind = match &format {
        ViewFormat::Pdf {
            page_type,
            orientation,
        } => ExportKind::Pdf {
            page_type: format!("{page_type:?}"),
            orientation: format!("{orientation:?}"),
        },
        ViewFormat::Png { .. } => ExportKind::Image,
        ViewFormat::Csv => ExportKind::Csv,
        ViewFormat::Excel => ExportKind::Excel,
    };
    let key = ExportKey {
        view_id: v.view_luid.clone(),
        format: v.options.to_string(),
        filters: filters.to_vec(),
        parameters: parameters.clone(),
    };
    let request = ExportRequest {
        view_id: v.view_luid.clone(),
        kind,
        filters: filters.to_vec(),
        parameters,
        max_age_minutes: Some(1),
    };
    (key, request, format)
}

/// Successful exports of this run, and failures of the current pass (so one
/// broken view is not requested again for every recipient in the pass).
#[derive(Default)]
pub struct ExportCache {
    done: HashMap<ExportKey, Arc<Vec<u8>>>,
    failed: HashMap<ExportKey, (String, bool)>,
}

impl ExportCache {
    pub fn new_pass(&mut self) {
        self.failed.clear();
    }

    /// Returns the bytes, or the error and whether it may pass on retry.
    pub async fn get(
        &mut self,
        client: &TableauClient,
        key: ExportKey,
        request: &ExportRequest,
        run_id: i32,
    ) -> Result<Arc<Vec<u8>>, (String, bool)> {
        if let Some(bytes) = self.done.get(&key) {
            return Ok(bytes.clone());
        }
        if let Some(err) = self.failed.get(&key) {
            return Err(err.clone());
        }
        let started = std::time::Instant::now();
        match client.export(request).await {
            Ok(export) if !export.bytes.is_empty() => {
                let bytes = Arc::new(export.bytes.to_vec());
                tracing::info!(run_id, view = %request.view_id, bytes = bytes.len(),
                    millis = started.elapsed().as_millis() as u64, "export made");
                self.done.insert(key, bytes.clone());
                Ok(bytes)
            }
            Ok(_) => {
                let err = (
                    format!(
                        "Tableau returned an empty export of view {}",
                        request.view_id
                    ),
                    true,
                );
                self.failed.insert(key, err.clone());
                Err(err)
            }
            Err(e) => {
                tracing::warn!(run_id, view = %request.view_id, error = %e,
                    millis = started.elapsed().as_millis() as u64, "export failed");
                let err = (
                    format!("export of view {} failed: {e}", request.view_id),
                    e.is_transient(),
                );
                self.failed.insert(key, err.clone());
                Err(err)
            }
        }
    }
}
