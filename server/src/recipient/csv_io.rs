//! Mailing lists as CSV: `email;name;filter_Region;placeholder_CITY`.
//!
//! The delimiter is `;` or `,`, whichever the header uses. A filter cell may
//! hold several values: separated by `,` in a `;` file, by `|` in a `,` file.
//! Good rows are saved together; each bad row is reported with its line.

use std::collections::BTreeMap;

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};

use super::list::{MemberInput, check_member, domain_rules, find_list, member_model};
use crate::db::entity::member;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Add new members and update existing ones (matched by email).
    Merge,
    /// Make the list exactly the file's valid rows.
    Replace,
}

#[derive(Debug, Clone)]
pub struct RejectedRow {
    pub line: usize,
    pub reason: String,
}

#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub rejected: Vec<RejectedRow>,
}

enum Column {
    Email,
    Name,
    Filter(String),
    Placeholder(String),
}

fn header_columns(header: &csv::StringRecord) -> AppResult<Vec<Column>> {
    let mut cols = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim().trim_start_matches('\u{feff}');
        cols.push(match h.to_ascii_lowercase().as_str() {
            "email" => Column::Email,
            "name" => Column::Name,
            _ if h.len() > 7 && h[..7].eq_ignore_ascii_case("filter_") => Column::Filter(h[7..].to_string()),
            _ if h.len() > 12 && h[..12].eq_ignore_ascii_case("placeholder_") => {
                Column::Placeholder(h[12..].to_string())
            }
            _ => {
                return Err(AppError::invalid(
                    "csv",
                    format!("line 1, column {}: '{h}' is not email, name, filter_<field> or placeholder_<name>", i + 1),
                ));
            }
        });
    }
    if !cols.iter().any(|c| matches!(c, Column::Email)) {
        return Err(AppError::invalid(
            "csv",
            "line 1: the header has no 'email' column",
        ));
    }
    Ok(cols)
}

pub async fn import_csv(
    state: &AppState,
    list_id: i32,
    text: &str,
    mode: ImportMode,
) -> AppResult<ImportReport> {
    find_list(&state.db, list_id).await?;
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.contains(';') { b';' } else { b',' };
    let multi = if delimiter == b';' { ',' } else { '|' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| AppError::invalid("csv", format!("line 1: {e}")))?
        .clone();
    let cols = header_columns(&header)?;
    let rules = domain_rules(&state.db, list_id).await?;
    let mut report = ImportReport::default();
    let mut rows: Vec<(usize, MemberInput, String)> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                report.rejected.push(RejectedRow {
                    line,
                    reason: format!("unreadable row: {e}"),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != cols.len() {
            report.rejected.push(RejectedRow {
                line,
                reason: format!("has {} fields, the header has {}", record.len(), cols.len()),
            });
            continue;
        }
        let mut input = MemberInput::default();
        for (col, cell) in cols.iter().zip(record.iter()) {
            let cell = cell.trim();
            match col {
                Column::Email => input.email = cell.to_string(),
                Column::Name => input.name = cell.to_string(),
                Column::Filter(f) if !cell.is_empty() => {
                    let values = cell.split(multi).map(|v| v.trim().to_string()).collect();
                    input.filters.insert(f.clone(), values);
                }
                Column::Placeholder(p) if !cell.is_empty() => {
                    input.placeholders.insert(p.clone(), cell.to_string());
                }
                _ => {}
            }
        }
        match check_member(&input, &rules) {
            Err((_, reason)) => report.rejected.push(RejectedRow { line, reason }),
            Ok(addr) => {
                if let Some((first, _, _)) = rows.iter().find(|(_, _, e)| *e == addr.as_str()) {
                    report.rejected.push(RejectedRow {
                        line,
                        reason: format!("{addr} already appears on line {first}"),
                    });
                } else {
                    rows.push((line, input, addr.to_string()));
                }
            }
        }
    }
    let txn = state.db.begin().await?;
    let existing = member::Entity::find()
        .filter(member::Column::ListId.eq(list_id))
        .all(&txn)
        .await?;
    let existing: BTreeMap<String, member::Model> =
        existing.into_iter().map(|m| (m.email.clone(), m)).collect();
    if mode == ImportMode::Replace {
        let keep: Vec<&String> = rows.iter().map(|(_, _, e)| e).collect();
        for (email, m) in &existing {
            if !keep.contains(&email) {
                member::Entity::delete_by_id(m.id).exec(&txn).await?;
                report.removed += 1;
            }
        }
    }
    for (_, input, email) in &rows {
        let addr = super::EmailAddress::parse(email).map_err(|r| AppError::invalid("csv", r))?;
        let mut active = member_model(list_id, &addr, input);
        match existing.get(email) {
            Some(m) => {
                active.id = Set(m.id);
                active.update(&txn).await?;
                report.updated += 1;
            }
            None => {
                active.insert(&txn).await?;
                report.added += 1;
            }
        }
    }
    txn.commit().await?;
    tracing::info!(
        list_id,
        added = report.added,
        updated = report.updated,
        rejected = report.rejected.len(),
        "mailing list imported"
    );
    Ok(report)
}

/// Writes the list in the import format, `;`-separated, so a round trip
/// through a spreadsheet and back changes nothing.
pub async fn export_csv(state: &AppState, list_id: i32) -> AppResult<String> {
    find_list(&state.db, list_id).await?;
    let members = member::Entity::find()
        .filter(member::Column::ListId.eq(list_id))
        .all(&state.db)
        .await?;
    let parse = |m: &member::Model| {
        let f: BTreeMap<String, Vec<String>> =
            serde_json::from_value(m.filters.clone()).unwrap_or_default();
        let p: BTreeMap<String, String> =
            serde_json::from_value(m.placeholders.clone()).unwrap_or_default();
        (f, p)
    };
    let mut filter_cols = std::collections::BTreeSet::new();
    let mut placeholder_cols = std::collections::BTreeSet::new();
    for m in &members {
        let (f, p) = parse(m);
        filter_cols.extend(f.into_keys());
        placeholder_cols.extend(p.into_keys());
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let mut header = vec!["email".to_string(), "name".to_string()];
    header.extend(filter_cols.iter().map(|f| format!("filter_{f}")));
    header.extend(placeholder_cols.iter().map(|p| format!("placeholder_{p}")));
    let io = |e: csv::Error| AppError::Internal(e.into());
    writer.write_record(&header).map_err(io)?;
    for m in &members {
        let (f, p) = parse(m);
        let mut row = vec![m.email.clone(), m.name.clone()];
        row.extend(
            filter_cols
                .iter()
                .map(|c| f.get(c).map(|v| v.join(",")).unwrap_or_default()),
        );
        row.extend(
            placeholder_cols
                .iter()
                .map(|c| p.get(c).cloned().unwrap_or_default()),
        );
        writer.write_record(&row).map_err(io)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!(e.to_string())))?;
    String::from_utf8(bytes).map_err(|e| AppError::Internal(e.into()))
}
