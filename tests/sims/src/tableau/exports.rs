//! View exports: Query View Image, Query View PDF, Query View Data and
//! Download View Crosstab Excel.

use poem::Response;

use super::Call;
use super::auth::authorize;
use super::content::view_not_found;
use super::render::{self, ExportSpec};
use super::state::Inner;
use super::wire::{self, ApiError, ApiResult};

/// Tableau renders images 784 px wide, or 1568 px with `resolution=high`.
const IMAGE_WIDTH: u32 = 784;
const MAX_VIZ_PIXELS: u32 = 4096;
const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn int_param(call: &Call, name: &str) -> Result<Option<u32>, ApiError> {
    call.query(name)
        .map(|raw| {
            raw.parse::<u32>().map_err(|_| {
                ApiError::bad_request("400000", format!("Invalid value '{raw}' for {name}."))
            })
        })
        .transpose()
}

pub(crate) fn export(
    inner: &Inner,
    call: &Call,
    site_id: &str,
    view_id: &str,
    kind: &str,
) -> ApiResult {
    authorize(inner, call, site_id, &["tableau:views:download"])?;
    let site = inner.config.site_by_luid(site_id).ok_or_else(|| {
        ApiError::not_found("404000", format!("Site '{site_id}' could not be found."))
    })?;
    let (wb, view) = site.view(view_id).ok_or_else(|| view_not_found(view_id))?;
    int_param(call, "maxAge")?;
    let spec = ExportSpec {
        view_id: view.luid.clone(),
        view_name: view.name.clone(),
        workbook_name: wb.name.clone(),
        filters: call
            .query
            .iter()
            .filter_map(|(k, v)| {
                let field = k.strip_prefix("vf_")?;
                Some((
                    field.to_string(),
                    v.split(',').map(str::to_string).collect(),
                ))
            })
            .collect(),
    };
    match kind {
        "image" => image(call, &spec),
        "pdf" => pdf(call, &spec),
        "data" => Ok(wire::binary("text/csv;charset=UTF-8", render::csv(&spec))),
        _ => Ok(attachment(
            wire::binary(XLSX_TYPE, render::xlsx::render(&spec)),
            &format!("{}.xlsx", view.name),
        )),
    }
}

fn attachment(mut resp: Response, filename: &str) -> Response {
    let safe: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| *c != '"')
        .collect();
    if let Ok(v) = format!("attachment; filename=\"{safe}\"").parse() {
        resp.headers_mut().insert("content-disposition", v);
    }
    resp
}

/// `vizWidth`/`vizHeight` must come together, as Tableau requires.
fn viz_size(call: &Call) -> Result<Option<(u32, u32)>, ApiError> {
    match (int_param(call, "vizWidth")?, int_param(call, "vizHeight")?) {
        (Some(w), Some(h)) => Ok(Some((
            w.clamp(64, MAX_VIZ_PIXELS),
            h.clamp(64, MAX_VIZ_PIXELS),
        ))),
        (None, None) => Ok(None),
        _ => Err(ApiError::bad_request(
            "400000",
            "vizWidth and vizHeight must be specified together.",
        )),
    }
}

fn image(call: &Call, spec: &ExportSpec) -> ApiResult {
    let high = match call.query("resolution") {
        None => false,
        Some(r) if r.eq_ignore_ascii_case("high") => true,
        Some(r) => {
            return Err(ApiError::bad_request(
                "400000",
                format!("Invalid resolution '{r}'."),
            ));
        }
    };
    let (w, h) = match viz_size(call)? {
        Some(size) => size,
        None => {
            let w = if high { IMAGE_WIDTH * 2 } else { IMAGE_WIDTH };
            (w, w / 2)
        }
    };
    Ok(wire::binary("image/png", render::png::render(spec, w, h)))
}

fn pdf(call: &Call, spec: &ExportSpec) -> ApiResult {
    viz_size(call)?;
    let page_type = call.query("type").unwrap_or("Legal");
    if render::pdf::page_size(page_type).is_none() {
        return Err(ApiError::bad_request(
            "400000",
            format!("Invalid page type '{page_type}'."),
        ));
    }
    let landscape = match call
        .query("orientation")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("portrait") => false,
        Some("landscape") => true,
        Some(o) => {
            return Err(ApiError::bad_request(
                "400000",
                format!("Invalid orientation '{o}'."),
            ));
        }
    };
    Ok(wire::binary(
        "application/pdf",
        render::pdf::render(spec, page_type, landscape),
    ))
}
