"""The New dialog does what it shows: the highlighted choice is what Enter does.

Driven by keys in a real dialog: it opens on "Blank map" with the focus there
(never in the recent list, where Enter opened the last map and the next keys
edited it); arrow keys move between the templates and the recent list visibly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapper.ui.start_dialog import StartDialog
from tests.ui.test_window_fixtures import sample_copy  # noqa: F401


def open_dialog(qtbot, recent):
    dialog = StartDialog(recent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    FOCUS["dialog"] = dialog
    return dialog


FOCUS = {}


def press(qtbot, key):
    target = FOCUS["dialog"].focusWidget()
    assert target is not None
    QTest.keyClick(target, key)


def selected_cards(dialog):
    return [name for name, card in dialog.cards.items() if card.property("selected")]


def test_enter_at_once_creates_the_blank_map_it_shows(qtbot, sample_copy):
    dialog = open_dialog(qtbot, [str(sample_copy())])
    assert dialog.focusWidget() is dialog.cards[None]
    assert selected_cards(dialog) == [None] and dialog.create_button.text() == "Create"
    assert not dialog.recent_list.selectedItems()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.choice == ("blank", None) and dialog.result() == dialog.DialogCode.Accepted


def test_arrow_keys_move_the_highlight_over_the_templates_and_enter_creates_that_one(qtbot, sample_copy):
    dialog = open_dialog(qtbot, [str(sample_copy())])
    names = list(dialog.cards)
    press(qtbot, Qt.Key.Key_Right)
    assert selected_cards(dialog) == [names[1]] and dialog.focusWidget() is dialog.cards[names[1]]
    press(qtbot, Qt.Key.Key_Down)
    assert selected_cards(dialog) == [names[4]]
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Left)
    assert selected_cards(dialog) == [None]
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Enter)
    assert dialog.choice == ("template", names[1])


def test_left_from_the_first_column_goes_to_the_recent_list_and_enter_opens_that_map(qtbot, sample_copy):
    first, second = str(sample_copy("webinar-marketing")), str(sample_copy("client-onboarding"))
    dialog = open_dialog(qtbot, [first, second])
    press(qtbot, Qt.Key.Key_Left)
    assert dialog.focusWidget() is dialog.recent_list
    # The highlight moved: the recent map is selected, no card looks chosen, the button says Open.
    assert dialog.recent_list.currentItem().isSelected() and selected_cards(dialog) == []
    assert dialog.create_button.text() == "Open"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.choice == ("open", second)


def test_right_from_the_recent_list_goes_back_to_the_cards(qtbot, sample_copy):
    dialog = open_dialog(qtbot, [str(sample_copy())])
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Right)
    assert dialog.focusWidget() is dialog.cards[None]
    assert selected_cards(dialog) == [None] and not dialog.recent_list.selectedItems()
    assert dialog.create_button.text() == "Create"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.choice == ("blank", None)


def test_with_no_recent_maps_left_stays_on_the_cards(qtbot):
    dialog = open_dialog(qtbot, [])
    press(qtbot, Qt.Key.Key_Left)
    assert dialog.focusWidget() is dialog.cards[None]
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.choice == ("blank", None)
