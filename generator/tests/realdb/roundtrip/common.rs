
// What every round-trip program shares: generator/tests/realdb.rs (`round_trip`) appends this
// file to each program before building it.

/// `s` as a decimal.
fn dec(s: &str) -> rust_decimal::Decimal {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// 2026-01-31 23:59:59.123456 at +09:30: microseconds and an offset off the hour.
fn late_at_0930() -> chrono::DateTime<chrono::FixedOffset> {
    let offset = chrono::FixedOffset::east_opt(9 * 3600 + 30 * 60).expect("+09:30");
    chrono::NaiveDate::from_ymd_opt(2026, 1, 31)
        .and_then(|d| d.and_hms_micro_opt(23, 59, 59, 123_456))
        .expect("date")
        .and_local_timezone(offset)
        .single()
        .expect("unambiguous")
}
