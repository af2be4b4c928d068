using System.CommandLine;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Cli;

public static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("IN") { Description = "A screenplay: .fdx, .pdf, .txt or .fountain" };
        var output = new Argument<FileInfo>("OUT") { Description = "The Fountain file to write" };
        var cmd = new Command("convert", "Convert a screenplay to clean Fountain") { input, output };
        cmd.SetAction(r =>
        {
            var i = r.GetValue(input)!;
            if (!i.Exists) { Console.Error.WriteLine($"No such file: {i.FullName}"); return 2; }
            try
            {
                var doc = ScreenplayReader.Read(File.ReadAllBytes(i.FullName), i.Name);
                File.WriteAllText(r.GetValue(output)!.FullName, FountainWriter.Write(doc));
                Console.WriteLine($"Wrote {r.GetValue(output)!.FullName}: {doc.Scenes.Count} scenes, {doc.Characters.Count} characters.");
                return 0;
            }
            catch (UnreadableScreenplayException e) { Console.Error.WriteLine(e.Message); return 2; }
        });
        return cmd;
    }
}
