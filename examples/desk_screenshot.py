"""Take examples/desk.png: the desk page after pasting the example report (headless Debian chromium).

    python examples/desk_screenshot.py         # needs nlptools[web], playwright and /usr/bin/chromium
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_web_browser import CHROMIUM, FLAGS, _free_port  # noqa: E402


def main() -> int:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from nlptools.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        ctx = p.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=FLAGS, viewport={"width": 1280, "height": 1000}
        )
        page = ctx.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.fill("#text", (ROOT / "examples" / "klustermote-rapport.md").read_text(encoding="utf-8"))
        page.click("#analyze")
        page.wait_for_selector("#draft", timeout=120_000)
        rows = page.locator("tr.para")
        # the communicator writes English; the checks run as they type (HTMX → POST /check)
        rows.nth(0).locator("textarea.en").fill("Växjö, 14 March 2026")
        rows.nth(1).locator("textarea.en").fill(
            "More than sixty business owners, researchers and officials met in Växjö on Tuesday, when the "
            "Småländsk Energi cluster held its annual spring meeting. The theme was how small and medium-sized "
            "companies in the region can grow in new markets, e.g. in Germany and Poland."
        )
        rows.nth(2).locator("textarea.en").fill(
            "Cluster manager Annika Lindqvist opened the meeting at 9:30 and said membership had grown by 14 per cent since January 2024."
        )
        page.wait_for_timeout(1500)
        rows.nth(0).locator("input.para-mark").check()
        page.evaluate("document.getElementById('notice').scrollIntoView(); window.scrollBy(0, -10)")
        page.screenshot(path=str(ROOT / "examples" / "desk.png"))
        ctx.close()
    srv.should_exit = True
    print("wrote examples/desk.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
