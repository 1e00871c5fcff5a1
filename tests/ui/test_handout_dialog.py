"""Handouts… in the app: PDF export in the background, print preview from the cache."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from walkplanner.ui.actions import ActionId
from walkplanner.ui.handout_dialog import HandoutDialog


def open_dialog(harness) -> HandoutDialog:
    window = harness.open().window
    window.action(ActionId.PRINT_HANDOUTS).trigger()
    dialog = window.findChild(HandoutDialog)
    assert dialog is not None
    return dialog


def test_export_pdf_in_the_background(harness, qtbot, tmp_path: Path) -> None:
    dialog = open_dialog(harness)
    dialog.part_boxes["cards"].setChecked(False)
    target = tmp_path / "handout.pdf"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=20_000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    # overview, then a sign-in sheet and a leader sheet for each of the 4 groups of 15
    assert "Pont" in text and len(PdfReader(target).pages) == 9
    for box in dialog.part_boxes.values():
        box.setChecked(False)
    assert not dialog.pdf_button.isEnabled()
    dialog.close()


def test_print_preview_paints_every_page(harness, qtbot, tmp_path: Path, monkeypatch) -> None:
    output = tmp_path / "printed.pdf"

    def fake_exec(preview: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setFullPage(True)
        preview.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    dialog = open_dialog(harness)
    dialog.paper_box.setCurrentIndex(1)
    dialog.print_preview()
    qtbot.waitUntil(output.exists, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=5_000)
    assert len(PdfReader(output).pages) == 13  # overview; 4 groups × (sign-in, cards, leader)
    dialog.close()
