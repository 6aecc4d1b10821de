// The programme widget for city websites:
//   <script src="https://<platform>/widget.js" data-territoire="commune:64129" async></script>
// Options: data-du and data-au (2026-11-14), data-type (an event kind), data-couleur (a1003f),
// data-titre (the frame's title for screen readers), data-hauteur (initial height in pixels). It inserts an iframe of the programme where the
// script element stands, and fits its height to the programme.
(function () {
    var script = document.currentScript;
    if (!script) {
        return;
    }

    var origin = new URL(script.src).origin;
    var territory = (script.getAttribute('data-territoire') || '').split(':');
    if (territory.length !== 2 || !territory[0] || !territory[1]) {
        console.error('Festival des Solidarités : indiquez data-territoire="commune:64129" (type:code) sur la balise du widget.');
        return;
    }

    var query = new URLSearchParams();
    [['du', 'du'], ['au', 'au'], ['type', 'type'], ['couleur', 'couleur']].forEach(function (option) {
        var value = script.getAttribute('data-' + option[0]);
        if (value) {
            query.set(option[1], option[0] === 'couleur' ? value.replace('#', '') : value);
        }
    });

    var frame = document.createElement('iframe');
    frame.src = origin + '/widget/programme/' + encodeURIComponent(territory[0]) + '/' + encodeURIComponent(territory[1])
        + (query.toString() ? '?' + query.toString() : '');
    frame.title = script.getAttribute('data-titre') || 'Programme du Festival des Solidarités';
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.height = script.getAttribute('data-hauteur') || '600';
    script.parentNode.insertBefore(frame, script.nextSibling);

    window.addEventListener('message', function (event) {
        if (event.origin === origin && event.source === frame.contentWindow && event.data && event.data.type === 'ssi-widget-height') {
            frame.height = String(Math.ceil(event.data.height));
        }
    });
})();
