"""Whether a folder sits inside a folder that a cloud client keeps in sync.

A synced journal folder means copies of the encrypted files on other computers or online, and
copies that can fall out of step with each other. The app keeps its data in the platform's local
app-data folder; this module lets it warn when the person (or ``--data-dir``) put it elsewhere.

Detection reads only folder names and the marker files each client leaves in the root of what it
syncs. Nothing here raises: an unreadable folder is simply a folder without markers.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePath

from iop_companion.errors import NotAFile
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.vault.files import reading

# The clients' own names, as they write them (not translated); "or" between two is.
DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
ICLOUD = "iCloud Drive"  # words: not for translation (a product's name)
GOOGLE_DRIVE = "Google Drive"  # words: not for translation (a product's name)
NEXTCLOUD = "Nextcloud"
OWNCLOUD = "ownCloud"
# Both clients name their journal files alike.
NEXTCLOUD_OR_OWNCLOUD = QT_TRANSLATE_NOOP("sync_folders", "Nextcloud or ownCloud")
SYNCTHING = "Syncthing"

ONEDRIVE_ENV = ("OneDrive", "ONEDRIVE", "OneDriveConsumer", "OneDriveCommercial")
# The one folder on macOS that iCloud Drive syncs for every app, and its Windows counterpart.
ICLOUD_MAC = PurePath("Library", "Mobile Documents")  # words: not for translation (a folder)
ICLOUD_FOLDER_NAMES = frozenset(
    {"com~apple~CloudDocs", "iCloudDrive", "iCloud Drive"}  # words: not for translation (folders)
)
GOOGLE_FOLDER_NAMES = frozenset(
    {"Google Drive", "My Drive"}  # words: not for translation (folder names)
)
SYNC_JOURNALS = (".sync_*.db", "._sync_*.db")  # Nextcloud and ownCloud: the client's own records
DESKTOP_INI_LIMIT = 64 * 1024


def synced_by(
    path: Path, home: Path | None = None, *, environ: Mapping[str, str] | None = None
) -> str | None:
    """The plain name of the cloud client that syncs ``path`` or a folder above it, or None.

    ``path`` need not exist yet. Symbolic links are followed as well, so a data folder that links
    into a synced folder counts. The nearest marker wins when folders nest.
    """
    env = os.environ if environ is None else environ
    home = _home() if home is None else home
    onedrive_roots = [Path(env[name]) for name in ONEDRIVE_ENV if env.get(name)]
    for folder in _folders_above(path):
        name = _client_for(folder, home, onedrive_roots)
        if name is not None:
            return name
    return None


def sync_warning(name: str) -> str:
    """One plain sentence for the settings page and the first-run screen (``name`` as
    ``synced_by`` gives it)."""
    if name == NEXTCLOUD_OR_OWNCLOUD:
        name = translate("sync_folders", NEXTCLOUD_OR_OWNCLOUD)
    return translate(
        "sync_folders",
        "Your journal folder is inside a folder that {client} syncs, so encrypted copies of it "
        "may end up on other computers or online, out of step with each other; it's safer to "
        "keep it in the app's own folder on this computer and, to have it on another computer "
        "too, choose Use this journal on another computer in the Journal menu.",
    ).format(client=name)


def _home() -> Path | None:
    try:
        return Path.home()
    except (RuntimeError, KeyError, OSError):
        return None


def _folders_above(path: Path) -> Iterator[Path]:
    """``path`` and each folder above it, as written and with links followed, nearest first."""
    seen: set[str] = set()
    starts = [Path(os.path.abspath(path))]
    with contextlib.suppress(OSError, ValueError):
        starts.append(Path(os.path.realpath(path)))
    for start in starts:
        for folder in (start, *start.parents):
            key = os.path.normcase(str(folder))
            if key not in seen:
                seen.add(key)
                yield folder


def _client_for(folder: Path, home: Path | None, onedrive_roots: list[Path]) -> str | None:
    by_name = _client_by_name(folder, home, onedrive_roots)
    if by_name is not None:
        return by_name
    return _client_by_markers(folder)


def _client_by_name(folder: Path, home: Path | None, onedrive_roots: list[Path]) -> str | None:
    name = folder.name
    if any(_same(folder, root) for root in onedrive_roots):
        return ONEDRIVE
    if name == "OneDrive" or name.startswith(("OneDrive - ", "OneDrive-")):
        return ONEDRIVE  # Windows: "OneDrive - Company"; macOS File Provider: "OneDrive-Personal"
    if name in ICLOUD_FOLDER_NAMES:
        return ICLOUD
    if home is not None and _same(folder, home / ICLOUD_MAC):
        return ICLOUD  # every app's iCloud container lives under here, not only iCloud Drive
    if name in GOOGLE_FOLDER_NAMES:
        return GOOGLE_DRIVE
    if folder.parent.name == "CloudStorage":  # macOS File Provider mounts
        if name.startswith("GoogleDrive"):
            return GOOGLE_DRIVE
        if name.startswith("Dropbox"):
            return DROPBOX
    return None


def _client_by_markers(folder: Path) -> str | None:
    entries = _entries(folder)
    if not entries:
        return None
    names = set(entries)
    # A ".dropbox" *folder* is Dropbox's settings in the home folder (Linux, macOS), which Dropbox
    # doesn't sync; the synced folder's root holds a ".dropbox" *file*.
    if ".dropbox.cache" in names or (".dropbox" in names and not entries[".dropbox"]):
        return DROPBOX
    if folder.name.startswith("Dropbox") and ".dropbox" in names:
        return DROPBOX
    if ".tmp.drivedownload" in names or ".tmp.driveupload" in names:
        return GOOGLE_DRIVE
    if "desktop.ini" in {n.lower() for n in names} and _google_desktop_ini(folder, names):
        return GOOGLE_DRIVE
    if ".nextcloudsync.log" in names:
        return NEXTCLOUD
    if ".owncloudsync.log" in names:
        return OWNCLOUD
    if any(fnmatch.fnmatchcase(n, pattern) for n in names for pattern in SYNC_JOURNALS):
        return NEXTCLOUD_OR_OWNCLOUD
    if ".stfolder" in names or ".stignore" in names:
        return SYNCTHING
    return None


def _entries(folder: Path) -> dict[str, bool]:
    """Names in ``folder``, each mapped to whether it is a folder; empty when unreadable."""
    found: dict[str, bool] = {}
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                try:
                    found[entry.name] = entry.is_dir(follow_symlinks=False)
                except OSError:
                    found[entry.name] = False
    except (OSError, ValueError):
        return {}
    return found


def _google_desktop_ini(folder: Path, names: set[str]) -> bool:
    """Google Drive for desktop marks its folders with a desktop.ini naming its own icon."""
    ini = next(n for n in names if n.lower() == "desktop.ini")
    try:
        with reading(folder / ini) as file:  # never waits on a pipe by that name
            raw = file.read(DESKTOP_INI_LIMIT)
    except (OSError, NotAFile):
        return False
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="ignore")
    else:
        text = raw.decode("utf-8", errors="ignore").replace("\x00", "")
    text = text.lower()
    return "google drive" in text or "drivefs" in text  # GoogleDriveFS.exe


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
