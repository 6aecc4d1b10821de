namespace Communications.Notifications;

/// <summary>The e-mails the platform writes by itself, when the other services announce something.</summary>
public static class NotificationTemplates
{
    private const string RecipientName = "recipient.name";

    public static readonly NotificationTemplate SubscriptionConfirmation = new(
        "subscription-confirmation",
        ["topic.label", "confirm_url", "expires_at"],
        "Confirmez votre inscription : {{ topic.label }}",
        """
        <h1 style="font-size:20px">Confirmez votre inscription</h1>
        <p>Vous avez demandé à recevoir l'actualité du Festival des Solidarités : <strong>{{ topic.label }}</strong>.</p>
        <p><a href="{{ confirm_url }}" style="display:inline-block;padding:10px 16px;background:#b3004b;color:#ffffff;text-decoration:none;border-radius:4px">Confirmer mon inscription</a></p>
        <p>Ce lien est valable jusqu'au {{ expires_at }}. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : vous ne recevrez rien d'autre.</p>
        """,
        """
        Vous avez demandé à recevoir l'actualité du Festival des Solidarités : {{ topic.label }}.

        Pour confirmer votre inscription, ouvrez ce lien : {{ confirm_url }}
        Il est valable jusqu'au {{ expires_at }}. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : vous ne recevrez rien d'autre.
        """);

    public static readonly NotificationTemplate CallOpened = new(
        "call-opened",
        ["call.title", "funder.name", "call.closes_at", RecipientName],
        "Appel à projets ouvert : {{ call.title }}",
        """
        <h1 style="font-size:20px">Un appel à projets vous concerne</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>{{ funder.name }} ouvre l'appel à projets <strong>{{ call.title }}</strong>. Votre structure fait partie des acteurs qui peuvent y répondre.</p>
        <p>Les dossiers sont reçus jusqu'au <strong>{{ call.closes_at }}</strong>.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        {{ funder.name }} ouvre l'appel à projets « {{ call.title }} ». Votre structure fait partie des acteurs qui peuvent y répondre.
        Les dossiers sont reçus jusqu'au {{ call.closes_at }}.
        """);

    public static readonly NotificationTemplate CallClosingSoon = new(
        "call-closing-soon",
        ["call.title", "funder.name", "call.closes_at", RecipientName],
        "Plus que quelques jours : {{ call.title }}",
        """
        <h1 style="font-size:20px">L'appel à projets ferme bientôt</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>L'appel à projets <strong>{{ call.title }}</strong> de {{ funder.name }} ferme le <strong>{{ call.closes_at }}</strong>.</p>
        <p>Si vous avez commencé un dossier, pensez à le déposer avant cette date : un dossier en brouillon n'est pas examiné.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        L'appel à projets « {{ call.title }} » de {{ funder.name }} ferme le {{ call.closes_at }}.
        Si vous avez commencé un dossier, pensez à le déposer avant cette date : un dossier en brouillon n'est pas examiné.
        """);

    public static readonly NotificationTemplate CorrectionRequested = new(
        "correction-requested",
        ["project.title", "reason", RecipientName],
        "Votre dossier « {{ project.title }} » est à compléter",
        """
        <h1 style="font-size:20px">Votre dossier est à compléter</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>Le financeur vous demande de compléter votre dossier <strong>{{ project.title }}</strong> :</p>
        <blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #b3004b;background:#fbeef3">{{ reason }}</blockquote>
        <p>Une fois les corrections faites, déposez-le à nouveau depuis votre espace.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        Le financeur vous demande de compléter votre dossier « {{ project.title }} » :

        {{ reason }}

        Une fois les corrections faites, déposez-le à nouveau depuis votre espace.
        """);

    public static readonly NotificationTemplate ApplicationAccepted = new(
        "application-accepted",
        ["project.title", "amount", "deliberation", RecipientName],
        "Votre projet « {{ project.title }} » est soutenu",
        """
        <h1 style="font-size:20px">Bonne nouvelle : votre projet est soutenu</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>Le comité a retenu votre projet <strong>{{ project.title }}</strong> et lui attribue <strong>{{ amount }}</strong> (délibération n° {{ deliberation }}).</p>
        <p>Vous recevrez prochainement les modalités de versement et, le cas échéant, la convention à signer.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        Le comité a retenu votre projet « {{ project.title }} » et lui attribue {{ amount }} (délibération n° {{ deliberation }}).
        Vous recevrez prochainement les modalités de versement et, le cas échéant, la convention à signer.
        """);

    public static readonly NotificationTemplate ApplicationRefused = new(
        "application-refused",
        ["project.title", "reason", "deliberation", RecipientName],
        "Décision sur votre projet « {{ project.title }} »",
        """
        <h1 style="font-size:20px">Décision du comité</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>Le comité n'a pas retenu votre projet <strong>{{ project.title }}</strong> (délibération n° {{ deliberation }}) :</p>
        <blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #b3004b;background:#fbeef3">{{ reason }}</blockquote>
        <p>N'hésitez pas à contacter le financeur pour en parler, et à présenter un nouveau projet lors d'un prochain appel.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        Le comité n'a pas retenu votre projet « {{ project.title }} » (délibération n° {{ deliberation }}) :

        {{ reason }}

        N'hésitez pas à contacter le financeur pour en parler, et à présenter un nouveau projet lors d'un prochain appel.
        """);

    public static readonly NotificationTemplate ReportDue = new(
        "report-due",
        ["project.title", "due_on", RecipientName],
        "Compte rendu à remettre avant le {{ due_on }} : {{ project.title }}",
        """
        <h1 style="font-size:20px">Votre compte rendu est attendu</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>Le compte rendu financier (Cerfa n° 15059) du projet <strong>{{ project.title }}</strong> est à remettre au plus tard le <strong>{{ due_on }}</strong>.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        Le compte rendu financier (Cerfa n° 15059) du projet « {{ project.title }} » est à remettre au plus tard le {{ due_on }}.
        """);

    public static readonly NotificationTemplate ReportOverdue = new(
        "report-overdue",
        ["project.title", "due_on", RecipientName],
        "Compte rendu en retard : {{ project.title }}",
        """
        <h1 style="font-size:20px">Votre compte rendu est en retard</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>Le compte rendu financier (Cerfa n° 15059) du projet <strong>{{ project.title }}</strong> était attendu le {{ due_on }} et n'a pas encore été reçu. Merci de le déposer dès que possible.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        Le compte rendu financier (Cerfa n° 15059) du projet « {{ project.title }} » était attendu le {{ due_on }} et n'a pas encore été reçu. Merci de le déposer dès que possible.
        """);

    public static readonly NotificationTemplate EventPublished = new(
        "event-published",
        ["event.title", "event.starts_at", RecipientName],
        "Votre événement est publié : {{ event.title }}",
        """
        <h1 style="font-size:20px">Votre événement est publié</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p><strong>{{ event.title }}</strong> ({{ event.starts_at }}) figure désormais au programme public du Festival des Solidarités.</p>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        « {{ event.title }} » ({{ event.starts_at }}) figure désormais au programme public du Festival des Solidarités.
        """);

    public static readonly NotificationTemplate EventRefused = new(
        "event-refused",
        ["event.title", "reason", RecipientName],
        "Votre événement n'a pas été retenu : {{ event.title }}",
        """
        <h1 style="font-size:20px">Votre événement n'a pas été retenu</h1>
        <p>Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},</p>
        <p>La coordination n'a pas retenu <strong>{{ event.title }}</strong> pour le programme :</p>
        <blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #b3004b;background:#fbeef3">{{ reason }}</blockquote>
        """,
        """
        Bonjour{% if recipient.name != "" %} {{ recipient.name }}{% endif %},

        La coordination n'a pas retenu « {{ event.title }} » pour le programme :

        {{ reason }}
        """);

    public static readonly NotificationTemplate EventCancelled = new(
        "event-cancelled",
        ["event.title", "event.starts_at", "reason"],
        "Annulé : {{ event.title }}",
        """
        <h1 style="font-size:20px">Événement annulé</h1>
        <p><strong>{{ event.title }}</strong>, prévu le {{ event.starts_at }}, est annulé.</p>
        <blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #b3004b;background:#fbeef3">{{ reason }}</blockquote>
        """,
        """
        « {{ event.title }} », prévu le {{ event.starts_at }}, est annulé.

        {{ reason }}
        """);

    public static IReadOnlyList<NotificationTemplate> All { get; } =
    [
        SubscriptionConfirmation, CallOpened, CallClosingSoon, CorrectionRequested, ApplicationAccepted, ApplicationRefused,
        ReportDue, ReportOverdue, EventPublished, EventRefused, EventCancelled,
    ];
}
