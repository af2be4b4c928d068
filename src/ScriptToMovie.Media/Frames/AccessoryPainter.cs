using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>The one distinctive thing each character carries or wears, drawn big enough to read at a glance.</summary>
internal static class AccessoryPainter
{
    public static void Paint(Parts p, CharacterLook look, AccessoryAnchors a)
    {
        var c = look.AccessoryColor;
        var r = a.HeadR;
        switch (look.Accessory)
        {
            case Accessory.Hat:
            {
                using var brim = new SKPath();
                brim.AddOval(SKRect.Create(-r * 1.55f, a.HeadY - r * 0.88f, r * 3.1f, r * 0.5f));
                p.Part(brim, c);
                using var crown = new SKPath();
                crown.AddRoundRect(SKRect.Create(-r * 0.9f, a.HeadY - r * 1.75f, r * 1.8f, r * 1.12f), r * 0.35f, r * 0.35f);
                p.Part(crown, c);
                using var band = new SKPath();
                band.AddRect(SKRect.Create(-r * 0.9f, a.HeadY - r * 0.95f, r * 1.8f, r * 0.22f));
                p.Part(band, SceneLighting.Shade(c, 0.55f), outline: false);
                break;
            }
            case Accessory.Cap:
            {
                using var dome = new SKPath();
                dome.AddArc(SKRect.Create(-r * 1.08f, a.HeadY - r * 1.18f, r * 2.16f, r * 2.0f), 180, 180);
                dome.Close();
                p.Part(dome, c);
                using var visor = new SKPath();
                var front = a.Turned ? 1f : 0f;
                visor.AddOval(SKRect.Create(-r * 0.3f + front * r * 0.75f, a.HeadY - r * 0.32f, r * (a.Turned ? 1.25f : 1.6f), r * 0.3f));
                p.Part(visor, SceneLighting.Shade(c, 0.8f));
                break;
            }
            case Accessory.Scarf:
            {
                var neckY = a.ShoulderY - 0.005f;
                using var wrap = new SKPath();
                wrap.AddRoundRect(SKRect.Create(-a.ShoulderHalf * 0.62f, neckY - 0.035f, a.ShoulderHalf * 1.24f, 0.06f), 0.025f, 0.025f);
                p.Part(wrap, c);
                using var tail = Panel.Polygon(
                    new(a.ShoulderHalf * 0.12f, neckY), new(a.ShoulderHalf * 0.5f, neckY),
                    new(a.ShoulderHalf * 0.56f, neckY + 0.2f), new(a.ShoulderHalf * 0.18f, neckY + 0.21f));
                p.Part(tail, c);
                p.Stroke(new(a.ShoulderHalf * 0.2f, neckY + 0.19f), new(a.ShoulderHalf * 0.52f, neckY + 0.185f), SceneLighting.Shade(c, 0.6f), 0.006f);
                break;
            }
            case Accessory.Glasses:
            {
                var eyeY = a.HeadY + r * 0.12f;
                var dark = c == CharacterLookDeriver.SunglassesColour;
                float[] xs = a.Turned ? [0.15f, 0.68f] : [-0.36f, 0.36f];
                foreach (var ex in xs)
                {
                    using var lens = new SKPath();
                    lens.AddRoundRect(SKRect.Create(r * ex - r * 0.27f, eyeY - r * 0.2f, r * 0.54f, r * 0.4f), r * 0.12f, r * 0.12f);
                    if (dark) p.Part(lens, SceneLighting.Mix(c, new SKColor(0x30, 0x40, 0x55), 0.3f));
                    else p.StrokePath(lens, c, r * 0.09f);
                }
                p.Stroke(new(r * (xs[0] + 0.27f), eyeY), new(r * (xs[1] - 0.27f), eyeY), c, r * 0.08f);
                p.Stroke(new(r * (xs[0] - 0.27f), eyeY), new(-r * (a.Turned ? 0.75f : 0.95f), eyeY - r * 0.05f), c, r * 0.08f);
                break;
            }
            case Accessory.Tie:
            {
                var top = a.ShoulderY + 0.005f;
                using var shirt = Panel.Polygon(new(-0.035f, a.ShoulderY), new(0.035f, a.ShoulderY), new(0f, a.ShoulderY + 0.09f));
                p.Part(shirt, new SKColor(0xF2, 0xF0, 0xEA), outline: false);
                using var knot = Panel.Polygon(new(-0.017f, top), new(0.017f, top), new(0.011f, top + 0.03f), new(-0.011f, top + 0.03f));
                p.Part(knot, c);
                using var blade = Panel.Polygon(new(-0.011f, top + 0.028f), new(0.011f, top + 0.028f), new(0.026f, top + 0.2f), new(0f, top + 0.235f), new(-0.026f, top + 0.2f));
                p.Part(blade, c);
                break;
            }
            case Accessory.Bag:
            {
                p.Stroke(new(-a.ShoulderHalf * 0.7f, a.ShoulderY + 0.01f), new(a.HipHalf * 1.05f, a.HipY - 0.02f), SceneLighting.Shade(c, 0.7f), 0.016f);
                using var bag = new SKPath();
                bag.AddRoundRect(SKRect.Create(a.HipHalf * 0.65f, a.HipY - 0.06f, 0.13f, 0.11f), 0.02f, 0.02f);
                p.Part(bag, c);
                using var flap = new SKPath();
                flap.AddRoundRect(SKRect.Create(a.HipHalf * 0.65f, a.HipY - 0.06f, 0.13f, 0.045f), 0.02f, 0.02f);
                p.Part(flap, SceneLighting.Shade(c, 0.82f));
                break;
            }
            case Accessory.Cane:
            {
                var grip = new SKPoint(a.Hand.X + 0.015f, a.Hand.Y + 0.01f);
                p.Stroke(grip, new(grip.X + 0.045f, -0.005f), c, 0.016f);
                using var crook = new SKPath();
                crook.AddArc(SKRect.Create(grip.X - 0.05f, grip.Y - 0.025f, 0.05f, 0.05f), 180, 180);
                p.StrokePath(crook, c, 0.016f);
                break;
            }
            case Accessory.Headphones:
            {
                using var band = new SKPath();
                band.AddArc(SKRect.Create(-r * 1.12f, a.HeadY - r * 1.2f, r * 2.24f, r * 2.3f), 190, 160);
                p.StrokePath(band, c, r * 0.18f);
                var cupX = a.Turned ? -r * 0.6f : -r * 1.05f;
                using var cup = new SKPath();
                cup.AddRoundRect(SKRect.Create(cupX - r * 0.28f, a.HeadY - r * 0.35f, r * 0.56f, r * 0.75f), r * 0.2f, r * 0.2f);
                p.Part(cup, c);
                if (!a.Turned)
                {
                    using var other = new SKPath();
                    other.AddRoundRect(SKRect.Create(r * 1.05f - r * 0.28f, a.HeadY - r * 0.35f, r * 0.56f, r * 0.75f), r * 0.2f, r * 0.2f);
                    p.Part(other, c);
                }
                break;
            }
            case Accessory.Necklace:
            {
                using var chain = new SKPath();
                chain.AddArc(SKRect.Create(-0.05f, a.ShoulderY - 0.05f, 0.1f, 0.13f), 20, 140);
                p.StrokePath(chain, c, 0.006f);
                p.Dot(new(0f, a.ShoulderY + 0.085f), 0.013f, c);
                break;
            }
        }
    }
}
