"""The file for the clinic's records: a FHIR Bundle the standard's own models accept, with the
BARC-10 word for word, only the check-ins the summary shares, nothing private, owner-only.

Validated with ``fhir.resources`` (a test dependency only). Its 8.x releases carry FHIR R4B
(4.3), not R4 (4.0.1), as their oldest current version; for the resources this file uses
(Bundle, Questionnaire, QuestionnaireResponse, Patient) R4B changed nothing from R4, so what R4B
accepts here R4 accepts too."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from iop_companion.core import barc10
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.errors import SavesOverJournal
from iop_companion.export.fhir import QUESTIONNAIRE_URL, beside, fhir_bundle, write_fhir
from iop_companion.export.summary import SummaryChoices, build_summary
from iop_companion.vault import Vault
from tests.conftest import FixedClock
from tests.export.coping_journals import (
    OUTSIDE_MARK,
    PRIVATE_MARK,
    SKIPPED_ONE,
    UNTICKED_MARK,
    CopingTools,
    coping_tools,
)

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 12, 0).astimezone()


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


@pytest.fixture
def tools(journal: JournalService, notebook: NotebookService) -> CopingTools:
    return coping_tools(journal, notebook, TODAY)


def choices(**changes: object) -> SummaryChoices:
    base = {"since": TODAY - timedelta(days=27), "until": TODAY, "include_check_ins": True}
    return SummaryChoices(**{**base, **changes})  # type: ignore[arg-type]


def written(
    journal: JournalService, notebook: NotebookService, tmp_path: Path, **changes: object
) -> tuple[Path, dict[str, Any]]:
    summary = build_summary(journal, choices(**changes), notebook=notebook)
    path = write_fhir(summary, tmp_path / "summary.fhir.json", tmp_path / "journal", now=NOW)
    return path, json.loads(path.read_text(encoding="utf-8"))


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_bundle_is_valid_fhir(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    path, bundle = written(journal, notebook, tmp_path, name=" J.  R. ")
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    kinds = [e.resource.get_resource_type() for e in parsed.entry or [] if e.resource]
    assert kinds == ["Questionnaire", "Patient", "QuestionnaireResponse", "QuestionnaireResponse"]
    (person,) = resources(bundle, "Patient")
    assert person == {"resourceType": "Patient", "name": [{"text": "J. R."}]}
    person_url = bundle["entry"][1]["fullUrl"]
    for answered in resources(bundle, "QuestionnaireResponse"):
        QuestionnaireResponse.model_validate(answered)
        assert answered["status"] == "completed"
        assert answered["author"] == {"reference": person_url}
        assert answered["questionnaire"].startswith(QUESTIONNAIRE_URL)
    # Each resource on its own, as a clinic's system reads it, and the file read back as text.
    Questionnaire.model_validate(resources(bundle, "Questionnaire")[0])
    Bundle.model_validate_json(path.read_text(encoding="utf-8"))


def test_the_questionnaire_is_the_barc10_word_for_word(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    _, bundle = written(journal, notebook, tmp_path)
    (form,) = resources(bundle, "Questionnaire")
    assert tuple(item["text"] for item in form["item"]) == barc10.STATEMENTS
    assert [item["linkId"] for item in form["item"]] == [str(n) for n in range(1, 11)]
    for item in form["item"]:
        assert item["type"] == "choice"
        assert [o["valueCoding"] for o in item["answerOption"]] == [
            {"code": str(n), "display": label}
            for n, label in enumerate(barc10.ANSWER_LABELS, start=1)
        ]
    assert barc10.LICENCE in form["copyright"] and barc10.SOURCE in form["copyright"]
    assert form["title"] == barc10.NAME


def test_answers_are_codings_and_a_skipped_statement_has_no_item(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    _, bundle = written(journal, notebook, tmp_path)
    first, second = resources(bundle, "QuestionnaireResponse")
    # Dated back (written on the 27th for the 7th): its day, as the summary gives it.
    assert first["authored"] == tools.check_ins[0].day.isoformat()
    assert [item["linkId"] for item in first["item"]] == [str(n) for n in range(1, 11)]
    assert first["item"][0]["answer"] == [
        {"valueCoding": {"code": "4", "display": "Somewhat agree"}}
    ]
    skipped = [str(n) for n, a in enumerate(SKIPPED_ONE, start=1) if a is None]
    assert skipped == ["3"]
    assert "3" not in [item["linkId"] for item in second["item"]]
    assert len(second["item"]) == 9
    for item in second["item"]:
        assert item["text"] == barc10.STATEMENTS[int(item["linkId"]) - 1]


def test_only_the_chosen_check_ins_and_nothing_private(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    path, bundle = written(journal, notebook, tmp_path, include_hard_moments=True)
    uids = [r["identifier"]["value"] for r in resources(bundle, "QuestionnaireResponse")]
    assert [uid.removeprefix("urn:uuid:").replace("-", "") for uid in uids] == [
        c.uid for c in tools.check_ins
    ]
    text = path.read_text(encoding="utf-8")
    assert tools.before.uid not in text.replace("-", "")  # a check-in before the days
    for absent in ("CHECKINNOTE", PRIVATE_MARK, UNTICKED_MARK, OUTSIDE_MARK, "Payday", "hopeful"):
        assert absent not in text
    assert resources(bundle, "Patient") == [{"resourceType": "Patient"}]  # no name typed
    # Check-ins unticked for the summary: none in the file either.
    _, unticked = written(journal, notebook, tmp_path, include_check_ins=False)
    assert resources(unticked, "QuestionnaireResponse") == []


def test_the_file_is_owner_only_and_never_over_the_journal(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    path, _ = written(journal, notebook, tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert beside(tmp_path / "summary-2026-11-27.pdf") == tmp_path / "summary-2026-11-27.fhir.json"
    folder = tmp_path / "journal"  # the test journal's own folder (``vault_folder``)
    assert (folder / "journal.db").exists()
    summary = build_summary(journal, choices(), notebook=notebook)
    with pytest.raises(SavesOverJournal):
        write_fhir(summary, folder / "x.fhir.json", folder, now=NOW)


def test_a_bundle_without_check_ins_is_still_valid() -> None:
    Bundle.model_validate(fhir_bundle([], now=NOW))


def test_the_validation_is_not_a_formality() -> None:
    """The models refuse what the standard refuses (a missing required element, a misspelt
    one, a value of the wrong type), so the tests above mean something."""
    from pydantic import ValidationError

    def broken(change: Any) -> dict[str, Any]:
        bundle = fhir_bundle([], now=NOW)
        change(bundle["entry"][0]["resource"])
        return bundle

    for change in (
        lambda form: form["item"][0].pop("linkId"),
        lambda form: form["item"][0].update(answerOptions=[]),
        lambda form: form.update(subjectType="Patient"),
    ):
        with pytest.raises(ValidationError):
            Bundle.model_validate(broken(change))


def test_a_check_in_written_on_its_day_has_its_time_too(
    journal: JournalService, notebook: NotebookService, tmp_path: Path
) -> None:
    today = notebook.record_check_in(notebook.today, (5,) * 10)
    _, bundle = written(journal, notebook, tmp_path)
    [response] = resources(bundle, "QuestionnaireResponse")
    assert today.created_at is not None
    assert response["authored"] == today.created_at.isoformat(timespec="seconds")
    assert Bundle.model_validate(bundle).type == "collection"
