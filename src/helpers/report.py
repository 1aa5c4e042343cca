"""Run every notebook headless on a set of articles and build the report folder.

In: article paths and an output folder. Out: in that folder, the four contract tables,
the executed notebooks (``notebooks/``), every chart (``figures/``: PNG, SVG, PDF + CSV)
and one self-contained HTML report (``report.html``). Everything is written into a
temporary sibling folder first and moved into place only when every notebook succeeded,
so a failed run leaves the previous report untouched.
"""
from __future__ import annotations

import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat

from . import paths, pipeline, tables

KERNEL = "python3"


class ReportError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


def notebook_paths() -> list[Path]:
    """Return the project's notebooks in order (10_corpus, 20_statements, ...)."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def run_notebook(source: Path, target: Path, parameters: dict) -> Path:
    """Execute one notebook with papermill; raise ReportError naming the failing cell."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(str(source), str(target), parameters=parameters, kernel_name=KERNEL,
                                   cwd=str(paths.ROOT), progress_bar=False, log_output=False)
    except PapermillExecutionError as err:
        raise ReportError(f"{source.name}: cell {err.exec_count} failed: {err.ename}: {err.evalue}") from None
    return target


def build_html(executed: list[Path], target: Path) -> Path:
    """Merge executed notebooks into one self-contained HTML page (code hidden, figures embedded)."""
    from nbconvert import HTMLExporter

    merged = nbformat.v4.new_notebook()
    for path in executed:
        nb = nbformat.read(path, as_version=4)
        merged.cells.extend(c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])
                            and "parameters" not in c.metadata.get("tags", []))
        merged.metadata = nb.metadata
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True, embed_images=True)
    body, _ = exporter.from_notebook_node(merged, resources={"metadata": {"name": "Blocking orders: report"}})
    target.write_text(body, encoding="utf-8")
    return target


def swap_into_place(tmp: Path, out: Path) -> None:
    """Replace ``out`` by ``tmp`` (the old report is removed only after the new one is in place)."""
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old)
    else:
        tmp.rename(out)


def run_report(articles: list[str | Path], out: Path, jobs: int = 2, date: str | None = None) -> Path:
    """Analyse ``articles``, execute every notebook on them and build ``out`` atomically."""
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        data = pipeline.analyze(articles, date=date)
        tables.write_tables(data, tmp)
        (tmp / "notebooks").mkdir()
        params = {"articles": [str(Path(a).resolve()) for a in articles], "tables": str(tmp), "out": str(tmp)}
        sources = notebook_paths()
        targets = [tmp / "notebooks" / s.name for s in sources]
        with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = [pool.submit(run_notebook, s, t, params) for s, t in zip(sources, targets)]
            errors = []
            for f in futures:
                try:
                    f.result()
                except ReportError as err:
                    errors.append(str(err))
        if errors:
            raise ReportError("; ".join(errors))
        build_html(targets, tmp / "report.html")
        swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out
