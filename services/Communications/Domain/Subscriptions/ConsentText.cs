namespace Communications.Domain.Subscriptions;

/// <summary>What a citizen agrees to when subscribing, in the words shown to them and kept as proof.</summary>
public static class ConsentText
{
    public static string For(string label) =>
        $"J'accepte de recevoir par e-mail l'actualité du Festival des Solidarités ({label}) : programme, rendez-vous et changements. "
        + "Mon adresse ne sert qu'à cela et n'est transmise à personne. Je peux me désinscrire à tout moment par le lien présent dans chaque message.";
}
