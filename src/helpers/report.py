"""Run every notebook headless on a set of articles and build the report folder.

In: article paths (files or folders) and an output folder. Out: in that folder, the four
contract tables, ``problems.csv`` (one row per unreadable file and per warning), the
executed notebooks (``notebooks/``), every chart (``figures/``: PNG, SVG, PDF + CSV) and
one self-contained HTML report (``report.html``). The notebooks get exactly the given
articles (papermill parameters) and read the tables written here. Everything is written
into a temporary sibling folder first and moved into place only when every notebook
succeeded, so a failed run leaves the previous report untouched. Only the report's own
entries are replaced (those its marker file lists): other reports nested in the folder
(``reports/my_dispute``) and other files (``reports/bench.csv``) are kept. Articles analysed
before are reused from the per-article cache (``helpers.cache``) unless ``force``; the
validation notebook, whose output does not depend on the articles, is reused from
``<analysis cache>/notebooks/`` while its inputs (code, lexicons, models, hand labels,
packages) are unchanged.
"""
from __future__ import annotations

import hashlib
import json
import os
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

# The project's kernel, registered by ``make setup`` (the Makefile's KERNEL) to run .venv/bin/python, and declared
# by every notebook: JupyterLab opens them on it, and a papermill outside .venv stops at once ("No such kernel")
# instead of running them on a Python without helpers. A report runs them on it when its registered spec runs this
# very interpreter (``run_kernel``), else on ipykernel's own spec for this interpreter, "python3".
KERNEL = "blocking-orders"
# The kernels listen on loopback only; without this each one warns that it runs over TCP without
# encryption, and a kernel interrupted at shut-down logs a harmless KeyboardInterrupt. A failing cell is
# still reported (papermill raises with the cell and its error).
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]
MARKER = ".helpers-report"  # written into every report folder; lists the entries the report wrote
MARKER_HEADER = "written by python -m helpers report; a new report replaces these entries of this folder and nothing else"
# What a report folder written before the marker listed its entries held: the four tables, problems.csv,
# notebooks/, figures/, report.html and the marker.
LEGACY_ENTRIES = ("articles.csv", "sentences.csv", "statements.csv", "events.csv", "problems.csv", "notebooks",
                  "figures", "report.html", MARKER)
# Besides other reports, the project writes these into reports/ (``make bench``, a notebook run in JupyterLab or
# papermill without ``out``); a folder holding only such entries may receive a report, which keeps them.
SHARED_ENTRIES = {"bench.csv", "notebook-runs"}  # notebook-runs: notebooks run without ``out`` (helpers.notebook.RUNS)
# Notebooks whose output does not depend on the articles (90_validation scores the hand-labelled gold sets): run
# once per state of their inputs and reused by every report (``independent_key``). Their code must not read the
# article tables (tests/test_report.py checks that 90_validation uses ``ctx`` only to export its charts).
ARTICLE_INDEPENDENT = {"90_validation.ipynb"}


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
    reused: list[str] = field(default_factory=list)  # article-independent notebooks taken from the notebook cache


def notebook_paths() -> list[Path]:
    """Return the project's notebooks in order (10_corpus, 20_statements, ...)."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def declared_parameters(source: Path) -> set[str]:
    """Return the names assigned in a notebook's ``parameters`` cell."""
    import papermill

    return set(papermill.inspect_notebook(str(source)))


def run_kernel() -> str:
    """The kernel a report runs the notebooks on: ``KERNEL`` when its registered spec starts this interpreter
    (``sys.executable``, not another checkout's .venv), else "python3", ipykernel's spec for this interpreter (which
    a user-level "python3" kernel of another Python would shadow: hence the project's own name first)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        argv = KernelSpecManager().get_kernel_spec(KERNEL).argv
    except (NoSuchKernel, OSError, ValueError):
        return "python3"
    return KERNEL if argv and os.path.abspath(argv[0]) == os.path.abspath(sys.executable) else "python3"


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
                # saved once at the end, not after every cell (a notebook with charts is re-serialised each time)
                papermill.execute_notebook(str(source), str(target), parameters=params, kernel_name=run_kernel(),
                                           cwd=str(paths.ROOT), progress_bar=False, log_output=False,
                                           request_save_on_cell_execute=False, extra_arguments=KERNEL_ARGS)
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


def is_report(folder: Path) -> bool:
    """True if ``folder`` is a report folder (its marker, or the ``report.html`` of a report older than the marker)."""
    return folder.is_dir() and ((folder / MARKER).is_file() or (folder / "report.html").is_file())


def own_entries(folder: Path) -> list[str]:
    """Return the names of the entries the report in ``folder`` wrote (its marker's list; the fixed list of a report
    older than that), present or not. A nested report is never one of them."""
    try:
        lines = (folder / MARKER).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    names = [n for n in (line.strip() for line in lines[1:]) if n and "/" not in n and n not in (".", "..")]
    if not lines or not lines[0].startswith("written by python -m helpers report;"):
        names = list(LEGACY_ENTRIES)
    return [n for n in dict.fromkeys(names) if not is_report(folder / n)]


def write_marker(folder: Path) -> Path:
    """Write the marker listing every entry of the staged report ``folder`` (itself included)."""
    names = sorted({p.name for p in folder.iterdir()} | {MARKER})
    (folder / MARKER).write_text("\n".join([MARKER_HEADER, *names]) + "\n", encoding="utf-8")
    return folder / MARKER


def check_replaceable(out: Path) -> None:
    """Refuse an output folder whose files a report could overwrite without having written them.

    Accepted: a folder that does not exist, a report folder, or a folder holding nothing but other reports,
    hidden entries (a report writes none but its marker: staging folders of other runs, ``.DS_Store``) and the files
    of ``SHARED_ENTRIES`` (``reports/`` after ``make report OUT=reports/my_dispute`` or ``make bench``). Refused: a
    file, any other non-empty folder (``--out data``), and a folder that is one of the entries of the report around
    it (``reports/figures``), which the next report there would replace.
    """
    parent = out.parent
    if is_report(parent) and out.name in own_entries(parent):
        raise ReportError(f"{out}: part of the report in {parent} (the next report there replaces it); "
                          f"choose another --out")
    if not out.exists():
        return
    if not out.is_dir():
        raise ReportError(f"{out}: exists and is not a folder; refusing to replace it (choose another --out)")
    if is_report(out):
        return
    foreign = [p.name for p in out.iterdir()
               if not (is_report(p) or p.name in SHARED_ENTRIES or p.name.startswith("."))]
    if foreign:
        raise ReportError(f"{out}: exists and is not a report folder (it holds {foreign[0]!r}); refusing to write "
                          f"a report into it (choose another --out)")


def swap_into_place(tmp: Path, out: Path) -> None:
    """Put the report staged in ``tmp`` in place at ``out``, replacing only the previous report's own entries.

    All or nothing: the previous report's entries are first moved aside (into a hidden sibling folder), then the
    new report's entries are moved in; if any move fails, every move is undone and the previous report is back as
    it was. Everything else in ``out`` (another report in a subfolder, ``bench.csv``) is never touched. The moved
    -aside entries are removed only once the new report is complete.
    """
    if not out.exists():
        tmp.rename(out)
        return
    new = sorted(p.name for p in tmp.iterdir())
    previous = [n for n in dict.fromkeys(own_entries(out) + [n for n in new if not is_report(out / n)])
                if os.path.lexists(out / n)]
    backup = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    moved_aside: list[str] = []
    moved_in: list[str] = []
    try:
        for name in ([MARKER] if MARKER in previous else []) + [n for n in previous if n != MARKER]:
            (out / name).rename(backup / name)  # the marker first: a half-swapped folder claims no entries
            moved_aside.append(name)
        for name in [n for n in new if n != MARKER] + ([MARKER] if MARKER in new else []):
            (tmp / name).rename(out / name)  # the marker last: it lists a complete report
            moved_in.append(name)
    except BaseException:
        for name in reversed(moved_in):
            (out / name).rename(tmp / name)
        for name in reversed(moved_aside):
            (backup / name).rename(out / name)
        if not any(backup.iterdir()):  # anything still there is the previous report's: kept, not deleted
            backup.rmdir()
        raise
    tmp.rmdir()
    shutil.rmtree(backup)


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


def execute_all(sources: list[Path], folder: Path, params: dict, jobs: int, previous: Path | None = None,
                own_out: dict[Path, Path] | None = None) -> list[Path]:
    """Execute ``sources`` into ``folder/notebooks`` (``jobs`` at a time); raise ReportError listing failures.

    ``own_out`` gives a notebook an output folder of its own (its ``out`` parameter) instead of ``params['out']``.
    Returns the executed notebooks in the order of ``sources``, whatever order they ran in.
    """
    (folder / "notebooks").mkdir(exist_ok=True)
    own_out = own_out or {}
    targets = [folder / "notebooks" / s.name for s in sources]
    errors = []
    order = longest_first(sources, previous)
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(sources)))) as pool:
        futures = {s: pool.submit(run_notebook, s, folder / "notebooks" / s.name,
                                  {**params, "out": str(own_out[s])} if s in own_out else params) for s in order}
        for s in sources:  # errors are listed in notebook order
            try:
                futures[s].result()
            except ReportError as err:
                errors.append(str(err))
    if errors:
        raise ReportError("; ".join(errors))
    return targets


def notebook_cache_dir() -> Path:
    """Return the folder of reused article-independent notebooks (``notebooks/`` in the analysis cache folder,
    so ``$HELPERS_CACHE`` moves it and ``make clean`` removes it)."""
    return cache.cache_dir() / "notebooks"


def _stamp(path: Path) -> str:
    """Return a line naming ``path`` with a hash of its content ('missing' when absent): a file edited, restored
    from git or copied in changes the key exactly when its bytes change, whatever its modification time says."""
    try:
        content = path.read_bytes()
    except OSError:
        return f"{path}\0missing"
    return f"{path}\0{hashlib.sha256(content).hexdigest()}"


def independent_key(source: Path) -> str:
    """Return a hash of everything an article-independent notebook's output depends on: its own text, the helpers'
    code, lexicons and models (``cache.code_version``), the files under data/ (their content: hand labels, curated
    record, ...) except the fetched pages of data/raw and the articles of data/articles that no
    gold set labels (the gold sets read the seed from there), the NYT benchmark file, and the Python and package
    versions of the environment (``requirements.txt``)."""
    from importlib import metadata

    digest = hashlib.sha256(source.read_bytes() + b"\0" + cache.code_version().encode() + b"\0")
    digest.update(sys.version.encode() + b"\0")
    for package in ("numpy", "pandas", "matplotlib", "seaborn", "ipykernel", "nbformat"):
        try:
            digest.update(f"{package}={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none\0".encode())
    files = [p for p in sorted(paths.DATA.rglob("*")) if p.is_file() and paths.RAW not in p.parents]
    gold = {p.name.rsplit("_", 1)[0] for p in files if p.name.endswith(("_statements.csv", "_events.csv"))}
    files = [p for p in files if p.parent != paths.ARTICLES or p.stem in gold]
    files += [paths.ROOT / "requirements.txt", paths.nyt_benchmark()]
    for path in files:
        digest.update(_stamp(path).encode() + b"\0")
    return digest.hexdigest()[:16]


def cached_notebook(source: Path, key: str) -> Path | None:
    """Return the cache entry (``executed.ipynb`` + ``figures/``) of ``source`` for ``key``, or None."""
    entry = notebook_cache_dir() / f"{source.stem}-{key}"
    return entry if (entry / "executed.ipynb").is_file() and (entry / "figures").is_dir() else None


def store_notebook(source: Path, key: str, executed: Path, figures: Path) -> Path:
    """Keep an executed article-independent notebook and the charts it exported as the cache entry for ``key``
    (written aside and renamed into place; older entries of the same notebook are removed)."""
    folder = notebook_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    entry = folder / f"{source.stem}-{key}"
    part = Path(tempfile.mkdtemp(prefix=f".{entry.name}.", suffix=".part", dir=folder))
    try:
        if figures.is_dir():
            shutil.copytree(figures, part / "figures")
        else:
            (part / "figures").mkdir()
        shutil.copy2(executed, part / "executed.ipynb")
        try:
            part.rename(entry)
        except OSError:  # another run stored the same entry meanwhile: keep that one
            shutil.rmtree(part)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    for old in folder.glob(f"{source.stem}-*"):
        if old != entry and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)
    return entry


def install_notebook(entry: Path, target: Path, figures: Path, params: dict) -> Path:
    """Copy a cached notebook into the report (``target``) with the report's parameters, and its charts into
    ``figures``."""
    from papermill.translators import translate_parameters

    figures.mkdir(parents=True, exist_ok=True)
    for chart in sorted((entry / "figures").iterdir()):
        shutil.copy2(chart, figures / chart.name)
    nb = nbformat.read(entry / "executed.ipynb", as_version=4)
    declared = {k: v for k, v in params.items() if k in nb.metadata.get("papermill", {}).get("parameters", {})}
    for cell in nb.cells:  # the cell papermill injected keeps its run (execution count), with this report's values
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.source = translate_parameters(KERNEL, "python", declared, "Parameters")
    nb.metadata.setdefault("papermill", {})["parameters"] = declared
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return target


def stage_tables(data: dict, loaded, articles: list[str | Path], folder: Path) -> dict:
    """Write the analysed tables and problems.csv of ``loaded`` into ``folder``; return the notebooks' parameters
    reading them there (and writing there, unless a notebook is given an output folder of its own)."""
    tables.write_tables(data, folder)
    tables.write_csv(problems_table(loaded.errors, loaded.notices), folder / "problems.csv")
    return {"articles": [str(Path(a).resolve()) for a in articles], "tables": str(folder), "out": str(folder),
            "widgets": False}


def prepare_independent(articles: list[str | Path] | None = None, force: bool = False) -> list[str]:
    """Run every article-independent notebook whose cache entry is missing (all of them with ``force``) and keep it
    in the notebook cache, as a report would; return the names of those run. ``make setup`` calls this (``python -m
    helpers.warm gold``), so that the first report after set-up reuses 90_validation instead of spending most of its
    time scoring the gold sets. The notebooks run exactly as in ``run_report`` on ``articles`` (default: the seed
    folder; their output does not depend on it), into a staging folder inside the analysis cache folder."""
    sources = [s for s in notebook_paths() if s.name in ARTICLE_INDEPENDENT]
    keys = {s: independent_key(s) for s in sources}
    todo = {s: k for s, k in keys.items() if force or cached_notebook(s, k) is None}
    if not todo:
        return []
    articles = list(articles) if articles is not None else [paths.ARTICLES]
    loaded = corpus.load_corpus(articles)
    folder = cache.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".independent-", dir=folder))
    try:
        data, _ = cache.analyze(loaded.articles)
        params = stage_tables(data, loaded, articles, tmp)
        own_out = {s: tmp / ".independent" / s.stem for s in todo}
        execute_all(list(todo), tmp, params, jobs=1, own_out=own_out)
        for source, key in todo.items():
            store_notebook(source, key, tmp / "notebooks" / source.name, own_out[source] / "figures")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [s.name for s in todo]


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


def check_records(events: pd.DataFrame, notices: list[str]) -> None:
    """Check the curated records before any notebook runs, as ``40_timeline`` reads them (``reference.read_record``
    with the articles' events): a bad record the articles need stops the report (ReportError, one line naming the
    file and every bad row); one they do not need (another dispute's, in other weeks) is left out with a warning
    added to ``notices`` (problems.csv, stderr), instead of stopping every report."""
    from . import reference

    try:
        reference.read_record("", around=events, notices=notices)
    except reference.RecordError as err:
        raise ReportError(str(err)) from None


def run_report(articles: list[str | Path], out: Path, jobs: int = 2, date: str | None = None, force: bool = False,
               columns: dict[str, str] | None = None, max_chars: int = corpus.MAX_BODY_CHARS,
               notebooks: list[Path] | None = None, progress: bool = False) -> ReportResult:
    """Analyse ``articles`` (bad files skipped and listed), execute every notebook on them, build ``out`` atomically.

    An article-independent notebook (``ARTICLE_INDEPENDENT``) is taken from the notebook cache when its inputs are
    unchanged (``independent_key``; ``force`` runs it again), else run with an output folder of its own and kept.
    """
    out = Path(out).resolve()
    check_replaceable(out)
    loaded = corpus.load_corpus(articles, date=date, columns=columns, max_chars=max_chars)
    if loaded.articles.empty:
        raise corpus.ArticleError(loaded.errors[0] if loaded.errors else f"{', '.join(map(str, articles))}: no article files found")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        data, stats = cache.analyze(loaded.articles, jobs=jobs, force=force, progress=progress)
        check_records(data["events"], loaded.notices)
        params = stage_tables(data, loaded, articles, tmp)
        sources = notebooks if notebooks is not None else notebook_paths()
        keys = {s: independent_key(s) for s in sources if s.name in ARTICLE_INDEPENDENT}
        reused = {s: e for s, e in ((s, None if force else cached_notebook(s, k)) for s, k in keys.items()) if e}
        own_out = {s: tmp / ".independent" / s.stem for s in keys if s not in reused}
        executed = execute_all([s for s in sources if s not in reused], tmp, params, jobs, previous=out,
                               own_out=own_out)
        for source, folder in own_out.items():
            reused[source] = store_notebook(source, keys[source], tmp / "notebooks" / source.name,
                                            folder / "figures")
        shutil.rmtree(tmp / ".independent", ignore_errors=True)
        report_params = {**params, "tables": str(out), "out": str(out)}
        for source, entry in reused.items():
            install_notebook(entry, tmp / "notebooks" / source.name, tmp / "figures", report_params)
        targets = [tmp / "notebooks" / s.name for s in sources]
        for target in executed:  # the saved notebooks name the report folder, not the staging folder that goes
            point_parameters_at(target, tmp, out)
        build_html(targets, tmp / "report.html")
        write_marker(tmp)
        open_modes(tmp)
        swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ReportResult(out, len(loaded.articles), loaded.errors, loaded.notices, stats,
                        sorted(s.name for s in reused if s not in own_out))
