use std::sync::Arc;
use std::time::{Duration, Instant};

use poem::endpoint::make_sync;
use poem::{Request, Response};
use vizpost_sims::tableau::*;

use super::*;
use crate::tableau::{ExportKind, ExportRequest, TableauError};

fn request(kind: ExportKind) -> ExportRequest {
    ExportRequest {
        view_id: DEMO_VIEW_OVERVIEW_LUID.into(),
        kind,
        filters: Vec::new(),
        parameters: Vec::new(),
        max_age_minutes: None,
    }
}

#[tokio::test]
async fn each_kind_calls_its_documented_method() {
    let sim = sim().await;
    let client = client(&sim);
    let view = format!("/api/3.24/sites/{DEMO_SITE_LUID}/views/{DEMO_VIEW_OVERVIEW_LUID}");

    let png = client.export(&request(ExportKind::Image)).await.unwrap();
    assert_eq!(png.content_type, "image/png");
    assert!(png.bytes.starts_with(b"\x89PNG"));
    let call = calls(&sim, "/image").pop().unwrap();
    assert_eq!(
        (call.path, call.query),
        (format!("{view}/image"), "resolution=high".into())
    );

    let pdf = ExportKind::Pdf {
        page_type: "A4".into(),
        orientation: "Landscape".into(),
    };
    let pdf = client.export(&request(pdf)).await.unwrap();
    assert_eq!(pdf.content_type, "application/pdf");
    assert!(pdf.bytes.starts_with(b"%PDF"));
    let call = calls(&sim, "/pdf").pop().unwrap();
    assert_eq!(call.query, "type=A4&orientation=Landscape");

    let csv = client.export(&request(ExportKind::Csv)).await.unwrap();
    assert!(csv.content_type.starts_with("text/csv"));
    assert!(csv.bytes.starts_with(b"Region,"));
    assert_eq!(
        calls(&sim, "/data").pop().unwrap().path,
        format!("{view}/data")
    );

    let xlsx = client.export(&request(ExportKind::Excel)).await.unwrap();
    assert!(xlsx.content_type.contains("spreadsheetml"));
    assert!(xlsx.bytes.starts_with(b"PK"));
    let call = calls(&sim, "/crosstab/excel").pop().unwrap();
    assert_eq!(call.path, format!("{view}/crosstab/excel"));
    assert!(call.header("x-tableau-auth").is_some());
}

#[tokio::test]
async fn filters_parameters_and_max_age_are_encoded() {
    let sim = sim().await;
    let client = client(&sim);
    let mut req = request(ExportKind::Csv);
    req.filters = vec![
        ("Region".into(), vec!["East".into()]),
        (
            "Sub Region".into(),
            vec!["North East".into(), "A,B & C".into()],
        ),
    ];
    req.parameters = vec![("Top N".into(), "5".into())];
    req.max_age_minutes = Some(5);
    let csv = client.export(&req).await.unwrap();
    let text = String::from_utf8(csv.bytes).unwrap();
    assert!(text.lines().skip(1).all(|row| row.starts_with("East,")));

    let call = calls(&sim, "/data").pop().unwrap();
    assert_eq!(
        call.query,
        "maxAge=5&vf_Region=East&vf_Sub%20Region=North%20East%2CA%5C%2CB%20%26%20C\
         &vf_Parameters.Top%20N=5"
    );
    assert_eq!(
        call.query_param("vf_Sub Region"),
        Some("North East,A\\,B & C")
    );
    assert_eq!(call.query_param("vf_Parameters.Top N"), Some("5"));
}

#[tokio::test]
async fn exports_never_exceed_the_concurrency_limit() {
    let sim = sim().await;
    let mut cfg = config(&sim.base_url(), pat());
    cfg.max_concurrent_exports = 2;
    let client = Arc::new(TableauClient::new(cfg));
    client.check().await.unwrap();
    let delay = Duration::from_millis(300);
    sim.inject(Fault::latency("/image", delay, 6));

    let started = Instant::now();
    let tasks: Vec<_> = (0..6)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.export(&request(ExportKind::Image)).await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert!(started.elapsed() >= delay * 3, "6 exports, 2 at a time");
    // A third request may only arrive once one of the two before it ended.
    let mut arrivals: Vec<_> = calls(&sim, "/image").iter().map(|r| r.time).collect();
    arrivals.sort();
    for window in arrivals.windows(3) {
        let gap = (window[2] - window[0]).to_std().unwrap();
        assert!(
            gap >= Duration::from_millis(250),
            "3 exports within {gap:?}"
        );
    }
}

#[tokio::test]
async fn an_empty_export_is_an_error() {
    let fake = make_sync(|req: Request| {
        if req.uri().path().ends_with("/auth/signin") {
            Response::builder().content_type("application/json").body(
                r#"{"credentials":{"site":{"id":"s1","contentUrl":"finance"},
                    "user":{"id":"u1"},"token":"t"}}"#,
            )
        } else {
            Response::builder()
                .content_type("image/png")
                .body(Vec::new())
        }
    });
    let base = serve(fake).await;
    let client = TableauClient::new(config(&base, pat()));
    let err = client
        .export(&request(ExportKind::Image))
        .await
        .unwrap_err();
    assert!(matches!(err, TableauError::Protocol(_)), "{err:?}");
    assert!(err.to_string().contains("empty"), "{err}");
}

#[tokio::test]
async fn a_missing_view_fails_at_once_with_tableaus_code() {
    let sim = sim().await;
    let client = client(&sim);
    let mut req = request(ExportKind::Image);
    req.view_id = "nope".into();
    let err = client.export(&req).await.unwrap_err();
    // Exports do not ask for JSON, so this code came from an XML error.
    assert!(
        matches!(&err, TableauError::NotFound { code, .. } if code == "404011"),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("view nope") && message.contains("404011"),
        "{message}"
    );
    assert!(!err.is_transient());
    assert_eq!(calls(&sim, "/views/nope/image").len(), 1);
}
