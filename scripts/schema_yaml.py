"""Canonical schema.yaml writer shared by the scripts in this folder.

Prints a schema (plain dicts and lists, keys in canonical order) in the one form that
docs/schema-format.md describes and `gen`'s emitter writes: two-space indents, block style
down to the table level, one flow mapping per column, key, index, check and row, no comments.
Plain scalars are used wherever YAML reads them back as the same string; anything else is
double-quoted. Expressions, filters, notes and lint reasons are always double-quoted.

Not a general YAML writer: it knows the schema.yaml layout and nothing else.
"""

import re

# Keys whose string values are always double-quoted (SQL text and prose that reads as SQL).
ALWAYS_QUOTED = {"expression", "filter", "note", "reason"}

# Words YAML 1.1 or 1.2 resolves to something other than a string.
_NON_STRINGS = re.compile(
    r"^(?:~|null|true|false|yes|no|on|off|y|n"
    r"|[-+]?(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?"
    r"|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[-+]?\.inf|\.nan|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$",
    re.IGNORECASE,
)
_FLOW_UNSAFE = set(",[]{}#`\"'")
_BAD_START = set("-?:!&*|>%@ ")


def is_plain_safe(text):
    """Whether `text` can be written unquoted inside a flow mapping and read back unchanged."""
    if not text or text != text.strip() or _NON_STRINGS.match(text):
        return False
    if text[0] in _BAD_START or text[-1] == ":":
        return False
    if any(c in _FLOW_UNSAFE or ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        return False
    return ": " not in text and " #" not in text


def quote(text):
    """A double-quoted YAML scalar."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return f'"{escaped}"'


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
