"""The web app in headless Chromium: every page loads offline without console errors, filters update
charts and tables, and hostile article text stays inert."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    ("overview", "/", "#timeline-chart svg"),
    ("dyad", "/dyad?a=RUS&b=USA", "#dyad-chart svg"),
    ("network", "/network", "#network-graph canvas"),
    ("map", "/map", "#map-chart svg"),
    ("events", "/events", "#events-table table"),
    ("anticipations", "/anticipations", "#anticipations"),
    ("actors", "/actors", "#actors table"),
]


def open_page(page: Any, base: str, path: str) -> None:
    page.goto(base + path)
    page.wait_for_selector("#app[data-ready=true]", timeout=20_000)


@pytest.mark.parametrize(("name", "path", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_page_loads_cleanly(page: Any, live_server: dict, shots: Any, name: str, path: str, ready: str) -> None:
    open_page(page, live_server["url"], path)
    page.wait_for_selector(ready, timeout=20_000)
    page.wait_for_timeout(300)
    shots(page, name)
    assert page.locator("#status.error").count() == 0, page.locator("#status").text_content()
    assert page.locator("p.error").count() == 0, page.locator("p.error").all_text_contents()
    assert page.problems == []


def test_csp_header_is_strict(page: Any, live_server: dict) -> None:
    r = page.goto(live_server["url"] + "/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp and "unsafe-inline" not in csp


def test_filter_change_updates_chart_and_table(page: Any, live_server: dict, shots: Any) -> None:
    open_page(page, live_server["url"], "/events")
    page.wait_for_selector("#events-chart svg")
    total_before = int(page.locator("#events-table").get_attribute("data-total"))
    assert page.locator("#events-chart svg .mark-area path").count() == 4  # one area per QuadClass
    chart_before = page.locator("#events-chart").get_attribute("data-rendered")
    page.select_option("#f-quad_class", "4")
    page.wait_for_function(
        "(n) => document.querySelector('#events-table').dataset.total !== String(n)", arg=total_before)
    total_after = int(page.locator("#events-table").get_attribute("data-total"))
    assert 0 < total_after < total_before
    page.wait_for_function(
        "(t) => document.querySelector('#events-chart').dataset.rendered !== t", arg=chart_before)
    codes = page.locator("#events-table tbody tr td:nth-child(3)").all_text_contents()
    assert codes and all(c[:2] in ("14", "15", "16", "17", "18", "19", "20") for c in codes)
    assert "quad_class=4" in page.url
    # The chart now has one area: material conflict (the colour of QuadClass 4).
    areas = page.locator("#events-chart svg .mark-area path")
    assert areas.count() == 1 and areas.first.get_attribute("fill") == "#de2d26"
    shots(page, "events-filtered")
    assert page.problems == []


def test_hostile_text_stays_inert(page: Any, live_server: dict, shots: Any) -> None:
    open_page(page, live_server["url"], f"/documents/{live_server['xss_doc']}")
    page.wait_for_selector("#doc-text mark")
    text = page.locator("#doc-text").text_content()
    assert "<script>window.__xss = 1</script>" in text and "onerror" in text
    assert page.evaluate("window.__xss") is None
    assert page.locator("#doc-text script, #doc-text img, #doc-title img").count() == 0
    assert "<img" in page.locator("#doc-title").text_content()
    roles = page.locator("#doc-text mark").evaluate_all("els => els.map(e => [e.dataset.role, e.textContent])")
    assert ["source", "Russia"] in roles and ["trigger", "threatened"] in roles and ["target", "Ukraine"] in roles
    shots(page, "document-xss")
    open_page(page, live_server["url"], "/events?text=script")
    page.wait_for_selector("#events-table .evidence")
    assert page.evaluate("window.__xss") is None
    assert page.locator("#events-table script, #events-table img").count() == 0
    assert "<script>" in page.locator("#events-table .evidence").first.text_content()
    shots(page, "events-xss")
    assert page.problems == []


def test_dyad_click_shows_the_events_behind_a_point(page: Any, live_server: dict, shots: Any) -> None:
    open_page(page, live_server["url"], "/dyad?a=RUS&b=USA&period=month")
    page.wait_for_selector("#dyad-chart svg .mark-rect path")
    bar = page.locator("#dyad-chart svg .mark-rect path").first
    label = bar.get_attribute("aria-label")  # "period (year-month): Jan 2024; events …: 3; kind: cooperation"
    bar.click()
    page.wait_for_selector("#dyad-events table tbody tr")
    title = page.locator("#dyad-events").locator("xpath=..").locator("p.muted").text_content()
    assert "between RUS and USA" in title
    month = page.locator("#dyad-points tbody tr").first.locator("td").first.text_content()
    assert month in title, (label, title)
    shots(page, "dyad-clicked")
    # A row of the per-period table shows the same number of events as the row says.
    row = page.locator("#dyad-points tbody tr").nth(1)
    expected = int(row.locator("td").nth(1).text_content())
    row.locator("a").click()
    page.wait_for_function(
        "(n) => document.querySelectorAll('#dyad-events tbody tr').length === n", arg=expected)
    assert page.problems == []


def test_network_is_interactive(page: Any, live_server: dict) -> None:
    open_page(page, live_server["url"], "/network?quad_class=4")
    page.wait_for_selector("#network-graph canvas")
    edges = int(page.locator("#network-graph").get_attribute("data-edges"))
    assert edges > 0
    page.select_option("#f-level", "actor")
    page.wait_for_function("(n) => document.querySelector('#network-graph').dataset.edges !== String(n)", arg=edges)
    assert page.problems == []


def test_pages_work_with_the_network_off(browser: Any, live_server: dict) -> None:
    """Every request the pages make goes to the local server: block anything else and load them all."""
    ctx = browser.new_context()
    base = live_server["url"]
    blocked: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(base):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    pg = ctx.new_page()
    for _, path, ready in PAGES:
        pg.goto(base + path)
        pg.wait_for_selector(ready, timeout=20_000)
    ctx.close()
    assert blocked == []
