//! The "how do I" examples of MODELS.md: Rust written against the generated API, kept in
//! `generator/templates/examples/` so that the very same files are compiled as `no_run` doctests of the
//! generated crate (through its `guide` module) and run against PostgreSQL by
//! `tests/tests/guide_examples.rs`.

/// One example.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// Section title (a question).
    pub title: &'static str,
    /// What it shows, one paragraph.
    pub intro: &'static str,
    /// `(schema, table)` pairs the code names; the example is left out of a guide whose
    /// schema lacks any of them, since it would not compile there.
    pub needs: &'static [(&'static str, &'static str)],
    /// The Rust code.
    pub code: &'static str,
}

/// Every built-in example, in guide order.
pub const BUILT_IN: &[Example] = &[
    Example {
        title: "How do I load a user with their companies and roles?",
        intro: "Look the user up by email with the generated finder, check their status through the generated `UserStatus` enum, then list their active memberships (a foreign-key finder narrowed by a column constant) and each one's company by its key; the role decodes into `UserCompanyRole`.",
        needs: &[
            ("dbo", "User"),
            ("dbo", "Company"),
            ("dbo", "UserCompany"),
            ("ref", "UserStatus"),
            ("ref", "UserCompanyRole"),
            ("ref", "UserCompanyStatus"),
        ],
        code: include_str!("../../../templates/examples/user_companies.rs"),
    },
    Example {
        title: "How do I list the members of a company?",
        intro: "Page through a company's memberships with the generated `for_company` finder (ordered, paged and counted, ties broken by the key) and read each member by their key; role and membership status decode into their enums, so a permission check is a `match`, not a string comparison.",
        needs: &[
            ("dbo", "User"),
            ("dbo", "UserCompany"),
            ("ref", "UserCompanyRole"),
            ("ref", "UserCompanyStatus"),
        ],
        code: include_str!("../../../templates/examples/company_members.rs"),
    },
    Example {
        title: "How do I list the active values of a reference table?",
        intro: "Reference tables are enums built from their rows; the database's `IsActive` flag says which values may be picked for new rows. Codes parse into the enum, so a row the enum does not know is reported as drift.",
        needs: &[("ref", "UserCompanyRole")],
        code: include_str!("../../../templates/examples/active_reference_values.rs"),
    },
];

/// The examples whose tables all exist in `db`.
pub fn applicable(db: &crate::ir::Database) -> Vec<&'static Example> {
    BUILT_IN
        .iter()
        .filter(|e| e.needs.iter().all(|(s, t)| db.table(s, t).is_some()))
        .collect()
}

/// The doctest body: the example as written (it needs no hidden helpers).
pub fn doctest(example: &Example) -> String {
    format!("{}\n", example.code.trim_end())
}
