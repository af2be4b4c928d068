using PdfSharp.Drawing;
using ScriptToMovie.Screenplay.Tests.Support;

namespace ScriptToMovie.Screenplay.Tests.Pdf;

public class PdfScreenplayTests(AfterwritingPdf afterwriting) : IClassFixture<AfterwritingPdf>
{
    private static List<string> Cues(ScreenplayDocument doc) => ScreenplayCorpusTests.Cues(doc);

    [Fact]
    public async Task A_pdf_printed_by_another_tool_reads_to_the_same_scenes_and_cues_as_its_fountain_source()
    {
        var fountain = SharedFiles.ReadScreenplay("Printing-Trouble.fountain");
        var pdf = ScreenplayReader.Read(await afterwriting.FromFountainAsync(SharedFiles.Screenplay("Printing-Trouble.fountain")), "Printing-Trouble.pdf");

        Assert.Equal(ScreenplayFormats.Pdf, pdf.Format);
        Assert.Equal("PRINTING TROUBLE", pdf.Title); // afterwriting prints the title in capitals
        Assert.Equal(fountain.Scenes.Select(s => s.Heading), pdf.Scenes.Select(s => s.Heading));
        Assert.Equal(Cues(fountain), Cues(pdf));
        Assert.Equal(fountain.Scenes.Select(s => s.Characters), pdf.Scenes.Select(s => s.Characters));
    }

    [Fact]
    public async Task Dual_dialogue_printed_side_by_side_is_read_as_dual_dialogue()
    {
        var fountain = SharedFiles.ReadScreenplay("Brick-and-Steel.fountain");
        var pdf = ScreenplayReader.Read(await afterwriting.FromFountainAsync(SharedFiles.Screenplay("Brick-and-Steel.fountain")));

        Assert.Equal(Cues(fountain), Cues(pdf));
        Assert.Equal(fountain.AllElements.Where(e => e.Dual == true && e.Type == ElementTypes.Character).Select(e => e.Character),
            pdf.AllElements.Where(e => e.Dual == true && e.Type == ElementTypes.Character).Select(e => e.Character));
        Assert.Equal("BRICK & STEEL FULL RETIRED", pdf.Title);
        // A forced heading (".SNIPER SCOPE POV") prints like any flush-left line, so only INT/EXT headings survive print.
        Assert.Equal(fountain.Scenes.Where(s => s.Interior != null).Select(s => s.Heading), pdf.Scenes.Select(s => s.Heading));
    }

    [Fact]
    public void A_scanned_pdf_without_a_text_layer_is_refused_with_a_sentence_saying_so()
    {
        var ex = Assert.Throws<UnreadableScreenplayException>(() => ScreenplayReader.Read(ScannedPagePdf(), "scan.pdf"));
        Assert.Contains("scanned", ex.Message);
        Assert.EndsWith(".", ex.Message);
    }

    [Fact]
    public void A_damaged_pdf_is_refused_with_a_sentence()
    {
        var bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"u8.ToArray();
        var ex = Assert.Throws<UnreadableScreenplayException>(() => ScreenplayReader.Read(bytes, "broken.pdf"));
        Assert.Contains("PDF", ex.Message);
    }

    /// <summary>A one-page PDF holding only a picture, as a scanner makes it.</summary>
    private static byte[] ScannedPagePdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        using (var image = XImage.FromStream(new MemoryStream(GreyBitmap(64, 80))))
            graphics.DrawImage(image, 40, 40, page.Width.Point - 80, page.Height.Point - 80);
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>A 24-bit BMP with a few dark stripes, like a scanned page of text.</summary>
    private static byte[] GreyBitmap(int width, int height)
    {
        int rowSize = (width * 3 + 3) & ~3;
        int size = 54 + rowSize * height;
        var bmp = new byte[size];
        bmp[0] = (byte)'B'; bmp[1] = (byte)'M';
        BitConverter.GetBytes(size).CopyTo(bmp, 2);
        BitConverter.GetBytes(54).CopyTo(bmp, 10);
        BitConverter.GetBytes(40).CopyTo(bmp, 14);
        BitConverter.GetBytes(width).CopyTo(bmp, 18);
        BitConverter.GetBytes(height).CopyTo(bmp, 22);
        BitConverter.GetBytes((short)1).CopyTo(bmp, 26);
        BitConverter.GetBytes((short)24).CopyTo(bmp, 28);
        BitConverter.GetBytes(rowSize * height).CopyTo(bmp, 34);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                bmp.AsSpan(54 + y * rowSize + x * 3, 3).Fill(y % 6 < 2 && x > 4 && x < width - 8 ? (byte)40 : (byte)235);
        return bmp;
    }
}
