#!/usr/bin/env python3
"""Tests for the scripts in this folder.

Usage:
    python3 scripts/test_scripts.py            # unit tests only
    GEN=target/debug/gen python3 scripts/test_scripts.py   # also runs `gen lint` / `gen models --check`

What it checks: the YAML writer quotes every tricky string so that a YAML parser reads it back
unchanged (PyYAML, when installed); synth_schema.py is deterministic, has the promised shape and
satisfies the schema-format rules it claims; synth_pg.py's DDL matches that shape; and, with
$GEN set to a built `gen`, that `gen lint` accepts the synthetic schema's input (exit 0 or 1,
never 2), that `gen models` can generate from it, and that a database built by synth_pg.py
shows no drift against the same synthetic schema under `gen diff` (needs PostgreSQL at
$TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; skipped if unreachable).
"""

import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import schema_yaml  # noqa: E402
import synth_pg  # noqa: E402
import synth_schema  # noqa: E402

try:
    import yaml
except ImportError:  # the round-trip tests need PyYAML; the rest do not
    yaml = None

TRICKY = [
    "*x", "&a", "!tag", "-", "- item", "a: b", "a #c", "{}", "[a]", "a,b", "'", '"', "it's",
    "yes", "No", "TRUE", "null", "~", "on", "OFF", "0123", "1e3", "12.50", "-5", "+1", ".5",
    ".inf", "", " lead", "trail ", "naïve ✓ 日本", "line\nbreak", "tab\there", "back\\slash",
    "%dir", "@at", "`tick", "a:b", "x#y", "\x7f", "?", ">", "|", "Surrogate key.",
    "GETUTCDATE()", "nvarchar(50)", "SortOrder >= 0", "Name DESC", "Australia/Sydney",
]


def synth(tables, schemas):
    return schema_yaml.document(synth_schema.build(tables, schemas))


class WriterTests(unittest.TestCase):
    @unittest.skipIf(yaml is None, "PyYAML not installed")
    def test_tricky_strings_read_back_unchanged_in_flow_and_block(self):
        for text in TRICKY:
            doc = f"k: [{{ v: {schema_yaml.scalar(text)} }}]\nb: {schema_yaml.scalar(text)}\n"
            loaded = yaml.safe_load(doc)
            self.assertEqual(loaded["k"][0]["v"], text, doc)
            self.assertEqual(loaded["b"], text, doc)

    def test_ordinary_names_stay_plain_and_sql_is_always_quoted(self):
        for text in ["UserStatus", "nvarchar(max)", "Display name.", "ref.UserStatus", "O'Brien"]:
            self.assertEqual(schema_yaml.scalar(text), text)
        self.assertEqual(schema_yaml.scalar("A > 0", key="expression"), '"A > 0"')
        self.assertEqual(schema_yaml.flow({"a": [1, "x y"], "b": False}), "{ a: [1, x y], b: false }")


class SynthSchemaTests(unittest.TestCase):
    def test_output_is_deterministic(self):
        self.assertEqual(synth(50, 5), synth(50, 5))

    def test_shape(self):
        data = synth_schema.build(53, 5)
        data_schemas = [s for s in data["schemas"] if s["name"] != "ref"]
        self.assertEqual([len(s["tables"]) for s in data_schemas], [11, 11, 11, 10, 10])
        for s in data_schemas:
            for i, table in enumerate(s["tables"]):
                self.assertEqual(len(table["columns"]), 12)
                self.assertEqual(len(table["foreign_keys"]), 1)
                self.assertEqual(len(table["indexes"]), 1)
                ref = table["foreign_keys"][0]["references"]
                expected = "ref." if i == 0 else f"{s['name']}.{s['tables'][i - 1]['name']}"
                self.assertTrue(ref.startswith(expected), ref)

    @unittest.skipIf(yaml is None, "PyYAML not installed")
    def test_foreign_keys_resolve_and_names_are_unique(self):
        doc = yaml.safe_load(synth(40, 4))
        tables = {f"{s['name']}.{t['name']}": t for s in doc["schemas"] for t in s["tables"]}
        names = []
        for table in tables.values():
            types = {c["name"]: c["type"] for c in table["columns"]}
            names.append(table["primary_key"]["name"])
            names += [c["default_name"] for c in table["columns"] if "default_name" in c]
            for fk in table.get("foreign_keys", []):
                names.append(fk["name"])
                target = {c["name"]: c["type"] for c in tables[fk["references"]]["columns"]}
                self.assertEqual(types[fk["columns"][0]], target[fk["ref_columns"][0]])
        self.assertEqual(len(names), len(set(n.lower() for n in names)))

    def test_pg_ddl_has_one_fk_and_index_per_data_table(self):
        sql = synth_pg.ddl(synth_schema.build(30, 3))
        self.assertEqual(sql.count("CREATE TABLE"), 33)
        self.assertEqual(sql.count("FOREIGN KEY"), 30)
        self.assertEqual(sql.count("CREATE INDEX"), 30)
        self.assertIn('timestamp(6) DEFAULT (now() AT TIME ZONE \'utc\') NOT NULL', sql)


@unittest.skipUnless(os.environ.get("GEN"), "set GEN to a built gen binary")
class GenTests(unittest.TestCase):
    def run_gen(self, *args):
        return subprocess.run([os.environ["GEN"], *args], capture_output=True, text=True)

    def test_lint_accepts_synthetic_input(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "synthetic.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(synth(50, 5))
            result = self.run_gen("lint", "--schema", path)
            self.assertIn(result.returncode, (0, 1), result.stderr)
            result = self.run_gen("models", "--schema", path, "--out", os.path.join(tmp, "out"))
            self.assertEqual(result.returncode, 0, result.stderr)

    def test_synth_pg_database_matches_synth_schema(self):
        server = os.environ.get("TEST_DATABASE_URL", synth_pg.DEFAULT_URL)
        dbname = f"synth_test_{os.getpid()}"
        built = subprocess.run(
            [sys.executable, os.path.join(HERE, "synth_pg.py"), dbname, "--schemas", "2",
             "--tables-per-schema", "5"], capture_output=True, text=True)
        if built.returncode != 0:
            self.skipTest(f"PostgreSQL unavailable: {built.stderr.strip()}")
        try:
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "synthetic.yaml")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(synth(10, 2))
                url = synth_pg.with_database(server, dbname)
                result = self.run_gen("diff", "--url", url, "--schema", path)
                self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        finally:
            synth_pg.psql(server, "-c", f"DROP DATABASE IF EXISTS {synth_pg.ident(dbname)} WITH (FORCE)")


if __name__ == "__main__":
    unittest.main()
