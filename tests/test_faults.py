"""Faults: outputs that are not regular files, write errors, signals, memory, bugs.

Each failure is one line on stderr with its exit code, never a traceback, and nothing
half-written stays (no target, no ``.NAME.*.part`` temporary file).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from teleworkrules.cli import main
from teleworkrules.cli import report as report_command

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate  # type: ignore[import-not-found]  # noqa: E402

PERIOD = ("--from", "2021-01", "--to", "2024-12", "--as-known-on", "2026-11-01")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and signals")


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "teleworkrules", *args]


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def no_noise(stderr: str) -> None:
    """stderr has no traceback and no "Exception ignored" from the interpreter."""
    assert "Traceback" not in stderr, stderr
    assert "Exception ignored" not in stderr, stderr


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated dataset of 20,000 staff: a run of a few seconds."""
    folder = tmp_path_factory.mktemp("data") / "staff-20k"
    generate(20000, folder)
    return folder


# --- outputs that are not regular files ------------------------------------------------


@posix_only
@pytest.mark.parametrize("device", ["/dev/full", "/dev/zero"])
def test_output_device_is_refused_before_any_work(
    device: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A device other than stdout and /dev/null is a usage error; the node stays a device."""
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    with pytest.raises(SystemExit) as info:
        main(["report", "--output", device])
    assert info.value.code == 2
    assert f"--output {device} is a device, not a regular file" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat(device).st_mode)


@posix_only
def test_output_and_problems_fifo_socket_folder_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    sock = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(sock))
        cases = [
            (["report", "-o", str(fifo)], "is a named pipe (FIFO)"),
            (["report", "-o", str(sock)], "is a socket"),
            (["report", "-o", str(tmp_path)], "is a folder"),
            (["check", str(tmp_path), "--problems", str(fifo)], "--problems"),
            (["check", str(tmp_path), "--problems", "/dev/full"], "is a device"),
        ]
        for args, expected in cases:
            with pytest.raises(SystemExit) as info:
                main(args)
            assert info.value.code == 2
            assert expected in capsys.readouterr().err
    finally:
        server.close()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert stat.S_ISSOCK(os.stat(sock).st_mode)


@posix_only
@pytest.mark.parametrize("kind", ["json", "xlsx", "table"])
def test_dev_null_is_written_as_a_stream(kind: str) -> None:
    """--output /dev/null takes any format (by --format) and stays the null device."""
    pytest.importorskip("openpyxl")
    assert main(["report", "--output", os.devnull, "--format", kind, "-q"]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@posix_only
def test_dev_stdout_and_dash_are_stdout() -> None:
    """-o /dev/stdout and -o - write to stdout, as a stream, in the format of --format."""
    for output in ("/dev/stdout", "-"):
        done = subprocess.run(
            command("report", "--format", "json", "-o", output, "-q"),
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["period"] == {"from": "2021-01", "to": "2023-10"}


@posix_only
def test_problems_to_stdout_is_csv(tmp_path: Path) -> None:
    (tmp_path / "staff.csv").write_text("employee_id,entity\nE1,DWSE\n", encoding="utf-8")
    done = subprocess.run(
        command("check", str(tmp_path), "--problems", "-"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.startswith("table,row,column,value,code,expected\n")


@posix_only
def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    """The link stays a link; its target is replaced whole (and keeps its mode)."""
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target.name)
    assert main(["report", "-o", str(link), "-q"]) == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["period"]["from"] == "2021-01"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


# --- write errors -----------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("output", ["-", "/dev/stdout"])
def test_disk_full_on_stdout_is_one_line(output: str) -> None:
    """stdout on /dev/full: one line, exit 1, no 'Exception ignored' at exit."""
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            command("report", "--format", "json", "-o", output, "-q"),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr == (
        "error: cannot write to stdout: the disk is full (no space left on device)\n"
    )


@posix_only
def test_disk_full_on_stdout_of_a_listing_command() -> None:
    """Lines echoed by a command are flushed at the end: the same one line."""
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            command("rules"), stdout=full, stderr=subprocess.PIPE, text=True, check=False
        )
    assert done.returncode == 1
    no_noise(done.stderr)
    assert done.stderr.count("\n") == 1
    assert "the disk is full" in done.stderr


WRITE_ERRORS = [
    (errno.ENOSPC, "en", "the disk is full (no space left on device)"),
    (errno.ENOSPC, "nl", "de schijf is vol"),
    (errno.EDQUOT, "en", "the disk quota is used up"),
    (errno.EACCES, "en", "permission denied"),
    (errno.EACCES, "nl", "geen toestemming"),
    (errno.EROFS, "en", "the file system is read-only"),
    (errno.EPIPE, "en", "broken pipe"),
    (errno.EISDIR, "en", "it is a folder"),
]


@pytest.mark.parametrize(("number", "lang", "reason"), WRITE_ERRORS)
@pytest.mark.parametrize("kind", ["json", "xlsx"])
def test_write_error_at_the_rename_is_one_line_and_leaves_nothing(
    number: int,
    lang: str,
    reason: str,
    kind: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if kind == "xlsx":
        pytest.importorskip("openpyxl")

    def fail(*args: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(os, "replace", fail)
    target = tmp_path / f"answer.{kind}"
    assert main(["report", "-o", str(target), "--lang", lang, "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(("error: cannot write ", "fout: kan "))
    assert str(target) in err
    assert reason in err
    assert list(tmp_path.iterdir()) == []


def test_write_error_while_writing_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A disk that fills up half-way through the CSV: the temporary file goes too."""

    def half(report: object, out: object, **_: object) -> None:
        out.write("year,section,measure,value\n")  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(report_command, "write_report_csv", half)
    target = tmp_path / "report.csv"
    assert main(["report", "-o", str(target), "-q"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: cannot write {target}: the disk is full (no space left on device); "
        "no partial file was left\n"
    )
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_help_into_a_closed_pipe_is_quiet() -> None:
    """``teleworkrules entitlements --help | true``: no BrokenPipeError traceback."""
    for _ in range(3):
        child = subprocess.Popen(
            command("entitlements", "--help"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert child.stdout is not None
        child.stdout.close()
        _, stderr = child.communicate(timeout=60)
        assert stderr.decode() == ""


@posix_only
def test_output_into_a_closed_pipe_is_one_line(big: Path) -> None:
    """``entitlements ... | head -c 10``: one line naming the broken pipe, exit 1."""
    child = subprocess.Popen(
        command("entitlements", str(big), *PERIOD, "-q"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.read(10)
    child.stdout.close()
    _, stderr = child.communicate(timeout=120)
    assert child.returncode == 1
    assert stderr == (
        "error: cannot write to stdout: the program reading the output stopped (broken pipe)\n"
    )


# --- signals ------------------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_while_writing_stops_cleanly(
    signum: signal.Signals, code: int, big: Path, tmp_path: Path
) -> None:
    """SIGTERM (143) and SIGINT (130) once the output is being written: one line, no
    traceback, no target and no temporary file."""
    target = tmp_path / "owed.csv"
    child = subprocess.Popen(
        command("entitlements", str(big), *PERIOD, "-q", "-o", str(target)),
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not leftovers(tmp_path) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    if child.poll() is not None:  # pragma: no cover - a very fast machine finished first
        child.communicate()
        pytest.skip("the run finished before it could be interrupted")
    assert leftovers(tmp_path), "the run never started writing"
    time.sleep(0.2)  # well inside the rows
    child.send_signal(signum)
    _, stderr = child.communicate(timeout=60)
    if child.returncode == 0:  # pragma: no cover - a very fast machine finished first
        pytest.skip("the run finished before the signal")
    assert child.returncode == code, stderr
    no_noise(stderr)
    assert stderr == (f"interrupted ({signum.name}): stopped; no unfinished output file was left\n")
    assert list(tmp_path.iterdir()) == []


def test_the_sigterm_handler_is_restored_after_main() -> None:
    before = signal.getsignal(signal.SIGTERM)
    assert main(["rules", "--lang", "en"]) == 0
    assert signal.getsignal(signal.SIGTERM) is before


def test_sigterm_in_process_is_exit_143(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The handler raises an interrupt inside the run; the writer removes its temporary."""

    def terminated(report: object, out: object, **_: object) -> None:
        out.write("year\n")  # type: ignore[attr-defined]
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # pragma: no cover - the signal arrives first

    monkeypatch.setattr(report_command, "write_report_csv", terminated)
    assert main(["report", "-o", str(tmp_path / "r.csv"), "-q", "--lang", "nl"]) == 143
    assert capsys.readouterr().err == (
        "onderbroken (SIGTERM): gestopt; er bleef geen onvolledig uitvoerbestand achter\n"
    )
    assert list(tmp_path.iterdir()) == []


# --- memory and bugs --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_memory_error_is_one_line_exit_1(
    lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(report_command, "build_report", exhausted)
    assert main(["report", "--lang", lang]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    expected = {"en": "error: not enough memory to run", "nl": "fout: niet genoeg geheugen"}
    assert err.startswith(expected[lang])
    assert "teleworkrules report" in err


def test_an_unexpected_exception_is_an_internal_error_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def bug(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(report_command, "build_report", bug)
    monkeypatch.delenv("TELEWORKRULES_DEBUG", raising=False)
    assert main(["report"]) == 70
    assert capsys.readouterr().err == (
        "internal error: RuntimeError: boom; please report it "
        "(TELEWORKRULES_DEBUG=1 shows the traceback)\n"
    )
    monkeypatch.setenv("TELEWORKRULES_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["report"])
