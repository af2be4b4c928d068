using ScriptToMovie.Media.Frames;

namespace FramesBench;

/// <summary>The fixed scenes the benchmark paints: one heading per place the painter knows, each at every time of day.</summary>
internal static class BenchScenes
{
    private static readonly (string Interior, string Location)[] Places =
    [
        ("EXT", "CITY STREET"), ("EXT", "PARK"), ("EXT", "FOREST"), ("EXT", "BEACH"), ("EXT", "LAKE"), ("EXT", "DOCK"),
        ("EXT", "POOL"), ("EXT", "HIGHWAY"), ("EXT", "FARMHOUSE"), ("EXT", "HILLS"), ("EXT", "SPACE"), ("EXT", "NOWHERE IN PARTICULAR"),
        ("INT", "COFFEE SHOP"), ("INT", "BAR"), ("INT", "OFFICE"), ("INT", "KITCHEN"), ("INT", "BEDROOM"), ("INT", "LIBRARY"),
        ("INT", "CAR"), ("INT", "HOSPITAL"), ("INT", "CLASSROOM"), ("INT", "HALLWAY"), ("INT", "GARAGE"), ("INT", "LIVING ROOM"),
    ];

    private static readonly string[] Times = ["MORNING", "DAY", "DUSK", "NIGHT"];

    private static readonly FrameCharacter[] Cast =
    [
        new("ALICE", "30s, sharp-eyed barista with a red scarf", true),
        new("BOB", "burly man in a grey suit", false),
        new("CAROL", "an elderly woman in a green coat", false),
    ];

    public static List<(string Name, FrameRequest Request)> All()
    {
        var scenes = new List<(string, FrameRequest)>();
        var number = 0;
        foreach (var (interior, location) in Places)
        {
            foreach (var time in Times)
            {
                number++;
                // One to three people, so framing varies along with the place.
                var cast = Cast.Take(1 + number % 3).ToArray();
                var request = new FrameRequest(1280, 720, number, $"{interior}. {location} - {time}", interior, location, time, cast,
                    "They stop and look at each other.", 1000 + number);
                scenes.Add(($"{number:00}-{interior}-{location.Replace(' ', '-')}-{time}".ToLowerInvariant(), request));
            }
        }
        return scenes;
    }
}
