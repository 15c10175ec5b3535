use vizpost_sims::tableau::*;

use super::*;

#[tokio::test]
async fn views_carry_their_workbook_and_project_and_can_be_searched() {
    let sim = sim().await;
    let client = client(&sim);
    let views = client.views(None).await.unwrap();
    assert_eq!(views.len(), 3);
    let overview = views
        .iter()
        .find(|v| v.id == DEMO_VIEW_OVERVIEW_LUID)
        .unwrap();
    assert_eq!(overview.name, "Overview");
    assert_eq!(overview.content_url, "Sales/sheets/Overview");
    assert_eq!(overview.workbook_id, DEMO_WB_SALES_LUID);
    assert_eq!(overview.workbook_name, "Sales");
    assert_eq!(overview.project_name, "Default");

    let found = client.views(Some("REGION")).await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, DEMO_VIEW_BY_REGION_LUID);
    // A workbook's name finds its views too.
    let ops = client.views(Some("ops")).await.unwrap();
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].project_name, "Operations");
}

#[tokio::test]
async fn listing_fetches_every_page() {
    let mut cfg = SimConfig::demo();
    let views = (0..230)
        .map(|i| SimView {
            luid: format!("00000000-0000-4000-8000-{i:012}"),
            name: format!("Sheet {i}"),
            content_url: format!("Big/sheets/Sheet{i}"),
        })
        .collect();
    cfg.sites[0].workbooks.push(SimWorkbook {
        luid: "00000000-0000-4000-8000-b16b16b16b16".into(),
        name: "Big".into(),
        project_name: "Archive".into(),
        views,
    });
    let sim = TableauSim::start(cfg).await.unwrap();
    let client = client(&sim);

    let views = client.views(None).await.unwrap();
    assert_eq!(views.len(), 233);
    assert!(
        views
            .iter()
            .filter(|v| v.name.starts_with("Sheet"))
            .all(|v| v.workbook_name == "Big" && v.project_name == "Archive")
    );
    let pages: Vec<(String, String)> = calls(&sim, "/views")
        .iter()
        .map(|r| {
            (
                r.query_param("pageSize").unwrap().to_string(),
                r.query_param("pageNumber").unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = (1..=3).map(|n| ("100".into(), n.to_string())).collect();
    assert_eq!(pages, expected);
}

#[tokio::test]
async fn workbooks_and_datasources_are_listed_and_searched() {
    let sim = sim().await;
    let client = client(&sim);
    let workbooks = client.workbooks(None).await.unwrap();
    assert_eq!(workbooks.len(), 2);
    let sales = client.workbooks(Some("SAL")).await.unwrap();
    assert_eq!(sales.len(), 1);
    assert_eq!(
        (sales[0].id.as_str(), sales[0].project_name.as_str()),
        (DEMO_WB_SALES_LUID, "Default")
    );

    let sources = client.datasources(None).await.unwrap();
    assert_eq!(sources.len(), 2);
    let tickets = client.datasources(Some("tickets")).await.unwrap();
    assert_eq!(tickets.len(), 1);
    assert_eq!(tickets[0].id, DEMO_DS_OPS_LUID);
    assert_eq!(tickets[0].name, "Ops Tickets");
    assert_eq!(tickets[0].project_name, "Default");
}
