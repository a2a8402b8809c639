"""Journal storage at 10,000 and 100,000 entries: search, first page, count, saving (DESIGN.md §8).

Budget: search ≤ 5 ms median at 10,000 entries. Each size gets its own vault filled by
``fill_demo_journal`` on top of the demo sessions (build time printed on its own line), then every
operation runs warm, the way the journal screen uses it, against the encrypted database.

Run: ``python tests/perf/bench_journal_storage.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from companion.demo.demo_history import fill_demo_history
from companion.demo.demo_journal import fill_demo_journal
from companion.domain.clock import FakeClock
from companion.domain.journal import EntryContent, parse_tags
from companion.paths import DataPaths
from companion.storage.journal import EntryFilter, JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault
from tests.perf.figures import SEARCH_10K, quick, report

PASSPHRASE = "benchmark passphrase, long enough"
SEARCH_ROUNDS = 7  # per query
OTHER_ROUNDS = 30
# The repository's default is 50 hits; a longer list costs a snippet and a summary per extra hit.
WIDE_LIMIT = 200
# What people type: (kind, text, tags to filter by)
QUERIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("one word", "calm", ()),
    ("one word", "river", ()),
    ("one word", "music", ()),
    ("one word", "sleep", ()),
    ("prefix", "integr", ()),
    ("prefix", "caf", ()),
    ("prefix", "memo", ()),
    ("prefix", "gratef", ()),
    ("two words", "river walk", ()),
    ("two words", "calm morning", ()),
    ("two words", "slow breakfast", ()),
    ("tag filter", "calm", ("sleep",)),
    ("tag filter", "walk", ("family",)),
    ("no hits", "zebra", ()),
    ("no hits", "quantum", ()),
)


def _milliseconds(call: Callable[[], object], rounds: int) -> list[float]:
    call()  # warm: caches and the first page read from disk
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _measure_size(size: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as base:
        vault, _ = create_vault(DataPaths(Path(base)), PASSPHRASE, LIGHT_TEST_PARAMS, clock)
        with vault:
            started = time.perf_counter()
            fill_demo_history(vault, now=clock.now())
            fill_demo_journal(vault, count=size, now=clock.now())
            figures["build_s"] = time.perf_counter() - started
            figures["vault_mb"] = Path(vault.paths.vault_db).stat().st_size / 1e6
            journal = JournalRepository(vault.database)
            every: list[float] = []
            by_kind: dict[str, list[float]] = {}
            for kind, text, tags in QUERIES:
                entry_filter = EntryFilter(tags=tags)
                timings = _milliseconds(lambda t=text, f=entry_filter: journal.search(t, f), SEARCH_ROUNDS)
                every += timings
                by_kind.setdefault(kind, []).extend(timings)
            figures["search_median_ms"] = statistics.median(every)
            figures["search_p95_ms"] = _p95(every)
            for kind, timings in by_kind.items():
                figures[f"search_{kind.replace(' ', '_')}_median_ms"] = statistics.median(timings)
            wide: list[float] = []
            for _kind, text, tags in QUERIES:
                entry_filter = EntryFilter(tags=tags)
                wide += _milliseconds(lambda t=text, f=entry_filter: journal.search(t, f, limit=WIDE_LIMIT),
                                      SEARCH_ROUNDS)
            figures["search_wide_median_ms"] = statistics.median(wide)
            figures["list_first_page_median_ms"] = statistics.median(
                _milliseconds(lambda: journal.list_page(limit=100), OTHER_ROUNDS))
            tagged = EntryFilter(tags=("sleep",))
            figures["list_tagged_page_median_ms"] = statistics.median(
                _milliseconds(lambda: journal.list_page(tagged, limit=100), OTHER_ROUNDS))
            figures["count_median_ms"] = statistics.median(_milliseconds(journal.count, OTHER_ROUNDS))
            tags = parse_tags("calm, walk")
            figures["create_median_ms"] = statistics.median(_milliseconds(
                lambda: journal.create(EntryContent("Benchmark", "A new entry about the river " * 20, tags),
                                       at=clock.now()), OTHER_ROUNDS))
            draft = EntryContent("Half", "Still typing about the morning walk " * 30, tags)
            figures["draft_save_median_ms"] = statistics.median(
                _milliseconds(lambda: journal.save_draft(None, draft, at=clock.now()), OTHER_ROUNDS))
    return figures


def measure(sizes: tuple[int, ...] = (10_000, 100_000)) -> dict[str, float]:
    """Figures keyed ``"<size>.<name>"``, e.g. ``"10000.search_median_ms"``."""
    figures: dict[str, float] = {}
    for size in sizes:
        figures.update({f"{size}.{name}": value for name, value in _measure_size(size).items()})
    return figures


_ROWS = (
    ("build_s", "build (demo sessions + journal)", "s", ""),
    ("vault_mb", "vault file size", "MB", ""),
    ("search_median_ms", "search, median (mix below)", "ms", "budget 5 ms at 10,000"),
    ("search_p95_ms", "search, p95", "ms", ""),
    ("search_one_word_median_ms", "  one word, median", "ms", ""),
    ("search_prefix_median_ms", "  prefix, median", "ms", ""),
    ("search_two_words_median_ms", "  two words, median", "ms", ""),
    ("search_tag_filter_median_ms", "  with a tag filter, median", "ms", ""),
    ("search_no_hits_median_ms", "  no hits, median", "ms", ""),
    ("search_wide_median_ms", f"search, median, limit {WIDE_LIMIT}", "ms", "default limit is 50"),
    ("list_first_page_median_ms", "list_page, first 100, median", "ms", ""),
    ("list_tagged_page_median_ms", "list_page, tag filter, median", "ms", ""),
    ("count_median_ms", "count, median", "ms", ""),
    ("create_median_ms", "save one entry (create), median", "ms", "synchronous=FULL"),
    ("draft_save_median_ms", "draft save, median", "ms", ""),
)


def main() -> None:
    sizes = (10_000,) if quick() else (10_000, 100_000)
    figures = measure(sizes)
    print(f"{'':34}" + "".join(f"{size:>12,}" for size in sizes))
    for key, label, unit, note in _ROWS:
        values = "".join(f"{figures[f'{size}.{key}']:>9.2f} {unit:<2}" for size in sizes)
        print(f"{label:<34}{values}  {note}".rstrip())
    for size in sizes:
        report(f"journal.search_{size}", f"journal search, {size:,} entries, median",
               figures[f"{size}.search_median_ms"], "ms", SEARCH_10K if size == 10_000 else None, digits=2,
               note=f"p95 {figures[f'{size}.search_p95_ms']:.1f} ms over {len(QUERIES)} queries, 50 hits; "
               f"{figures[f'{size}.search_wide_median_ms']:.1f} ms with {WIDE_LIMIT}")
    report("journal.save_entry", f"save one journal entry ({sizes[0]:,} entries, synchronous=FULL), median",
           figures[f"{sizes[0]}.create_median_ms"], "ms", digits=2,
           note=f"autosave of a draft {figures[f'{sizes[0]}.draft_save_median_ms']:.2f} ms")


if __name__ == "__main__":
    main()
