"""The file for the clinic's records, beside the therapist summary: a FHIR R4 Bundle (JSON) with
the BARC-10 as a ``Questionnaire`` and the check-ins the summary shares as
``QuestionnaireResponse``s, written by the person. Qt-free.

It holds only what the person chose for the summary: the check-ins in its days (when they
ticked "What I have going for me"), and the name they typed for it, if any. No note, no other
part of the journal, nothing private (check-ins have nothing private; nothing else goes in).
The statements and answer labels are the instrument's own, word for word (``core/barc10.py``),
with its licence and source in ``copyright``. A statement the person skipped has no item in the
response: there is no answer to give. Format: ``docs/export-format.md``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from iop_companion.core import barc10
from iop_companion.core.coping_model import CapitalCheckIn
from iop_companion.export.files import check_save_path, write_whole
from iop_companion.export.summary import TherapistSummary

# One canonical name for the app's BARC-10 questionnaire, the same in every file, so a clinic's
# system sees every response as answers to one questionnaire. A URN: the app names no web address.
QUESTIONNAIRE_URL = "urn:uuid:6f1d3c52-4a8e-4c1b-9a7e-0b7e1c0d5a10"
QUESTIONNAIRE_VERSION = "1"
ENDING = ".fhir.json"
Resource = dict[str, Any]


def questionnaire() -> Resource:
    """The BARC-10: ten statements, each a choice of the six answer steps (codes 1 to 6)."""
    options = [
        {"valueCoding": {"code": str(step), "display": label}}
        for step, label in enumerate(barc10.ANSWER_LABELS, start=barc10.LOWEST_ANSWER)
    ]
    return {
        "resourceType": "Questionnaire",
        "url": QUESTIONNAIRE_URL,
        "version": QUESTIONNAIRE_VERSION,
        "name": "BARC10",
        "title": barc10.NAME,
        "status": "active",
        "subjectType": ["Patient"],
        # A resource for programs, in the instrument's own language (English) in any language.
        "description": (
            f"Ten statements, each answered from "  # words: not for translation (FHIR data)
            f"{barc10.ANSWER_LABELS[0]} ({barc10.LOWEST_ANSWER}) to {barc10.ANSWER_LABELS[-1]} "
            f"({barc10.HIGHEST_ANSWER}). The total runs from "  # words: not for translation (FHIR)
            f"{barc10.LOWEST_TOTAL} to {barc10.HIGHEST_TOTAL}."
        ),
        "copyright": f"{barc10.LICENCE} {barc10.SOURCE}",
        "item": [
            {
                "linkId": str(number),
                "text": statement,
                "type": "choice",
                "required": False,
                "answerOption": options,
            }
            for number, statement in enumerate(barc10.STATEMENTS, start=1)
        ],
    }


def patient(name: str = "") -> Resource:
    """The person, by the name they typed for the summary, or by nothing at all."""
    words = " ".join(name.split())
    return {"resourceType": "Patient", **({"name": [{"text": words}]} if words else {})}


def _moment(check_in: CapitalCheckIn) -> str:
    """When the person answered: the check-in's day, as the summary gives it, with its time
    (UTC) when it was written on that day; a check-in dated back, or with no time kept, has
    its day alone, so the clinic never sees two dates for one check-in."""
    written = check_in.created_at
    if written is None or written.astimezone().date() != check_in.day:
        return check_in.day.isoformat()
    return written.astimezone(UTC).isoformat(timespec="seconds")


def response(check_in: CapitalCheckIn, person: str) -> Resource:
    """One check-in, answered by ``person`` (a bundle entry's full URL)."""
    items = []
    for number, (statement, answer) in enumerate(
        zip(barc10.STATEMENTS, check_in.answers, strict=True), start=1
    ):
        if answer is None:
            continue  # skipped: nothing to answer with
        coding = {"code": str(answer), "display": barc10.answer_label(answer)}
        items.append(
            {"linkId": str(number), "text": statement, "answer": [{"valueCoding": coding}]}
        )
    return {
        "resourceType": "QuestionnaireResponse",
        "identifier": {"system": "urn:ietf:rfc:3986", "value": _urn(check_in.uid)},
        "questionnaire": f"{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}",
        "status": "completed",
        "subject": {"reference": person},
        "authored": _moment(check_in),
        "author": {"reference": person},
        "source": {"reference": person},
        "item": items,
    }


def _urn(uid: str) -> str:
    try:
        return uuid.UUID(hex=uid).urn
    except ValueError:  # an imported uid of another shape: still the check-in's own
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_OID, uid)}"


def fhir_bundle(check_ins: Sequence[CapitalCheckIn], *, name: str = "", now: datetime) -> Resource:
    """A collection: the questionnaire, the person, and a response for each check-in (oldest
    first). The person's entry has a new id each time, so two files can't be tied together by
    it."""
    person = uuid.uuid4().urn
    entries = [
        {"fullUrl": QUESTIONNAIRE_URL, "resource": questionnaire()},
        {"fullUrl": person, "resource": patient(name)},
    ]
    for check_in in check_ins:
        entries.append({"fullUrl": _urn(check_in.uid), "resource": response(check_in, person)})
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.astimezone(UTC).isoformat(timespec="seconds"),
        "entry": entries,
    }


def beside(pdf: Path) -> Path:
    """Where the file goes: beside the summary, by its name ("summary-2026-11-27.fhir.json")."""
    return pdf.with_name(pdf.stem + ENDING)


def write_fhir(
    summary: TherapistSummary, target: Path, journal_folder: Path, *, now: datetime
) -> Path:
    """Write the file for the summary's check-ins, owner-only, whole or not at all; never over
    the journal's own files (``check_save_path``). Returns where it went."""
    resolved = check_save_path(target, journal_folder)
    bundle = fhir_bundle(summary.check_ins, name=summary.choices.name, now=now)
    data = json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    write_whole(resolved, lambda handle: handle.write(data))
    return resolved
