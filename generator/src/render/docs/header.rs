//! The generated-file headers of the docs outputs: comments carrying [`crate::render::MARKER`]
//! on the first line, so `--check` covers the files and `--out` may replace or delete them.

/// The first line of MODELS.md (an HTML comment: invisible on GitHub and in rustdoc).
pub const MD_HEADER: &str = "<!-- @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`. -->\n";
/// The first line of erd.svg (an XML comment before the root element).
pub const SVG_HEADER: &str = MD_HEADER;

#[cfg(test)]
mod tests {
    #[test]
    fn headers_carry_the_marker() {
        assert!(super::MD_HEADER.contains(crate::render::MARKER));
        // XML forbids `--` inside a comment.
        let body = super::SVG_HEADER
            .trim_end()
            .strip_prefix("<!--")
            .and_then(|b| b.strip_suffix("-->"));
        assert!(body.is_some_and(|b| !b.contains("--")));
    }
}
