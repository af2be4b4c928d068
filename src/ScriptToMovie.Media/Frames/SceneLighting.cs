using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// The light of a scene. Every painted surface goes through <see cref="Lit"/>, so one ambient
/// colour turns a day palette into night, and a character's own colours stay the same underneath.
/// Lamps, lit windows and the sky are drawn unlit: they are the light.
/// </summary>
internal sealed record SceneLighting(
    DayPhase Phase,
    bool Exterior,
    SKColor SkyTop,
    SKColor SkyMiddle,
    SKColor SkyHorizon,
    (float R, float G, float B) Ambient,
    SKColor Haze,
    float HazeStrength,
    SKColor SunColour,
    SKColor WindowLight,
    float ShadowAlpha)
{
    public bool IsNight => Phase == DayPhase.Night;

    public static SceneLighting For(SceneSetting setting) => setting.Phase switch
    {
        DayPhase.Night => new(
            setting.Phase, setting.Exterior,
            new(0x05, 0x08, 0x18), new(0x0E, 0x17, 0x36), new(0x24, 0x36, 0x62),
            setting.Exterior ? (0.26f, 0.32f, 0.52f) : (0.42f, 0.41f, 0.55f),
            new(0x1A, 0x26, 0x48), 0.55f,
            new(0xF4, 0xF1, 0xDC), new(0x9C, 0xB8, 0xF0), 0.45f),
        DayPhase.Dusk => new(
            setting.Phase, setting.Exterior,
            new(0x2E, 0x33, 0x6E), new(0xC2, 0x5C, 0x86), new(0xFB, 0xA0, 0x52),
            setting.Exterior ? (0.88f, 0.66f, 0.62f) : (0.9f, 0.72f, 0.64f),
            new(0xE8, 0x92, 0x78), 0.45f,
            new(0xFF, 0xC0, 0x6A), new(0xFF, 0xA8, 0x6A), 0.35f),
        DayPhase.Morning => new(
            setting.Phase, setting.Exterior,
            new(0x5C, 0x9B, 0xDA), new(0xA8, 0xCC, 0xE8), new(0xFA, 0xDE, 0xB4),
            (1.0f, 0.94f, 0.84f),
            new(0xF2, 0xDA, 0xC0), 0.4f,
            new(0xFF, 0xF0, 0xC8), new(0xFF, 0xE4, 0xB0), 0.3f),
        _ => new(
            setting.Phase, setting.Exterior,
            new(0x3E, 0x86, 0xD6), new(0x86, 0xBA, 0xE8), new(0xD6, 0xEA, 0xF4),
            (1.0f, 0.98f, 0.93f),
            new(0xCC, 0xDF, 0xEE), 0.45f,
            new(0xFF, 0xFB, 0xE8), new(0xFF, 0xF6, 0xDC), 0.3f),
    };

    /// <summary>A surface colour under this light; <paramref name="distance"/> 0 is the foreground, 1 the horizon.</summary>
    public SKColor Lit(SKColor colour, float distance = 0f)
    {
        var r = colour.Red * Ambient.R;
        var g = colour.Green * Ambient.G;
        var b = colour.Blue * Ambient.B;
        var h = Math.Clamp(distance, 0f, 1f) * HazeStrength;
        return new SKColor(
            ToByte(r + (Haze.Red - r) * h),
            ToByte(g + (Haze.Green - g) * h),
            ToByte(b + (Haze.Blue - b) * h),
            colour.Alpha);
    }

    /// <summary>
    /// A character's colour: like <see cref="Lit"/> but with some key light on them in dim scenes,
    /// so faces and costumes stay readable at night, as a cinematographer would light them.
    /// </summary>
    public SKColor LitSubject(SKColor colour, float distance = 0f)
    {
        const float key = 0.4f;
        var lifted = this with { Ambient = (Ambient.R + (1 - Ambient.R) * key, Ambient.G + (1 - Ambient.G) * key * 0.95f, Ambient.B + (1 - Ambient.B) * key * 0.85f) };
        return lifted.Lit(colour, distance);
    }

    public static SKColor Shade(SKColor colour, float factor) =>
        new(ToByte(colour.Red * factor), ToByte(colour.Green * factor), ToByte(colour.Blue * factor), colour.Alpha);

    public static SKColor Mix(SKColor a, SKColor b, float t) =>
        new(ToByte(a.Red + (b.Red - a.Red) * t), ToByte(a.Green + (b.Green - a.Green) * t), ToByte(a.Blue + (b.Blue - a.Blue) * t), ToByte(a.Alpha + (b.Alpha - a.Alpha) * t));

    private static byte ToByte(float v) => (byte)Math.Clamp((int)MathF.Round(v), 0, 255);
}
