/* The error summary takes focus when the page arrives, and each link moves focus into its field (not only scrolls to it). */
(function () {
    var summary = document.getElementById('errorSummary');
    if (!summary) {
        return;
    }
    // each field with an error is marked invalid and described by its error (PrimeFaces widgets' own text boxes too)
    Array.prototype.forEach.call(summary.querySelectorAll('a[data-focus]'), function (link) {
        var field = document.getElementById(link.getAttribute('data-focus'));
        var error = document.getElementById(link.getAttribute('data-error'));
        if (field) {
            field.setAttribute('aria-invalid', 'true');
            if (error) {
                var described = (field.getAttribute('aria-describedby') || '').split(/\s+/);
                if (described.indexOf(error.id) < 0) {
                    field.setAttribute('aria-describedby', (error.id + ' ' + described.join(' ')).trim());
                }
            }
        }
    });
    summary.focus();
    summary.addEventListener('click', function (event) {
        var link = event.target.closest('a[data-focus]');
        var field = link && document.getElementById(link.getAttribute('data-focus'));
        if (field) {
            event.preventDefault();
            field.focus();
            field.scrollIntoView({block: 'center'});
        }
    });
})();
