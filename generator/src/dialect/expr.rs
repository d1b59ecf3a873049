//! A small, forgiving tokenizer for SQL expressions (defaults and check predicates), and the
//! normal form both dialects compare them in.
//!
//! It never fails: database text is untrusted and an odd expression must still be compared or
//! passed through, so an unterminated literal simply runs to the end of the text.

/// One token of an SQL expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A bare word: identifier, keyword or function name, as written.
    Word(String),
    /// A delimited identifier (`[a]]b]` or `"a""b"`), unescaped.
    Quoted(String),
    /// A string literal, unescaped; `national` when written `N'…'`.
    Str { text: String, national: bool },
    /// A number as written (`0`, `12.50`).
    Num(String),
    /// An operator or other punctuation (`>=`, `::`, `,`).
    Punct(String),
    /// `(`.
    Open,
    /// `)`.
    Close,
}

impl Tok {
    /// Whether this is the word `w` (case-insensitively).
    pub(crate) fn is_word(&self, w: &str) -> bool {
        matches!(self, Tok::Word(x) if x.eq_ignore_ascii_case(w))
    }

    /// Whether this is the operator or punctuation `p`.
    pub(crate) fn is_punct(&self, p: &str) -> bool {
        matches!(self, Tok::Punct(x) if x == p)
    }
}

/// `~~` and `!~~` are how PostgreSQL stores LIKE and NOT LIKE.
const TWO_CHAR_OPS: [&str; 8] = [">=", "<=", "<>", "!=", "::", "||", "!<", "~~"];

/// Words after which `[` still starts a T-SQL delimited name (`AND [x]`), although a word
/// before `[` is otherwise an operand being subscripted (`ARRAY[`, `::text[]`).
const KEYWORDS: [&str; 12] = [
    "and", "or", "not", "is", "in", "like", "between", "case", "when", "then", "else", "exists",
];

/// Splits `text` into tokens. `brackets` says whether every `[…]` delimits an identifier
/// (T-SQL). Otherwise (PostgreSQL) `[` after an operand is punctuation (`ARRAY['a']`,
/// `::text[]`) and anywhere else still starts a delimited name, so text that is already in
/// the canonical T-SQL spelling tokenizes the same in both modes.
pub(crate) fn tokenize(text: &str, brackets: bool) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if (c == 'N' || c == 'n') && next == Some('\'') {
            let (text, end) = delimited(&chars, i + 1, '\'');
            out.push(Tok::Str {
                text,
                national: true,
            });
            i = end;
        } else if c == '\'' {
            let (text, end) = delimited(&chars, i, '\'');
            out.push(Tok::Str {
                text,
                national: false,
            });
            i = end;
        } else if c == '"' {
            let (text, end) = delimited(&chars, i, '"');
            out.push(Tok::Quoted(text));
            i = end;
        } else if c == '[' && (brackets || !follows_operand(out.last())) {
            let (text, end) = delimited(&chars, i, ']');
            out.push(Tok::Quoted(text));
            i = end;
        } else if c.is_ascii_digit() || (c == '.' && next.is_some_and(|n| n.is_ascii_digit())) {
            let end = scan(&chars, i, |ch| ch.is_ascii_digit() || ch == '.');
            out.push(Tok::Num(chars[i..end].iter().collect()));
            i = end;
        } else if c.is_alphabetic() || c == '_' || c == '@' || c == '#' {
            let end = scan(&chars, i, |ch| {
                ch.is_alphanumeric() || matches!(ch, '_' | '$' | '#' | '@')
            });
            out.push(Tok::Word(chars[i..end].iter().collect()));
            i = end;
        } else if c == '(' {
            out.push(Tok::Open);
            i += 1;
        } else if c == ')' {
            out.push(Tok::Close);
            i += 1;
        } else {
            let ahead = |n: usize| {
                chars[i..(i + n).min(chars.len())]
                    .iter()
                    .collect::<String>()
            };
            let len = if ahead(3) == "!~~" {
                3
            } else if TWO_CHAR_OPS.contains(&ahead(2).as_str()) {
                2
            } else {
                1
            };
            out.push(Tok::Punct(chars[i..i + len].iter().collect()));
            i += len;
        }
    }
    out
}

/// Whether a `[` after `prev` subscripts it rather than opening a delimited name.
fn follows_operand(prev: Option<&Tok>) -> bool {
    match prev {
        Some(Tok::Word(w)) => !KEYWORDS.iter().any(|k| w.eq_ignore_ascii_case(k)),
        Some(Tok::Quoted(_) | Tok::Str { .. } | Tok::Num(_) | Tok::Close) => true,
        Some(Tok::Punct(p)) => p == "]",
        _ => false,
    }
}

fn scan(chars: &[char], start: usize, keep: impl Fn(char) -> bool) -> usize {
    let mut end = start;
    while end < chars.len() && keep(chars[end]) {
        end += 1;
    }
    end
}

/// Reads a literal or identifier that starts at `chars[start]` (the opening delimiter) and
/// ends at `close`, where a doubled `close` stands for one. Returns the text and the index
/// after the closing delimiter.
fn delimited(chars: &[char], start: usize, close: char) -> (String, usize) {
    let mut text = String::new();
    let mut i = start + 1;
    while i < chars.len() {
        if chars[i] == close {
            if chars.get(i + 1) == Some(&close) {
                text.push(close);
                i += 2;
                continue;
            }
            return (text, i + 1);
        }
        text.push(chars[i]);
        i += 1;
    }
    (text, i)
}

/// Removes `::type` casts (PostgreSQL adds them to stored defaults and checks): the cast
/// operator, the type's words (`character varying`, `timestamp without time zone`) and an
/// optional `(n)` or `[]` suffix.
pub(crate) fn drop_casts(toks: Vec<Tok>) -> Vec<Tok> {
    const TYPE_TAIL: [&str; 6] = ["varying", "precision", "without", "with", "time", "zone"];
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_punct("::") {
            out.push(toks[i].clone());
            i += 1;
            continue;
        }
        i += 1;
        if matches!(toks.get(i), Some(Tok::Word(_) | Tok::Quoted(_))) {
            i += 1;
        }
        // A schema-qualified type (`'new'::shop.order_state`, an enum or domain).
        while toks.get(i).is_some_and(|t| t.is_punct("."))
            && matches!(toks.get(i + 1), Some(Tok::Word(_) | Tok::Quoted(_)))
        {
            i += 2;
        }
        while toks
            .get(i)
            .is_some_and(|t| TYPE_TAIL.iter().any(|w| t.is_word(w)))
        {
            i += 1;
        }
        if toks.get(i) == Some(&Tok::Open) {
            i = matching_close(&toks, i).map_or(toks.len(), |c| c + 1);
        }
        // Only whole `[]` pairs: a lone `]` closes an ARRAY[…] the cast stands in.
        while toks.get(i).is_some_and(|t| t.is_punct("["))
            && toks.get(i + 1).is_some_and(|t| t.is_punct("]"))
        {
            i += 2;
        }
    }
    out
}

/// The index of the `)` matching the `(` at `open`.
pub(crate) fn matching_close(toks: &[Tok], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Open => depth += 1,
            Tok::Close => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Removes parentheses that change nothing, to a fixed point: around one atom (`(0)`, `(-1)`,
/// `("Code")`), around the whole expression or the whole content of another pair, and around a
/// group without top-level AND/OR that stands between AND/OR operands. Both sides of a
/// comparison go through this, so the result only has to be canonical, not minimal.
pub(crate) fn strip_redundant_parens(mut toks: Vec<Tok>) -> Vec<Tok> {
    loop {
        let Some((open, close)) = find_redundant(&toks) else {
            return toks;
        };
        toks.remove(close);
        toks.remove(open);
    }
}

fn find_redundant(toks: &[Tok]) -> Option<(usize, usize)> {
    for open in 0..toks.len() {
        if toks[open] != Tok::Open {
            continue;
        }
        let close = matching_close(toks, open)?;
        let inner = &toks[open + 1..close];
        let before = open.checked_sub(1).map(|i| &toks[i]);
        let after = toks.get(close + 1);
        let is_call = matches!(before, Some(Tok::Word(w)) if !is_logic_word(w));
        let single_atom = matches!(inner, [a] if is_atom(a))
            || matches!(inner, [Tok::Punct(m), Tok::Num(_)] if m == "-");
        let sole_content =
            matches!(before, None | Some(Tok::Open)) && matches!(after, None | Some(Tok::Close));
        let between_logic = !has_top_level_logic(inner)
            && before.is_none_or(|t| *t == Tok::Open || is_logic_tok(t) || t.is_punct(","))
            && after.is_none_or(|t| *t == Tok::Close || is_logic_tok(t) || t.is_punct(","));
        if !inner.is_empty() && !is_call && (single_atom || sole_content || between_logic) {
            return Some((open, close));
        }
    }
    None
}

fn is_atom(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Word(_) | Tok::Quoted(_) | Tok::Str { .. } | Tok::Num(_)
    )
}

fn is_logic_word(w: &str) -> bool {
    ["and", "or", "not"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k))
}

fn is_logic_tok(t: &Tok) -> bool {
    matches!(t, Tok::Word(w) if is_logic_word(w))
}

fn has_top_level_logic(toks: &[Tok]) -> bool {
    let mut depth = 0i32;
    toks.iter().any(|t| {
        match t {
            Tok::Open => depth += 1,
            Tok::Close => depth -= 1,
            _ => {}
        }
        depth == 0 && (t.is_word("and") || t.is_word("or"))
    })
}

/// Renders tokens as one line of SQL. `quote` spells a delimited identifier and `string` a
/// literal, so each dialect gets its own quoting.
pub(crate) fn render(
    toks: &[Tok],
    quote: impl Fn(&str) -> String,
    string: impl Fn(&str, bool) -> String,
) -> String {
    let mut out = String::new();
    for (i, t) in toks.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        // A minus after an operator, `(`, AND/OR or nothing is a sign: `< -1`, not `< - 1`.
        let before_prev = i.checked_sub(2).map(|p| &toks[p]);
        let unary_minus = prev.is_some_and(|m| m.is_punct("-"))
            && (matches!(before_prev, None | Some(Tok::Punct(_) | Tok::Open))
                || before_prev.is_some_and(is_logic_tok));
        let tight = match (prev, t) {
            (None, _) => true,
            _ if unary_minus => true,
            (Some(Tok::Open), _) | (_, Tok::Close) => true,
            (_, Tok::Punct(p)) if p == "," || p == "." || p == "::" => true,
            (Some(Tok::Punct(p)), _) if p == "." || p == "::" => true,
            (Some(Tok::Word(w)), Tok::Open) => !is_logic_word(w) && !w.eq_ignore_ascii_case("in"),
            _ => false,
        };
        if !tight {
            out.push(' ');
        }
        match t {
            Tok::Word(w) | Tok::Num(w) | Tok::Punct(w) => out.push_str(w),
            Tok::Quoted(q) => out.push_str(&quote(q)),
            Tok::Str { text, national } => out.push_str(&string(text, *national)),
            Tok::Open => out.push('('),
            Tok::Close => out.push(')'),
        }
    }
    out
}

/// `x BETWEEN a AND b` → `(x >= a AND x <= b)`, the form both servers store; the parentheses
/// keep it one operand next to OR and go again where redundant. Only a plain name with plain
/// bounds is expanded (`NOT BETWEEN` and computed operands stay as written).
pub(crate) fn expand_between(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let subject = match out.last() {
            Some(t @ (Tok::Word(_) | Tok::Quoted(_))) if !is_logic_tok(t) => Some(t.clone()),
            _ => None,
        };
        let bounds = toks[i]
            .is_word("between")
            .then(|| between_bounds(&toks, i + 1))
            .flatten();
        let (Some(x), Some((low, high, next))) = (subject, bounds) else {
            out.push(toks[i].clone());
            i += 1;
            continue;
        };
        out.pop();
        out.push(Tok::Open);
        out.extend([x.clone(), Tok::Punct(">=".into())]);
        out.extend_from_slice(low);
        out.extend([Tok::Word("AND".into()), x, Tok::Punct("<=".into())]);
        out.extend_from_slice(high);
        out.push(Tok::Close);
        i = next;
    }
    out
}

/// The `a` and `b` of `BETWEEN a AND b` starting at `at`, and the index after `b`.
fn between_bounds(toks: &[Tok], at: usize) -> Option<(&[Tok], &[Tok], usize)> {
    let low = bound_len(toks, at)?;
    let and = at + low;
    if !toks.get(and)?.is_word("and") {
        return None;
    }
    let high = bound_len(toks, and + 1)?;
    Some((
        &toks[at..and],
        &toks[and + 1..and + 1 + high],
        and + 1 + high,
    ))
}

/// How many tokens a plain bound at `at` takes: an atom, or a minus sign and a number.
fn bound_len(toks: &[Tok], at: usize) -> Option<usize> {
    match (toks.get(at)?, toks.get(at + 1)) {
        (Tok::Punct(m), Some(Tok::Num(_))) if m == "-" => Some(2),
        (t, _) if is_atom(t) && !is_logic_tok(t) => Some(1),
        _ => None,
    }
}

/// `x IN (a, b)` → `(x = a OR x = b)` and `x NOT IN (a, b)` → `(x <> a AND x <> b)`, the
/// form SQL Server stores (PostgreSQL stores a one-item list as the comparison too). Only a
/// plain name with a list of plain values is expanded.
fn expand_in_lists(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let negated = out.last().is_some_and(|t| t.is_word("not"));
        let subject_at = out.len().checked_sub(1 + usize::from(negated));
        let subject = subject_at
            .map(|s| &out[s])
            .filter(|t| matches!(t, Tok::Word(_) | Tok::Quoted(_)) && !is_logic_tok(t))
            .cloned();
        let items = toks[i]
            .is_word("in")
            .then(|| in_list_items(&toks, i + 1))
            .flatten();
        let (Some(x), Some((items, next))) = (subject, items) else {
            out.push(toks[i].clone());
            i += 1;
            continue;
        };
        out.truncate(out.len() - 1 - usize::from(negated));
        let (op, join) = if negated { ("<>", "AND") } else { ("=", "OR") };
        out.push(Tok::Open);
        for (n, item) in items.into_iter().enumerate() {
            if n > 0 {
                out.push(Tok::Word(join.into()));
            }
            out.extend([x.clone(), Tok::Punct(op.into())]);
            out.extend_from_slice(item);
        }
        out.push(Tok::Close);
        i = next;
    }
    out
}

/// The items of a list of plain values `(a, b, …)` opening at `open`, and the index after it.
fn in_list_items(toks: &[Tok], open: usize) -> Option<(Vec<&[Tok]>, usize)> {
    if toks.get(open) != Some(&Tok::Open) {
        return None;
    }
    let close = matching_close(toks, open)?;
    let mut items = Vec::new();
    let mut at = open + 1;
    loop {
        let len = bound_len(toks, at)?;
        items.push(&toks[at..at + len]);
        at += len;
        match toks.get(at) {
            Some(t) if t.is_punct(",") => at += 1,
            _ if at == close => return Some((items, close + 1)),
            _ => return None,
        }
    }
}

/// The comparable form of an expression: casts dropped, BETWEEN and IN lists expanded,
/// redundant parentheses removed, identifiers and keywords lower-cased and undelimited, `N'…'` as `'…'`, single spaces. String literals keep their case: `'A'` and
/// `'a'` are different values under a case-sensitive collation and to every client.
pub(crate) fn normal_form(toks: Vec<Tok>) -> String {
    // Parentheses go first too: `("Code") IN (…)` has to show its subject to the expansion.
    let toks = strip_redundant_parens(drop_casts(toks));
    let toks = expand_in_lists(expand_between(toks));
    let toks: Vec<Tok> = strip_redundant_parens(toks)
        .into_iter()
        .map(|t| match t {
            // A boolean compares with 0/1 on SQL Server and false/true on PostgreSQL.
            Tok::Word(w) if w.eq_ignore_ascii_case("false") => Tok::Num("0".into()),
            Tok::Word(w) if w.eq_ignore_ascii_case("true") => Tok::Num("1".into()),
            Tok::Word(w) | Tok::Quoted(w) => Tok::Word(w.to_lowercase()),
            Tok::Str { text, .. } => Tok::Str {
                text,
                national: false,
            },
            other => other,
        })
        .collect();
    render(&toks, str::to_owned, |s, _| {
        format!("'{}'", s.replace('\'', "''"))
    })
}

/// The column and labels of a value-list check, in either dialect's spelling:
/// `Status IN ('A', 'B')`, SQL Server's stored `([Status]='A' OR [Status]='B')`, or
/// PostgreSQL's `(("Status")::text = ANY ((ARRAY['A'::character varying, …])::text[]))` once
/// tidied. `None` for anything else (ranges, patterns, two columns, a NOT IN).
pub fn value_list(expression: &str) -> Option<(String, Vec<String>)> {
    let toks = expand_in_lists(strip_redundant_parens(drop_casts(tokenize(
        expression, true,
    ))));
    // Only equalities joined by OR remain wanted, so grouping parentheses say nothing.
    let toks: Vec<&Tok> = toks
        .iter()
        .filter(|t| !matches!(t, Tok::Open | Tok::Close))
        .collect();
    let mut column: Option<String> = None;
    let mut labels = Vec::new();
    for (n, part) in toks.split(|t| t.is_word("or")).enumerate() {
        let (name, label) = match part {
            [Tok::Word(c) | Tok::Quoted(c), eq, Tok::Str { text, .. }] if eq.is_punct("=") => {
                (c, text)
            }
            [Tok::Str { text, .. }, eq, Tok::Word(c) | Tok::Quoted(c)] if eq.is_punct("=") => {
                (c, text)
            }
            _ => return None,
        };
        if is_logic_word(name) {
            return None;
        }
        match &column {
            Some(c) if !c.eq_ignore_ascii_case(name) => return None,
            Some(_) => {}
            None if n == 0 => column = Some(name.clone()),
            None => return None,
        }
        if !labels.contains(label) {
            labels.push(label.clone());
        }
    }
    Some((column?, labels))
}

/// Removes parentheses wrapping the whole text (`((0))` → `0`), respecting literals.
pub(crate) fn strip_outer_parens(text: &str, brackets: bool) -> &str {
    let mut s = text.trim();
    while s.starts_with('(') && s.ends_with(')') {
        let toks = tokenize(s, brackets);
        if toks.first() != Some(&Tok::Open) || matching_close(&toks, 0) != Some(toks.len() - 1) {
            break;
        }
        s = s[1..s.len() - 1].trim();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_literals_and_quoted_names() {
        let t = tokenize("[a]]b]>=N'it''s' AND \"x\"\"y\"<>(-1)", true);
        assert_eq!(t[0], Tok::Quoted("a]b".into()));
        assert_eq!(t[1], Tok::Punct(">=".into()));
        assert_eq!(
            t[2],
            Tok::Str {
                text: "it's".into(),
                national: true
            }
        );
        assert_eq!(t[4], Tok::Quoted("x\"y".into()));
        assert_eq!(t[5], Tok::Punct("<>".into()));
    }

    #[test]
    fn unterminated_text_does_not_panic() {
        for s in ["'abc", "[abc", "(((", ")))", "\"", "N'", "::", "a::", "(1"] {
            let _ = normal_form(tokenize(s, true));
            let _ = strip_outer_parens(s, true);
        }
    }

    #[test]
    fn normal_form_agrees_across_spellings() {
        let a = normal_form(tokenize("([Amount]>=(0))", true));
        let c = normal_form(tokenize("Amount >= 0", true));
        assert_eq!(a, c);
        assert_eq!(
            normal_form(drop_casts(tokenize(
                "((\"Amount\" >= (0)::numeric))",
                false
            ))),
            c
        );
        let pg = normal_form(tokenize("((\"A\" >= 0) AND (\"B\" < 10))", false));
        assert_eq!(pg, normal_form(tokenize("([A]>=(0) AND [B]<(10))", true)));
        assert_ne!(pg, normal_form(tokenize("A >= 0 OR B < 10", true)));
    }

    #[test]
    fn value_lists_in_every_spelling() {
        let want = Some(("Status".to_owned(), vec!["A".to_owned(), "b c".to_owned()]));
        assert_eq!(value_list("Status IN ('A', 'b c')"), want);
        assert_eq!(value_list("([Status]='A' OR [Status]=N'b c')"), want);
        assert_eq!(
            value_list("Status = 'A'"),
            Some(("Status".into(), vec!["A".into()]))
        );
        for not_a_list in [
            "Status IN ('A') AND X = 'b'",
            "Status = 'A' OR Other = 'B'",
            "Status NOT IN ('A', 'B')",
            "Amount >= 0",
            "Status IN ('A', 1)",
            "LEN(Status) > 0",
        ] {
            assert_eq!(value_list(not_a_list), None, "{not_a_list}");
        }
    }

    #[test]
    fn outer_parens_only_when_they_wrap_everything() {
        assert_eq!(strip_outer_parens("((0))", true), "0");
        assert_eq!(strip_outer_parens("(getutcdate())", true), "getutcdate()");
        assert_eq!(strip_outer_parens("(a)+(b)", true), "(a)+(b)");
        assert_eq!(strip_outer_parens("(N')(')", true), "N')('");
    }
}
