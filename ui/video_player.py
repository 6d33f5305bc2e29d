"""Playing a video carried in the package, offline, where the platform can.

The video is copied once from the package into Juri's cache (hashed on the way, off the GUI
thread) and played with QtMultimedia. Where QtMultimedia has no working backend — the Linux
bundle leaves FFmpeg out (README, "Building the bundle") — the juror gets a plain sentence and
a button to open the file in the computer's own video player instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from app import paths
from app.domain.competition import FileEntry
from app.package.reader import extract_member
from ui.dialogs import show_error
from ui.session import JurorSession
from ui.tasks import TaskRunner

try:  # QtMultimedia may lack a backend (or codecs) on some systems: degrade, do not crash
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget
except ImportError:  # pragma: no cover - depends on the platform's Qt build
    QMediaPlayer = None  # type: ignore[assignment]


def playback_available() -> bool:
    """Whether QtMultimedia can play here: its module, and a backend that loads."""
    return QMediaPlayer is not None and QMediaPlayer().isAvailable()


class VideoPlayer(QWidget):
    def __init__(
        self, session: JurorSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.file = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.external = QPushButton(self.tr("Open with the video player"))
        self.external.clicked.connect(self.open_externally)
        self.play = QPushButton(self.tr("Play"))
        self.play.setAccessibleName(self.tr("Play or pause the video"))
        self.play.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setAccessibleName(self.tr("Position in the video"))
        self.position.sliderMoved.connect(self._seek)
        controls = QHBoxLayout()
        controls.addWidget(self.play)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.external)
        layout = QVBoxLayout(self)
        self.player = None
        if playback_available():
            self.video = QVideoWidget()
            self.video.setMinimumHeight(220)
            self.player = QMediaPlayer(self)
            self.audio = QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            self.player.setVideoOutput(self.video)
            self.player.errorOccurred.connect(self._player_error)
            self.player.durationChanged.connect(lambda d: self.position.setRange(0, d))
            self.player.positionChanged.connect(self._moved)
            layout.addWidget(self.video, 1)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        if self.player is None:
            self._unavailable()

    def show_video(self, code: str, entry: FileEntry) -> None:
        package = self.session.package_id
        target = paths.cache_dir() / "videos" / package / f"{code}{_suffix(entry.name)}"
        self.message.setText("")
        if target.is_file() and target.stat().st_size == entry.size:
            self._ready(target)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        archive = self.session.workspace.packages.get(package).archive
        self.play.setEnabled(False)
        self.tasks.run(
            lambda progress, cancelled: extract_member(
                archive, entry, target, progress=progress, cancelled=cancelled
            ),
            parent=self,
            title=self.tr("Preparing the video…"),
            on_success=self._ready,
            on_failure=lambda error: show_error(self, self.tr("Video"), error),
        )

    def _ready(self, path) -> None:
        self.file = path
        self.play.setEnabled(self.player is not None)
        if self.player is not None:
            self.player.setSource(QUrl.fromLocalFile(str(path)))

    def toggle(self) -> None:
        if self.player is None:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self.play.setText(self.tr("Play"))
        else:
            self.player.play()
            self.play.setText(self.tr("Pause"))

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.play.setText(self.tr("Play"))

    def _seek(self, position: int) -> None:
        if self.player is not None:
            self.player.setPosition(position)

    def _moved(self, position: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(position)

    def _player_error(self, _error, text: str) -> None:
        self._unavailable(text)

    def _unavailable(self, detail: str = "") -> None:
        self.play.setEnabled(False)
        text = self.tr(
            "Juri cannot play this video here. Open it with the video player of this computer."
        )
        self.message.setText(f"{text}\n({detail})" if detail else text)

    def open_externally(self) -> None:
        if self.file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.file)))


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ".mp4"
