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
            lines.append(f"      {' '.join(node['html'].split())[:200]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def assert_no_axe_violations(page: Page, axe_source):
    violations = axe_violations(page, axe_source)
    assert not violations, describe_violations(page.url, violations)


# For the element that has keyboard focus: where it is, and what it looks like.
FOCUSED_ELEMENT = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        text: (element.innerText || element.value || element.getAttribute('aria-label') || '').trim().slice(0, 60),
        href: element.getAttribute('href'),
        focusVisible: element.matches(':focus-visible'),
        width: box.width,
        height: box.height,
        top: box.top,
        bottom: box.bottom,
        left: box.left,
        right: box.right,
        scrollY: window.scrollY,
        viewportHeight: window.innerHeight,
        viewportWidth: window.innerWidth,
    };
}"""

# What can show focus, on the element and the elements around it (a card may show the focus of
# the link it holds with :focus-within): compared focused and unfocused.
LOOKS = """element => {
    const properties = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color',
        'color', 'text-decoration-line', 'text-decoration-thickness', 'border-bottom-color',
        'border-bottom-width', 'border-top-color'];
    const looks = [];
    let node = element;
    for (let depth = 0; node && node !== document.body && depth < 5; node = node.parentElement, depth++) {
        const style = getComputedStyle(node);
        looks.push(properties.map(property => style.getPropertyValue(property)).join('|'));
    }
    return looks.join(' / ');
}"""


def tab_through(page: Page, limit=120):
    """Press Tab from the top of the page until focus leaves the page or comes back round.

    Returns what each focus stop looked like (see ``FOCUSED_ELEMENT``), with ``changes``: whether
    the element (or its parents) looks different focused from unfocused.
    """
    page.evaluate(
        "() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
        " window.__focusStops = []; }"
    )
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            f"""() => {{
                const element = document.activeElement;
                if (!element || element === document.body || window.__focusStops.includes(element)) return null;
                window.__focusStops.push(element);
                return {{...({FOCUSED_ELEMENT})(), looks: ({LOOKS})(element)}};
            }}"""
        )
        if focused is None:
            break  # out of the page, or round again
        stops.append(focused)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    unfocused_looks = page.evaluate(f"() => window.__focusStops.map({LOOKS})")
    for stop, looks in zip(stops, unfocused_looks, strict=True):
        stop["changes"] = looks != stop["looks"]
    return stops


def focus_problems(stops):
    """Stops a sighted keyboard user could not follow: unmarked, invisible, or out of view."""
    problems = []
    for number, stop in enumerate(stops, start=1):
        name = f"stop {number}: <{stop['tag']}> {stop['text']!r} {stop['href'] or ''}".strip()
        if not stop["focusVisible"] or not stop["changes"]:
            problems.append(f"{name} does not look any different when focused")
        if stop["width"] < 1 or stop["height"] < 1:
            problems.append(f"{name} is focusable but has no size")
        elif not _in_view(stop):
            problems.append(f"{name} is focused outside the visible part of the page")
    return problems


def _in_view(stop):
    vertically = stop["bottom"] > 0 and stop["top"] < stop["viewportHeight"]
    return vertically and stop["right"] > 0 and stop["left"] < stop["viewportWidth"]
