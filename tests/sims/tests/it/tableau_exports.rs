use vizpost_sims::tableau::*;

use crate::helpers::*;

async fn bytes(
    sim: &TableauSim,
    token: &str,
    path: &str,
) -> (reqwest::StatusCode, String, Vec<u8>) {
    let resp = get(sim, token, path).await;
    let status = resp.status();
    let ct = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, ct, resp.bytes().await.unwrap().to_vec())
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn png_width(png: &[u8]) -> u32 {
    u32::from_be_bytes(png[16..20].try_into().unwrap())
}

#[tokio::test]
async fn exports_are_real_files_reflecting_view_and_filters() {
    let sim = sim().await;
    let token = admin_token(&sim).await;
    let view = format!("/sites/{DEMO_SITE_LUID}/views/{DEMO_VIEW_OVERVIEW_LUID}");

    let (status, ct, plain) = bytes(&sim, &token, &format!("{view}/image")).await;
    assert_eq!((status.as_u16(), ct.as_str()), (200, "image/png"));
    assert!(plain.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert_eq!(&plain[12..16], b"IHDR");
    assert!(plain.ends_with(&[0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xae, 0x42, 0x60, 0x82]));
    assert_eq!(png_width(&plain), 784);
    assert!(contains(&plain, "Overview"));
    let (_, _, high) = bytes(&sim, &token, &format!("{view}/image?resolution=high")).await;
    assert_eq!(png_width(&high), 1568);
    let (_, _, east) = bytes(
        &sim,
        &token,
        &format!("{view}/image?vf_Region=East&maxAge=5"),
    )
    .await;
    assert_ne!(east, plain);
    assert!(contains(&east, "Region=East"));

    let (_, ct, pdf) = bytes(
        &sim,
        &token,
        &format!("{view}/pdf?type=A4&orientation=Landscape&vf_Region=East,West"),
    )
    .await;
    assert_eq!(ct, "application/pdf");
    assert!(pdf.starts_with(b"%PDF-1.4") && contains(&pdf, "%%EOF"));
    assert!(contains(&pdf, "View: Overview"));
    assert!(contains(&pdf, "Filters: Region=East,West"));
    assert!(contains(&pdf, "/MediaBox [0 0 842 595]"));

    let (_, ct, csv) = bytes(&sim, &token, &format!("{view}/data?vf_Region=East")).await;
    assert!(ct.starts_with("text/csv"));
    let csv = String::from_utf8(csv).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("Region,Category,Sales"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.starts_with("East,")));

    let (status, ct, xlsx) = bytes(&sim, &token, &format!("{view}/crosstab/excel")).await;
    assert_eq!(status, 200);
    assert_eq!(
        ct,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(xlsx.starts_with(b"PK\x03\x04"));
    assert!(contains(&xlsx, "xl/worksheets/sheet1.xml") && contains(&xlsx, "<t>Region</t>"));

    let missing = get(
        &sim,
        &token,
        &format!("/sites/{DEMO_SITE_LUID}/views/nope/image"),
    )
    .await;
    assert_eq!(missing.status(), 404);
    assert_eq!(error_code(missing).await, "404011");

    let recorded = sim.requests();
    let east_call = recorded
        .iter()
        .find(|r| r.query.contains("vf_Region=East&maxAge"))
        .unwrap();
    assert_eq!(east_call.query_param("vf_Region"), Some("East"));
    assert_eq!(east_call.query_param("maxAge"), Some("5"));
}
