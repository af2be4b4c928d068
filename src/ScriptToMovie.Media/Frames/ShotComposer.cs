namespace ScriptToMovie.Media.Frames;

internal enum ShotKind { Wide, TwoShot, Single }

/// <summary>One figure in the frame: feet at (<paramref name="X"/>, <paramref name="FeetY"/>), <paramref name="Facing"/> -1 left, 0 front, 1 right.</summary>
internal sealed record FigurePlacement(
    FrameCharacter Character, CharacterLook Look, float X, float FeetY, float Height, int Facing, float Distance, bool Gesturing);

internal sealed record ShotLayout(
    ShotKind Kind, float EyeY, float FloorY, float BackgroundBlur, IReadOnlyList<FigurePlacement> Figures, int LeftOut);

/// <summary>
/// Chooses the framing from who is in the scene: a wide for establishing and action, a
/// two-shot for two speakers, closer for one, as a storyboard artist would.
/// </summary>
internal static class ShotComposer
{
    private const int MostFiguresShown = 7;

    public static ShotKind KindFor(IReadOnlyList<FrameCharacter> characters)
    {
        var speakers = characters.Count(c => c.Speaks);
        return speakers switch
        {
            1 when characters.Count <= 4 => ShotKind.Single,
            2 when characters.Count <= 4 => ShotKind.TwoShot,
            _ => ShotKind.Wide,
        };
    }

    public static ShotLayout Compose(FrameRequest request, bool exterior)
    {
        float w = request.Width, h = request.Height;
        // The scale figures are sized on: the height, but no more than the width allows in tall frames.
        var scale = Math.Min(h, w * 1.25f);
        var kind = KindFor(request.Characters);
        var random = new SeededRandom(StableHash.Of($"shot:{request.Seed}"));

        var eyeShare = kind switch { ShotKind.Single => 0.36f, ShotKind.TwoShot => 0.41f, _ => w >= h ? 0.5f : 0.47f };
        var eyeY = h * eyeShare;
        var floorY = exterior ? eyeY + h * 0.04f : eyeY + scale * 0.2f;
        var blur = kind switch { ShotKind.Single => scale * 0.0055f, ShotKind.TwoShot => scale * 0.003f, _ => 0f };

        var speakers = request.Characters.Where(c => c.Speaks).ToList();
        var others = request.Characters.Where(c => !c.Speaks).ToList();
        var figures = new List<FigurePlacement>();

        FigurePlacement Place(FrameCharacter c, float x, float height, int facing, float distance, bool gesturing)
        {
            var look = CharacterLookDeriver.Derive(c.Name, c.VisualDescription);
            var figureHeight = height * look.Stature;
            // Feet go where an adult of this size would stand, so eyes meet the eye line and
            // children and short people come out lower, as they would.
            var feetY = eyeY + height * Panel.EyeLevel;
            return new FigurePlacement(c, look, x, feetY, figureHeight, facing, distance, gesturing);
        }

        switch (kind)
        {
            case ShotKind.Single:
            {
                var leftSide = random.Chance(0.5f);
                var hasOthers = others.Count > 0;
                var heroX = w * (hasOthers ? (leftSide ? 0.34f : 0.66f) : (leftSide ? 0.42f : 0.58f));
                var behind = others.Take(3).ToList();
                for (var i = 0; i < behind.Count; i++)
                {
                    var spread = behind.Count == 1 ? 0.5f : i / (float)(behind.Count - 1);
                    var x = w * (leftSide ? 0.66f + spread * 0.2f : 0.34f - spread * 0.2f);
                    figures.Add(Place(behind[i], x, scale * (0.42f - 0.03f * i), leftSide ? -1 : 1, 0.35f, false));
                }
                figures.Add(Place(speakers[0], heroX, scale * 1.32f, hasOthers ? (leftSide ? 1 : -1) : (leftSide ? 1 : -1), 0f, true));
                break;
            }
            case ShotKind.TwoShot:
            {
                var behind = others.Take(2).ToList();
                for (var i = 0; i < behind.Count; i++)
                {
                    var x = w * (behind.Count == 1 ? 0.5f : 0.42f + 0.16f * i);
                    figures.Add(Place(behind[i], x, scale * 0.4f, 0, 0.35f, false));
                }
                if (w >= h * 0.8f)
                {
                    figures.Add(Place(speakers[0], w * 0.3f, scale * 0.86f, 1, 0f, true));
                    figures.Add(Place(speakers[1], w * 0.7f, scale * 0.86f, -1, 0f, false));
                }
                else
                {
                    // A tall frame has no room side by side: the first speaker stands nearer,
                    // half out of frame, the other a step behind, as in an over-the-shoulder.
                    figures.Add(Place(speakers[0], w * 0.27f, h * 0.82f, 1, 0f, true));
                    figures.Add(Place(speakers[1], w * 0.73f, h * 0.6f, -1, 0.08f, false));
                }
                break;
            }
            default:
            {
                var shown = request.Characters.Take(MostFiguresShown).ToList();
                var n = shown.Count;
                var margin = n <= 2 ? 0.3f : 0.14f;
                for (var i = 0; i < n; i++)
                {
                    var t = n == 1 ? 0.5f : i / (float)(n - 1);
                    var x = w * (margin + (1 - 2 * margin) * t + random.Range(-0.025f, 0.025f));
                    // Alternate near and far rows so a group reads as standing in space, not in a line-up.
                    var depth = n <= 2 ? 0.8f : (i % 2 == 0 ? 0.85f : 0.45f) + random.Range(-0.1f, 0.1f);
                    // Tall frames have height to spare below the horizon: fill it with bigger figures.
                    var height = w < h * 0.8f ? scale * (0.36f + 0.2f * depth) : scale * (0.26f + 0.16f * depth);
                    var facing = x < w * 0.45f ? 1 : x > w * 0.55f ? -1 : 0;
                    figures.Add(Place(shown[i], x, height, facing, 0.32f * (1 - depth), false));
                }
                break;
            }
        }

        var ordered = figures.OrderBy(f => f.FeetY).ToList(); // far ones first, so near ones cover them
        return new ShotLayout(kind, eyeY, floorY, blur, ordered, Math.Max(0, request.Characters.Count - (kind == ShotKind.Wide ? MostFiguresShown : ordered.Count)));
    }
}
