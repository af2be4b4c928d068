namespace ScriptToMovie.Media.FFmpeg;

/// <summary>The slow camera move over a still frame (a Ken Burns effect).</summary>
public enum CameraMove
{
    /// <summary>No movement: for title cards.</summary>
    Still,
    ZoomIn,
    ZoomOut,
    PanLeft,
    PanRight,
}

public static class CameraMoves
{
    private static readonly CameraMove[] Cycle = [CameraMove.ZoomIn, CameraMove.PanRight, CameraMove.ZoomOut, CameraMove.PanLeft];

    /// <summary>A move for a scene (numbered from 1) so that neighbouring scenes never move the same way.</summary>
    public static CameraMove ForScene(int sceneNumber) => Cycle[(int)((uint)(sceneNumber - 1) % Cycle.Length)];

    /// <summary>
    /// zoompan expressions (zoom, x, y) for <paramref name="frames"/> frames. x and y follow the current zoom
    /// (zoompan would otherwise keep the crop's top-left corner fixed): every move keeps the frame's bottom edge,
    /// where the caption band with the scene number and heading is drawn, and a zoom stays centred across the
    /// width. A zoom or pan trims the band's ends, so the painter keeps its lettering in a title-safe area
    /// (PanelFinish.TitleSafeMargin) sized for these amounts.
    /// </summary>
    internal static (string Zoom, string X, string Y) ZoompanExpressions(CameraMove move, int frames)
    {
        // Progress 0..1 over the clip; a one-frame clip simply shows the start.
        var p = frames > 1 ? $"on/{frames - 1}" : "0";
        const string centreX = "(iw-iw/zoom)/2";
        // Anchored to the bottom edge rather than centred: a centred zoom cut through the caption band at the
        // bottom of the frame; this way the crop takes sky or ceiling and the band keeps its full height.
        const string bottomY = "(ih-ih/zoom)";
        return move switch
        {
            CameraMove.Still => ("1", "0", "0"),
            CameraMove.ZoomIn => ($"1+{ZoomAmount}*{p}", centreX, bottomY),
            CameraMove.ZoomOut => ($"1+{ZoomAmount}*(1-{p})", centreX, bottomY),
            CameraMove.PanLeft => (PanZoom, $"(iw-iw/zoom)*(1-{p})", bottomY),
            CameraMove.PanRight => (PanZoom, $"(iw-iw/zoom)*{p}", bottomY),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
        };
    }

    // Gentle enough to read as a camera drifting, not a zoom shot.
    private const string ZoomAmount = "0.15";
    private const string PanZoom = "1.12";
}
