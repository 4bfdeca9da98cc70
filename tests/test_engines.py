"""The atlas in the two other engines residents and staff use: WebKit (every iPhone browser) and Firefox ESR
(many of the City's desktops). The same journeys (tests/engines/journeys.json: the phone's first screen, a
tap that opens a place, a search, a year change, the presentation's next chapter, the embed) walked by
Firefox through puppeteer-core over WebDriver BiDi and by WebKitGTK through Selenium, on a virtual screen.
They are a few journeys, not a second suite: Chromium's tests cover the rest."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from .browser import ARTIFACTS
from .conftest import ROOT, server_on_a_copy
from .phone import MARK, place_keys

pytestmark = pytest.mark.browser

JOURNEYS = json.loads((ROOT / "tests" / "engines" / "journeys.json").read_text(encoding="utf-8"))["journeys"]
FIREFOX = shutil.which("firefox-esr") or "/usr/bin/firefox-esr"
WEBKIT_DRIVER = shutil.which("WebKitWebDriver") or "/usr/bin/WebKitWebDriver"
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
XVFB = shutil.which("Xvfb") or "/usr/bin/Xvfb"
# A page is ready when its map (the live one, or on a phone the picture the page came with) shows its marks
# and the controls are built.
READY = ("(document.querySelectorAll('#map .map-data .scattergeo .point').length > 0"
         " || document.querySelectorAll('#map .map-picture .picture-data [data-place]').length > 0) && "
         "(document.querySelector('#year-previous') !== null || document.querySelector('.story-title') !== null)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "engines") as running:
        yield running


@pytest.fixture(scope="module")
def journeys(server) -> dict:
    """The journeys with the served data's place keys in place of the names."""
    text = json.dumps(JOURNEYS)
    for name, key in place_keys(server).items():
        text = text.replace("{" + name + "}", key)
    return json.loads(text)


@pytest.mark.skipif(not Path(FIREFOX).exists(), reason="Debian's firefox-esr is not installed")
def test_the_journeys_in_firefox(server, journeys, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"base": server.url, "journeys": journeys, "mark": MARK, "ready": READY,
                                "executable": FIREFOX, "artifacts": str(ARTIFACTS)}), encoding="utf-8")
    done = subprocess.run(["node", str(ROOT / "tests" / "engines" / "firefox.mjs"), str(plan)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False,
                          env=dict(os.environ, HOME=str(tmp_path)))  # Firefox's profile stays in the test's folder
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert results == dict.fromkeys(journeys, "ok")


@contextmanager
def virtual_screen():
    """An X server of its own (Xvfb), for WebKitGTK's browser: DISPLAY set while it runs."""
    display = f":{90 + os.getpid() % 100}"
    process = subprocess.Popen([XVFB, display, "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    before = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = display
    try:
        yield display
    finally:
        if before is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = before
        process.terminate()
        process.wait(timeout=10)


class WebKitJourney:
    """The journeys' steps through Selenium's WebKitGTK driver."""

    def __init__(self, driver, base: str):
        self.driver, self.base = driver, base

    def until(self, expression: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not self.driver.execute_script(f"try {{ return Boolean({expression}); }} catch (e) {{ return false; }}"):
            if time.monotonic() > deadline:
                raise AssertionError(f"never true: {expression}")
            time.sleep(0.1)

    def step(self, action: dict) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.actions.action_builder import ActionBuilder
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        driver = self.driver
        if "open" in action:
            driver.set_window_size(*action["size"])  # WebKitGTK's narrowest window is about 450 px: still a phone
            driver.get(self.base + action["open"])
            self.until(READY)
        elif "click" in action:
            driver.find_element(By.CSS_SELECTOR, action["click"]).click()
        elif "type" in action:
            driver.find_element(By.CSS_SELECTOR, action["type"]).send_keys(action["text"])
        elif "key" in action:
            ActionChains(driver).send_keys(getattr(Keys, {"PageDown": "PAGE_DOWN", "ArrowDown": "ARROW_DOWN"}.get(
                action["key"], action["key"].upper()))).perform()
        elif "mark" in action:
            self.until(f"({MARK})({json.dumps(action['mark'])}) !== null")
            at = driver.execute_script(f"return ({MARK})(arguments[0])", action["mark"])
            pointer = ActionBuilder(driver)  # in the window's coordinates, where plotly.js drew the mark
            pointer.pointer_action.move_to_location(int(at["x"]) + 3, int(at["y"]))
            pointer.pointer_action.move_to_location(int(at["x"]), int(at["y"])).click()
            pointer.perform()
        elif "until" in action:
            self.until(action["until"])
        elif "shot" in action:
            driver.save_screenshot(str(ARTIFACTS / f"engine-webkit-{action['shot']}.png"))


@pytest.mark.skipif(not (Path(WEBKIT_DRIVER).exists() and Path(MINIBROWSER).exists() and Path(XVFB).exists()),
                    reason="Debian's webkit2gtk-driver and xvfb are not installed")
def test_the_journeys_in_webkit(server, journeys):
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options

    ARTIFACTS.mkdir(exist_ok=True)
    results = {}
    with virtual_screen():
        options = Options()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")
        driver = webdriver.WebKitGTK(options=options)
        try:
            walker = WebKitJourney(driver, server.url)
            for name, actions in journeys.items():
                done = 0
                try:
                    for action in actions:
                        walker.step(action)
                        done += 1
                    results[name] = "ok"
                except Exception as error:  # every journey reports; the test fails on any
                    results[name] = f"step {done + 1} {json.dumps(actions[done])}: {str(error).splitlines()[0]}"
        finally:
            driver.quit()
    assert results == dict.fromkeys(journeys, "ok")
