//! Runs the Tableau simulator (demo config) and the SMTP sink as a
//! standalone process, for browser tests that cannot embed them.
//!
//! Usage: vizpost-sims [--tableau-port N] [--smtp-port N]
//! Prints one JSON line `{"tableau_url":…,"smtp_url":…}` once both listen,
//! then runs until Ctrl-C or SIGTERM. Received mail is listed at
//! `GET {tableau_url}/_sim/mail`.

use anyhow::{Context as _, bail};
use vizpost_sims::{SimConfig, SmtpOptions, SmtpSink, TableauSim};

fn parse_args() -> anyhow::Result<(u16, u16)> {
    let (mut tableau, mut smtp) = (0, 0);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let target = match flag.as_str() {
            "--tableau-port" => &mut tableau,
            "--smtp-port" => &mut smtp,
            other => bail!("unknown argument {other}; expected --tableau-port N / --smtp-port N"),
        };
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a port number"))?;
        *target = value
            .parse()
            .with_context(|| format!("{flag}: bad port {value}"))?;
    }
    Ok((tableau, smtp))
}

async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (tableau_port, smtp_port) = parse_args()?;
    let smtp = SmtpSink::start_on(smtp_port, SmtpOptions::default()).await?;
    let tableau = TableauSim::start_on(SimConfig::demo(), tableau_port).await?;
    tableau.attach_mail_sink(smtp.clone());
    println!(
        "{}",
        serde_json::json!({"tableau_url": tableau.base_url(), "smtp_url": smtp.url()})
    );
    terminated().await;
    tableau.shutdown().await;
    Ok(())
}
