//! The `vizpost` command: serve (the default), migrate, print-schema,
//! create-admin.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use vizpost::auth::{Role, users};
use vizpost::clock::Clock;
use vizpost::config::{LogFormat, Settings};
use vizpost::startup::{Application, prepare};

#[derive(Parser)]
#[command(name = "vizpost", version, about = "Delivers Tableau views by email")]
struct Cli {
    /// A TOML settings file; environment variables override it.
    #[arg(long, global = true, env = "VIZPOST_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Print the GraphQL schema (SDL).
    PrintSchema,
    /// Create an admin user.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
        /// Read from VIZPOST_ADMIN_PASSWORD when not given.
        #[arg(long, env = "VIZPOST_ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::PrintSchema) = cli.command {
        print!("{}", vizpost::graphql::sdl());
        return ExitCode::SUCCESS;
    }
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("vizpost: {e}");
            return ExitCode::from(2);
        }
    };
    vizpost::telemetry::init(settings.log_format);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Migrate => prepare(settings, Clock::system()).await.map(|_| {
            tracing::info!("migrations applied");
        }),
        Command::CreateAdmin {
            email,
            name,
            password,
        } => create_admin(settings, email, name, password).await,
        Command::PrintSchema => Ok(()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if settings_format_is_json() {
                tracing::error!(error = format!("{e:#}"), "vizpost stopped");
            } else {
                eprintln!("vizpost: {e:#}");
            }
            ExitCode::FAILURE
        }
    }
}

fn settings_format_is_json() -> bool {
    Settings::load(None).is_ok_and(|s| s.log_format == LogFormat::Json)
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let app = Application::build(settings, Clock::system()).await?;
    app.run_until(shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn create_admin(
    settings: Settings,
    email: String,
    name: String,
    password: String,
) -> anyhow::Result<()> {
    let state = prepare(settings, Clock::system()).await?;
    let new = users::NewUser {
        email,
        name,
        role: Role::Admin,
        password,
    };
    let created = users::create(&state.db, new)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    tracing::info!(user_id = created.id, email = %created.email, "admin created");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("interrupt received, shutting down"),
        () = term => tracing::info!("SIGTERM received, shutting down"),
    }
}
