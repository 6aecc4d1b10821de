namespace ActorDirectory.Domain.Identifiers;

/// <summary>The Luhn (mod 10) check INSEE uses for the last digit of SIREN and SIRET numbers.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var fromRight = 0; fromRight < digits.Length; fromRight++)
        {
            var digit = digits[digits.Length - 1 - fromRight] - '0';
            if (fromRight % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
