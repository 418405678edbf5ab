import pytest


@pytest.fixture
def run_cli(capsys):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""
    from tanqih.cli import main

    def run(*args: str):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own result cache (never the repository's .tanqih_cache/)."""
    monkeypatch.setenv("TANQIH_CACHE_DIR", str(tmp_path_factory.mktemp("tanqih-cache")))
