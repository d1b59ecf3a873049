"""Canonical schema.yaml writer shared by the scripts in this folder.

Prints a schema (plain dicts and lists, keys in canonical order) in the one form that
docs/schema-format.md describes and `gen`'s emitter writes: two-space indents, block style
down to the table level, one flow mapping per column, key, index, check and row, no comments.
Plain scalars are used wherever YAML reads them back as the same string; anything else is
double-quoted. Check expressions and index filters are always double-quoted.

Not a general YAML writer: it knows the schema.yaml layout and nothing else.
"""

import unicodedata

# Keys whose string values are always double-quoted (SQL text looks alike however simple).
ALWAYS_QUOTED = {"expression", "filter"}

# Words YAML 1.1 or 1.2 parsers read as null or booleans when unquoted.
_SPECIAL_WORDS = {"null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"}
_BAD_START = "-?:,[]{}#&*!|>'\"%@`"


def _is_special_char(c):
    """Characters only a double-quoted escape carries safely (Rust's char::is_control and more)."""
    return unicodedata.category(c) == "Cc" or c in "\u0085\u2028\u2029\ufeff"


def is_plain_safe(text):
    """Whether `text` can be written unquoted anywhere in the file and read back unchanged.

    The same rule as generator/src/emit/quote.rs `needs_quotes`, negated: it decides the
    canonical form, so the two must agree byte for byte.
    """
    if not text:
        return False
    first = text[0]
    numeric_start = first.isdigit() and first.isascii() or (first in "+." and len(text) > 1)
    return not (
        first.isspace()
        or text[-1].isspace()
        or first in _BAD_START
        or numeric_start
        or any(c in ",[]{}:#" or _is_special_char(c) for c in text)
        or text.lower() in _SPECIAL_WORDS
    )


def quote(text):
    """A double-quoted YAML scalar, escaped as generator/src/emit/quote.rs escapes."""
    named = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    out = []
    for c in text:
        if c in named:
            out.append(named[c])
        elif _is_special_char(c):
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def scalar(value, key=None):
    """One value as YAML text: booleans, integers, decimals (given as `Decimal`), strings."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):  # decimal.Decimal, kept as written
        return str(value)
    if key in ALWAYS_QUOTED or not is_plain_safe(value):
        return quote(value)
    return value


def flow(value, key=None):
    """A value in flow style: mappings `{ k: v }`, sequences `[a, b]`, scalars."""
    if isinstance(value, dict):
        inner = ", ".join(f"{k}: {flow(v, k)}" for k, v in value.items())
        return "{ " + inner + " }"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v, key) for v in value) + "]"
    return scalar(value, key)


_TABLE_LISTS = ["columns", "foreign_keys", "unique", "indexes", "checks", "rows"]


def table_lines(table):
    """The lines of one table entry (indented for its place under `tables:`)."""
    lines = [f"      - name: {scalar(table['name'])}"]
    for key in ["description", "enum"]:
        if key in table:
            lines.append(f"        {key}: {scalar(table[key])}")
    if table.get("lint"):
        lines.append("        lint:")
        lines += [f"          - {flow(item)}" for item in table["lint"]]
    for key in _TABLE_LISTS:
        if key == "foreign_keys" and "primary_key" in table:
            lines.append(f"        primary_key: {flow(table['primary_key'])}")
        items = table.get(key) or []
        if items:
            lines.append(f"        {key}:")
            lines += [f"          - {flow(item)}" for item in items]
    return lines


def document(schema):
    """The whole file as one string (LF line ends, final newline)."""
    lines = [f"gen: {scalar(schema['gen'])}", f"database: {scalar(schema['database'])}"]
    if "description" in schema:
        lines.append(f"description: {scalar(schema['description'])}")
    filt = schema.get("filter") or {}
    if filt:
        lines.append("filter:")
        for key in ["include", "exclude"]:
            if filt.get(key):
                lines.append(f"  {key}: {flow(filt[key])}")
    lines.append("schemas:")
    for db_schema in schema["schemas"]:
        lines.append(f"  - name: {scalar(db_schema['name'])}")
        if "description" in db_schema:
            lines.append(f"    description: {scalar(db_schema['description'])}")
        lines.append("    tables:")
        for table in db_schema["tables"]:
            lines += table_lines(table)
    return "\n".join(lines) + "\n"
