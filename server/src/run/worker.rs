//! Workers: each claims one run at a time and executes it. They wake when
//! a run is queued here, and poll, so runs queued by another replica are
//! picked up too.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::{RunEvent, claim};
use crate::delivery;
use crate::state::AppState;

const POLL: Duration = Duration::from_millis(500);

/// Runs `count` workers until `stopping` is set; a run in progress is
/// handed back to the queue at the next delivery boundary.
pub async fn run_workers(state: AppState, count: usize, stopping: Arc<AtomicBool>) {
    let mut handles = Vec::new();
    for n in 0..count {
        let owner = format!("{}-w{n}", state.instance);
        handles.push(tokio::spawn(work(state.clone(), owner, stopping.clone())));
    }
    for h in handles {
        let _ = h.await;
    }
}

async fn work(state: AppState, owner: String, stopping: Arc<AtomicBool>) {
    let lease = chrono::Duration::seconds(state.settings.engine.lease_seconds as i64);
    while !stopping.load(Ordering::SeqCst) {
        match claim(&state, &owner, lease).await {
            Ok(Some(r)) => {
                tracing::info!(run_id = r.id, schedule_id = r.schedule_id, worker = %owner, "run claimed");
                state.events.publish(RunEvent::of(&r)).await;
                match delivery::execute(&state, r, &owner, &stopping).await {
                    Ok(outcome) => tracing::debug!(?outcome, "worker turn ended"),
                    Err(e) => tracing::error!(error = ?e, "executing a run failed"),
                }
            }
            Ok(None) => {
                let _ = tokio::time::timeout(POLL, state.wake.notified()).await;
            }
            Err(e) => {
                // A database hiccup must not end the worker: log and retry.
                tracing::error!(error = ?e, "claiming a run failed");
                tokio::time::sleep(POLL * 2).await;
            }
        }
    }
}
