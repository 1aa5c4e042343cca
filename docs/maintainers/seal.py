"""Seal a group of rounds deterministically: python3 seal.py SRC_DIR OUT.tar.gz
SRC_DIR holds roundNNN/ (articles/*.txt and the label files) and second_annotator/; members are sorted, owner and
times zeroed, gzip header time 0, so the same files always give the same archive and hash."""
import gzip, io, sys, tarfile
from pathlib import Path
src, out = Path(sys.argv[1]), Path(sys.argv[2])
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for f in sorted(p for p in src.rglob("*") if p.is_file()):
        info = tarfile.TarInfo(f.relative_to(src).as_posix())
        data = f.read_bytes()
        info.size, info.mtime, info.mode, info.uid, info.gid, info.uname, info.gname = len(data), 0, 0o644, 0, 0, "", ""
        tar.addfile(info, io.BytesIO(data))
with open(out, "wb") as fh, gzip.GzipFile(filename="", fileobj=fh, mode="wb", mtime=0) as gz:
    gz.write(buf.getvalue())
