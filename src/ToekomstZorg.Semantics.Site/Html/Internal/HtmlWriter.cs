using System.Text;

namespace ToekomstZorg.Semantics.Site.Html.Internal;

/// <summary>
/// Writes HTML into a buffer. Element and attribute names come from our code; every text and attribute value goes
/// through <see cref="Encode"/>, so no vocabulary content (a label, a rationale, a URL) can add markup.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new(16 * 1024);

    /// <summary>Opens an element; attributes with a null value are left out, an empty value writes the bare name.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name);
            if (value.Length > 0)
            {
                _html.Append("=\"");
                Encode(value);
                _html.Append('"');
            }
        }

        _html.Append('>');
        return this;
    }

    /// <summary>Closes an element.</summary>
    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes text, encoded.</summary>
    public HtmlWriter Text(string? text)
    {
        if (text is not null)
        {
            Encode(text);
        }

        return this;
    }

    /// <summary>An element with text content.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link.</summary>
    public HtmlWriter Link(string href, string text, string? lang = null) =>
        Element("a", text, ("href", href), ("lang", lang));

    /// <summary>A void element (no content, no end tag).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes) => Open(tag, attributes);

    /// <summary>Markup we wrote ourselves (the doctype, a fixed style sheet); never vocabulary content.</summary>
    public HtmlWriter Trusted(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => _html.ToString();

    // HTML Standard 13.1.2.3/13.1.4: in text and quoted attribute values, & < > " ' are the characters to escape.
    private void Encode(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escaped = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (escaped is not null)
            {
                _html.Append(text, start, i - start).Append(escaped);
                start = i + 1;
            }
        }

        _html.Append(text, start, text.Length - start);
    }
}
