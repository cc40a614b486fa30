"""Accessibility checks run in the browser: axe-core's rules, and what axe cannot see (focus)."""

from playwright.sync_api import Page

# WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices (landmarks, one h1...).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_violations(page: Page, axe_source):
    """axe-core's violations on the page as it is now, at every impact level.

    The script is evaluated through the DevTools protocol, which the site's strict
    Content-Security-Policy does not apply to, so the policy stays on while axe runs.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source)
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return results["violations"]


def describe_violations(url, violations):
    """One readable paragraph per rule broken: rule, impact, help link, and each element at fault."""
    lines = [f"{len(violations)} accessibility rule(s) broken on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"][:10]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary}")
            lines.append(f"      {node['html'][:200]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def assert_no_axe_violations(page: Page, axe_source):
    violations = axe_violations(page, axe_source)
    assert not violations, describe_violations(page.url, violations)


# For the element that has keyboard focus: where it is, and whether anything marks it.
FOCUSED_ELEMENT = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        text: (element.innerText || element.value || element.getAttribute('aria-label') || '').trim().slice(0, 60),
        href: element.getAttribute('href'),
        focusVisible: element.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        boxShadow: style.boxShadow !== 'none',
        width: box.width,
        height: box.height,
        top: box.top,
        bottom: box.bottom,
        left: box.left,
        right: box.right,
        viewportHeight: window.innerHeight,
        viewportWidth: window.innerWidth,
    };
}"""


def tab_through(page: Page, limit=80):
    """Press Tab from the top of the page until focus leaves it or comes back round.

    Returns what each focus stop looked like (see ``FOCUSED_ELEMENT``).
    """
    stops = []
    seen = set()
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_ELEMENT)
        if focused is None:
            break
        key = (focused["tag"], focused["text"], focused["href"], round(focused["top"] + page.evaluate("scrollY")))
        if key in seen:
            break
        seen.add(key)
        stops.append(focused)
    return stops


def focus_problems(stops):
    """Stops a sighted keyboard user could not follow: unmarked, invisible, or hidden from view."""
    problems = []
    for number, stop in enumerate(stops, start=1):
        name = f"stop {number}: <{stop['tag']}> {stop['text']!r} {stop['href'] or ''}".strip()
        if not stop["focusVisible"] or not (stop["outline"] or stop["boxShadow"]):
            problems.append(f"{name} has no visible focus indicator (outline or box-shadow)")
        if stop["width"] < 1 or stop["height"] < 1:
            problems.append(f"{name} is focusable but has no size")
        elif not _in_view(stop):
            problems.append(f"{name} is focused outside the visible part of the page")
    return problems


def _in_view(stop):
    vertically = stop["bottom"] > 0 and stop["top"] < stop["viewportHeight"]
    return vertically and stop["right"] > 0 and stop["left"] < stop["viewportWidth"]
