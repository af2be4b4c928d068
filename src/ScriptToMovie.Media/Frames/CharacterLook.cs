using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

public enum BodyBuild { Slim, Average, Broad }

public enum HairStyle { Short, Long, Curly, Bun, Ponytail, Buzz, Bald }

public enum OutfitCut { Casual, Suit, Dress, LongCoat }

public enum Accessory { Hat, Cap, Scarf, Glasses, Tie, Bag, Cane, Headphones, Necklace }

/// <summary>
/// How a character is drawn in every frame. Colours are the character's own, before scene lighting.
/// <paramref name="Stature"/> is relative to an average adult (1.0); children are about 0.62.
/// </summary>
public sealed record CharacterLook(
    BodyBuild Build,
    float Stature,
    SKColor Skin,
    SKColor HairColor,
    HairStyle HairStyle,
    SKColor Top,
    SKColor Bottom,
    OutfitCut Outfit,
    Accessory Accessory,
    SKColor AccessoryColor,
    bool IsChild,
    bool IsElderly);
