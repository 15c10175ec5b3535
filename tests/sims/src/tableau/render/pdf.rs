//! A one-page PDF whose text names the view, page setup and filters, with
//! the same bar chart as the image export.

use super::{ExportSpec, REGIONS};

/// Page size in points for Tableau's `type` values (case-insensitive);
/// `None` for an unknown type.
pub(crate) fn page_size(page_type: &str) -> Option<(u32, u32)> {
    Some(match page_type.to_ascii_lowercase().as_str() {
        "a3" => (842, 1191),
        "a4" => (595, 842),
        "a5" => (420, 595),
        "b4" => (709, 1001),
        "b5" => (499, 709),
        "executive" => (522, 756),
        "folio" => (612, 936),
        "ledger" => (1224, 792),
        "legal" => (612, 1008),
        "letter" | "note" | "unspecified" => (612, 792),
        "quarto" => (610, 780),
        "tabloid" => (792, 1224),
        _ => return None,
    })
}

/// PDF string literal content: Helvetica here is Latin-1 only, so anything
/// else becomes '?'.
fn pdf_text(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '(' | ')' | '\\' => format!("\\{c}"),
            c if (' '..='~').contains(&c) => c.to_string(),
            _ => "?".into(),
        })
        .collect()
}

pub(crate) fn render(spec: &ExportSpec, page_type: &str, landscape: bool) -> Vec<u8> {
    let (mut w, mut h) = page_size(page_type).unwrap_or((612, 1008));
    if landscape != (w > h) {
        std::mem::swap(&mut w, &mut h);
    }
    let orientation = if landscape { "Landscape" } else { "Portrait" };
    let lines = [
        format!("{} / {}", spec.workbook_name, spec.view_name),
        format!("View: {}", spec.view_name),
        format!("Workbook: {}", spec.workbook_name),
        format!("Filters: {}", spec.filter_summary()),
        format!("Page: {page_type} {orientation}"),
    ];
    let mut content = String::from("BT /F1 18 Tf ");
    content.push_str(&format!("40 {} Td ({}) Tj ", h - 60, pdf_text(&lines[0])));
    content.push_str("/F1 11 Tf ");
    for line in &lines[1..] {
        content.push_str(&format!("0 -18 Td ({}) Tj ", pdf_text(line)));
    }
    content.push_str("ET\n");
    let totals = spec.region_totals();
    let colors = [
        "0.31 0.47 0.65",
        "0.95 0.56 0.17",
        "0.88 0.34 0.35",
        "0.35 0.63 0.31",
    ];
    let chart_h = (h / 3) as u64;
    let slot = (w - 80) / REGIONS.len() as u32;
    for (i, total) in totals.iter().enumerate() {
        let bar = chart_h * total / 30_000;
        let x = 40 + i as u32 * slot + slot / 6;
        content.push_str(&format!(
            "{} rg {x} 80 {} {bar} re f\n",
            colors[i],
            slot * 2 / 3
        ));
    }
    let title = pdf_text(&spec.view_name);
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] \
             /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ),
        format!("<< /Title ({title}) /Producer (vizpost-sims) >>"),
    ];
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, obj) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{obj}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for off in offsets {
        table.push_str(&format!("{off:010} 00000 n \n"));
    }
    table.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    out.extend_from_slice(table.as_bytes());
    out
}
