/* The error summary takes focus when the page arrives, and each link moves focus into its field (not only scrolls to it). */
(function () {
    var summary = document.getElementById('errorSummary');
    if (!summary) {
        return;
    }
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
