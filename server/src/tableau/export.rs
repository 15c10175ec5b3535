//! Exporting a view: Query View Image, Query View PDF, Query View Data and
//! Download View Crosstab Excel, with view filters and parameters.

use reqwest::Method;

use super::TableauClient;
use super::error::TableauError;
use super::session::SiteCall;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportRequest {
    pub view_id: String,
    pub kind: ExportKind,
    /// Field name and the values to keep.
    pub filters: Vec<(String, Vec<String>)>,
    /// Workbook parameter name and value.
    pub parameters: Vec<(String, String)>,
    /// Accept a rendering cached for up to this long (Tableau's minimum is
    /// one minute).
    pub max_age_minutes: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// PNG at `resolution=high`.
    Image,
    /// `page_type` and `orientation` take Tableau's values: "A4", "Letter",
    /// "Legal", …; "Portrait" or "Landscape".
    Pdf {
        page_type: String,
        orientation: String,
    },
    Csv,
    Excel,
}

impl ExportKind {
    fn path(&self) -> &'static [&'static str] {
        match self {
            ExportKind::Image => &["image"],
            ExportKind::Pdf { .. } => &["pdf"],
            ExportKind::Csv => &["data"],
            ExportKind::Excel => &["crosstab", "excel"],
        }
    }

    fn label(&self) -> &'static str {
        match self {
            ExportKind::Image => "a PNG image",
            ExportKind::Pdf { .. } => "a PDF",
            ExportKind::Csv => "CSV data",
            ExportKind::Excel => "an Excel crosstab",
        }
    }

    /// What Tableau documents for the method, when its answer omits it.
    fn default_content_type(&self) -> &'static str {
        match self {
            ExportKind::Image => "image/png",
            ExportKind::Pdf { .. } => "application/pdf",
            ExportKind::Csv => "text/csv",
            ExportKind::Excel => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub bytes: Vec<u8>,
    pub content_type: String,
}

/// A comma inside a value is escaped with a backslash; a bare comma
/// separates values (Tableau knowledge article 001473621, "Unable to Use
/// Special Characters in URL Parameters").
fn filter_value(values: &[String]) -> String {
    values
        .iter()
        .map(|v| v.replace(',', "\\,"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Parameters travel as view filters on the `Parameters` pseudo-table:
/// `vf_Parameters.<name>=value`, as Tableau's own Python client sends them
/// (server-client-python `RequestOptions.parameter`, and its issue #1332).
fn parameter_key(name: &str) -> String {
    if name.starts_with("Parameters.") {
        format!("vf_{name}")
    } else {
        format!("vf_Parameters.{name}")
    }
}

/// The query string of an export, unencoded; the HTTP layer encodes it.
pub(crate) fn export_query(request: &ExportRequest) -> Vec<(String, String)> {
    let mut query = Vec::new();
    match &request.kind {
        ExportKind::Image => query.push(("resolution".to_string(), "high".to_string())),
        ExportKind::Pdf {
            page_type,
            orientation,
        } => {
            query.push(("type".to_string(), page_type.clone()));
            query.push(("orientation".to_string(), orientation.clone()));
        }
        ExportKind::Csv | ExportKind::Excel => {}
    }
    if let Some(minutes) = request.max_age_minutes {
        query.push(("maxAge".to_string(), minutes.max(1).to_string()));
    }
    for (field, values) in &request.filters {
        // No values would mean "keep rows whose value is empty".
        if !values.is_empty() {
            query.push((format!("vf_{field}"), filter_value(values)));
        }
    }
    for (name, value) in &request.parameters {
        query.push((parameter_key(name), value.clone()));
    }
    query
}

impl TableauClient {
    /// Exports a view, waiting for one of the export slots it shares with
    /// the other sites of its server.
    pub async fn export(&self, request: &ExportRequest) -> Result<Export, TableauError> {
        let what = format!(
            "exporting view {} as {} from {}",
            request.view_id,
            request.kind.label(),
            self.config.site_label()
        );
        let _slot = self
            .exports
            .acquire()
            .await
            .map_err(|_| TableauError::Protocol("the export limiter was closed".into()))?;
        let mut path = vec!["views", request.view_id.as_str()];
        path.extend_from_slice(request.kind.path());
        let answer = self
            .call(SiteCall {
                method: Method::GET,
                path: &path,
                query: export_query(request),
                body: None,
                json: false,
                what: &what,
            })
            .await?;
        if answer.body.is_empty() {
            return Err(TableauError::Protocol(format!(
                "{what} returned an empty file"
            )));
        }
        let content_type = answer
            .content_type
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| request.kind.default_content_type().to_string());
        Ok(Export {
            bytes: answer.body,
            content_type,
        })
    }
}

impl TableauClient {
    /// The small preview image Tableau keeps for a view ("Query View
    /// Preview Image"), for pickers. Shares the export slots.
    pub async fn view_preview(
        &self,
        workbook_id: &str,
        view_id: &str,
    ) -> Result<Vec<u8>, TableauError> {
        let what = format!(
            "fetching the preview of view {view_id} from {}",
            self.config.site_label()
        );
        let _slot = self
            .exports
            .acquire()
            .await
            .map_err(|_| TableauError::Protocol("the export limiter was closed".into()))?;
        let path = ["workbooks", workbook_id, "views", view_id, "previewImage"];
        let answer = self
            .call(SiteCall {
                method: Method::GET,
                path: &path,
                query: vec![],
                body: None,
                json: false,
                what: &what,
            })
            .await?;
        if answer.body.is_empty() {
            return Err(TableauError::Protocol(format!(
                "{what} returned an empty image"
            )));
        }
        Ok(answer.body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_escape_commas_and_parameters_use_the_parameters_table() {
        let request = ExportRequest {
            view_id: "v".into(),
            kind: ExportKind::Pdf {
                page_type: "A4".into(),
                orientation: "Landscape".into(),
            },
            filters: vec![
                ("Region".into(), vec!["East".into(), "West".into()]),
                ("Customer".into(), vec!["Smith, Jane".into()]),
                ("Empty".into(), vec![]),
            ],
            parameters: vec![
                ("Top N".into(), "10".into()),
                ("Parameters.Year".into(), "2024".into()),
            ],
            max_age_minutes: Some(0),
        };
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            export_query(&request),
            pairs(&[
                ("type", "A4"),
                ("orientation", "Landscape"),
                ("maxAge", "1"),
                ("vf_Region", "East,West"),
                ("vf_Customer", "Smith\\, Jane"),
                ("vf_Parameters.Top N", "10"),
                ("vf_Parameters.Year", "2024"),
            ])
        );
    }
}
