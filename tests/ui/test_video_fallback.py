"""Where Qt has no video backend (the Linux bundle leaves FFmpeg out), the juror reads why and
opens the video in the computer's own player."""

from __future__ import annotations

from ui import video_player
from ui.video_player import VideoPlayer, playback_available


class NoBackend:
    """QtMultimedia's player as it is without a backend plug-in."""

    def isAvailable(self) -> bool:
        return False


def test_without_a_backend_the_system_player_is_offered(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(video_player, "QMediaPlayer", NoBackend)
    assert not playback_available()
    player = VideoPlayer(session=None, tasks=None)  # type: ignore[arg-type]
    qtbot.addWidget(player)
    assert player.player is None and not player.play.isEnabled()
    assert "cannot play this video here" in player.message.text()
    assert player.external.isEnabled()
