using System.CommandLine;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Cli;

public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A screenplay: .fountain, .txt, .fdx or .pdf" };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON" };
        var cmd = new Command("parse", "Parse a screenplay and print its structure as JSON") { file, pretty };
        cmd.SetAction(r =>
        {
            var f = r.GetValue(file)!;
            if (!f.Exists) { Console.Error.WriteLine($"No such file: {f.FullName}"); return 2; }
            try
            {
                var doc = ScreenplayReader.Read(File.ReadAllBytes(f.FullName), f.Name);
                Console.Out.Write(ScreenplayJson.Serialize(doc, r.GetValue(pretty)));
                Console.Out.WriteLine();
                return 0;
            }
            catch (UnreadableScreenplayException e) { Console.Error.WriteLine(e.Message); return 2; }
        });
        return cmd;
    }
}
