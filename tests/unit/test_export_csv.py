"""The export's CSV tables (DESIGN.md §6): golden bytes, read back, escaped, documented, parsable."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings

from companion.export.csv_readme import csv_readme
from companion.export.csv_schema import TABLES
from companion.export.csv_tables import BOM, FORMULA_TRIGGERS, cell_text, csv_tables, escape_text
from companion.export.export_data import ALL_SECTIONS, ExportData, Section
from tests.fixtures.export_history import GOLDEN_DIR, HYPERLINK_BODY, export_history, golden_files
from tests.fixtures.export_strategies import export_data

TIME_COLUMNS = re.compile(r"(^|_)at$")
INTEGER_COLUMNS = {
    "session_id", "care_plan_id", "minutes_monitored", "minimum_monitoring_minutes", "first_recheck_minutes",
    "spo2_lowest", "checkins_confirmed", "checkins_missed", "checkins_without_code", "help_used",
    "reading_id", "minutes_after_dose", "systolic", "diastolic", "heart_rate", "spo2", "questionnaire_id",
    "item_number", "answer_value", "total", "total_max", "item9", "difficulty", "baseline_questionnaire_id",
    "baseline_total", "change_from_baseline", "percent_change", "record_id", "mood", "anxiety", "energy",
    "peak_intensity", "sleep_quality", "version", "log_id", "entry_id",
}


@pytest.fixture(scope="module")
def data() -> ExportData:
    return export_history()


@pytest.fixture(scope="module")
def tables(data: ExportData) -> dict[str, bytes]:
    return csv_tables(data)


def read(content: bytes) -> list[dict[str, str]]:
    """A BOM-aware reader: what a careful script does with the file."""
    with io.TextIOWrapper(io.BytesIO(content), encoding="utf-8-sig", newline="") as text:
        return list(csv.DictReader(text))


def rows_of(tables: dict[str, bytes], name: str) -> list[dict[str, str]]:
    return read(tables[f"{name}.csv"])


# -- golden files ----------------------------------------------------------------------------------


def test_the_tables_and_readme_are_the_golden_files_byte_for_byte(data: ExportData) -> None:
    """A change here is a change of the clinician's file: review it, then regenerate with
    ``python -m tests.fixtures.export_history --write-golden``."""
    expected = {path.relative_to(GOLDEN_DIR).as_posix(): path.read_bytes()
                for path in sorted((GOLDEN_DIR / "csv").iterdir())}
    produced = {name: content for name, content in golden_files(data).items() if name.startswith("csv/")}
    assert sorted(produced) == sorted(expected)
    for name, content in produced.items():
        assert content == expected[name], f"{name} differs from the golden file"


def test_the_same_data_gives_the_same_bytes(data: ExportData) -> None:
    assert csv_tables(data) == csv_tables(export_history())
    assert csv_readme(data) == csv_readme(export_history())


# -- format ----------------------------------------------------------------------------------------


def test_every_table_is_written_in_readme_order_with_its_declared_header(tables: dict[str, bytes]) -> None:
    assert list(tables) == [f"{table.name}.csv" for table in TABLES]
    for table in TABLES:
        content = tables[f"{table.name}.csv"]
        assert content.startswith(BOM.encode("utf-8"))
        assert tuple(next(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))) == table.header


def test_records_end_in_crlf_and_the_plain_csv_module_reads_them_back(tables: dict[str, bytes]) -> None:
    for name, content in tables.items():
        text = content.decode("utf-8")
        assert text.startswith(BOM), name
        records = list(csv.reader(io.StringIO(text.removeprefix(BOM), newline="")))
        assert text.endswith("\r\n"), name
        # No field of the fixture holds a CRLF, so every CRLF ends a record (and none is missing).
        assert text.count("\r\n") == len(records), name
        assert all(len(record) == len(records[0]) for record in records), name


def test_a_reader_that_ignores_the_bom_sees_it_and_a_bom_aware_one_does_not(tables: dict[str, bytes]) -> None:
    content = tables["sessions.csv"]
    naive = next(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))
    assert naive[0] == BOM + "session_id"
    assert next(iter(read(content)[0])) == "session_id"


def test_row_counts_follow_the_history(tables: dict[str, bytes], data: ExportData) -> None:
    assert len(rows_of(tables, "sessions")) == 3
    assert len(rows_of(tables, "vitals")) == sum(len(s.vitals) for s in data.sessions)
    assert len(rows_of(tables, "sitter_checkins")) == 8 + 4
    assert len(rows_of(tables, "checklist_answers")) == sum(len(s.answers) for s in data.sessions)
    assert len(rows_of(tables, "scores")) == len(data.questionnaires)
    # 9 + difficulty, 7, 9, 7, 20 (the second PHQ-9 has no difficulty answer)
    assert len(rows_of(tables, "questionnaire_items")) == 10 + 7 + 9 + 7 + 20
    assert len(rows_of(tables, "mood_ratings")) == 6 + len(data.daily_moods)
    assert len(rows_of(tables, "side_effects")) == 4
    assert len(rows_of(tables, "flags")) == len(data.flags)
    assert len(rows_of(tables, "journal")) == 2


# -- README ----------------------------------------------------------------------------------------


def test_every_column_of_every_file_is_documented_in_readme(data: ExportData,
                                                            tables: dict[str, bytes]) -> None:
    readme = csv_readme(data).decode("utf-8")
    assert readme.endswith("\r\n") and "\n" not in readme.replace("\r\n", "")
    for name, content in tables.items():
        assert name in readme
        header = next(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
        for column in header:
            assert f"- {column}: " in readme, f"{name}: column {column} is not in README.txt"


def test_readme_says_what_was_left_out(data: ExportData) -> None:
    left_out = replace(data, options=replace(data.options, sections=frozenset({Section.SESSIONS}),
                                             include_journal=False))
    readme = csv_readme(left_out).decode("utf-8")
    words = " ".join(readme.split())
    assert "Not included: questionnaires, check-ins (mood, side effects), shared journal entries." in words
    assert "journal.csv" not in readme


# -- formula defence --------------------------------------------------------------------------------


def test_journal_text_that_looks_like_a_formula_is_escaped(tables: dict[str, bytes]) -> None:
    bodies = [row["body"] for row in rows_of(tables, "journal")]
    assert bodies[0] == "'" + HYPERLINK_BODY
    assert bodies[1].startswith("Feeling 🌱")  # not a formula: as written
    raw = tables["journal.csv"].decode("utf-8-sig")
    assert ',"=' not in raw and ",=" not in raw


def test_other_people_text_is_escaped_too(tables: dict[str, bytes]) -> None:
    notes = [row["note"] for row in rows_of(tables, "mood_ratings") if row["source"] == "daily"]
    assert "'-3 after a rough night" in notes
    labels = [row["effect_label"] for row in rows_of(tables, "side_effects")]
    assert "'+ tingling in my hands" in labels


def test_numbers_are_never_prefixed(tables: dict[str, bytes]) -> None:
    changes = [row["change_from_baseline"] for row in rows_of(tables, "scores")]
    assert "-4" in changes and "-11" in changes
    assert rows_of(tables, "vitals")[0]["minutes_after_dose"] == "-12"


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
def test_each_trigger_character_is_escaped(trigger: str) -> None:
    assert escape_text(trigger + "1+1") == "'" + trigger + "1+1"
    assert escape_text("a" + trigger) == "a" + trigger


def test_cells_are_written_as_documented() -> None:
    assert [cell_text(v) for v in (None, True, False, 0, -5, 100.0, 56.5, "", "=x")] == [
        "", "yes", "no", "0", "-5", "100", "56.5", "", "'=x"]
    with pytest.raises(ValueError, match="finite"):
        cell_text(float("nan"))


# -- values parse -----------------------------------------------------------------------------------


def test_times_dates_and_numbers_parse(tables: dict[str, bytes], data: ExportData) -> None:
    offset = data.generated_at.utcoffset()
    for name, content in tables.items():
        for row in read(content):
            for column, value in row.items():
                if not value:
                    continue
                if TIME_COLUMNS.search(column):
                    moment = datetime.fromisoformat(value)
                    assert moment.utcoffset() == offset, (name, column)
                elif column == "local_date":
                    date.fromisoformat(value)
                elif column == "local_time":
                    assert re.fullmatch(r"[0-2]\d:[0-5]\d", value), (name, value)
                elif column in INTEGER_COLUMNS:
                    int(value)
                elif column == "dose_mg":
                    float(value)


def test_local_date_and_time_are_those_of_the_main_time(tables: dict[str, bytes]) -> None:
    for row in rows_of(tables, "vitals"):
        measured = datetime.fromisoformat(row["measured_at"])
        local = (measured.date().isoformat(), measured.strftime("%H:%M"))
        assert (row["local_date"], row["local_time"]) == local
    session = rows_of(tables, "sessions")[0]
    assert session["local_time"] == datetime.fromisoformat(session["dose_at"]).strftime("%H:%M")


def test_recorded_at_stands_beside_the_time_it_is_about(tables: dict[str, bytes]) -> None:
    missed = next(row for row in rows_of(tables, "sitter_checkins") if row["status"] == "missed")
    assert datetime.fromisoformat(missed["recorded_at"]) > datetime.fromisoformat(missed["due_at"])
    late = next(row for row in rows_of(tables, "mood_ratings") if row["late_edit"] == "yes")
    assert datetime.fromisoformat(late["recorded_at"]) > datetime.fromisoformat(late["first_recorded_at"])


def test_loinc_and_ucum_columns(tables: dict[str, bytes]) -> None:
    first = rows_of(tables, "vitals")[0]
    bp = (first["bp_unit"], first["systolic_loinc"], first["diastolic_loinc"])
    assert bp == ("mm[Hg]", "8480-6", "8462-4")
    assert (first["heart_rate_unit"], first["heart_rate_loinc"]) == ("/min", "8867-4")
    assert (first["spo2_unit"], first["spo2_loinc"]) == ("%", "59408-5")
    no_spo2 = next(row for row in rows_of(tables, "vitals") if not row["spo2"])
    assert no_spo2["spo2_unit"] == no_spo2["spo2_loinc"] == ""
    scores = {row["instrument"]: row for row in rows_of(tables, "scores")}
    assert (scores["phq9"]["panel_loinc"], scores["phq9"]["total_loinc"]) == ("44249-1", "44261-6")
    assert (scores["gad7"]["panel_loinc"], scores["gad7"]["total_loinc"]) == ("69737-5", "70274-6")
    item9 = next(row for row in rows_of(tables, "questionnaire_items") if row["item_loinc"] == "44260-8")
    assert (item9["answer_value"], item9["answer_loinc"]) == ("1", "LA6569-3")


def test_the_session_record_fields_are_in_the_sessions_table(tables: dict[str, bytes]) -> None:
    completed, early, abandoned = rows_of(tables, "sessions")
    assert (completed["lot_number"], completed["minutes_monitored"], completed["spo2_lowest"]) == (
        "LOT-2604A", "125", "96")
    assert completed["other_medicine_categories"] == "sleeping_pills"
    assert (early["state"], early["dissociation"], early["checkins_missed"]) == ("ended_early", "yes", "1")
    assert early["end_reason"].startswith("She felt very sick")
    assert (abandoned["state"], abandoned["dose_at"], abandoned["vitals_acceptable_before"]) == (
        "abandoned", "", "no")


# -- what leaves -----------------------------------------------------------------------------------


def test_journal_csv_only_with_shared_entries_opted_in(data: ExportData) -> None:
    not_opted_in = replace(data, options=replace(data.options, include_journal=False))
    assert "journal.csv" not in csv_tables(not_opted_in)
    unshared = tuple(replace(entry, shared=False) for entry in data.journal)
    assert "journal.csv" not in csv_tables(replace(data, journal=unshared))
    assert "journal.csv" not in csv_tables(replace(data, journal=()))


def test_a_section_left_out_leaves_its_tables_with_only_a_header(data: ExportData) -> None:
    flags_only = replace(data, options=replace(data.options, sections=frozenset(), include_journal=True))
    tables = csv_tables(flags_only)
    assert "journal.csv" not in tables
    for name, content in tables.items():
        assert (len(read(content)) > 0) == (name == "flags.csv"), name
    everything = replace(data, options=replace(data.options, sections=ALL_SECTIONS))
    assert len(read(csv_tables(everything)["sessions.csv"])) == 3


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(export_data())
def test_any_history_reads_back_with_its_text_intact(generated: ExportData) -> None:
    tables = csv_tables(generated)
    readme = csv_readme(generated).decode("utf-8")
    for content in tables.values():
        rows = read(content)
        header = next(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
        assert all(f"- {column}: " in readme for column in header)
        for row in rows:
            for value in row.values():
                if value.startswith(FORMULA_TRIGGERS):  # only a number the app wrote may start so
                    float(value)
    if "journal.csv" in tables:
        bodies = [row["body"] for row in read(tables["journal.csv"])]
        expected = [escape_text(entry.content.body) for entry in generated.journal if entry.shared]
        assert bodies == expected


def test_golden_dir_holds_only_what_the_export_writes() -> None:
    produced = set(golden_files(export_history()))
    on_disk = {path.relative_to(GOLDEN_DIR).as_posix() for path in GOLDEN_DIR.rglob("*")
               if path.is_file() and path.name != ".gitattributes"}
    assert on_disk == produced, "stale or missing golden files: regenerate them"
