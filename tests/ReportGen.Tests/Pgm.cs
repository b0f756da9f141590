namespace ReportGen.Tests;

/// <summary>A binary greyscale PGM (P5) page as pdftoppm -gray writes it.</summary>
internal sealed record Pgm(int Width, int Height, byte[] Pixels)
{
    public static Pgm Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]) || bytes[position] == '#')
            {
                if (bytes[position] == '#')
                {
                    while (bytes[position] != '\n')
                    {
                        position++;
                    }
                }

                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return System.Text.Encoding.ASCII.GetString(bytes, start, position - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException($"{path} is not a binary PGM");
        }

        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        _ = Token();
        position++;
        return new Pgm(width, height, bytes[position..(position + (width * height))]);
    }

    /// <summary>Pixels darker than mid-grey in a rectangle: ink.</summary>
    public int CountDark(int x, int y, int width, int height)
    {
        var count = 0;
        for (var row = y; row < y + height; row++)
        {
            for (var column = x; column < x + width; column++)
            {
                if (Pixels[(row * Width) + column] < 160)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
