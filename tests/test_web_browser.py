"""End to end in headless Chromium (Playwright + Debian's /usr/bin/chromium), as a communicator uses the desk.

Paste the example report, wait for the draft, edit a paragraph, check a quote,
download the DOCX and open it with python-docx.  Skipped, loudly, only where
no browser can be installed (``make test`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "klustermote-rapport.md"
EDITED = "Over sixty entrepreneurs, researchers and officials met in Växjö on Tuesday."

pytestmark = pytest.mark.timeout(300)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    pytest.importorskip("fastapi", reason="the web extra (nlptools[web]) is not installed: run `make test`")
    import uvicorn

    from nlptools.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the desk server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture()
def page(tmp_path: Path):  # noqa: ANN201
    if not CHROMIUM.exists():
        pytest.skip(f"NO BROWSER: {CHROMIUM} is missing and could not be installed (run `make test`, which installs Debian's chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("NO BROWSER DRIVER: the playwright package is missing (run `make test`, which installs it via the dev extra)")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            user_data_dir=str(tmp_path / "profile"),  # fresh --user-data-dir
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            accept_downloads=True,
        )
        try:
            yield context.new_page()
        finally:
            context.close()


def test_paste_review_edit_check_export(server: str, page, tmp_path: Path) -> None:  # noqa: ANN001
    import docx

    page.goto(server + "/")
    page.fill("#text", EXAMPLE.read_text(encoding="utf-8"))
    page.click("#analyze")
    page.wait_for_selector("#draft", timeout=120_000)
    assert "Not translated yet" in page.inner_text("#notice")
    assert page.locator("tr.quote").count() >= 5

    # check a paragraph, then edit it: editing a checked paragraph unchecks it
    row = page.locator("tr.para").nth(1)
    row.locator("input.para-mark").check()
    area = row.locator("textarea.en")
    area.fill(EDITED)
    assert not row.locator("input.para-mark").is_checked()
    page.wait_for_timeout(900)  # the paragraph is re-checked (HTMX) after a pause in typing

    page.locator("tr.quote").first.locator("input.quote-mark").check()
    open_before = int(page.inner_text("#open-marks"))

    with page.expect_download() as info:
        page.click("#export-docx")
    path = tmp_path / "draft.docx"
    info.value.save_as(path)
    assert page.is_visible("#export-warning") and str(open_before) in page.inner_text("#export-warning")

    doc = docx.Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert EDITED in texts
    assert "not yet marked checked" in texts[0] and f"{open_before} paragraph(s)/quote(s)" in texts[0]
    assert doc.paragraphs[1].style.name == "Title"
    quotes = doc.tables[0]
    assert quotes.rows[0].cells[3].text == "Speaker" and len(quotes.rows) - 1 == page.locator("tr.quote").count()
