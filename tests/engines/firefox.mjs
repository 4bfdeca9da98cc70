// The journeys of tests/engines/journeys.json in Firefox (Debian's firefox-esr), driven over WebDriver BiDi
// by puppeteer-core: node tests/engines/firefox.mjs PLAN.json, where the plan (written by
// tests/test_engines.py) gives the atlas's address, the journeys and the mark finder. Prints one JSON line:
// { journey: "ok" | "the step that failed and why" }.
import { readFileSync } from "node:fs";
import puppeteer from "puppeteer-core";

const plan = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const TIMEOUT = 30000;

async function until(page, expression) {
  await page.waitForFunction(expression, { timeout: TIMEOUT, polling: 100 });
}

async function step(page, action) {
  if (action.open) {
    await page.setViewport({ width: action.size[0], height: action.size[1] });
    await page.goto(plan.base + action.open, { waitUntil: "load", timeout: TIMEOUT });
    await until(page, plan.ready);
  } else if (action.click) {
    await page.click(action.click);
  } else if (action.type) {
    await page.type(action.type, action.text);
  } else if (action.key) {
    await page.keyboard.press(action.key);
  } else if (action.mark) {
    await until(page, `(${plan.mark})(${JSON.stringify(action.mark)}) !== null`);
    const at = await page.evaluate(`(${plan.mark})(${JSON.stringify(action.mark)})`);
    await page.mouse.move(at.x + 3, at.y);
    await page.mouse.click(at.x, at.y);
  } else if (action.until) {
    await until(page, action.until);
  } else if (action.shot) {
    await page.screenshot({ path: plan.artifacts + "/engine-firefox-" + action.shot + ".png" });
  }
}

const browser = await puppeteer.launch({ browser: "firefox", executablePath: plan.executable, headless: true,
  extraPrefsFirefox: { "network.proxy.allow_hijacking_localhost": false } });
const results = {};
try {
  for (const [name, actions] of Object.entries(plan.journeys)) {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error.message || error)));
    let done = 0;
    try {
      for (const action of actions) {
        await step(page, action);
        done += 1;
      }
      results[name] = errors.length ? "page errors: " + errors.join("; ") : "ok";
    } catch (error) {
      results[name] = `step ${done + 1} ${JSON.stringify(actions[done])}: ${String(error.message || error).split("\n")[0]}`;
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
