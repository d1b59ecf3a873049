//! The command line, as the README's CLI block states it (the contract, with the help snapshots in
//! tests/snapshots/cli_help__*).

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use gen_runtime::Dialect;

/// What `gen --help` ends with: where databases come from, and the exit codes.
const AFTER_HELP: &str = "\
Databases: gen models reads schema.yaml unless given --url or --env (never DATABASE_URL);
gen introspect and gen diff take --url, else --env (the variable holding the connection
string; it wins over DATABASE_URL), else DATABASE_URL.

Exit codes: 0 done or in sync; 1 drift or findings; 2 bad input or usage (file:line:column);
3 a database unreachable, refused or failed, a certificate problem included.";

/// Generates the EventLeadPlatform models crate from schema.yaml or a live database, and keeps
/// the two from drifting apart.
#[derive(Debug, Parser)]
#[command(name = "gen", version, about, long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the generated models crate (or, with --check, report how it differs).
    Models(ModelsArgs),
    /// Read a live database into schema.yaml, merging into the existing file.
    Introspect(IntrospectArgs),
    /// Compare schema.yaml with one or more live databases.
    Diff(DiffArgs),
    /// Print a creation script for a dialect.
    Ddl(DdlArgs),
    /// Check schema.yaml against the naming standards.
    Lint(LintArgs),
    /// Check SQL in .sql files and Rust string literals against the schema.
    CheckSql(CheckSqlArgs),
}

/// `gen models`.
#[derive(Debug, Args)]
pub struct ModelsArgs {
    /// The schema file.
    #[arg(long, default_value = "schema.yaml")]
    pub schema: PathBuf,
    /// Generate from this live database instead of the schema file (DATABASE_URL is never
    /// read: without --url or --env, gen models reads only the schema file).
    #[arg(long, value_name = "CONN", conflicts_with = "env")]
    pub url: Option<String>,
    /// Generate from the live database whose connection string is in environment variable
    /// VAR (`NAME=VAR` also accepted).
    #[arg(long = "env", value_name = "VAR")]
    pub env: Option<String>,
    /// The generated crate's directory.
    #[arg(long, default_value = "generated")]
    pub out: PathBuf,
    /// A directory of templates overriding the built-in ones (same file names).
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Write nothing; exit 1 with a diff if the crate on disk differs.
    #[arg(long)]
    pub check: bool,
    /// Print the schema model (after naming) and stop; for debugging.
    #[arg(long, hide = true)]
    pub dump_ir: bool,
}

/// `gen introspect`.
#[derive(Debug, Args)]
pub struct IntrospectArgs {
    /// Connection string (URL or ADO.NET); without --url and --env, DATABASE_URL.
    #[arg(long, value_name = "CONN", conflicts_with = "env")]
    pub url: Option<String>,
    /// The environment variable VAR holds the connection string (`NAME=VAR` also accepted);
    /// wins over DATABASE_URL.
    #[arg(long = "env", value_name = "VAR")]
    pub env: Option<String>,
    /// The schema file to merge into.
    #[arg(long, default_value = "schema.yaml")]
    pub schema: PathBuf,
    /// Where to write; defaults to the --schema file.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Write nothing; exit 1 with a diff if the file would change.
    #[arg(long)]
    pub check: bool,
}

/// Which differences make `gen diff` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Only differences that break running services.
    Breaking,
    /// Breaking and additive differences.
    Additive,
    /// Any difference, cosmetic ones included.
    Any,
}

/// Output format of `gen diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per difference, grouped by grade.
    Text,
    /// A JSON document for CI annotations.
    Json,
}

/// `gen diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Connection string of the one database to compare with; without --url and --env,
    /// DATABASE_URL.
    #[arg(long, value_name = "CONN", conflicts_with = "env")]
    pub url: Option<String>,
    /// An environment as NAME=VAR, VAR being the environment variable holding its connection
    /// string; repeatable; wins over DATABASE_URL. An unset or empty VAR is exit 2 (a CI
    /// script leaves out environments whose secret it lacks: examples/ci/models-gate.sh).
    #[arg(long = "env", value_name = "NAME=VAR")]
    pub env: Vec<String>,
    /// The schema file.
    #[arg(long, default_value = "schema.yaml")]
    pub schema: PathBuf,
    /// Which grade of difference makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Any)]
    pub fail_on: FailOn,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Report only differences not recorded in this baseline file.
    #[arg(long, conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Record today's differences in this baseline file.
    #[arg(long)]
    pub write_baseline: Option<PathBuf>,
}

/// The parser of a `--dialect` value: gen-runtime's [`Dialect`] through its `FromStr`, with
/// each dialect listed as a possible value (the orphan rule keeps `ValueEnum` off a foreign
/// type).
pub fn dialect_parser() -> impl TypedValueParser<Value = Dialect> {
    let values = Dialect::ALL.map(|d| PossibleValue::new(d.name()).help(d.description()));
    PossibleValuesParser::new(values).try_map(|name| name.parse::<Dialect>())
}

/// `gen ddl`.
#[derive(Debug, Args)]
pub struct DdlArgs {
    /// Target dialect.
    #[arg(long, value_parser = dialect_parser())]
    pub dialect: Dialect,
    /// The schema file.
    #[arg(long, default_value = "schema.yaml")]
    pub schema: PathBuf,
    /// Leave out the reference rows.
    #[arg(long)]
    pub no_seed: bool,
    /// Print only an idempotent script that sets every description.
    #[arg(long)]
    pub descriptions_only: bool,
}

/// `gen lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// The schema file.
    #[arg(long, default_value = "schema.yaml")]
    pub schema: PathBuf,
}

/// `gen check-sql`.
#[derive(Debug, Args)]
pub struct CheckSqlArgs {
    /// Files and directories: `.sql` files and the SQL string literals of `.rs` files
    /// (directories are walked, leaving out `target` and hidden directories).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The schema file.
    #[arg(long, default_value = "schema.yaml")]
    pub schema: PathBuf,
}
