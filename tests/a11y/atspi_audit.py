#!/usr/bin/python3
"""The kiosk as a screen reader sees it (AT-SPI, through pyatspi): walks each
visitor screen and the staff PIN pad, and fails on a control with no name, a
control under 44x44 px, an article document with no children, or a
"Still there?" prompt that is not an alert. Prints what it found per screen.
Run by atspi-audit.sh, inside its own D-Bus session and X server."""

import subprocess
import sys
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
}
problems = []


def fail(message):
    print("ATSPI FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def kiosk():
    for _ in range(300):
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            application = desktop.getChildAtIndex(index)
            if application is not None and application.name == "carekiosk":
                return application
        time.sleep(0.1)
    fail("the kiosk never appeared on the accessibility bus")


def children(accessible):
    for index in range(accessible.childCount):
        try:
            child = accessible.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            yield child


def walk(accessible, into_web=False):
    """Every node under `accessible` that is showing; web documents are walked only if asked."""
    stack = [accessible]
    while stack:
        node = stack.pop()
        try:
            if not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            role = node.getRole()
        except Exception:
            continue
        yield node
        if role == pyatspi.ROLE_DOCUMENT_WEB and not into_web and node is not accessible:
            continue
        stack.extend(reversed(list(children(node))))


def find(root, role, name=None, timeout=20.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in walk(root):
            if node.getRole() == role and (name is None or node.name == name):
                return node
        time.sleep(0.3)
    fail("no showing %s named %r" % (role, name))


def press(node):
    action = node.queryAction()
    for index in range(action.nActions):
        if action.getName(index).lower() in ("press", "click", "activate"):
            action.doAction(index)
            time.sleep(1.0)
            return
    action.doAction(0)
    time.sleep(1.0)


def audit(screen, root):
    count = 0
    for node in walk(root):
        if node.getRole() not in CONTROLS:
            continue
        count += 1
        role = node.getRoleName()
        if not node.name.strip():
            problems.append("%s: a %s with no name" % (screen, role))
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        if box.width < 44 or box.height < 44:
            problems.append("%s: %s %r is %dx%d px" % (screen, role, node.name, box.width, box.height))
    print("%s: %d controls" % (screen, count))
    return count


def tap(x, y):
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)
    time.sleep(1.0)


def main():
    app = kiosk()
    window = find(app, pyatspi.ROLE_FRAME, timeout=30)
    if window.getRole() != pyatspi.ROLE_FRAME:
        problems.append("the window is a %s, not a frame" % window.getRoleName())

    audit("attract", window)
    tap(960, 540)

    category = find(window, pyatspi.ROLE_PUSH_BUTTON, "Pain management")
    audit("home", window)
    press(category)

    article = find(window, pyatspi.ROLE_PUSH_BUTTON, "How Botox can relieve pain")
    audit("topic", window)
    press(article)

    document = find(window, pyatspi.ROLE_DOCUMENT_WEB, timeout=30)
    nodes = 0
    deadline = time.time() + 30
    while nodes == 0 and time.time() < deadline:
        nodes = sum(1 for _ in walk(document, into_web=True)) - 1
        time.sleep(0.5)
    headings = sum(1 for node in walk(document, into_web=True) if node.getRole() == pyatspi.ROLE_HEADING)
    print("article: document %r with %d nodes, %d headings" % (document.name, nodes, headings))
    if nodes == 0:
        problems.append("article: the web document has no children")
    find(window, pyatspi.ROLE_PUSH_BUTTON, "Read this article aloud")
    audit("article", window)
    press(find(window, pyatspi.ROLE_PUSH_BUTTON, "Request a call back about this article"))

    find(window, pyatspi.ROLE_PUSH_BUTTON, "Send my request")
    audit("call-back form", window)
    topic = find(window, pyatspi.ROLE_COMBO_BOX)
    print("call-back form: drop-down named %r" % topic.name)
    if topic.name != "Topic":
        problems.append("call-back form: the topic drop-down is named %r, not by its label" % topic.name)
    radios = [node for node in walk(window) if node.getRole() == pyatspi.ROLE_RADIO_BUTTON]
    print("call-back form: %d radio buttons" % len(radios))
    if len(radios) < 3:
        problems.append("call-back form: the single choices are not radio buttons (%d found)" % len(radios))

    press(find(window, pyatspi.ROLE_PUSH_BUTTON, "Home"))
    press(find(window, pyatspi.ROLE_PUSH_BUTTON, "Search articles"))
    audit("search", window)

    # Left alone: "Still there?" (idle_timeout_seconds is 15 here).
    alert = find(window, pyatspi.ROLE_ALERT, timeout=40)
    print("prompt: alert %r" % alert.name)
    if alert.name != "Still there?":
        problems.append("prompt: the alert is named %r" % alert.name)
    audit("prompt", alert)
    press(find(alert, pyatspi.ROLE_PUSH_BUTTON, "I'm still here"))

    # The staff PIN pad: a 3-second press on the clinic's name.
    name = find(window, pyatspi.ROLE_LABEL, "Orthopedic & Wellness")
    box = name.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x, y = box.x + box.width // 2, box.y + box.height // 2
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "mousedown", "1"], check=True)
    time.sleep(3.5)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    find(window, pyatspi.ROLE_PASSWORD_TEXT, timeout=10)
    audit("PIN pad", window)

    for problem in problems:
        print("ATSPI PROBLEM: " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
