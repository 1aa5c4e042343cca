"""Run every notebook headless on a set of articles and build the report folder.

In: article paths (files or folders) and an output folder. Out: in that folder, the four
contract tables, ``problems.csv`` (one row per unreadable file and per warning), the
executed notebooks (``notebooks/``), every chart (``figures/``: PNG, SVG, PDF + CSV) and
one self-contained HTML report (``report.html``). The notebooks get exactly the given
articles (papermill parameters) and read the tables written here. Everything is written
into a temporary sibling folder first and moved into place only when every notebook
succeeded, so a failed run leaves the previous report untouched. Articles analysed
before are reused from the per-article cache (``helpers.cache``) unless ``force``.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# jsonschema (pulled in by nbformat) imports the optional IRI checker ``rfc3987_syntax`` when it is
# installed, which builds a grammar at import and costs about a second; nbformat never checks IRIs.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

import nbformat  # noqa: E402
import pandas as pd  # noqa: E402

from . import cache, corpus, paths, tables  # noqa: E402

KERNEL = "python3"
# The kernels listen on loopback only; without this each one warns that it runs over TCP without
# encryption, and a kernel interrupted at shut-down logs a harmless KeyboardInterrupt. A failing cell is
# still reported (papermill raises with the cell and its error).
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]
MARKER = ".helpers-report"  # written into every report folder; only such folders are ever replaced


class ReportError(RuntimeError):
    """A notebook failed (the message names the notebook and the cell), or the output folder is unsafe."""


@dataclass
class ReportResult:
    """What a report run produced and what it skipped."""

    out: Path
    n_articles: int
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    stats: cache.CacheStats = field(default_factory=cache.CacheStats)


def notebook_paths() -> list[Path]:
    """Return the project's notebooks in order (10_corpus, 20_statements, ...)."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def declared_parameters(source: Path) -> set[str]:
    """Return the names assigned in a notebook's ``parameters`` cell."""
    import papermill

    return set(papermill.inspect_notebook(str(source)))


def run_notebook(source: Path, target: Path, parameters: dict) -> Path:
    """Execute one notebook with papermill; raise ReportError naming the notebook and the failing cell."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    declared = declared_parameters(source)
    params = {k: v for k, v in parameters.items() if k in declared or k in ("articles", "tables", "out")}
    import zmq

    try:
        for attempt in (1, 2):
            try:
                papermill.execute_notebook(str(source), str(target), parameters=params, kernel_name=KERNEL,
                                           cwd=str(paths.ROOT), progress_bar=False, log_output=False,
                                           extra_arguments=KERNEL_ARGS)
                break
            except (RuntimeError, TimeoutError, OSError, zmq.ZMQError) as err:
                # A kernel that fails to start (kernels started in parallel can race for a port) gets one
                # more try; a second failure is reported like a failed cell.
                if attempt == 2:
                    raise ReportError(f"{source.name}: the kernel failed to start or died: {err}") from None
    except PapermillExecutionError as err:
        first = next((line.strip() for line in (err.source or "").splitlines() if line.strip()), "")
        raise ReportError(f"{source.name}: cell In [{err.exec_count}] failed ({first[:60]}): "
                          f"{err.ename}: {str(err.evalue).splitlines()[0] if err.evalue else ''}") from None
    return target


# The report page must open offline: nbconvert's lab template loads require.js, MathJax and mermaid from a CDN
# (and the widget manager when a notebook stores widget state); the report needs none of them (no code, no
# widgets, no math or diagrams). Images carry their alt text (the chart's title, ``notebook.show_chart``).
OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
{%- set alt = output | get_metadata('alt', 'image/png') -%}
{%- if alt %} alt="{{ alt | escape_html }}"{%- endif %}
{%- set width = output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width="{{ width | escape_html }}"{%- endif %}
{%- set height = output | get_metadata('height', 'image/png') -%}
{%- if height is not none %} height="{{ height | escape_html }}"{%- endif %}
>
</div>
{%- endblock data_png %}
"""


def build_html(executed: list[Path], target: Path) -> Path:
    """Merge executed notebooks into one self-contained HTML page (code hidden, figures embedded, no CDN scripts)."""
    import jinja2
    from nbconvert import HTMLExporter

    merged = nbformat.v4.new_notebook()
    for path in executed:
        nb = nbformat.read(path, as_version=4)
        for i, cell in enumerate(nb.cells):
            tags = cell.metadata.get("tags", [])
            if "injected-parameters" not in tags and "parameters" not in tags:
                cell["id"] = f"{path.stem[:2]}-{i:03d}"  # ids stay unique across the merged notebooks
                merged.cells.append(cell)
        merged.metadata = nb.metadata
    merged.metadata.pop("widgets", None)  # saved widget state would pull the widget manager from a CDN
    exporter = HTMLExporter(template_name="lab", template_file="offline_report.html.j2",
                            extra_loaders=[jinja2.DictLoader({"offline_report.html.j2": OFFLINE_TEMPLATE})],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                            embed_images=True)
    body, _ = exporter.from_notebook_node(merged, resources={"metadata": {"name": "Blocking orders: report"}})
    target.write_text(body, encoding="utf-8")
    return target


def external_urls(page: str) -> list[str]:
    """Return the http(s) URLs a page would load (script ``src``, link ``href``); [] for an offline page."""
    import re

    return re.findall(r"<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*[\"']?((?:https?:)?//[^\"'\s>]+)", page,
                      flags=re.IGNORECASE)


def open_modes(folder: Path) -> None:
    """Give ``folder`` and everything in it the modes the user's umask allows (e.g. 0755 / 0644).

    ``tempfile`` creates the staging folder 0700 and the atomically written CSVs 0600; a report is meant to be
    read by others (a web server, a shared drive), like any file the user writes.
    """
    import os

    umask = tables.current_umask()
    os.chmod(folder, 0o777 & ~umask)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o777 & ~umask)
        for name in files:
            os.chmod(os.path.join(root, name), 0o666 & ~umask)


def check_replaceable(out: Path) -> None:
    """Refuse to replace an existing, non-empty folder that is not a report (e.g. ``--out data``)."""
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists()
                                              and not (out / "report.html").exists())):
        raise ReportError(f"{out}: exists and is not a report folder; refusing to replace it (choose another --out)")


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


def problems_table(errors: list[str], notices: list[str]) -> pd.DataFrame:
    """Return one row per skipped file (error) and per applied fallback (warning)."""
    rows = [{"level": "error", "message": m} for m in errors] + [{"level": "warning", "message": m} for m in notices]
    return pd.DataFrame(rows, columns=["level", "message"])


def last_durations(previous: Path) -> dict[str, float]:
    """Return the seconds each notebook took in the report at ``previous`` (papermill's record), if any."""
    seconds = {}
    for path in (previous / "notebooks").glob("*.ipynb") if previous.is_dir() else []:
        try:
            seconds[path.name] = float(nbformat.read(path, as_version=4).metadata["papermill"]["duration"] or 0)
        except (KeyError, TypeError, ValueError, OSError):
            continue
    return seconds


def longest_first(sources: list[Path], previous: Path | None) -> list[Path]:
    """Order notebooks longest first (as timed in the previous report; else the later, heavier ones first).

    With fewer workers than notebooks, starting the long ones first shortens the whole run.
    """
    seconds = last_durations(previous) if previous is not None else {}
    rank = {s: i for i, s in enumerate(sources)}
    return sorted(sources, key=lambda s: (-seconds.get(s.name, 0.0), -rank[s]))


def execute_all(sources: list[Path], folder: Path, params: dict, jobs: int, previous: Path | None = None) -> list[Path]:
    """Execute ``sources`` into ``folder/notebooks`` (``jobs`` at a time); raise ReportError listing failures.

    Returns the executed notebooks in the order of ``sources``, whatever order they ran in.
    """
    (folder / "notebooks").mkdir()
    targets = [folder / "notebooks" / s.name for s in sources]
    errors = []
    order = longest_first(sources, previous)
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(sources)))) as pool:
        futures = {s: pool.submit(run_notebook, s, folder / "notebooks" / s.name, params) for s in order}
        for s in sources:  # errors are listed in notebook order
            try:
                futures[s].result()
            except ReportError as err:
                errors.append(str(err))
    if errors:
        raise ReportError("; ".join(errors))
    return targets


def point_parameters_at(notebook: Path, staging: Path, out: Path) -> None:
    """Rewrite the parameters papermill injected into an executed ``notebook`` so that they name ``out`` where
    they named the ``staging`` folder (removed once the report is in place): reopened in JupyterLab, the saved
    notebook reruns on the report's own tables."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    changed = False
    for cell in nb.get("cells", []):
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            new = source.replace(json.dumps(str(staging))[1:-1], json.dumps(str(out))[1:-1])
            changed |= new != source
            cell["source"] = new
    if changed:
        notebook.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def run_report(articles: list[str | Path], out: Path, jobs: int = 2, date: str | None = None, force: bool = False,
               columns: dict[str, str] | None = None, max_chars: int = corpus.MAX_BODY_CHARS,
               notebooks: list[Path] | None = None, progress: bool = False) -> ReportResult:
    """Analyse ``articles`` (bad files skipped and listed), execute every notebook on them, build ``out`` atomically."""
    out = Path(out).resolve()
    check_replaceable(out)
    loaded = corpus.load_corpus(articles, date=date, columns=columns, max_chars=max_chars)
    if loaded.articles.empty:
        raise corpus.ArticleError(loaded.errors[0] if loaded.errors else f"{', '.join(map(str, articles))}: no article files found")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        data, stats = cache.analyze(loaded.articles, jobs=jobs, force=force, progress=progress)
        tables.write_tables(data, tmp)
        tables.write_csv(problems_table(loaded.errors, loaded.notices), tmp / "problems.csv")
        params = {"articles": [str(Path(a).resolve()) for a in articles], "tables": str(tmp), "out": str(tmp),
                  "widgets": False}
        targets = execute_all(notebooks if notebooks is not None else notebook_paths(), tmp, params, jobs,
                              previous=out)
        for target in targets:  # the saved notebooks name the report folder, not the staging folder that goes
            point_parameters_at(target, tmp, out)
        build_html(targets, tmp / "report.html")
        (tmp / MARKER).write_text("written by python -m helpers report\n", encoding="utf-8")
        open_modes(tmp)
        swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ReportResult(out, len(loaded.articles), loaded.errors, loaded.notices, stats)
