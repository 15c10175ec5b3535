//! Tableau webhooks (Webhooks Methods in the REST API reference): Vizpost
//! registers one per trigger so Tableau calls it when a refresh ends.
//! Tableau lets only site and server administrators manage webhooks.

use reqwest::Method;
use serde_json::{Value, json};

use super::TableauClient;
use super::error::TableauError;
use super::session::SiteCall;
use super::wire::{self, text};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Webhook {
    pub id: String,
    pub name: String,
    /// The event name, e.g. `WorkbookRefreshSucceeded`.
    pub event: String,
    /// Where Tableau POSTs the event.
    pub url: String,
}

/// What the destination answered to Tableau's test request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookTest {
    pub status: u16,
    pub body: String,
}

const ADMIN_HINT: &str = "managing webhooks needs a site administrator's token: the token's \
                          user must be a site administrator (or server administrator)";

/// The event of a listed webhook. Servers before 2020.3 name it only by the
/// legacy `webhook-source` element (`webhook-source-event-workbook-
/// refresh-succeeded`), whose words spell the event name.
fn event_of(v: &Value) -> String {
    let event = text(v, "/event");
    if !event.is_empty() {
        return event;
    }
    let legacy = v
        .get("webhook-source")
        .and_then(Value::as_object)
        .and_then(|m| m.keys().next().cloned())
        .unwrap_or_default();
    legacy
        .trim_start_matches("webhook-source-event-")
        .trim_start_matches("webhook-event-")
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn webhook(v: &Value) -> Webhook {
    Webhook {
        id: text(v, "/id"),
        name: text(v, "/name"),
        event: event_of(v),
        url: text(v, "/webhook-destination/webhook-destination-http/url"),
    }
}

/// Webhook calls refused with 403 mean the user is not an administrator.
fn admin_needed(e: TableauError) -> TableauError {
    match e {
        TableauError::Forbidden {
            what,
            code,
            summary,
            detail,
            ..
        } => TableauError::Forbidden {
            what,
            hint: ADMIN_HINT.to_string(),
            code,
            summary,
            detail,
        },
        other => other,
    }
}

impl TableauClient {
    async fn webhook_call(
        &self,
        method: Method,
        path: &[&str],
        body: Option<Value>,
        what: &str,
    ) -> Result<Value, TableauError> {
        let answer = self
            .call(SiteCall {
                method,
                path,
                query: Vec::new(),
                body,
                json: true,
                what,
            })
            .await
            .map_err(admin_needed)?;
        if answer.body.is_empty() {
            return Ok(Value::Null);
        }
        wire::json(&answer, what)
    }

    pub async fn list_webhooks(&self) -> Result<Vec<Webhook>, TableauError> {
        let what = format!("listing webhooks on {}", self.config.site_label());
        let doc = self
            .webhook_call(Method::GET, &["webhooks"], None, &what)
            .await?;
        Ok(wire::items(&doc, "webhooks", "webhook")
            .into_iter()
            .map(webhook)
            .collect())
    }

    /// Registers a webhook; the destination method is always POST, the
    /// only one Tableau supports.
    pub async fn create_webhook(
        &self,
        name: &str,
        event: &str,
        url: &str,
    ) -> Result<Webhook, TableauError> {
        let what = format!(
            "creating webhook \"{name}\" on {}",
            self.config.site_label()
        );
        let body = json!({"webhook": {
            "webhook-destination": {
                "webhook-destination-http": {"method": "POST", "url": url}
            },
            "event": event,
            "name": name,
        }});
        let doc = self
            .webhook_call(Method::POST, &["webhooks"], Some(body), &what)
            .await?;
        let created = doc.get("webhook").map(webhook).unwrap_or_default();
        if created.id.is_empty() {
            return Err(TableauError::Protocol(format!(
                "the answer to {what} does not include the new webhook's id"
            )));
        }
        Ok(created)
    }

    pub async fn delete_webhook(&self, id: &str) -> Result<(), TableauError> {
        let what = format!("deleting webhook {id} on {}", self.config.site_label());
        self.webhook_call(Method::DELETE, &["webhooks", id], None, &what)
            .await?;
        Ok(())
    }

    /// Asks Tableau to send a test request to the webhook's destination and
    /// reports what the destination answered Tableau.
    pub async fn test_webhook(&self, id: &str) -> Result<WebhookTest, TableauError> {
        let what = format!("testing webhook {id} on {}", self.config.site_label());
        let doc = self
            .webhook_call(Method::GET, &["webhooks", id, "test"], None, &what)
            .await?;
        let status = text(&doc, "/webhookTestResult/status")
            .parse()
            .map_err(|_| {
                TableauError::Protocol(format!(
                    "the answer to {what} has no webhookTestResult status"
                ))
            })?;
        Ok(WebhookTest {
            status,
            body: text(&doc, "/webhookTestResult/body"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::event_of;
    use serde_json::json;

    #[test]
    fn legacy_webhook_source_names_the_event() {
        let v = json!({"webhook-source": {"webhook-source-event-workbook-refresh-succeeded": {}}});
        assert_eq!(event_of(&v), "WorkbookRefreshSucceeded");
        let v = json!({"event": "DatasourceRefreshSucceeded"});
        assert_eq!(event_of(&v), "DatasourceRefreshSucceeded");
    }
}
