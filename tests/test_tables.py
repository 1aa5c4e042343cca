"""helpers.tables: the contract's columns, spreadsheet-safe cells, atomic writes."""
import pandas as pd
import pytest

from helpers import tables


def test_formula_cells_are_neutralised_and_numbers_kept(tmp_path):
    frame = pd.DataFrame({"text": ["=HYPERLINK(1)", "+1", "-cmd", "@SUM", "plain"], "score": [-0.5, 1, 2, 3, 4]})
    tables.write_csv(frame, tmp_path / "x.csv")
    back = pd.read_csv(tmp_path / "x.csv")
    assert back["text"].tolist() == ["'=HYPERLINK(1)", "'+1", "'-cmd", "'@SUM", "plain"]
    assert back["score"].iloc[0] == -0.5


def test_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")

    def boom(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(OSError):
        tables.write_csv(pd.DataFrame({"a": [1]}), target)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_missing_contract_column_is_refused(tmp_path):
    data = {name: pd.DataFrame(columns=cols) for name, cols in tables.CONTRACT.items()}
    data["events"] = data["events"].drop(columns=["date_basis"])
    with pytest.raises(ValueError, match="date_basis"):
        tables.write_tables(data, tmp_path)


def test_written_tables_get_the_users_normal_file_mode(tmp_path):
    import os
    import pandas as pd
    from helpers import tables
    old = os.umask(0o022)
    try:
        path = tables.write_csv(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
