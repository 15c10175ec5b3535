//! Export renderers. Each view has a small deterministic dataset; filters
//! passed as `vf_<field>` narrow it, so every export format visibly reflects
//! the view and the filters that were requested.

pub(crate) mod pdf;
pub(crate) mod png;
pub(crate) mod xlsx;

pub(crate) const COLUMNS: [&str; 3] = ["Region", "Category", "Sales"];
pub(crate) const REGIONS: [&str; 4] = ["Central", "East", "South", "West"];
const CATEGORIES: [&str; 3] = ["Furniture", "Office Supplies", "Technology"];

/// What one export call asked for.
pub(crate) struct ExportSpec {
    pub view_id: String,
    pub view_name: String,
    pub workbook_name: String,
    /// `vf_` query parameters with the prefix stripped, values split on ','.
    pub filters: Vec<(String, Vec<String>)>,
}

impl ExportSpec {
    /// `Region=East,West; Parameters.Top=5`, or `none`.
    pub fn filter_summary(&self) -> String {
        if self.filters.is_empty() {
            return "none".into();
        }
        self.filters
            .iter()
            .map(|(k, v)| format!("{k}={}", v.join(",")))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Rows of the view's dataset that pass the filters on known columns.
    /// Filters on other fields (e.g. parameters) do not remove rows.
    pub fn rows(&self) -> Vec<[String; 3]> {
        let mut rows = Vec::new();
        for region in REGIONS {
            for category in CATEGORIES {
                let sales = 1000 + hash(&format!("{}|{region}|{category}", self.view_id)) % 9000;
                rows.push([region.to_string(), category.to_string(), sales.to_string()]);
            }
        }
        for (field, values) in &self.filters {
            if let Some(col) = COLUMNS.iter().position(|c| c.eq_ignore_ascii_case(field)) {
                rows.retain(|r| values.iter().any(|v| v.eq_ignore_ascii_case(&r[col])));
            }
        }
        rows
    }

    /// Total sales per region after filtering, in `REGIONS` order.
    pub fn region_totals(&self) -> [u64; 4] {
        let mut totals = [0u64; 4];
        for row in self.rows() {
            if let Some(i) = REGIONS.iter().position(|r| *r == row[0]) {
                totals[i] += row[2].parse::<u64>().unwrap_or(0);
            }
        }
        totals
    }
}

fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub(crate) fn csv(spec: &ExportSpec) -> Vec<u8> {
    let field = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for row in spec.rows() {
        out.push_str(&row.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

pub(crate) fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xedb8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(filters: Vec<(String, Vec<String>)>) -> ExportSpec {
        ExportSpec {
            view_id: "v".into(),
            view_name: "V".into(),
            workbook_name: "W".into(),
            filters,
        }
    }

    #[test]
    fn crc_matches_reference() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn filters_narrow_known_columns_only() {
        assert_eq!(spec(vec![]).rows().len(), 12);
        let east = spec(vec![("Region".into(), vec!["East".into()])]);
        assert!(east.rows().iter().all(|r| r[0] == "East"));
        assert_eq!(east.rows().len(), 3);
        let param = spec(vec![("Parameters.Top".into(), vec!["5".into()])]);
        assert_eq!(param.rows().len(), 12);
    }
}
