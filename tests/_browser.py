"""Headless Chromium over the DevTools protocol (websocket-client), shared by the browser tests.

Needs ``chromium`` (Debian: ``apt-get install -y chromium``). Without it the tests are
skipped, except in CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

INSTALL = "apt-get update && apt-get install -y chromium"


#: JavaScript: the elements that stick out of the page on the right (outside any scroll box; the first 5
#: and their number), the page's scroll width, the window's inner width and the page height.
OVERFLOW_JS = """(() => {
  const out = [];
  document.querySelectorAll('body *').forEach(el => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= innerWidth + 1) return;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return;  // inside a scroll box: scrolls there
    }
    out.push(el.tagName + '.' + el.className);
  });
  return {overflow: out.slice(0, 5), n_overflow: out.length, scrollWidth: document.scrollingElement.scrollWidth, inner: innerWidth,
          height: document.scrollingElement.scrollHeight};
})()"""


def chromium() -> str:
    """Path of a Chromium/Chrome executable; skips the test (fails in CI) when there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    if os.environ.get("CI"):
        pytest.fail(f"chromium is required in CI for the browser test; install it with: {INSTALL}")
    pytest.skip(f"chromium is not installed (install with: {INSTALL}); CI is not set, so skipping")


class CDP:
    """Minimal Chrome DevTools Protocol client over one websocket (websocket-client).

    Every event received is kept in :attr:`events`. A JavaScript dialog (``alert``,
    ``confirm``, ``prompt``) would block the page, so it is dismissed at once; its
    ``Page.javascriptDialogOpening`` event stays in :attr:`events` for the test to see.
    """

    def __init__(self, ws_url: str):
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict] = []

    def _recv(self) -> dict:
        msg = json.loads(self.ws.recv())
        if msg.get("method") == "Page.javascriptDialogOpening":
            self.ws.send(json.dumps({"id": next(self.ids), "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": False}}))
        return msg

    def send(self, method: str, **params):
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = self._recv()
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 30):
        deadline = time.monotonic() + timeout
        if any(e.get("method") == method for e in self.events):
            return
        while time.monotonic() < deadline:
            msg = self._recv()
            self.events.append(msg)
            if msg.get("method") == method:
                return
        raise TimeoutError(method)

    def drain(self, seconds: float) -> None:
        """Keep receiving events for ``seconds`` (late timers, load errors, dialogs)."""
        deadline = time.monotonic() + seconds
        self.ws.settimeout(0.05)
        try:
            while time.monotonic() < deadline:
                try:
                    self.events.append(self._recv())
                except Exception as exc:  # websocket timeout: nothing arrived in this slice
                    if type(exc).__name__ != "WebSocketTimeoutException":
                        raise
        finally:
            self.ws.settimeout(30)

    def evaluate(self, expression: str):
        """Value of a JavaScript expression in the page (JSON-serialisable results only)."""
        res = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in res:
            raise RuntimeError(f"evaluate failed: {res['exceptionDetails']}")
        return res["result"].get("value")

    def open(self, url: str, *, settle: float = 0.3) -> None:
        """Enable the Page, Runtime, Network and Log domains, load ``url`` and wait ``settle`` s."""
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        self.drain(settle)

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def close(self):
        self.ws.close()


@contextlib.contextmanager
def launch(profile: Path, *, window: str = "1280,900") -> Iterator[str]:
    """Start headless Chromium with its own profile folder; yields the page's websocket URL."""
    exe = chromium()
    pytest.importorskip("websocket", reason="websocket-client is needed to talk to Chromium (pip install websocket-client)")
    proc = subprocess.Popen(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
         f"--user-data-dir={profile}", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
         f"--window-size={window}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.is_file() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chromium did not start (exit code {proc.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.load(resp)
        page = next(t for t in targets if t.get("type") == "page")
        yield page["webSocketDebuggerUrl"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
