// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Cached Australian Business Register lookups, so onboarding does not call the ABR twice for one search.
pub mod abr_search;
pub use self::abr_search::AbrSearch;
pub use self::abr_search::AbrSearchSearchType;
