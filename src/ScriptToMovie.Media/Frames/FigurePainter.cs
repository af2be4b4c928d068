using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// Draws a character as a stylised storyboard figure. Works in figure units: feet at the origin,
/// the top of an adult's head at y = -1, facing +x when <c>Facing</c> is 1.
/// </summary>
internal static class FigurePainter
{
    private static readonly SKColor Ink = new(0x1A, 0x16, 0x14);
    private static readonly SKColor Shoe = new(0x2A, 0x22, 0x1E);
    private static readonly SKColor ShirtWhite = new(0xF2, 0xF0, 0xEA);

    public static void Paint(Panel panel, FigurePlacement figure)
    {
        var canvas = panel.Canvas;
        var look = figure.Look;
        var light = panel.Light;
        var d = figure.Distance;
        var s = figure.Height;

        // Contact shadow first, cast a little away from the light.
        var away = panel.LightFromRight ? -1f : 1f;
        panel.Shadow(SKRect.Create(figure.X - s * 0.17f + away * s * 0.05f, figure.FeetY - s * 0.025f, s * 0.34f, s * 0.05f));

        canvas.Save();
        canvas.Translate(figure.X, figure.FeetY);
        canvas.Scale(s);
        if (figure.Facing < 0) canvas.Scale(-1, 1); // draw every figure facing right, mirror the left-facing ones
        var lightOnFront = (figure.Facing < 0) == panel.LightFromRight ? -1f : 1f;
        var p = new Parts(panel, look, d, 1.6f / Math.Max(s, 1f), figure.Facing != 0, lightOnFront);

        var child = look.IsChild;
        var headR = child ? 0.1f : 0.078f;
        var headY = child ? -0.87f : -0.9f;
        var bf = look.Build switch { BodyBuild.Slim => 0.84f, BodyBuild.Broad => 1.24f, _ => 1f };
        var sw = 0.125f * bf;          // half shoulder width
        var hw = 0.105f * bf;          // half hip width
        var shoulderY = child ? -0.73f : -0.795f;
        var hipY = child ? -0.42f : -0.47f;
        var turn = figure.Facing != 0 ? 0.22f : 0f; // how far the face turns toward the facing side, in head radii

        // Hair that falls behind the body.
        if (look.HairStyle == HairStyle.Long)
        {
            using var back = new SKPath();
            back.AddRoundRect(SKRect.Create(-headR * 1.12f - turn * headR * 0.6f, headY - headR * 0.2f, headR * 2.2f, headR * 2.9f), headR * 0.8f, headR * 0.8f);
            p.Part(back, look.HairColor);
        }
        if (look.HairStyle == HairStyle.Ponytail)
        {
            using var tail = new SKPath();
            tail.AddOval(SKRect.Create(-headR * 1.55f, headY - headR * 0.1f, headR * 0.75f, headR * 1.9f));
            p.Part(tail, look.HairColor);
        }

        // Legs and shoes.
        var legW = 0.072f * bf;
        var legsBottom = -0.035f;
        var legTop = look.Outfit == OutfitCut.Dress ? -0.3f : hipY - 0.02f;
        var legColour = look.Outfit == OutfitCut.Dress ? look.Skin : look.Bottom;
        foreach (var side in new[] { -1f, 1f })
        {
            var x = side * (hw * 0.52f);
            using var leg = new SKPath();
            leg.AddRoundRect(SKRect.Create(x - legW / 2, legTop, legW, legsBottom - legTop), legW * 0.3f, legW * 0.3f);
            p.Part(leg, legColour);
            using var shoe = new SKPath();
            shoe.AddRoundRect(SKRect.Create(x - legW * 0.55f + (figure.Facing != 0 ? legW * 0.25f : 0), -0.05f, legW * 1.3f, 0.05f), 0.02f, 0.02f);
            p.Part(shoe, Shoe);
        }

        // Skirt of a dress or tail of a long coat, under the torso.
        if (look.Outfit == OutfitCut.Dress)
        {
            using var skirt = Panel.Polygon(new(-hw * 0.95f, hipY - 0.06f), new(hw * 0.95f, hipY - 0.06f), new(hw * 1.55f, -0.28f), new(-hw * 1.55f, -0.28f));
            p.Part(skirt, look.Top);
        }
        if (look.Outfit == OutfitCut.LongCoat)
        {
            using var coat = Panel.Polygon(new(-hw * 1.05f, hipY - 0.06f), new(hw * 1.05f, hipY - 0.06f), new(hw * 1.3f, -0.2f), new(-hw * 1.3f, -0.2f));
            p.Part(coat, look.Top);
            p.Stroke(new(0.01f, hipY - 0.05f), new(0.015f, -0.21f), SKColorsDarker(look.Top), 0.006f);
        }

        // The far arm, behind the torso.
        var armW = 0.05f * (0.6f + 0.4f * bf);
        var handY = hipY + 0.03f;
        p.Arm(new(-sw + armW * 0.45f, shoulderY + 0.03f), new(-sw - 0.01f, handY), armW, look.Top, look.Skin);

        // Torso.
        using (var torso = new SKPath())
        {
            torso.MoveTo(-sw + 0.035f, shoulderY);
            torso.LineTo(sw - 0.035f, shoulderY);
            torso.QuadTo(sw, shoulderY, sw, shoulderY + 0.04f);
            torso.LineTo(hw, hipY);
            torso.LineTo(-hw, hipY);
            torso.LineTo(-sw, shoulderY + 0.04f);
            torso.QuadTo(-sw, shoulderY, -sw + 0.035f, shoulderY);
            torso.Close();
            p.Part(torso, look.Top);
        }
        if (look.Outfit is OutfitCut.Casual or OutfitCut.Dress)
        {
            // A belt line where top meets bottom keeps the two colours apart.
            if (look.Outfit == OutfitCut.Casual)
            {
                using var belt = new SKPath();
                belt.AddRect(SKRect.Create(-hw, hipY - 0.02f, hw * 2, 0.03f));
                p.Part(belt, look.Bottom);
            }
        }
        if (look.Outfit is OutfitCut.Suit or OutfitCut.LongCoat)
        {
            // Shirt V and lapels.
            using var shirt = Panel.Polygon(new(-0.04f, shoulderY), new(0.04f, shoulderY), new(0f, shoulderY + 0.14f));
            p.Part(shirt, ShirtWhite, outline: false);
            p.Stroke(new(-0.045f, shoulderY), new(0f, shoulderY + 0.17f), SKColorsDarker(look.Top), 0.008f);
            p.Stroke(new(0.045f, shoulderY), new(0f, shoulderY + 0.17f), SKColorsDarker(look.Top), 0.008f);
        }

        // Neck and head.
        using (var neck = new SKPath())
        {
            neck.AddRect(SKRect.Create(-0.026f, headY + headR * 0.6f, 0.052f, shoulderY - (headY + headR * 0.6f) + 0.01f));
            p.Part(neck, SKColorsDarker(look.Skin), outline: false);
        }
        var earX = -headR * 0.92f + turn * headR * 0.4f;
        using (var ear = new SKPath())
        {
            ear.AddOval(SKRect.Create(earX - headR * 0.22f, headY - headR * 0.1f, headR * 0.42f, headR * 0.55f));
            if (figure.Facing != 0) p.Part(ear, look.Skin);
        }
        using (var head = new SKPath())
        {
            head.AddOval(SKRect.Create(-headR, headY - headR * 1.05f, headR * 2f, headR * 2.1f));
            p.Part(head, look.Skin);
        }

        // Hair on top of the head: a cap of hair minus the face.
        PaintHair(p, look, headR, headY, turn);

        // Face: eyes, a nose on the turned side, a line of mouth.
        var eyeY = headY + headR * 0.12f;
        var eyeSize = headR * (child ? 0.14f : 0.11f);
        foreach (var ex in figure.Facing != 0 ? new[] { 0.05f, 0.58f } : new[] { -0.36f, 0.36f })
        {
            var size = figure.Facing != 0 && ex < 0.3f ? eyeSize * 0.85f : eyeSize;
            var eyeX = headR * (ex + (figure.Facing != 0 ? 0.1f : 0f));
            p.Dot(new(eyeX, eyeY), size, Ink);
            // Brows give the face an expression and read at a distance better than eyes do.
            var brow = look.HairStyle == HairStyle.Bald ? SceneLighting.Shade(look.Skin, 0.55f) : SceneLighting.Shade(look.HairColor, 0.8f);
            p.Stroke(new(eyeX - headR * 0.17f, eyeY - headR * 0.27f), new(eyeX + headR * 0.17f, eyeY - headR * (figure.Gesturing ? 0.36f : 0.3f)), brow, headR * 0.08f);
        }
        if (figure.Facing != 0)
        {
            using var nose = new SKPath();
            nose.AddOval(SKRect.Create(headR * 0.78f, eyeY + headR * 0.12f, headR * 0.28f, headR * 0.3f));
            p.Part(nose, look.Skin, outline: false);
        }
        var mouthX = figure.Facing != 0 ? headR * 0.5f : 0f;
        p.Stroke(new(mouthX - headR * 0.22f, eyeY + headR * 0.55f), new(mouthX + headR * 0.2f, eyeY + headR * 0.55f), SKColorsDarker(SKColorsDarker(look.Skin)), 0.006f);

        // The near arm, in front; a speaker's near arm gestures toward whoever they face.
        var near = new SKPoint(sw - armW * 0.45f, shoulderY + 0.03f);
        var hand = figure.Gesturing ? new SKPoint(sw + 0.1f, shoulderY + 0.1f) : new SKPoint(sw + 0.01f, handY);
        if (figure.Gesturing) p.BentArm(near, new(sw + 0.035f, shoulderY + 0.21f), hand, armW, look.Top, look.Skin);
        else p.Arm(near, hand, armW, look.Top, look.Skin);

        // A cane stays in a hand that isn't gesturing.
        var restingHand = figure.Gesturing ? new SKPoint(-sw - 0.01f, handY) : hand;
        AccessoryPainter.Paint(p, look, new AccessoryAnchors(headR, headY, sw, hw, shoulderY, hipY, restingHand, figure.Facing != 0, turn));

        canvas.Restore();
    }

    private static void PaintHair(Parts p, CharacterLook look, float headR, float headY, float turn)
    {
        if (look.HairStyle == HairStyle.Bald)
        {
            return;
        }
        using var cap = new SKPath();
        var capRadius = look.HairStyle == HairStyle.Buzz ? headR * 1.02f : headR * 1.1f;
        if (look.HairStyle == HairStyle.Curly)
        {
            for (var a = 0; a < 9; a++)
            {
                var angle = MathF.PI * (0.95f + a * 0.14f);
                var cx = MathF.Cos(angle) * headR * 0.95f;
                var cy = headY - headR * 0.1f + MathF.Sin(angle) * headR * 0.95f;
                cap.AddCircle(cx, cy, headR * 0.42f);
            }
            cap.AddCircle(0, headY - headR * 0.2f, headR * 0.95f);
        }
        else
        {
            cap.AddOval(SKRect.Create(-capRadius - turn * headR * 0.2f, headY - headR * 1.05f - headR * 0.1f, capRadius * 2, capRadius * 2));
        }
        using var face = new SKPath();
        var faceTop = look.HairStyle == HairStyle.Buzz ? 0.55f : 0.35f;
        face.AddOval(SKRect.Create(-headR * 0.78f + turn * headR * 0.55f, headY - headR * faceTop, headR * 1.9f, headR * 2.2f));
        using var hair = cap.Op(face, SKPathOp.Difference);
        if (hair is null) return;
        // Below the ears the cap is cut off for short styles so it doesn't wrap the jaw.
        using var above = new SKPath();
        var lowest = look.HairStyle is HairStyle.Long ? headY + headR * 0.9f : headY + headR * 0.2f;
        above.AddRect(SKRect.Create(-headR * 2, headY - headR * 3, headR * 4, lowest - (headY - headR * 3)));
        using var trimmed = hair.Op(above, SKPathOp.Intersect);
        if (trimmed is not null) p.Part(trimmed, look.HairColor);
        if (look.HairStyle is HairStyle.Short or HairStyle.Long or HairStyle.Ponytail or HairStyle.Bun)
        {
            // A swept fringe breaks the hairline so the hair reads as hair, not a helmet.
            using var fringe = new SKPath();
            fringe.MoveTo(-headR * 0.55f, headY - headR * 0.7f);
            fringe.QuadTo(headR * 0.35f, headY - headR * 0.95f, headR * 0.95f + turn * headR * 0.2f, headY - headR * 0.45f);
            fringe.QuadTo(headR * 0.45f, headY - headR * 0.5f, headR * 0.05f, headY - headR * 0.22f);
            fringe.QuadTo(-headR * 0.15f, headY - headR * 0.45f, -headR * 0.55f, headY - headR * 0.7f);
            fringe.Close();
            p.Part(fringe, look.HairColor, outline: false);
        }
        if (look.HairStyle == HairStyle.Bun)
        {
            using var bun = new SKPath();
            bun.AddCircle(-headR * 0.35f, headY - headR * 1.15f, headR * 0.42f);
            p.Part(bun, look.HairColor);
        }
    }

    internal static SKColor SKColorsDarker(SKColor c) => SceneLighting.Shade(c, 0.72f);
}

/// <summary>Points an accessory hangs from, in figure units.</summary>
internal readonly record struct AccessoryAnchors(float HeadR, float HeadY, float ShoulderHalf, float HipHalf, float ShoulderY, float HipY, SKPoint Hand, bool Turned, float Turn);

/// <summary>Paints figure parts with the scene's light, a side shading for volume and a thin ink outline.</summary>
internal sealed class Parts(Panel panel, CharacterLook look, float distance, float outlineWidth, bool turned, float lightSide)
{
    public CharacterLook Look { get; } = look;
    public bool Turned { get; } = turned;

    public void Part(SKPath path, SKColor colour, bool outline = true)
    {
        var lit = panel.Light.LitSubject(colour, distance);
        var bounds = path.Bounds;
        using var fill = new SKPaint { IsAntialias = true };
        // Lighter on the lit side, darker on the other: reads as a rounded body, not a flat cut-out.
        var bright = SceneLighting.Mix(lit, SKColors.White, 0.1f);
        var dark = SceneLighting.Shade(lit, 0.74f);
        fill.Shader = SKShader.CreateLinearGradient(
            new SKPoint(bounds.MidX - lightSide * bounds.Width * 0.6f, bounds.Top),
            new SKPoint(bounds.MidX + lightSide * bounds.Width * 0.6f, bounds.Top),
            [dark, lit, bright], [0f, 0.45f, 1f], SKShaderTileMode.Clamp);
        panel.Canvas.DrawPath(path, fill);
        if (!outline) return;
        using var ink = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = outlineWidth,
            StrokeJoin = SKStrokeJoin.Round,
            Color = SceneLighting.Shade(lit, 0.45f).WithAlpha(220),
        };
        panel.Canvas.DrawPath(path, ink);
    }

    public void Stroke(SKPoint from, SKPoint to, SKColor colour, float width)
    {
        using var paint = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round,
            Color = panel.Light.LitSubject(colour, distance),
        };
        panel.Canvas.DrawLine(from, to, paint);
    }

    public void StrokePath(SKPath path, SKColor colour, float width)
    {
        using var paint = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round,
            Color = panel.Light.LitSubject(colour, distance),
        };
        panel.Canvas.DrawPath(path, paint);
    }

    public void Dot(SKPoint centre, float radius, SKColor colour)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = panel.Light.LitSubject(colour, distance) };
        panel.Canvas.DrawCircle(centre, radius, paint);
    }

    public void Arm(SKPoint shoulder, SKPoint hand, float width, SKColor sleeve, SKColor skin)
    {
        using var arm = Capsule(shoulder, hand, width);
        Part(arm, sleeve);
        using var palm = new SKPath();
        palm.AddCircle(hand.X, hand.Y + width * 0.3f, width * 0.48f);
        Part(palm, skin);
    }

    public void BentArm(SKPoint shoulder, SKPoint elbow, SKPoint hand, float width, SKColor sleeve, SKColor skin)
    {
        using var upper = Capsule(shoulder, elbow, width);
        using var lower = Capsule(elbow, hand, width * 0.92f);
        using var arm = upper.Op(lower, SKPathOp.Union) ?? new SKPath();
        Part(arm, sleeve);
        using var palm = new SKPath();
        palm.AddCircle(hand.X + width * 0.1f, hand.Y - width * 0.15f, width * 0.48f);
        Part(palm, skin);
    }

    private static SKPath Capsule(SKPoint a, SKPoint b, float width)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var length = MathF.Sqrt(dx * dx + dy * dy);
        var path = new SKPath();
        path.AddRoundRect(SKRect.Create(-width / 2, -width / 2, length + width, width), width / 2, width / 2);
        var angle = MathF.Atan2(dy, dx) * 180f / MathF.PI;
        var m = SKMatrix.CreateRotationDegrees(angle).PostConcat(SKMatrix.CreateTranslation(a.X, a.Y));
        path.Transform(m);
        return path;
    }
}
