//! Listing the site's views, workbooks and data sources, every page.
//!
//! `search` is applied here, case-insensitively, rather than sent as
//! Tableau's `filter=name:has:…`: `has` is not accepted by every server
//! version and method, and filter expressions cannot hold commas or
//! ampersands even when encoded ("Filtering and Sorting in the Tableau REST
//! API"). Sites have at most a few thousand items, so fetching them all is
//! cheap next to an export.

use std::collections::HashMap;

use reqwest::Method;
use serde_json::Value;

use super::TableauClient;
use super::error::TableauError;
use super::session::SiteCall;
use super::wire::{self, text};

/// Tableau's default page size; the maximum is 1000, but smaller pages
/// keep each answer quick on large sites.
const PAGE_SIZE: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub id: String,
    pub name: String,
    /// `Workbook/sheets/View`, as Tableau returns it.
    pub content_url: String,
    pub workbook_id: String,
    pub workbook_name: String,
    pub project_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workbook {
    pub id: String,
    pub name: String,
    pub project_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Datasource {
    pub id: String,
    pub name: String,
    pub project_name: String,
}

/// Whether any of `names` contains `search`, ignoring case.
fn matches(search: Option<&str>, names: &[&str]) -> bool {
    let Some(search) = search.map(str::trim).filter(|s| !s.is_empty()) else {
        return true;
    };
    let needle = search.to_lowercase();
    names.iter().any(|n| n.to_lowercase().contains(&needle))
}

fn or_else(first: String, fallback: impl FnOnce() -> String) -> String {
    if first.is_empty() { fallback() } else { first }
}

fn workbook(v: &Value) -> Workbook {
    Workbook {
        id: text(v, "/id"),
        name: text(v, "/name"),
        project_name: text(v, "/project/name"),
    }
}

impl TableauClient {
    /// Views of the site, each with its workbook's name, which Query Views
    /// for Site does not include: it comes from the workbook list. `search`
    /// matches the view's or the workbook's name.
    pub async fn views(&self, search: Option<&str>) -> Result<Vec<View>, TableauError> {
        let (views, workbooks) = tokio::try_join!(
            self.all_pages("views", "view"),
            self.all_pages("workbooks", "workbook")
        )?;
        let books: HashMap<String, Workbook> = workbooks
            .iter()
            .map(workbook)
            .map(|w| (w.id.clone(), w))
            .collect();
        let list = views
            .iter()
            .map(|v| {
                let workbook_id = text(v, "/workbook/id");
                let book = books.get(&workbook_id);
                let from_book =
                    |f: fn(&Workbook) -> &String| book.map(f).cloned().unwrap_or_default();
                View {
                    id: text(v, "/id"),
                    name: text(v, "/name"),
                    content_url: text(v, "/contentUrl"),
                    workbook_name: or_else(text(v, "/workbook/name"), || from_book(|b| &b.name)),
                    project_name: or_else(text(v, "/project/name"), || {
                        from_book(|b| &b.project_name)
                    }),
                    workbook_id,
                }
            })
            .filter(|v| matches(search, &[&v.name, &v.workbook_name]))
            .collect();
        Ok(list)
    }

    pub async fn workbooks(&self, search: Option<&str>) -> Result<Vec<Workbook>, TableauError> {
        let all = self.all_pages("workbooks", "workbook").await?;
        Ok(all
            .iter()
            .map(workbook)
            .filter(|w| matches(search, &[&w.name]))
            .collect())
    }

    pub async fn datasources(&self, search: Option<&str>) -> Result<Vec<Datasource>, TableauError> {
        let all = self.all_pages("datasources", "datasource").await?;
        Ok(all
            .iter()
            .map(|v| Datasource {
                id: text(v, "/id"),
                name: text(v, "/name"),
                project_name: text(v, "/project/name"),
            })
            .filter(|d| matches(search, &[&d.name]))
            .collect())
    }

    /// Every item of `GET /sites/{site}/{resource}`, page after page until
    /// `totalAvailable` items have arrived (or a page comes back empty).
    async fn all_pages(&self, resource: &str, element: &str) -> Result<Vec<Value>, TableauError> {
        let what = format!("listing {resource} on {}", self.config.site_label());
        let mut items: Vec<Value> = Vec::new();
        let mut page = 1usize;
        loop {
            let answer = self
                .call(SiteCall {
                    method: Method::GET,
                    path: &[resource],
                    query: vec![
                        ("pageSize".into(), PAGE_SIZE.to_string()),
                        ("pageNumber".into(), page.to_string()),
                    ],
                    body: None,
                    json: true,
                    what: &what,
                })
                .await?;
            let doc = wire::json(&answer, &what)?;
            let got = wire::items(&doc, resource, element);
            let count = got.len();
            items.extend(got.into_iter().cloned());
            let total: usize = text(&doc, "/pagination/totalAvailable")
                .parse()
                .unwrap_or(0);
            if count == 0 || items.len() >= total {
                return Ok(items);
            }
            page += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn search_ignores_case_and_blank_input() {
        assert!(matches(Some("REGION"), &["By Region"]));
        assert!(matches(Some("  "), &["anything"]));
        assert!(matches(None, &["anything"]));
        assert!(!matches(Some("ops"), &["Sales", "Overview"]));
    }
}
