// Tells the page that frames the widget how tall it is, so widget.js can size the frame to fit.
(function () {
    if (window.parent === window) {
        return;
    }

    function report() {
        window.parent.postMessage({ type: 'ssi-widget-height', height: document.documentElement.scrollHeight }, '*');
    }

    window.addEventListener('load', report);
    window.addEventListener('resize', report);
})();
