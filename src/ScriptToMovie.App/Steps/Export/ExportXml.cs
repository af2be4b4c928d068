using System.Text;
using System.Xml;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>XmlWriter set up as NLEs expect: UTF-8 without a byte order mark, indented, escaping done for us.</summary>
internal static class ExportXml
{
    public static byte[] Write(string doctype, Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  " };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            // XmlWriter's own DOCTYPE adds a space before '>'; write it the way the editors' own exports do.
            xml.WriteRaw($"\n<!DOCTYPE {doctype}>\n");
            body(xml);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
