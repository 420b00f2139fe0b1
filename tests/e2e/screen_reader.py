#!/usr/bin/python3
"""Skranke through a real AT-SPI client, as Orca would reach it.

Run by tests/e2e/screen-reader (which starts Xvfb, a private D-Bus session and the AT-SPI bus,
then Skranke): finds the app on the accessibility bus, walks its tree, switches the citizen
language to Arabic with the radio button's action and reads the Arabic heading and its
language, goes to the log through the navigation link, fills and saves an entry with actions
and set-value only, and hears the confirmation from the live region. Prints one line per check
and `N passed, M failed`; exits non-zero if any failed.
"""

import subprocess
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# Atspi 2.46 deprecates get_*_iface in favour of names that clash in Python; they still work.
warnings.filterwarnings("ignore", category=DeprecationWarning)

TIMEOUT = 20.0
passed = 0
failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok - {what}")
    else:
        failed += 1
        print(f"FAIL - {what}{': ' + detail if detail else ''}")
    return ok


def pump(seconds=0.0):
    """Lets AT-SPI deliver what it has (events, cache updates)."""
    end = time.time() + seconds
    context = GLib.MainContext.default()
    while True:
        while context.iteration(False):
            pass
        if time.time() >= end:
            return
        time.sleep(0.05)


def wait_for(find, what, timeout=TIMEOUT):
    """Calls `find` until it returns something, or gives up."""
    end = time.time() + timeout
    while time.time() < end:
        pump()
        try:
            found = find()
        except GLib.Error:
            found = None
        if found:
            return found
        time.sleep(0.2)
    return None


def children(node):
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            yield child


def walk(node):
    yield node
    for child in children(node):
        yield from walk(child)


def role(node):
    return node.get_role_name()


def states(node):
    return node.get_state_set()


def find(root, role_name=None, name=None, contains=None):
    for node in walk(root):
        if role_name and role(node) != role_name:
            continue
        if name is not None and node.get_name() != name:
            continue
        if contains is not None and contains not in (node.get_name() or ""):
            continue
        return node
    return None


def text_of(node):
    text = node.get_text_iface()
    if text is None:
        return None
    return text.get_text(0, text.get_character_count())


def language_of(node):
    """The `language` text attribute at the start of a text node."""
    text = node.get_text_iface()
    if text is None:
        return None
    return Atspi.Text.get_text_attribute_value(text, 0, "language")


def labels_within(node):
    return [n for n in walk(node) if role(n) == "label" and n.get_text_iface() is not None]


def act(node):
    """The node's default action (click), as Orca's Enter does it."""
    action = node.get_action_iface()
    return action is not None and action.do_action(0)


def set_value(node, text):
    editable = node.get_editable_text_iface()
    return editable is not None and editable.set_text_contents(text)


def extents(node):
    """Where the node is on the screen: (x, y, width, height)."""
    rect = node.get_component_iface().get_extents(Atspi.CoordType.SCREEN)
    return rect.x, rect.y, rect.width, rect.height


def click_at_middle(node):
    """Clicks with the mouse where the screen reader says the node is."""
    x, y, width, height = extents(node)
    print(f"   clicking {node.get_name()!r} at {x + width // 2},{y + height // 2} of {(x, y, width, height)}")
    subprocess.run(["xdotool", "mousemove", "--sync", str(x + width // 2), str(y + height // 2)],
                   check=False, capture_output=True, timeout=10)
    time.sleep(0.2)
    subprocess.run(["xdotool", "click", "1"], check=False, capture_output=True, timeout=10)


def wheel_down(times):
    subprocess.run(["xdotool", "click", "--repeat", str(times), "--delay", "30", "5"],
                   check=False, capture_output=True, timeout=10)


def is_checked(name):
    node = find(window_node, "radio button", name=name)
    return node is not None and states(node).contains(Atspi.StateType.CHECKED)


window_node = None


def app():
    desktop = Atspi.get_desktop(0)
    for candidate in children(desktop):
        if (candidate.get_name() or "").lower() == "skranke":
            return candidate
    return None


def focused(root):
    for node in walk(root):
        if states(node).contains(Atspi.StateType.FOCUSED):
            return node
    return None


def main():
    Atspi.init()
    announcements = []

    def heard(event):
        announcements.append(str(event.any_data))

    listener = Atspi.EventListener.new(heard)
    listener.register("object:announcement")

    skranke = wait_for(app, "app")
    if not check("Skranke is on the accessibility bus", skranke is not None):
        return
    window = wait_for(lambda: find(skranke, "frame"), "window")
    check("its window is a frame named Skranke", window is not None and window.get_name() == "Skranke",
          window and window.get_name())
    if window is None:
        return
    global window_node
    window_node = window

    # The window must have the keyboard focus for the focused state to show (no window manager).
    subprocess.run(["xdotool", "search", "--sync", "--name", "^Skranke$", "windowfocus", "--sync"],
                   check=False, capture_output=True, timeout=10)

    nodes = list(walk(window))
    check("the tree has content", len(nodes) > 40, f"{len(nodes)} nodes")
    focusable = [n for n in nodes if states(n).contains(Atspi.StateType.FOCUSABLE)]
    unnamed = [role(n) for n in focusable if not (n.get_name() or "").strip()]
    check(f"all {len(focusable)} focusable nodes have a role and a name", not unnamed and focusable,
          f"unnamed: {unnamed}")
    links = [n.get_name() for n in nodes if role(n) == "link"]
    check("the navigation is links", "Log" in links and "Principper" in links, str(links))
    first = wait_for(lambda: focused(window), "focus")
    check("the window has the focus (no control chosen until Tab)", first is not None,
          first and f"{role(first)} {first.get_name()!r}")

    # The citizen language: Arabic, through its radio button's action.
    arabic = find(window, "radio button", contains="Arabic")
    check("the Arabic radio button is in a group named Borgerens sprog",
          arabic is not None and arabic.get_parent().get_name() == "Borgerens sprog")
    check("Arabic is chosen by its action", arabic is not None and act(arabic))
    chosen = wait_for(lambda: (a := find(window, "radio button", contains="Arabic"))
                      and states(a).contains(Atspi.StateType.CHECKED) and a, "checked")
    check("the Arabic radio button reads as checked", chosen is not None)
    welcome = find(window, "link", name="Velkommen")
    check("the topic Velkommen opens by its action", welcome is not None and act(welcome))

    def arabic_heading():
        for node in walk(window):
            if role(node) == "heading" and any("\u0600" <= c <= "\u06ff" for c in node.get_name() or ""):
                return node
        return None

    heading = wait_for(arabic_heading, "Arabic heading")
    check("an Arabic heading is read", heading is not None, "")
    if heading is not None:
        print(f"   heading: {heading.get_name()}")
        spoken = labels_within(heading)
        language = language_of(spoken[0]) if spoken else None
        check("the Arabic heading's text is in language ar", language == "ar", str(language))
        danish = find(window, "heading", name="Velkommen")
        danish_language = language_of(labels_within(danish)[0]) if danish and labels_within(danish) else None
        check("the Danish heading beside it is in language da", danish_language == "da", str(danish_language))

    # The log, through its navigation link.
    log = find(window, "link", name="Log")
    check("the Log link's action opens the log", log is not None and act(log))
    unit = wait_for(lambda: find(window, "entry", name="Enhed"), "unit field")
    check("the log form's unit field is an entry", unit is not None)
    on_log = focused(window)
    check("the focus is on the log screen's first control", on_log is not None
          and on_log.get_name() == "Log besøget",
          on_log and f"{role(on_log)} {on_log.get_name()!r}")
    day = find(window, "entry", contains="Dato")
    check("the day field has today's date as its value",
          day is not None and len(text_of(day) or "") == 10, day and repr(text_of(day)))

    # A refused save: the field says why, and the refusal is spoken at once.
    announcements.clear()
    save = find(window, "push button", contains="Gem (Ctrl+Enter)")
    check("saving with no unit is refused", save is not None and act(save))
    # AccessKit 0.25's adapters expose no invalid state; the reason, as the field's
    # description, is what a screen reader reads with the field.
    refused = wait_for(lambda: (u := find(window, "entry", name="Enhed"))
                       and u.get_description() == "Skriv enhedens navn." and u, "described")
    check("the unit field has the reason it was refused as its description", refused is not None,
          str(find(window, "entry", name="Enhed").get_description()))
    pump(0.5)
    check("the refusal was announced", any("ikke gemt" in a for a in announcements), str(announcements))
    in_error = focused(window)
    check("the focus is on the field in error", in_error is not None and in_error.get_name() == "Enhed",
          in_error and in_error.get_name())

    # Bounds are where things are drawn: a mouse click at a node's middle hits it, also after
    # the page has been scrolled with the mouse wheel.
    video = find(window, "radio button", name="Video")
    if video is not None:
        click_at_middle(video)
    check("a mouse click at the middle of Video's bounds chooses Video",
          bool(wait_for(lambda: is_checked("Video"), "video")))
    before = extents(find(window, "radio button", name="Video"))
    wheel_down(3)
    moved = wait_for(lambda: (v := find(window, "radio button", name="Video"))
                     and extents(v)[1] < before[1] and v, "scrolled")
    check("after scrolling by the wheel, the bounds move with the page", moved is not None,
          f"before {before}, after {moved and extents(moved)}")
    # Scroll on with the wheel until the duration is on the screen, then click it there.
    window_bottom = extents(window)[1] + extents(window)[3]
    for _ in range(15):
        longer = find(window, "radio button", name="15–30 min.")
        if longer is None or extents(longer)[1] + extents(longer)[3] < window_bottom - 40:
            break
        wheel_down(2)
        pump(0.3)
    if longer is not None:
        click_at_middle(longer)
    check("a mouse click at the middle of 15–30 min. (scrolled) chooses it",
          bool(wait_for(lambda: is_checked("15–30 min."), "duration")))

    check("the unit is typed by set-value", unit is not None and set_value(unit, "Borgerservice Nord"))
    typed = wait_for(lambda: (u := find(window, "entry", name="Enhed")) and text_of(u) == "Borgerservice Nord", "typed")
    check("the unit field reads back what was set", bool(typed))
    phone = find(window, "radio button", name="Telefon")
    check("the channel Telefon is chosen by its action", phone is not None and act(phone))
    check("Telefon reads as checked", bool(wait_for(
        lambda: (p := find(window, "radio button", name="Telefon")) and states(p).contains(Atspi.StateType.CHECKED), "")))
    note = find(window, "entry", name="Kort note (valgfri)")
    check("the note is typed by set-value", note is not None and set_value(note, "Tolk bestilt til næste gang"))
    check("the note reads back what was set", bool(wait_for(
        lambda: (n := find(window, "entry", name="Kort note (valgfri)")) and text_of(n) == "Tolk bestilt til næste gang",
        "note")))

    announcements.clear()
    save = find(window, "push button", contains="Gem (Ctrl+Enter)")
    check("the save button's action saves", save is not None and act(save))
    status = wait_for(lambda: find(window, "status bar", contains="Gemt"), "saved")
    check("the confirmation is a live region", status is not None, "")
    if status is not None:
        print(f"   live region: {status.get_name()}")
    pump(1.0)
    check("the confirmation was announced", any("Gemt" in a for a in announcements), str(announcements))
    after = focused(window)
    check("the focus is on the form's first field after saving",
          after is not None and "Dato" in (after.get_name() or ""), after and after.get_name())

    # The entry is in the log: its list is a table whose cells read it back.
    listing = find(window, "radio button", name="Loggen")
    check("the log's list opens by its tab's action", listing is not None and act(listing))
    table = wait_for(lambda: find(window, "table"), "table")
    check("the list is a table", table is not None)
    if table is not None:
        cells = [n.get_name() for n in walk(table) if role(n) in ("table cell", "column header")]
        check("its header cells and the saved entry's cells are read",
              "Kanal" in cells and "Telefon" in cells and "Borgerservice Nord" in cells,
              str(cells))
        print(f"   cells: {cells}")

    # Focus by the screen reader: GrabFocus moves the app's focus.
    target = find(window, "push button", name="Ret")
    component = target.get_component_iface() if target else None
    check("a control takes the focus through Component.GrabFocus",
          component is not None and component.grab_focus())
    moved = wait_for(lambda: (f := focused(window)) and f.get_name() == "Ret" and f, "focus moved")
    check("the app's focus follows", moved is not None)

    # The window's regions, and the status line said when Ctrl+L switches the citizen's
    # language (the focus does not move, so nothing else would say it).
    roles = {role(n) for n in walk(window)}
    check("the navigation and the page are landmarks", "landmark" in roles or "navigation" in roles,
          str(sorted(roles)))
    announcements.clear()
    subprocess.run(["xdotool", "key", "ctrl+l"], check=False, capture_output=True, timeout=10)
    pump(1.5)
    # With only one language used so far, Ctrl+L opens the point-to-your-language card: the
    # citizen points at Turkish.
    tile = find(window, contains="Türkçe")
    if not announcements and tile is not None:
        print(f"   the card opened; choosing {role(tile)} {tile.get_name()!r}")
        act(tile)
        pump(1.5)
    check("Ctrl+L's new citizen language is announced",
          any("Borgerens sprog" in a for a in announcements), str(announcements))
    listener.deregister("object:announcement")


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # A crash is a failed check, not a silent pass.
        check("the scenario ran to its end", False, repr(error))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)
