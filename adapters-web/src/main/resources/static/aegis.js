// Aegis pages: progressive enhancement only; every page works without this script.
(function () {
    'use strict';

    // Times are sent in UTC; show them in the viewer's time zone, naming the zone.
    function localizeTimes(root) {
        var format = new Intl.DateTimeFormat(undefined, {
            year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
        });
        root.querySelectorAll('time[data-local]').forEach(function (element) {
            var instant = new Date(element.getAttribute('datetime'));
            if (!isNaN(instant.getTime())) {
                element.textContent = format.format(instant);
                element.title = element.getAttribute('datetime');
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        localizeTimes(document);
        // a refused form: take the reader to what needs correcting
        var errors = document.querySelector('.form-errors');
        if (errors) {
            errors.focus();
        }
    });

    // htmx requests that change something carry the session's CSRF token, as forms do in a hidden field
    document.addEventListener('htmx:configRequest', function (event) {
        var main = document.getElementById('main');
        if (main && main.dataset.csrf) {
            event.detail.headers['X-CSRF-Token'] = main.dataset.csrf;
        }
    });

    document.addEventListener('htmx:afterSwap', function (event) {
        localizeTimes(event.target);
    });
})();
