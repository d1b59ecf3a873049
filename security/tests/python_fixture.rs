//! Hashes written by Python's `bcrypt` package (the platform's earlier service) verify here
//! unchanged: `$2b$` at cost 12 and 4, `$2a$`, and `$2y$`. See `fixtures/gen_python_bcrypt.py`.

use security::{PasswordHasher, verify_password};

struct Fixture {
    label: String,
    password: String,
    hash: String,
}

fn fixtures() -> Vec<Fixture> {
    include_str!("fixtures/python_bcrypt.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "bad fixture line {line:?}");
            Fixture {
                label: fields[0].to_owned(),
                password: String::from_utf8(unhex(fields[1])).unwrap(),
                hash: fields[2].to_owned(),
            }
        })
        .collect()
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

fn wrong(password: &str) -> String {
    match password.len() {
        72 => format!("{}y", &password[..71]),
        _ => format!("{password}!"),
    }
}

#[test]
fn fixture_covers_every_prefix_and_the_72_byte_password() {
    let all = fixtures();
    assert_eq!(all.len(), 20);
    for label in ["2a", "2b", "2y"] {
        assert!(
            all.iter()
                .any(|f| f.label == label && f.hash.starts_with(&format!("${label}$")))
        );
    }
    assert!(all.iter().any(|f| f.password.len() == 72));
    assert!(all.iter().any(|f| f.password.is_empty()));
    assert!(all.iter().any(|f| !f.password.is_ascii()));
}

#[test]
fn python_hashes_at_cost_4_verify_true_and_false() {
    let hasher = PasswordHasher::new(4).unwrap();
    let cheap: Vec<Fixture> = fixtures()
        .into_iter()
        .filter(|f| f.hash[4..6] == *"04")
        .collect();
    assert_eq!(cheap.len(), 15);
    for f in &cheap {
        assert!(
            hasher.verify(&f.password, &f.hash).unwrap(),
            "{} {:?}",
            f.label,
            f.hash
        );
        assert!(
            !hasher.verify(&wrong(&f.password), &f.hash).unwrap(),
            "{}",
            f.hash
        );
    }
}

/// One production-cost hash from Python verifies with the production defaults.
#[test]
fn python_hash_at_cost_12_verifies() {
    let f = fixtures()
        .into_iter()
        .find(|f| f.hash.starts_with("$2b$12$"))
        .unwrap();
    assert!(verify_password(&f.password, &f.hash).unwrap());
}
