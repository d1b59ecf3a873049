//! Prints the bcrypt hash (cost 12, or the cost given as the first argument) of each line read
//! from standard input: `printf 'pw\n' | cargo run -p security --example hash_password -- 4`.
//! Useful for seeding an account, and used to check that Python's `bcrypt.checkpw` accepts
//! hashes written by this crate.

use std::io::BufRead;
use std::process::ExitCode;

use security::{DEFAULT_COST, PasswordHasher};

fn main() -> ExitCode {
    let cost = match std::env::args().nth(1).map(|arg| arg.parse::<u32>()) {
        None => DEFAULT_COST,
        Some(Ok(cost)) => cost,
        Some(Err(e)) => {
            eprintln!("the cost must be a whole number from 4 to 31: {e}");
            return ExitCode::from(2);
        }
    };
    let hasher = match PasswordHasher::new(cost) {
        Ok(hasher) => hasher,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    for line in std::io::stdin().lock().lines() {
        let result = line
            .map_err(|e| e.to_string())
            .and_then(|pw| hasher.hash(&pw).map_err(|e| e.to_string()));
        match result {
            Ok(hash) => println!("{hash}"),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
