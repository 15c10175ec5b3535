//! The values a task is made of, as stored in its JSON columns.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// How one view is exported and attached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "format", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ViewFormat {
    Pdf {
        page_type: PageType,
        orientation: Orientation,
    },
    /// `inline` puts the image in the body (by `cid:`) instead of attaching it.
    Png {
        inline: bool,
    },
    Csv,
    Excel,
}

impl ViewFormat {
    pub fn code(&self) -> &'static str {
        match self {
            ViewFormat::Pdf { .. } => "PDF",
            ViewFormat::Png { .. } => "PNG",
            ViewFormat::Csv => "CSV",
            ViewFormat::Excel => "EXCEL",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewInput {
    pub view_luid: String,
    pub view_name: String,
    pub workbook_name: String,
    pub format: ViewFormat,
}

/// `field = value, value`: the view shows rows whose field has any value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    pub field: String,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parameter {
    pub name: String,
    pub value: String,
}

pub struct TaskInput {
    pub name: String,
    pub enabled: bool,
    pub views: Vec<ViewInput>,
    pub filters: Vec<Filter>,
    pub parameters: Vec<Parameter>,
    pub recipients: Vec<String>,
    pub mailing_list_ids: Vec<i32>,
    pub subject_template: String,
    pub body_template: String,
    pub filename_template: String,
}
