import pytest


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """The PDF renderer lays out text with Qt, which needs the one application object."""
    return qapp
